import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/errors/input';
import { ADVICE_MAX_LENGTH, adviceInput } from './write-advice.input';

describe('writeAdvice input', () => {
  it('trims the advice and keeps an empty note as none', () => {
    expect(adviceInput('  Rustig opbouwen  ', '  ')).toEqual({ educationAdvice: 'Rustig opbouwen', privateNote: null });
    expect(adviceInput('Advies', ' Eigen notitie ')).toEqual({
      educationAdvice: 'Advies',
      privateNote: 'Eigen notitie',
    });
  });

  it('requires the advice, naming the field and its label', () => {
    const error = (() => {
      try {
        adviceInput('   ');
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.details).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'input.required',
      params: { label: 'advice.educationAdvice' },
      field: 'educationAdvice',
    });
    expect(error?.message).toBe('Het advies is verplicht.');
  });

  it('refuses a note that is too long', () => {
    expect(() => adviceInput('Advies', 'x'.repeat(ADVICE_MAX_LENGTH + 1))).toThrow(
      'De eigen notitie is te lang (maximaal 8000 tekens).',
    );
  });
});
