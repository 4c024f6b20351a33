import { describe, expect, it } from 'vitest';
import { renderAuthzMatrix } from './matrix-doc';

describe('docs/authz-matrix.md', () => {
  it('is generated from the matrix data (update with `vitest -u`)', async () => {
    const text = renderAuthzMatrix();
    expect(text).toContain('| WORRY_AND_NOTES');
    await expect(text).toMatchFileSnapshot('../../../docs/authz-matrix.md');
  });
});
