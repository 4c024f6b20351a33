import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../app/i18n';
import { notificationText, timelineText } from './server-texts';

describe('texts the server sends as kinds and parameters', () => {
  beforeAll(() => {
    setupI18n();
  });

  it('says a timeline entry from its kind and parameters in either language', async () => {
    const entry = {
      kind: 'ORGANISATION_INVOLVED',
      summary: 'x',
      params: [{ name: 'organisation', value: 'GGD Kustland' }],
    };
    await i18n.changeLanguage('en');
    const english = timelineText(entry, i18n.t);
    await i18n.changeLanguage('nl');
    const dutch = timelineText(entry, i18n.t);
    expect(english).toContain('GGD Kustland');
    expect(dutch).toContain('GGD Kustland');
    expect(english).not.toEqual(dutch);
  });

  it('shows an older entry as written, and nothing for a shielded one', () => {
    expect(timelineText({ kind: 'CASE_UPDATED', params: [{ name: 'legacy', value: 'Oude tekst' }] }, i18n.t)).toBe(
      'Oude tekst',
    );
    expect(timelineText({ kind: null, summary: null, params: null }, i18n.t)).toBeNull();
  });

  it("says a notification from its kind, the server's text for a kind it does not know", async () => {
    await i18n.changeLanguage('en');
    const known = notificationText({ kind: 'ACTION_DUE_TODAY', title: 'Deadline vandaag', body: 'NL' }, i18n.t);
    expect(known.title).not.toBe('Deadline vandaag');
    const unknown = notificationText({ kind: 'SOMETHING_NEW', title: 'Nieuw', body: 'Tekst' }, i18n.t);
    expect(unknown).toEqual({ title: 'Nieuw', body: 'Tekst' });
  });
});
