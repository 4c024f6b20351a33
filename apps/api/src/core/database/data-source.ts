import type { Duplex } from 'node:stream';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../../database/entities';
import { MIGRATIONS } from '../../database/migrations';

export interface DatabaseTarget {
  url: string;
  /** PGlite has one session: one pooled connection serialises transactions there. */
  embedded: boolean;
  /** The embedded database's in-process connection, used instead of a TCP socket to `url`. */
  stream?: () => Duplex;
  /** How long an unused pooled connection stays open (pg's default, 10 s, unless a test shortens it). */
  idleTimeoutMillis?: number;
}

export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error'],
    extra: {
      max: target.embedded ? 1 : 10,
      ...(target.stream ? { stream: target.stream } : {}),
      ...(target.idleTimeoutMillis !== undefined ? { idleTimeoutMillis: target.idleTimeoutMillis } : {}),
      // Fail fast on an unreachable server, and on a pool that never frees (a query outside its transaction).
      connectionTimeoutMillis: 5000,
      application_name: 'aanwezig',
    },
  };
}

/** Connects, or throws a message that says which database could not be reached and why. */
export async function connect(target: DatabaseTarget): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(target));
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseUnreachableError(target.url, error);
  }
  return dataSource;
}

export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Cannot connect to the database at ${redactPassword(url)}: ${reason}`);
  }
}

export function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
