import { describe, expect, it } from 'vitest';
import { decodeFile } from './decode-file';

describe('decodeFile', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeFile(new TextEncoder().encode('BA23é00'))).toEqual({ text: 'BA23é00', encoding: 'utf-8' });
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('x')])).encoding).toBe('utf-8');
  });

  it('reads Windows-1252 (ANSI) as itself: é and curly quotes', () => {
    // "BA23é00" and “x” as Windows-1252 bytes.
    expect(decodeFile(new Uint8Array([0x42, 0x41, 0x32, 0x33, 0xe9, 0x30, 0x30, 0x20, 0x93, 0x78, 0x94]))).toEqual({
      text: 'BA23é00 “x”',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]);
    expect(decodeFile(bytes)).toEqual({ text: 'aé', encoding: 'utf-16' });
  });
});
