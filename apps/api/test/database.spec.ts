import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { connect } from '../src/core/database/data-source';
import { prepareDatabase } from '../src/core/bootstrap';
import { OrganisationEntity } from '../src/modules/organisation/organisation.entity';
import { RegionEntity } from '../src/modules/organisation/region.entity';
import { UserEntity } from '../src/modules/user/user.entity';
import { MembershipEntity } from '../src/modules/user/membership.entity';
import { seedDemoRegion } from '../src/database/seed/demo-region.seed';
import { DEMO_ORGANISATIONS, DEMO_USERS, demoMemberships } from '../src/database/seed/demo-region.data';
import { createFreshDatabase, type FreshDatabase, type TestDatabaseChoice } from './support/test-database';

/**
 * The same scenario on every database the run can reach: always the embedded PGlite, and the
 * PostgreSQL server when one was chosen. PGlite must behave as the server does.
 */
const choices: TestDatabaseChoice[] = [{ kind: 'embedded' }];
if (inject('testDatabase').kind === 'server') choices.push(inject('testDatabase'));

const silent = pino({ level: 'silent' });

describe.each(choices.map((c) => [c.kind, c] as const))('on the %s database', (_kind, choice) => {
  let database: FreshDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase(choice);
    dataSource = await connect(database);
    await prepareDatabase(dataSource, { demoData: true, demoAbsence: false }, silent, database.embedded);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('applies every migration and leaves nothing pending', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('has migrations that build exactly what the entities describe (none stale or missing)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('loads the demo region through the seed, once', async () => {
    expect(await dataSource.getRepository(RegionEntity).count()).toBe(1);
    expect(await dataSource.getRepository(OrganisationEntity).count()).toBe(DEMO_ORGANISATIONS.length);
    expect(await dataSource.getRepository(UserEntity).count()).toBe(DEMO_USERS.length);
    expect(await dataSource.getRepository(MembershipEntity).count()).toBe(DEMO_USERS.flatMap(demoMemberships).length);
    expect(await seedDemoRegion(dataSource)).toBe(false);
    expect(await dataSource.getRepository(UserEntity).count()).toBe(DEMO_USERS.length);
  });

  it('keeps two concurrent transactions apart when one rolls back', async () => {
    const regions = dataSource.getRepository(RegionEntity);
    let releaseFirst!: () => void;
    const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));

    // The first writes, waits, then fails; the second writes and commits while the first is open.
    const failing = dataSource
      .transaction(async (manager) => {
        await manager.save(manager.create(RegionEntity, { name: 'Rolled back' }));
        await firstMayFinish;
        throw new Error('roll back');
      })
      .then(
        () => 'committed',
        (e: Error) => e.message,
      );
    const committing = dataSource.transaction(async (manager) => {
      await manager.save(manager.create(RegionEntity, { name: 'Committed' }));
      return 'committed';
    });
    setTimeout(releaseFirst, 50);

    expect(await Promise.all([failing, committing])).toEqual(['roll back', 'committed']);
    expect(await regions.existsBy({ name: 'Committed' })).toBe(true);
    expect(await regions.existsBy({ name: 'Rolled back' })).toBe(false);
  });
});

describe.each(choices.filter((c) => c.kind === 'server').map((c) => [c] as const))(
  'two instances starting at once',
  (choice) => {
    it('migrate and seed exactly once', async () => {
      const database = await createFreshDatabase(choice);
      const instances = await Promise.all([connect(database), connect(database)]);
      try {
        await Promise.all(instances.map((ds) => prepareDatabase(ds, { demoData: true, demoAbsence: false }, silent)));
        const [{ n: regions }] = await instances[0].query('SELECT count(*)::int AS n FROM region');
        const [{ n: migrations }] = await instances[0].query('SELECT count(*)::int AS n FROM migrations');
        expect(regions).toBe(1);
        expect(migrations).toBe(instances[0].migrations.length);
      } finally {
        await Promise.all(instances.map((ds) => ds.destroy()));
        await database.drop();
      }
    });
  },
);
