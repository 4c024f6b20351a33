import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { seedDemoRegion } from '../database/seed/demo-region.seed';
import { assertSafeConfig, type AppConfig } from './config/config';
import { connect, type DatabaseTarget } from './database/data-source';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { serveWebClient } from './http/web-client';
import { securityHeaders } from './http/security-headers';
import { jsonBody } from './http/json-body';

export interface RunningServer {
  app: NestExpressApplication;
  dataSource: DataSource;
  url: string;
  logger: Logger;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Use this database instead of the one the config names (tests bring their own). */
  database?: DatabaseTarget;
  logger?: Logger;
}

/** Connects, migrates, seeds an empty database when asked, and serves web, GraphQL and health on one port. */
export async function startServer(config: AppConfig, options: StartOptions = {}): Promise<RunningServer> {
  assertSafeConfig(config);
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: 'aanwezig-api' } });
  const stops: (() => Promise<void>)[] = [];
  try {
    const target = options.database ?? (await databaseFromConfig(config, logger, stops));
    const dataSource = await connect(target);
    stops.unshift(() => dataSource.destroy());
    await prepareDatabase(dataSource, config, logger, target.embedded);

    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, dataSource, logger }), {
      bufferLogs: true,
      bodyParser: false,
    });
    app.useLogger(app.get(PinoNestLogger));
    app.set('trust proxy', config.trustProxy ?? 'loopback');
    // API answers are per user and never revalidated: no hash of every body for an ETag.
    app.set('etag', false);
    app.use(securityHeaders());
    jsonBody(app.getHttpAdapter().getInstance());
    if (config.webDist) serveWebClient(app.getHttpAdapter().getInstance(), config.webDist);
    await app.listen(config.port, '0.0.0.0');
    stops.unshift(() => app.close());

    const { port } = app.getHttpServer().address() as AddressInfo;
    const url = `http://localhost:${port}`;
    logger.info(
      { url, database: target.embedded ? 'embedded' : 'server', web: Boolean(config.webDist) },
      'Aanwezig is ready',
    );
    return { app, dataSource, url, logger, close: () => runAll(stops) };
  } catch (error) {
    await runAll(stops);
    throw error;
  }
}

/**
 * Migrations always; the demo region only into an empty database and only when DEMO_DATA is not false.
 * On a server, a session advisory lock lets several instances start at once: one migrates, the others
 * wait and then find nothing to do. (The embedded database has one process and one connection.)
 */
export async function prepareDatabase(
  dataSource: DataSource,
  config: Pick<AppConfig, 'demoData' | 'demoAbsence'>,
  logger: Logger,
  embedded = false,
): Promise<void> {
  const prepare = async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    if (config.demoData && (await seedDemoRegion(dataSource, new Date(), { absence: config.demoAbsence })))
      logger.info('demo region seeded');
  };
  if (embedded) return prepare();
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [STARTUP_LOCK]);
    await prepare();
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [STARTUP_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

const STARTUP_LOCK = 'aanwezig:startup';

/**
 * The configured database, connected and migrated (never seeded), for a command-line tool
 * (apps/api/src/admin.ts). With the embedded database the server must not be running: one process owns it.
 */
export async function openDatabase(
  config: AppConfig,
  logger: Logger,
): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const stops: (() => Promise<void>)[] = [];
  try {
    const target = await databaseFromConfig(config, logger, stops);
    const dataSource = await connect(target);
    stops.unshift(() => dataSource.destroy());
    await prepareDatabase(dataSource, { demoData: false, demoAbsence: false }, logger, target.embedded);
    return { dataSource, close: () => runAll(stops) };
  } catch (error) {
    await runAll(stops);
    throw error;
  }
}

async function databaseFromConfig(
  config: AppConfig,
  logger: Logger,
  stops: (() => Promise<void>)[],
): Promise<DatabaseTarget> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false };
  logger.info({ dataDir: config.dataDir }, 'no DATABASE_URL: starting the embedded PostgreSQL (PGlite)');
  const embedded = await startEmbeddedPostgres(config.dataDir);
  stops.push(() => embedded.stop());
  return embedded.target;
}

async function runAll(steps: (() => Promise<void>)[]): Promise<void> {
  for (const step of steps.splice(0)) {
    try {
      await step();
    } catch {
      // Closing is best effort: one failing step must not keep the others open.
    }
  }
}
