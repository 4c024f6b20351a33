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
    await t.server.dataSource
      .getRepository(OrganisationEntity)
      .save({ regionId: other.id, name: 'Het Andere College', kind: 'SCHOOL', sector: 'VO' });
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

  it("lists the region's professionals with role and organisation, to invite, and nobody from elsewhere", async () => {
    const other = await t.server.dataSource.query(
      `SELECT id, region_id FROM organisation WHERE name = 'Het Andere College'`,
    );
    await t.server.dataSource.query(
      `INSERT INTO app_user (region_id, email, name) VALUES ($1, 'elders@elders.test', 'Iemand Elders')`,
      [other[0].region_id],
    );
    const token = await t.login('verzuim@baken.demo.test');
    const result = await t.graphql<{ colleagues: { name: string; role: string; organisationName: string }[] }>(
      '{ colleagues { name role organisationName } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.colleagues).toContainEqual({
      name: 'Joost Smit',
      role: 'ATTENDANCE_OFFICER',
      organisationName: 'Gemeente Kustland - Leerplicht',
    });
    expect(result.data!.colleagues.map((c) => c.name)).not.toContain('Iemand Elders');
    expect((await t.graphql('{ colleagues { name } }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('requires sign-in', async () => {
    const result = await t.graphql('{ organisations { name } }');
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
