import { Duplex } from 'node:stream';

/**
 * One end of an in-memory connection: what one end writes, the other reads. The client end offers the
 * few `net.Socket` methods the `pg` driver calls (connect, keep-alive, no-delay, ref), so `pg` can use
 * it as its `stream`. (Node 22 has `stream.duplexPair`; Node 20, which we run, has not.)
 */
export class InProcessSocket extends Duplex {
  peer!: InProcessSocket;

  constructor() {
    super({ allowHalfOpen: false });
  }

  override _read(): void {
    // Data arrives when the peer writes; nothing to pull.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.peer.destroyed) return done(new Error('the other end of the connection is closed'));
    this.peer.push(chunk);
    done();
  }

  override _final(done: (error?: Error | null) => void): void {
    this.peer.push(null);
    done();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    if (!this.peer.destroyed) this.peer.destroy();
    done(error);
  }

  connect(): this {
    setImmediate(() => this.emit('connect'));
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }
}

/** A connected pair: [client end, server end]. */
export function socketPair(): [InProcessSocket, InProcessSocket] {
  const client = new InProcessSocket();
  const server = new InProcessSocket();
  client.peer = server;
  server.peer = client;
  return [client, server];
}
