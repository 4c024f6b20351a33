import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseTarget } from './data-source';
import { socketPair, type InProcessSocket } from './in-process-socket';
import { lockDataDir } from './data-dir-lock';

/**
 * The embedded PostgreSQL (PGlite, real PostgreSQL in WebAssembly), spoken to by the ordinary `pg`
 * driver over an in-process stream: no port, so no other process on the machine can reach it.
 *
 * PGlite has one backend session, where a server has one per connection. So that it behaves like a
 * server, connections take the session in turn (a new one waits until the previous has closed), and
 * every closed connection's state is ended before the next begins: its transaction rolled back, its
 * prepared statements, settings, temporary tables and advisory locks discarded. Without that, a pooled
 * connection that closed when idle left its named statements behind and the next one failed to prepare
 * them ("prepared statement … already exists").
 */
export interface EmbeddedPostgres {
  target: DatabaseTarget;
  stop(): Promise<void>;
}

/** `dataDir` undefined keeps the database in memory (tests). */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  let db: PGlite;
  let unlock = () => {};
  if (dataDir) {
    const dir = path.join(dataDir, 'pglite');
    // PGlite writes its files world-writable (0666 under a zero umask): the folder keeps other users out.
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    unlock = lockDataDir(dataDir);
    try {
      db = await PGlite.create(dir);
    } catch (error) {
      unlock();
      throw error;
    }
  } else {
    db = await PGlite.create();
  }
  const sessions = new EmbeddedSessions(db);
  return {
    target: { url: 'postgres://postgres@embedded/postgres', embedded: true, stream: () => sessions.connect() },
    async stop() {
      await sessions.close();
      await db.close();
      unlock();
    },
  };
}

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // 'X'

/** Ends whatever a connection left open, as a server ends a backend when its client goes. */
const ROLLBACK = simpleQuery('ROLLBACK');
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);

class EmbeddedSessions {
  /** Settles when the connection that holds (or last asked for) the session has been reset. */
  private turn: Promise<void> = Promise.resolve();
  private readonly open = new Set<InProcessSocket>();
  private closed = false;

  constructor(private readonly db: PGlite) {}

  connect(): Duplex {
    const [client, server] = socketPair();
    if (this.closed) {
      queueMicrotask(() => client.destroy(new Error('the embedded database is stopped')));
      return client;
    }
    this.open.add(server);
    const previous = this.turn;
    let endTurn!: () => void;
    this.turn = new Promise((resolve) => (endTurn = resolve));

    let pending = Buffer.alloc(0);
    let started = false;
    let work = previous;
    const serve = async () => {
      while (!server.destroyed) {
        const length = messageLength(pending, started);
        if (length === undefined || pending.length < length) return;
        const message = pending.subarray(0, length);
        pending = pending.subarray(length);
        if (!started) {
          const code = message.readInt32BE(4);
          if (code === SSL_REQUEST) {
            server.write('N');
            continue;
          }
          if (code === CANCEL_REQUEST) return void server.end();
          started = true;
        } else if (message[0] === TERMINATE) {
          return void server.end();
        }
        // onRawData lends a view of PGlite's memory, reused for the next output: copy it before it is queued.
        await this.db.runExclusive(() =>
          this.db.execProtocolRawStream(message, { onRawData: (data) => server.write(Buffer.from(data)) }),
        );
      }
    };
    server.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      work = work.then(serve).catch((error: Error) => void server.destroy(error));
    });
    server.once('close', () => {
      this.open.delete(server);
      // A reset that fails leaves the session unusable; the next connection's first query says so.
      work
        .then(() => this.reset())
        .catch(() => undefined)
        .finally(endTurn);
    });
    return client;
  }

  /** Rolls back the closed connection's transaction (explicit or implicit, failed or not) and discards its state. */
  private async reset(): Promise<void> {
    if (this.closed) return;
    await this.db.runExclusive(async () => {
      await this.db.execProtocolRaw(ROLLBACK);
      await this.db.execProtocolRaw(SYNC);
    });
    await this.db.exec('DISCARD ALL');
  }

  async close(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await this.turn;
    this.closed = true;
  }
}

/** The start-up message has no type byte; every later message is a type byte and an int32 length. */
function messageLength(buffer: Buffer, started: boolean): number | undefined {
  if (!started) return buffer.length >= 8 ? buffer.readInt32BE(0) : undefined;
  return buffer.length >= 5 ? 1 + buffer.readInt32BE(1) : undefined;
}

function simpleQuery(sql: string): Buffer {
  const text = Buffer.from(`${sql}\0`, 'utf8');
  const header = Buffer.alloc(5);
  header[0] = 0x51; // 'Q'
  header.writeInt32BE(4 + text.length, 1);
  return Buffer.concat([header, text]);
}
