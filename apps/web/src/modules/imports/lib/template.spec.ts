import { describe, expect, it } from 'vitest';
import { templateCsv } from './template';

describe('the import template', () => {
  it('is the canonical header with two example lines', () => {
    expect(templateCsv('BA1001', '2026-11-09').split('\n')).toEqual([
      'pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason',
      'BA1001,2026-11-09,08:30,09:20,,1,false,TRUANCY',
      'BA1001,2026-11-09,,,400,,true,SICK',
      '',
    ]);
  });
});
