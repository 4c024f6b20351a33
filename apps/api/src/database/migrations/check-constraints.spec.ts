import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from '../entities';

/**
 * TypeORM's migration diff does not notice a changed CHECK expression, so this compares every
 * entity's checks with the last text the migrations wrote for them.
 */
describe('check constraints', () => {
  it('are written by the migrations exactly as the entities declare them', () => {
    const migrations = readdirSync(__dirname)
      .filter((f) => /^\d+-.*\.ts$/.test(f))
      .sort()
      // Only what `up` writes: `down` restores the previous text.
      .map((f) => readFileSync(path.join(__dirname, f), 'utf8').split('async down(')[0])
      .join('\n');
    const checks = getMetadataArgsStorage().checks.filter((c) => (ENTITIES as unknown[]).includes(c.target));
    expect(checks.length).toBeGreaterThan(10);
    for (const check of checks) {
      const written = [
        ...migrations.matchAll(new RegExp(`"${check.name}" CHECK \\((.*?)\\)(?=, CONSTRAINT|\`)`, 'g')),
      ].at(-1);
      expect(written?.[1], check.name).toBe(check.expression);
    }
  });
});
