import { describe, expect, it } from 'vitest';
import { fillTemplate, ruleLabelParamsNl } from '@aanwezig/domain';
import { en } from '../../app/locales/en';
import { nl } from '../../app/locales/nl';
import { ruleLabelParamsEn } from './rule-label';

describe('rule labels on the screen', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [112, '112th'],
  ])('says %i as the English ordinal %s', (n, ordinal) => {
    expect(ruleLabelParamsEn({ threshold: n, windowSchoolWeeks: null }).Ordinal).toBe(ordinal);
  });

  it("fills the region's setting into both languages", () => {
    const setting = { threshold: 12, windowSchoolWeeks: 6 };
    expect(fillTemplate(nl.rules.LEGAL_REPORT, ruleLabelParamsNl(setting))).toBe(
      '12 uur ongeoorloofd verzuim in 6 lesweken: melden bij leerplicht',
    );
    expect(fillTemplate(en.rules.LEGAL_REPORT, ruleLabelParamsEn(setting))).toBe(
      '12 hours of unauthorised absence in 6 school weeks: report to leerplicht',
    );
    expect(fillTemplate(en.rules.FREQUENT_SICK, ruleLabelParamsEn({ threshold: 4, windowSchoolWeeks: 1 }))).toBe(
      '4th sick report in one school week',
    );
  });
});
