import { describe, expect, it } from 'vitest';
import {
  LetterLanguage,
  LetterTemplate,
  addressBlock,
  draftLetter,
  salutation,
  schoolDays,
  type LetterFacts,
  type LetterParent,
} from './letters';

const mother: LetterParent = {
  name: 'Anna Jansen',
  givenName: 'Anna',
  familyName: 'Jansen',
  formOfAddress: 'MRS',
  street: 'Duinweg 12',
  postalCode: '1234 AB',
  city: 'Kustdorp',
};
const father: LetterParent = {
  name: 'Pieter de Vries',
  givenName: 'Pieter',
  familyNamePrefix: 'de',
  familyName: 'Vries',
  formOfAddress: 'MR',
  street: 'Duinweg 12',
  postalCode: '1234 AB',
  city: 'Kustdorp',
};

const facts: LetterFacts = {
  pupilGivenName: 'Sanne',
  parents: [mother, father],
  schoolName: 'Het Baken College',
  periodFrom: '2026-08-24',
  daysMissed: 7.5,
  sickReports: 4,
  unauthorisedHours: 12.5,
  contactName: 'Sanne Bakker',
  contactRole: 'verzuimcoördinator',
  contactEmail: 'verzuim@baken.demo.test',
};

describe('draftLetter', () => {
  it.each(Object.values(LetterTemplate).flatMap((t) => Object.values(LetterLanguage).map((l) => [t, l] as const)))(
    '%s in %s names the days missed, the contact person and greets the parents by name',
    (template, language) => {
      const { subject, body, addressBlock } = draftLetter(template, language, facts);
      expect(subject).toContain('Sanne');
      expect(body).toContain(language === 'NL' ? '7,5 schooldagen' : '7.5 school days');
      expect(body).toContain('verzuim@baken.demo.test');
      expect(body.split('\n')[0]).toBe(
        language === 'NL' ? 'Beste mevrouw Jansen en meneer De Vries,' : 'Dear Ms Jansen and Mr De Vries,',
      );
      expect(addressBlock).toContain('Duinweg 12\n1234 AB  Kustdorp');
      // A date is never followed by a figure: "sinds 24 augustus 2026 6 schooldagen" does not read.
      expect(body).not.toMatch(/\d{4},? \d/);
      expect(body).not.toMatch(/%/);
      // B1: short sentences.
      for (const sentence of body.split(/[.?!]\s/))
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(30);
    },
  );

  it('says "veel" only of a figure that is a lot, and "vaak" only of frequent sick reports', () => {
    const few = { ...facts, daysMissed: 2, sickReports: 2 };
    for (const language of ['NL', 'EN'] as const) {
      const worry = draftLetter('FIRST_WORRY', language, few).body;
      expect(worry).not.toMatch(/\bveel\b|a lot/);
      const sick = draftLetter('FREQUENT_SICK_LEAVE', language, few);
      expect(`${sick.subject} ${sick.body}`).not.toMatch(/\bvaak\b|\boften\b/);
    }
    expect(draftLetter('FIRST_WORRY', 'NL', { ...facts, daysMissed: 12 }).body).toContain('Dat is veel.');
    expect(draftLetter('FREQUENT_SICK_LEAVE', 'NL', facts).subject).toBe('Sanne is vaak ziek');
  });

  it('writes days and hours the Dutch way', () => {
    expect(schoolDays(1, 'NL')).toBe('1 schooldag');
    expect(schoolDays(0.5, 'NL')).toBe('een halve schooldag');
    expect(schoolDays(1.5, 'NL')).toBe('anderhalve schooldag');
    expect(schoolDays(6, 'NL')).toBe('6 schooldagen');
    expect(draftLetter('ATTENDANCE_OFFICER_INVOLVED', 'NL', facts).body).toContain('waarvan 12,5 uur zonder');
    expect(draftLetter('FIRST_WORRY', 'NL', facts).body).toContain(
      'Sinds 24 augustus 2026 heeft Sanne 7,5 schooldagen',
    );
  });
});

describe('salutation and address block', () => {
  it('greets parents with one surname together, by full name without a title, and in general without parents', () => {
    expect(salutation([mother, { ...father, familyNamePrefix: null, familyName: 'Jansen' }], 'NL')).toBe(
      'Beste mevrouw en meneer Jansen,',
    );
    expect(salutation([{ ...father, formOfAddress: 'NEUTRAL' }], 'NL')).toBe('Beste Pieter de Vries,');
    expect(salutation([{ name: 'P. de Vries' }], 'EN')).toBe('Dear P. de Vries,');
    expect(salutation([], 'NL')).toBe('Beste ouder of verzorger,');
  });

  it('puts parents at one address on one line, and gives parents at two addresses a block each', () => {
    expect(addressBlock([mother, father], 'NL')).toBe(
      'Mevrouw A. Jansen en de heer P. de Vries\nDuinweg 12\n1234 AB  Kustdorp',
    );
    expect(addressBlock([mother, { ...father, street: 'Zeeweg 3', postalCode: '1235 CD' }], 'EN')).toBe(
      'Ms A. Jansen\nDuinweg 12\n1234 AB  Kustdorp\n\nMr P. de Vries\nZeeweg 3\n1235 CD  Kustdorp',
    );
    expect(addressBlock([{ name: 'Sam de Wit' }], 'NL')).toBe('Sam de Wit');
  });
});
