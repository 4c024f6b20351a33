const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from clients: anything that is not a uuid is treated as an id that matches nothing. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** For filters: a malformed id matches no row instead of failing the SQL cast. */
export function uuidOrNil(value: string): string {
  return isUuid(value) ? value : NIL_UUID;
}
