import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../src/database/seed/demo-region.data';
import { RegionEntity } from '../src/modules/organisation/region.entity';
import { OrganisationEntity } from '../src/modules/organisation/organisation.entity';
import { useTestServer } from './support/test-server';

describe('organisations of the region', () => {
  const t = useTestServer();
  beforeAll(async () => {
    // A second region whose organisations nobody in the demo region may see.
    const repo = t.server.dataSource.getRepository(RegionEntity);
    const other = await repo.save(repo.create({ name: 'Samenwerkingsverband Elders' }));
    await t.server.dataSource.getRepository(OrganisationEntity).save({ regionId: other.id, name: 'Het Andere College', kind: 'SCHOOL', sector: 'VO' });
  });

  it("lists exactly the demo region's organisations, schools first", async () => {
    const token = await t.login('consulent@swv.demo.test');
    const result = await t.graphql<{ organisations: { name: string; kind: string; sector: string | null }[] }>(
      '{ organisations { name kind sector } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const names = result.data!.organisations.map((o) => o.name);
    expect([...names].sort()).toEqual(DEMO_ORGANISATIONS.map((o) => o.name).sort());
    expect(names).not.toContain('Het Andere College');
    const firstNonSchool = result.data!.organisations.findIndex((o) => o.kind !== 'SCHOOL');
    expect(result.data!.organisations.slice(firstNonSchool).every((o) => o.kind !== 'SCHOOL')).toBe(true);
  });

  it('requires sign-in', async () => {
    const result = await t.graphql('{ organisations { name } }');
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
