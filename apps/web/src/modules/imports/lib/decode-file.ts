/** How a chosen file's bytes were read. */
export type FileEncoding = 'utf-8' | 'utf-16' | 'windows-1252';

/**
 * Reads an export as the registration system saved it: UTF-8 (with or without a byte-order mark),
 * UTF-16 with its byte-order mark, or else Windows-1252 (ANSI), which older Excel versions write for
 * "CSV". So an é in a name or a curly quote arrives as itself instead of as an unreadable character.
 */
export function decodeFile(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's characters at 0x80-0x9F (elsewhere it equals Latin-1); some TextDecoders read them as Latin-1 controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
