import { describe, expect, it } from 'vitest';
import { formatDeclaration, permissionInventory } from '../src/authz/permission-inventory';
import { useTestServer } from './support/test-server';

/**
 * Every resolver method and route declares its permission. The list is kept in a committed file:
 * a change to any permission shows up as a diff in review (update with `vitest -u`).
 */
describe('permission declarations', () => {
  const t = useTestServer();

  it('has a declaration for every operation', () => {
    const undeclared = permissionInventory(t.server.app).filter((e) => !e.declaration);
    expect(undeclared.map((e) => e.operation)).toEqual([]);
  });

  it('matches the committed list', async () => {
    const inventory = permissionInventory(t.server.app);
    expect(inventory.length).toBeGreaterThan(3);
    const text =
      inventory.map((e) => `${e.operation.padEnd(40)} ${formatDeclaration(e.declaration)}`).join('\n') + '\n';
    await expect(text).toMatchFileSnapshot('./__snapshots__/permissions.txt');
  });
});
