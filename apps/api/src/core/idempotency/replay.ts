import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { getNamedType, getNullableType, isListType, type GraphQLOutputType, type GraphQLResolveInfo } from 'graphql';
import { from, map, type Observable } from 'rxjs';
import { AppError } from '../errors/app-error';
import { sessionOf, type GraphQLContext, type Session } from '../auth/request-context';

/**
 * Idempotent replays (docs/privacy.md, "Retries"). A mutation sent with an `Idempotency-Key` keeps, per
 * root field, only the type and ids of what it returned. Sent again by the same user working as the same
 * membership, the mutation is not run: each root field is answered by its type's reader, which reads the
 * object by id as any query would (access check, field mask, audit of the read), and the operation's own
 * selection is then resolved on it by the normal field resolvers. So a retry shows what the sender may see
 * now, never a stored copy of what they saw then.
 */

/** How a replay answers a root field of a given GraphQL type. */
export type ReplayPolicy<T = unknown> =
  /** Read again by id through the field mask; NOT_FOUND when the sender may no longer read it. */
  | { read(session: Session, id: string): Promise<T>; idOf?(value: T): string }
  /** A result without pupil data and without an id (counts about the caller's own file): kept as it is. */
  | { keep: 'value' }
  /** The mutation writes nothing (actAs signs a token): it is not claimed, and a retry simply runs again. */
  | { keep: 'nothing' };

/** What a root field returned, as stored for a replay: never its content. */
export type StoredField = { type: string; list: boolean; ids: string[] } | { value: unknown };

/** Per response key (alias or field name) of the mutation's root fields. */
export type Outcome = Record<string, StoredField>;

/** Scalar results are counts and yes/no answers (markNotificationsRead, deleteView): kept as values. */
const SCALAR_RESULTS = new Set(['Boolean', 'Int']);

export class IdempotencyError extends AppError {}

/** What a reader throws when the sender may no longer see what the mutation produced (or it is gone). */
export const replayGone = () => new IdempotencyError('NOT_FOUND', { reason: 'idempotency.gone' });

/** The record a reader looks for among what the session may see; NOT_FOUND when it is not there. */
export function foundIn<T>(records: readonly T[], match: (record: T) => boolean): T {
  const record = records.find(match);
  if (record === undefined) throw replayGone();
  return record;
}

const alreadyDone = () => new IdempotencyError('CONFLICT', { reason: 'idempotency.alreadyDone' });

/** Each type's reader, registered by the module that owns the type (in its resolver, or its `<module>.replay.ts`). */
@Injectable()
export class ReplayReaders {
  private readonly policies = new Map<string, ReplayPolicy>();

  register<T>(typeName: string, policy: ReplayPolicy<T>): void {
    if (this.policies.has(typeName)) throw new Error(`ReplayReaders: ${typeName} is registered twice`);
    this.policies.set(typeName, policy as ReplayPolicy);
  }

  /** The policy for a mutation's return type; undefined when none is registered (a replay is then refused). */
  policyFor(type: GraphQLOutputType): ReplayPolicy | undefined {
    const name = getNamedType(type).name;
    return SCALAR_RESULTS.has(name) ? { keep: 'value' } : this.policies.get(name);
  }

  /** Does a mutation returning this type change nothing (so there is nothing to claim)? */
  writesNothing(type: GraphQLOutputType): boolean {
    const policy = this.policyFor(type);
    return policy !== undefined && 'keep' in policy && policy.keep === 'nothing';
  }

  /** What to store of a root field's result. Null when nothing can be kept (a replay is then refused). */
  stored(type: GraphQLOutputType, value: unknown): StoredField | null {
    const policy = this.policyFor(type);
    if (value === null || value === undefined) return { value: null };
    if (!policy || 'keep' in policy)
      return policy?.keep === 'value' ? { value: JSON.parse(JSON.stringify(value)) as unknown } : null;
    const idOf = policy.idOf ?? ((v: unknown) => (v as { id?: unknown }).id);
    const list = isListType(getNullableType(type));
    const ids = (list ? (value as unknown[]) : [value]).map((v) => idOf(v));
    return ids.every((id): id is string => typeof id === 'string')
      ? { type: getNamedType(type).name, list, ids }
      : null;
  }

  /** A root field's answer for a replay, read now as this session may see it. */
  async replay(type: GraphQLOutputType, stored: StoredField | undefined, session: Session): Promise<unknown> {
    if (!stored) throw alreadyDone();
    if ('value' in stored) return stored.value;
    const policy = this.policyFor(type);
    if (!policy || 'keep' in policy || stored.type !== getNamedType(type).name) throw alreadyDone();
    const read: unknown[] = [];
    // One after the other: a request's reads share its connections.
    for (const id of stored.ids) read.push(await policy.read(session, id));
    return stored.list ? read : read[0];
  }
}

/** What the plugin decided for this request: record what the mutation produces, or answer from a stored outcome. */
export type ReplayState = { mode: 'record'; produced: Outcome } | { mode: 'replay'; outcome: Outcome };

const states = new WeakMap<object, ReplayState>();

/** Set by the plugin on the request's GraphQL context before the operation runs. */
export function setReplayState(context: object, state: ReplayState): void {
  states.set(context, state);
}

export function replayStateOf(context: object): ReplayState | undefined {
  return states.get(context);
}

/**
 * Runs after the permission guard, around every Mutation root field. Recording: notes the ids the
 * resolver returned. Replaying: skips the resolver (the write) and reads the stored ids instead, as the
 * guard's session (the sender, still active, as the same membership) may see them now.
 */
@Injectable()
export class ReplayInterceptor implements NestInterceptor {
  constructor(private readonly readers: ReplayReaders) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const state = info.parentType.name === 'Mutation' ? replayStateOf(gql.getContext<GraphQLContext>()) : undefined;
    if (!state) return next.handle();
    const key = String(info.path.key);
    if (state.mode === 'replay')
      return from(
        this.readers.replay(info.returnType, state.outcome[key], sessionOf(gql.getContext<GraphQLContext>().req)),
      );
    return next.handle().pipe(
      map((value: unknown) => {
        const stored = this.readers.stored(info.returnType, value);
        if (stored) state.produced[key] = stored;
        return value;
      }),
    );
  }
}
