import { describe, expect, it } from 'vitest';
import { readCookie } from './cookies';

describe('readCookie', () => {
  it('finds a cookie by its exact name among others', () => {
    const cookies = 'x_aanwezig_csrf=wrong; aanwezig_csrf=abc-DEF_123; other=1';
    expect(readCookie('aanwezig_csrf', cookies)).toBe('abc-DEF_123');
  });

  it('decodes an encoded value and keeps "=" inside it', () => {
    expect(readCookie('aanwezig_csrf', 'aanwezig_csrf=a%2Bb==')).toBe('a+b==');
  });

  it('says null when the cookie is not there', () => {
    expect(readCookie('aanwezig_csrf', '')).toBeNull();
    expect(readCookie('aanwezig_csrf', 'aanwezig_csrfx=1')).toBeNull();
  });
});
