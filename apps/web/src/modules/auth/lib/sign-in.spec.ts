import { describe, expect, it } from 'vitest';
import { oidcStartUrl, signInErrorKey, validWorkEmail } from './sign-in';

describe('sign-in helpers', () => {
  it('sends the browser to the server with the address or the organisation, encoded', () => {
    expect(oidcStartUrl({ email: 'a.de+b@baken.demo.test' })).toBe('/auth/oidc/start?email=a.de%2Bb%40baken.demo.test');
    expect(oidcStartUrl({ organisationId: 'id with&' })).toBe('/auth/oidc/start?organisationId=id%20with%26');
  });

  it("names each of the server's error codes, and an unknown code as unknown", () => {
    expect(signInErrorKey('niet-uitgenodigd')).toBe('notInvited');
    expect(signInErrorKey('mfa-vereist')).toBe('mfaRequired');
    expect(signInErrorKey('verlopen')).toBe('expired');
    expect(signInErrorKey('mislukt')).toBe('failed');
    expect(signInErrorKey('gedeactiveerd')).toBe('deactivated');
    expect(signInErrorKey('geen-aanbieder')).toBe('noProvider');
    expect(signInErrorKey('te-vaak')).toBe('tooMany');
    expect(signInErrorKey('toString')).toBe('unknown');
    expect(signInErrorKey('iets-anders')).toBe('unknown');
  });

  it('takes a whole work address only', () => {
    expect(validWorkEmail('verzuim@baken.demo.test')).toBe(true);
    expect(validWorkEmail('verzuim@baken')).toBe(false);
    expect(validWorkEmail('verzuim baken.demo.test')).toBe(false);
    expect(validWorkEmail('ver zuim@baken.nl')).toBe(false);
    expect(validWorkEmail('@baken.nl')).toBe(false);
  });
});
