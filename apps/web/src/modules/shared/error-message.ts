import i18n from 'i18next';

/** An error as the API sends it: a Dutch message, and the key and parameters of what it means. */
export interface ServerError {
  message: string;
  extensions?: { reason?: unknown; params?: unknown } | Record<string, unknown>;
}

/**
 * What the server said, in the reader's language: the text of its reason (`errors.<reason>` from
 * @aanwezig/messages) with its parameters; the server's own message when the reason is unknown here
 * (an older or newer server).
 */
export function serverText(error: ServerError): string {
  const reason = error.extensions?.reason;
  const given = error.extensions?.params;
  // GraphQL types carry parameters as a list of { name, value } (MessageParam); extensions as an object.
  const params = Array.isArray(given)
    ? paramsOf(given as MessageParamList)
    : typeof given === 'object' && given !== null
      ? (given as Record<string, unknown>)
      : {};
  const key = `errors.${String(reason)}`;
  // With the params: a text may exist only in variants (a `context`, plural forms of `count`).
  if (typeof reason !== 'string' || !i18n.exists(key, params)) return error.message;
  return i18n.t(key, { ...params });
}

export type MessageParamList = readonly { name: string; value: string }[];

/** Parameters as GraphQL lists them, as i18next takes them: `count` as the number that picks a plural. */
export function paramsOf(list: MessageParamList): Record<string, string | number> {
  return Object.fromEntries(list.map((p) => [p.name, p.name === 'count' ? Number(p.value) : p.value]));
}
