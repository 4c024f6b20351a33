import { Injectable } from '@nestjs/common';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ImportPhase = { CHECKING: 'CHECKING', SAVING: 'SAVING', EVALUATING: 'EVALUATING', DONE: 'DONE' } as const;
export type ImportPhase = (typeof ImportPhase)[keyof typeof ImportPhase];
registerEnumType(ImportPhase, { name: 'ImportPhase' });

@ObjectType('AbsenceImportProgress', { description: 'How far a running import is: rows saved of the rows to save.' })
export class ImportProgressModel {
  @Field(() => ImportPhase)
  phase!: ImportPhase;

  @Field(() => Int)
  processed!: number;

  @Field(() => Int)
  total!: number;
}

const KEEP_MS = 10 * 60 * 1000;

/**
 * Progress of running imports, per person and client-chosen import id, in this instance's memory: the
 * import runs in one request on one instance, and the client (sticky to it behind the load balancer)
 * asks while it waits. Nothing of the file is kept, only counts.
 */
@Injectable()
export class ImportProgressRegistry {
  private readonly entries = new Map<string, ImportProgressModel & { at: number }>();

  report(userId: string, importId: string | null | undefined, progress: ImportProgressModel): void {
    if (!importId) return;
    const now = Date.now();
    for (const [key, entry] of this.entries) if (now - entry.at > KEEP_MS) this.entries.delete(key);
    this.entries.set(`${userId}:${importId}`, { ...progress, at: now });
  }

  read(userId: string, importId: string): ImportProgressModel | null {
    const entry = this.entries.get(`${userId}:${importId}`);
    return entry ? { phase: entry.phase, processed: entry.processed, total: entry.total } : null;
  }
}
