import { describe, expect, it } from 'vitest';
import { checkRuleInput, parseNumber } from './rule-input';

describe('parseNumber', () => {
  it.each([
    ['16', 16],
    [' 12,5 ', 12.5],
    ['12.5', 12.5],
    ['abc', null],
    ['', null],
    ['1e3', null],
    ['12,5,1', null],
  ])('reads %j as %j', (text, value) => expect(parseNumber(text)).toBe(value));
});

describe('checkRuleInput', () => {
  it('gives the values to send', () => {
    expect(checkRuleInput('LEGAL_REPORT', true, '12,5', '6')).toEqual({ threshold: 12.5, windowSchoolWeeks: 6 });
    expect(checkRuleInput('SAT_DISCUSS', false, '92,5', '')).toEqual({ threshold: 92.5 });
  });

  it.each([
    ['LEGAL_REPORT', true, 'abc', '4', 'threshold', 'notANumber'],
    ['LEGAL_REPORT', true, '', '4', 'threshold', 'notANumber'],
    ['LEGAL_REPORT', true, '0', '4', 'threshold', 'notPositive'],
    ['ACT_NOW', false, '100', '', 'threshold', 'percent'],
    ['LATES', true, '2,5', '1', 'threshold', 'whole'],
    ['LEGAL_REPORT', true, '16', '', 'windowSchoolWeeks', 'weeks'],
    ['LEGAL_REPORT', true, '16', '41', 'windowSchoolWeeks', 'weeks'],
    ['LEGAL_REPORT', true, '16', '2,5', 'windowSchoolWeeks', 'weeks'],
  ])('refuses %s (window %s) with %j, %j at %s', (key, hasWindow, threshold, weeks, field, problem) => {
    expect(checkRuleInput(key, hasWindow, threshold, weeks)).toEqual({ field, problem });
  });
});
