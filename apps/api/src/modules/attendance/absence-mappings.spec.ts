import { describe, expect, it } from 'vitest';
import { translate } from '@aanwezig/messages';
import { headerMismatch, mappingFormats } from './absence-mappings';

const CANONICAL =
  'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason\nBA1001,2026-11-09,,,50,1,false,TRUANCY\n';
const MAGISTER =
  'Stamnr;Datum;Lesuur;Begintijd;Eindtijd;Minuten;Geoorloofd;Absentiecode\nBA1008;16-11-2026;3;;;50;Ongeoorloofd;Spijbelen\n';

describe('headerMismatch', () => {
  it('says nothing when the header fits the mapping', () => {
    expect(headerMismatch(CANONICAL, 'CANONICAL')).toBeNull();
    expect(headerMismatch(MAGISTER, 'MAGISTER')).toBeNull();
    expect(headerMismatch('', 'MAGISTER')).toBeNull();
  });

  it('names the columns found and missing, and the layout a canonical file fits, in Dutch and English', () => {
    const error = headerMismatch(CANONICAL, 'MAGISTER')!;
    expect(error).toMatchObject({ line: 1, field: null, reason: 'attendance.row.mappingHeader' });
    expect(error.params).toMatchObject({ context: 'suggest', suggested: 'CANONICAL', mapping: 'MAGISTER' });
    const nl = translate(`errors.${error.reason}`, error.params);
    expect(nl).toContain('De kopregel past niet bij de indeling Magister.');
    expect(nl).toContain('Gevonden kolommen: pupil_ref, date, start, end, minutes, lesson_hour, authorised, reason.');
    expect(nl).toContain('Ontbrekend voor Magister: stamnr / stamnummer, datum, geoorloofd, absentiecode / reden.');
    expect(nl).toContain('Deze kopregel past bij Aanwezig-formaat: kies die indeling en lees het bestand opnieuw in.');
    expect(nl).not.toContain('ontbreekt_in');
    const en = translate(`errors.${error.reason}`, error.params, 'en');
    expect(en).toContain('This header line fits Aanwezig format: choose that layout and import the file again.');
    expect(en).toContain('Missing for Magister: stamnr / stamnummer, datum, geoorloofd, absentiecode / reden.');
  });

  it('suggests Magister for a Magister export read as the canonical format', () => {
    const error = headerMismatch(MAGISTER, 'CANONICAL')!;
    expect(error.params).toMatchObject({ context: 'suggest', suggested: 'MAGISTER', mapping: 'CANONICAL' });
    expect(translate(`errors.${error.reason}`, error.params)).toContain('Deze kopregel past bij Magister');
  });

  it('names what is missing without a suggestion when no layout fits; the canonical reader names its own', () => {
    const odd = 'leerling,dag,uren\nBA1001,2026-11-09,2\n';
    const error = headerMismatch(odd, 'SOMTODAY')!;
    expect(error.params).not.toHaveProperty('context');
    expect(translate(`errors.${error.reason}`, error.params)).toContain('Gevonden kolommen: leerling, dag, uren.');
    expect(headerMismatch(odd, 'CANONICAL')).toBeNull();
  });
});

describe('mappingFormats', () => {
  it('lists every mapping with the names it reads per canonical column', () => {
    const formats = mappingFormats();
    expect(formats.map((f) => f.mapping)).toEqual(['CANONICAL', 'MAGISTER', 'SOMTODAY', 'PARNASSYS', 'ESIS']);
    const magister = formats.find((f) => f.mapping === 'MAGISTER')!;
    expect(magister.columns.find((c) => c.column === 'pupil_ref')).toEqual({
      column: 'pupil_ref',
      names: ['stamnr', 'stamnummer'],
      required: true,
    });
    expect(magister.columns.find((c) => c.column === 'minutes')?.required).toBe(false);
    expect(formats[0].columns.every((c) => c.required && c.names[0] === c.column)).toBe(true);
    expect(formats[0].reasonValues.map((r) => r.value)).toContain('LUXURY_LEAVE');
  });
});
