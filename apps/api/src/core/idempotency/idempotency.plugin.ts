import { createHash } from 'node:crypto';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { DataSource } from 'typeorm';
import { SessionService } from '../auth/session.service';
import { presentedToken } from '../auth/session-cookies';
import { ReplayReaders, replayStateOf, setReplayState, type Outcome, type ReplayState } from './replay';
import { clientError, type ErrorCode } from '../errors/app-error';

const KEY_PATTERN = /^[\w-]{8,200}$/;
/** Longer than any mutation runs (a 100,000-row import takes well under a minute). */
const ABANDONED_AFTER = '2 minutes';
const KEPT_FOR = '1 day';

interface Earlier {
  user_id: string;
  acting_organisation_id: string | null;
  acting_role: string | null;
  request_hash: string;
  outcome: Outcome | null;
}

/**
 * Retries are safe: a mutation sent with an `Idempotency-Key` header is claimed before it runs, for its
 * sender (user and the membership the token works as). The same key again gets the first answer (or,
 * while the first still runs, CONFLICT), never a second change. A failed mutation changed nothing (one
 * transaction per action), so its claim is dropped and a retry runs anew. Claims live for a day; one left
 * unanswered by a process that died is taken over by a retry after two minutes.
 *
 * What is kept is who sent it and the ids of what it produced, never the answer (docs/privacy.md,
 * "Retries"). A retry is answered only to the same user working as the same membership, still active,
 * and by reading those ids again through the resolvers and the field mask (replay.ts), so it shows what
 * the sender may see now. The same key from another user, or from the same user working as another
 * membership, is refused: it needs a new key, and nothing runs.
 */
