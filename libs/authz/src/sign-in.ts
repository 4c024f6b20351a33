/** Authentication methods (RFC 8176 `amr` values) that prove something the person has or is. */
const POSSESSION_OR_INHERENCE = new Set([
  'otp',
  'hwk',
  'swk',
  'sms',
  'tel',
  'pop',
  'sc',
  'fpt',
  'face',
  'iris',
  'retina',
  'vbm',
]);

/**
 * Whether an ID token says the provider used a second factor: `amr` holds `mfa`, or at least two
 * methods of which one is something the person has or is (a password plus a code, say). An absent or
 * malformed `amr` is no proof: an organisation that requires MFA is refused then (deny by default).
 */
export function signedInWithSecondFactor(claims: { amr?: unknown }): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((m): m is string => typeof m === 'string') : [];
  if (amr.includes('mfa')) return true;
  return new Set(amr).size >= 2 && amr.some((m) => POSSESSION_OR_INHERENCE.has(m));
}
