import { optionalText, requireText } from '../../../core/errors/input';

/** The longest advice or private note accepted, in characters. */
export const ADVICE_MAX_LENGTH = 8000;

/** writeAdvice's texts, checked: the advice is required, the private note optional; both trimmed. */
export function adviceInput(
  educationAdvice: string,
  privateNote?: string | null,
): { educationAdvice: string; privateNote: string | null } {
  return {
    educationAdvice: requireText(educationAdvice, 'educationAdvice', {
      max: ADVICE_MAX_LENGTH,
      label: 'advice.educationAdvice',
    }),
    privateNote: optionalText(privateNote, 'privateNote', { max: ADVICE_MAX_LENGTH, label: 'advice.privateNote' }),
  };
}
