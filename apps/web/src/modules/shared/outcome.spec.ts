import { beforeAll, describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { setupI18n } from '../../app/i18n';
import { outcomeOf } from './outcome';

beforeAll(() => {
  setupI18n();
});

const refusal = (code: string) =>
  new CombinedError({
    graphQLErrors: [
      new GraphQLError('Dutch text', { extensions: { code, reason: 'case.notFound', params: {}, field: 'caseId' } }),
    ],
  });

describe('outcomeOf', () => {
  it('reads a refusal as something to change, in the server reason’s own words, with its field', () => {
    for (const code of ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND']) {
      const outcome = outcomeOf(refusal(code));
      expect(outcome.kind).toBe('invalid');
      expect(outcome.text).not.toMatch(/ging iets mis/);
      expect(outcome.text).not.toBe('Dutch text'); // the catalogue's text for the reason, not the raw message
      expect(outcome).toMatchObject({ field: 'caseId' });
    }
  });

  it('offers a retry when the server failed or could not be reached, and says nothing was saved', () => {
    const retry = () => undefined;
    const failed = outcomeOf(refusal('INTERNAL_SERVER_ERROR'), retry);
    expect(failed).toMatchObject({ kind: 'failed', retry });
    expect(failed.text).toMatch(/niets opgeslagen/);
    const offline = outcomeOf(new CombinedError({ networkError: new TypeError('Failed to fetch') }), retry);
    expect(offline).toMatchObject({ kind: 'offline', retry });
    expect(offline.text).not.toMatch(/Failed to fetch|\[Network\]/);
  });
});
