import { describe, expect, it } from 'vitest';
import { Role } from '@aanwezig/domain';
import { checkActAs } from './act-as.input';

describe('checkActAs', () => {
  it('takes both or neither', () => {
    expect(() => checkActAs(null, null)).not.toThrow();
    expect(() => checkActAs('org', Role.MENTOR)).not.toThrow();
  });

  it('names the missing one', () => {
    expect(() => checkActAs('org', null)).toThrow(expect.objectContaining({ field: 'role' }));
    expect(() => checkActAs(null, Role.MENTOR)).toThrow(
      expect.objectContaining({ field: 'organisationId', reason: 'user.organisationAndRoleTogether' }),
    );
  });
});
