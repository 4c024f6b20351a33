import { describe, expect, it } from 'vitest';
import { LetterLanguage, LetterTemplate, draftLetter, type LetterFacts } from './letters';

const facts: LetterFacts = {
  pupilGivenName: 'Sanne',
  parentNames: ['mevrouw De Vries'],
  schoolName: 'Het Baken College',
  periodFrom: '2026-08-24',
  daysMissed: 7.5,
  sickReports: 4,
  unauthorisedHours: 12,
  contactName: 'Sanne Bakker',
  contactRole: 'verzuimcoördinator',
  contactEmail: 'verzuim@baken.demo.test',
};

describe('draftLetter', () => {
  it.each(Object.values(LetterTemplate).flatMap((t) => Object.values(LetterLanguage).map((l) => [t, l] as const)))(
    '%s in %s names the days missed, the contact person and greets the parents',
    (template, language) => {
      const { subject, body } = draftLetter(template, language, facts);
      expect(subject).toContain('Sanne');
      expect(body).toContain(language === 'NL' ? '7,5 schooldagen' : '7.5 school days');
      expect(body).toContain('verzuim@baken.demo.test');
      expect(body).toContain('mevrouw De Vries');
      expect(body).not.toMatch(/%/);
      // B1: short sentences.
      for (const sentence of body.split(/[.?!]\s/))
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(30);
    },
  );

  it('says one school day, and greets in general without parent names', () => {
    const { body } = draftLetter('FIRST_WORRY', 'NL', { ...facts, daysMissed: 1, parentNames: [] });
    expect(body).toContain('1 schooldag ');
    expect(body.startsWith('Beste ouder of verzorger,')).toBe(true);
  });
});