@Plugin()
export class IdempotencyPlugin implements ApolloServerPlugin {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly readers: ReplayReaders,
  ) {}

  async requestDidStart({
    request,
  }: {
    request: { http?: { headers: Map<string, string> } };
  }): Promise<GraphQLRequestListener<Record<string, unknown>> | void> {
    const key = request.http?.headers.get('idempotency-key');
    if (!key) return;
    const presented = presentedToken({
      authorization: request.http?.headers.get('authorization'),
      cookie: request.http?.headers.get('cookie'),
    });
    let claimed = false;
    let claimedAt: string | null = null;
    return {
      responseForOperation: async ({ operation, request: graphqlRequest, response, contextValue, schema }) => {
        if (operation.operation !== 'mutation' || this.writesNothing(schema, operation)) return null;
        if (!KEY_PATTERN.test(key)) return errorResponse(response, 'BAD_USER_INPUT', 'idempotency.badKey');
        // No session, an ended one, a deactivated account or a membership gone: refused here as the guard
        // would, with no claim and no replay. (A cookie write without its CSRF token is refused by the guard.)
        const found = presented ? await this.sessions.resolve(presented.token) : null;
        if (!found) return errorResponse(response, 'UNAUTHENTICATED', 'auth.sessionExpired');
        const subject = { userId: found.session.userId, actingAs: found.session.actingAs };
        const sender = [
          subject.userId,
          subject.actingAs?.organisationId ?? null,
          subject.actingAs?.role ?? null,
        ] as const;
        const requestHash = createHash('sha256')
          .update(
            JSON.stringify([
              graphqlRequest.query,
              graphqlRequest.operationName ?? null,
              graphqlRequest.variables ?? {},
            ]),
          )
          .digest('hex');
        await this.dataSource.query(
          `DELETE FROM idempotent_request WHERE user_id = $1 AND created_at < now() - $2::interval`,
          [subject.userId, KEPT_FOR],
        );
        // A key is free when unused or expired. An unanswered claim older than ABANDONED_AFTER belongs to a
        // process that died mid-way (kill -9, a crash): a living one answers or drops its claim long before.
        // Its transaction was rolled back with its connection, so the same sender's retry takes it over.
        const taken: unknown[] = await this.dataSource.query(
          `INSERT INTO idempotent_request (key, user_id, acting_organisation_id, acting_role, request_hash) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (key) DO UPDATE
             SET user_id = EXCLUDED.user_id, acting_organisation_id = EXCLUDED.acting_organisation_id, acting_role = EXCLUDED.acting_role,
                 request_hash = EXCLUDED.request_hash, outcome = NULL, created_at = now()
             WHERE idempotent_request.created_at < now() - $6::interval
                OR (idempotent_request.outcome IS NULL AND idempotent_request.created_at < now() - $7::interval
                    AND idempotent_request.user_id = EXCLUDED.user_id
                    AND idempotent_request.acting_organisation_id IS NOT DISTINCT FROM EXCLUDED.acting_organisation_id
                    AND idempotent_request.acting_role IS NOT DISTINCT FROM EXCLUDED.acting_role
                    AND idempotent_request.request_hash = EXCLUDED.request_hash)
           RETURNING created_at::text AS claimed_at`,
          [key, ...sender, requestHash, KEPT_FOR, ABANDONED_AFTER],
        );
        if (taken.length === 1) {
          claimed = true;
          // This claim, not a later one: a slow request whose claim a retry took over must not settle the retry's.
          claimedAt = (taken[0] as { claimed_at: string }).claimed_at;
          setReplayState(contextValue, { mode: 'record', produced: {} });
          return null;
        }
        const [earlier]: Earlier[] = await this.dataSource.query(
          `SELECT user_id, acting_organisation_id, acting_role, request_hash, outcome FROM idempotent_request WHERE key = $1`,
          [key],
        );
        if (!earlier) return errorResponse(response, 'CONFLICT', 'idempotency.justFinished');
        if (earlier.user_id !== subject.userId)
          return errorResponse(response, 'BAD_USER_INPUT', 'idempotency.usedByOther');
        if (earlier.acting_organisation_id !== sender[1] || earlier.acting_role !== sender[2]) {
          return errorResponse(response, 'BAD_USER_INPUT', 'idempotency.otherRole');
        }
        if (earlier.request_hash !== requestHash)
          return errorResponse(response, 'BAD_USER_INPUT', 'idempotency.otherOperation');
        if (!earlier.outcome) return errorResponse(response, 'CONFLICT', 'idempotency.inProgress');
        // Runs the operation with every Mutation root field answered from the outcome (replay.ts): the
        // guard checks the sender again, nothing is written, and the answer is read fresh through the mask.
        const replay: ReplayState = { mode: 'replay', outcome: earlier.outcome };
        setReplayState(contextValue, replay);
        return null;
      },
      willSendResponse: async ({ response, contextValue }) => {
        if (!claimed) return;
        const result = response.body.kind === 'single' ? response.body.singleResult : null;
        if (result && !result.errors?.length) {
          const state = replayStateOf(contextValue);
          const produced: Outcome = state?.mode === 'record' ? state.produced : {};
          await this.settle(
            `UPDATE idempotent_request SET outcome = $2 WHERE key = $1 AND created_at = $3::timestamptz`,
            [key, JSON.stringify(produced), claimedAt],
          );
        } else {
          await this.settle(
            `DELETE FROM idempotent_request WHERE key = $1 AND outcome IS NULL AND created_at = $2::timestamptz`,
            [key, claimedAt],
          );
        }
      },
    };
  }

  /** Mutations that change nothing (actAs) are not claimed: a retry runs again, and no token is ever stored. */
  private writesNothing(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
    const fields = schema.getMutationType()?.getFields() ?? {};
    return operation.selectionSet.selections.every((s) => {
      if (s.kind !== Kind.FIELD) return false;
      const field = fields[s.name.value];
      return s.name.value === '__typename' || (field !== undefined && this.readers.writesNothing(field.type));
    });
  }

  /**
   * Stores the outcome or drops the claim. When the database is away just then (a restart: often the very
   * reason the mutation failed), it is tried again in the background, so a retry after the restart runs
   * instead of hearing "still being processed" until the claim counts as abandoned.
   */
  private async settle(sql: string, params: unknown[], attempt = 0): Promise<void> {
    try {
      await this.dataSource.query(sql, params);
    } catch {
      if (attempt < 120) setTimeout(() => void this.settle(sql, params, attempt + 1), 500).unref();
    }
  }
}

function errorResponse(response: Pick<GraphQLResponse, 'http'>, code: ErrorCode, reason: string): GraphQLResponse {
  return { http: response.http, body: { kind: 'single', singleResult: { errors: [clientError(code, { reason })] } } };
}
