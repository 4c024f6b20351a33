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

describe('claims only the figures support', () => {
  const both = ['NL', 'EN'] as const;
  // The tester's case: one sick report, 176 unexcused hours, 23 days missed.
  const truant: LetterFacts = {
    ...facts,
    pupilGivenName: 'Stijn',
    daysMissed: 23,
    sickReports: 1,
    unauthorisedHours: 176,
  };
  // Often ill, little unexcused absence.
  const ill: LetterFacts = { ...facts, pupilGivenName: 'Stijn', daysMissed: 12, sickReports: 5, unauthorisedHours: 3 };
  // Seven days missed, three sick reports, nothing unexcused.
  const excused: LetterFacts = {
    ...facts,
    pupilGivenName: 'Stijn',
    daysMissed: 7,
    sickReports: 3,
    unauthorisedHours: 0,
  };
  const letter = (template: LetterTemplate, language: 'NL' | 'EN', f: LetterFacts) => {
    const { subject, body } = draftLetter(template, language, f);
    return `${subject}\n${body}`;
  };

  it.each(both)(
    'the doctor referral in %s says "often because of illness" only when sickness is the main reason',
    (language) => {
      const claim = language === 'NL' ? 'vaak door ziekte' : 'often because of illness';
      expect(letter('DOCTOR_REFERRAL', language, truant)).not.toContain(claim);
      expect(letter('DOCTOR_REFERRAL', language, truant)).not.toMatch(/\bvaak\b|\boften\b/);
      expect(letter('DOCTOR_REFERRAL', language, truant)).toContain(
        language === 'NL'
          ? 'Stijn is in die tijd één keer ziek gemeld.'
          : 'In that time Stijn has been reported ill once.',
      );
      // Frequent sick reports, but the unexcused hours are most of the days missed.
      expect(letter('DOCTOR_REFERRAL', language, { ...ill, unauthorisedHours: 60 })).not.toContain(claim);
      // Unexcused hours not known: the share of sickness is not known either.
      expect(letter('DOCTOR_REFERRAL', language, { ...ill, unauthorisedHours: null })).not.toContain(claim);
      expect(letter('DOCTOR_REFERRAL', language, ill)).toContain(claim);
    },
  );

  it.each(both)(
    'the attendance officer letter in %s claims a legal duty only for reportable unexcused absence',
    (language) => {
      const law = language === 'NL' ? /volgens de wet/ : /by law/i;
      expect(letter('ATTENDANCE_OFFICER_INVOLVED', language, excused)).not.toMatch(law);
      expect(letter('ATTENDANCE_OFFICER_INVOLVED', language, excused)).toContain(
        language === 'NL'
          ? 'Vanwege het aantal gemiste schooldagen schakelt de school de leerplichtambtenaar van de gemeente in.'
          : 'Because of the number of school days missed, the school is involving the attendance officer of the municipality.',
      );
      expect(letter('ATTENDANCE_OFFICER_INVOLVED', language, { ...excused, unauthorisedHours: null })).not.toMatch(law);
      expect(letter('ATTENDANCE_OFFICER_INVOLVED', language, { ...excused, unauthorisedHours: 6 })).not.toMatch(law);
      expect(letter('ATTENDANCE_OFFICER_INVOLVED', language, { ...excused, unauthorisedHours: 6 })).toContain(
        language === 'NL' ? 'waarvan 6 uur zonder geldige reden' : 'of which 6 hours without a valid reason',
      );
      expect(letter('ATTENDANCE_OFFICER_INVOLVED', language, truant)).toMatch(law);
      expect(letter('ATTENDANCE_OFFICER_INVOLVED', language, { ...excused, unauthorisedHours: 16 })).toMatch(law);
    },
  );

  it.each(both)(
    'the sick leave letter in %s says "often" only from the threshold, and fits one sick report',
    (language) => {
      const one = draftLetter('FREQUENT_SICK_LEAVE', language, truant);
      expect(`${one.subject}\n${one.body}`).not.toMatch(
        /\bvaak\b|\boften\b|ziekmeldingen|sick reports|een aantal|several/,
      );
      expect(one.subject).toBe(language === 'NL' ? 'De ziekmelding van Stijn' : "Stijn's sick report");
      expect(one.body).toContain(language === 'NL' ? 'Stijn één keer ziek gemeld' : 'Stijn has been reported ill once');
      const none = draftLetter('FREQUENT_SICK_LEAVE', language, { ...truant, sickReports: 0 });
      expect(`${none.subject}\n${none.body}`).not.toMatch(/\bvaak\b|\boften\b|0 keer|0 times|beter gaat|better now/);
      const unknown = draftLetter('FREQUENT_SICK_LEAVE', language, { ...truant, sickReports: null });
      expect(`${unknown.subject}\n${unknown.body}`).not.toMatch(/\bvaak\b|\boften\b|een aantal|several/);
      const frequent = draftLetter('FREQUENT_SICK_LEAVE', language, ill);
      expect(frequent.subject).toBe(language === 'NL' ? 'Stijn is vaak ziek' : 'Stijn is often ill');
      expect(frequent.body).toContain(language === 'NL' ? 'Stijn 5 keer ziek gemeld' : 'reported ill 5 times');
    },
  );

  it.each(both)('the first worry letter in %s does not suggest the pupil could not come', (language) => {
    const body = letter('FIRST_WORRY', language, truant);
    expect(body).not.toMatch(/kunnen zijn|could not|unable/);
    expect(body).toContain(
      language === 'NL' ? 'heeft Stijn 23 schooldagen gemist.' : 'Stijn has missed 23 school days.',
    );
    expect(letter('FIRST_WORRY', language, ill)).toMatch(language === 'NL' ? /Dat is veel\./ : /That is a lot\./);
  });
});
