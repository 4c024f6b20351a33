import type { EntityManager } from 'typeorm';

type Insert<Row> = (manager: EntityManager, rows: readonly Row[]) => Promise<void>;

interface Waiter<Row> {
  rows: readonly Row[];
  done: (error?: unknown) => void;
}

/**
 * Group commit: while one INSERT is in flight, rows from other requests wait and then go together in
 * the next one. Under load that turns one commit per request into one per batch; each caller's promise
 * still settles only when its own rows are committed (or failed), so nothing is answered unlogged.
 */
export class GroupCommitter<Row> {
  private waiting: Waiter<Row>[] = [];
  private flushing = false;

  constructor(
    private readonly manager: EntityManager,
    private readonly insert: Insert<Row>,
    private readonly maxRows = 2000,
  ) {}

  /** The committer of one data source, made on first use. */
  static for<Row>(
    registry: WeakMap<object, GroupCommitter<Row>>,
    manager: EntityManager,
    insert: Insert<Row>,
  ): GroupCommitter<Row> {
    let committer = registry.get(manager.connection);
    if (!committer)
      registry.set(manager.connection, (committer = new GroupCommitter(manager.connection.manager, insert)));
    return committer;
  }

  add(rows: readonly Row[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ rows, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.waiting.length > 0) {
      const batch = this.takeBatch();
      try {
        await this.insert(
          this.manager,
          batch.flatMap((w) => w.rows),
        );
        batch.forEach((w) => w.done());
      } catch (error) {
        batch.forEach((w) => w.done(error ?? new Error('audit insert failed')));
      }
    }
    this.flushing = false;
  }

  private takeBatch(): Waiter<Row>[] {
    let count = 0;
    let taken = 0;
    while (taken < this.waiting.length && (taken === 0 || count + this.waiting[taken].rows.length <= this.maxRows)) {
      count += this.waiting[taken].rows.length;
      taken++;
    }
    return this.waiting.splice(0, taken);
  }
}
