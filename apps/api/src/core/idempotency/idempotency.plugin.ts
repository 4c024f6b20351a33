import { createHash } from 'node:crypto';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { DataSource } from 'typeorm';
import { TokenService } from '../auth/token.service';

const KEY_PATTERN = /^[\w-]{8,200}$/;
/** Longer than any mutation runs (a 100,000-row import takes well under a minute). */
const ABANDONED_AFTER = '2 minutes';

type Claim = { userId: string; key: string } | null;

/**
 * Retries are safe: a mutation sent with an `Idempotency-Key` header is claimed for its user before it
 * runs. The same key again gets the first answer (or, while the first still runs, CONFLICT), never a
 * second change. A failed mutation changed nothing (one transaction per action), so its claim is
 * dropped and a retry runs anew. Claims live for a day; one left unanswered by a process that died is
 * taken over by a retry after two minutes.
 */
@Plugin()
export class IdempotencyPlugin implements ApolloServerPlugin {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async requestDidStart({ request }: { request: { http?: { headers: Map<string, string> } } }): Promise<GraphQLRequestListener<Record<string, unknown>> | void> {
    const key = request.http?.headers.get('idempotency-key');
    if (!key) return;
    const bearer = request.http?.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    let claim: Claim = null;
    return {
      responseForOperation: async ({ operation, request: graphqlRequest, response }) => {
        if (operation.operation !== 'mutation') return null;
        if (!KEY_PATTERN.test(key)) return errorResponse(response, 'BAD_USER_INPUT', 'De Idempotency-Key is 8 tot 200 letters, cijfers, - of _.');
        const userId = bearer ? (await this.tokens.verify(bearer))?.userId : null;
        if (!userId) return null; // the guard answers UNAUTHENTICATED
        const requestHash = createHash('sha256').update(JSON.stringify([graphqlRequest.query, graphqlRequest.operationName ?? null, graphqlRequest.variables ?? {}])).digest('hex');
        // An unanswered claim older than ABANDONED_AFTER belongs to a process that died mid-way (kill -9, a
        // crash): a living one answers or drops its claim long before. Its transaction was rolled back with
        // its connection, so the retry takes the claim over instead of hearing "still running" for a day.
        const claimed: unknown[] = await this.dataSource.query(
          `WITH expired AS (DELETE FROM idempotent_request WHERE user_id = $1 AND created_at < now() - interval '1 day')
           INSERT INTO idempotent_request (user_id, key, request_hash) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, key) DO UPDATE SET created_at = now()
             WHERE idempotent_request.response IS NULL AND idempotent_request.request_hash = EXCLUDED.request_hash
               AND idempotent_request.created_at < now() - $4::interval
           RETURNING 1`,
          [userId, key, requestHash, ABANDONED_AFTER],
        );
        if (claimed.length === 1) {
          claim = { userId, key };
          return null;
        }
        const [earlier]: { request_hash: string; response: Record<string, unknown> | null }[] = await this.dataSource.query(
          `SELECT request_hash, response FROM idempotent_request WHERE user_id = $1 AND key = $2`,
          [userId, key],
        );
        if (!earlier) return errorResponse(response, 'CONFLICT', 'Deze handeling is net afgerond of verlopen; laad de pagina opnieuw.');
        if (earlier.request_hash !== requestHash) return errorResponse(response, 'BAD_USER_INPUT', 'Deze Idempotency-Key is al gebruikt voor een andere handeling; gebruik een nieuwe.');
        if (!earlier.response) return errorResponse(response, 'CONFLICT', 'Deze handeling wordt nog verwerkt; probeer het zo opnieuw.');
        return { http: response.http, body: { kind: 'single', singleResult: earlier.response } };
      },
      willSendResponse: async ({ response }) => {
        if (!claim) return;
        const result = response.body.kind === 'single' ? response.body.singleResult : null;
        if (result && !result.errors?.length) {
          await this.settle(`UPDATE idempotent_request SET response = $3 WHERE user_id = $1 AND key = $2`, [claim.userId, claim.key, JSON.stringify(result)]);
        } else {
          await this.settle(`DELETE FROM idempotent_request WHERE user_id = $1 AND key = $2`, [claim.userId, claim.key]);
        }
      },
    };
  }

  /**
   * Stores the answer or drops the claim. When the database is away just then (a restart: often the very
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

function errorResponse(response: Pick<GraphQLResponse, 'http'>, code: string, message: string): GraphQLResponse {
  return { http: response.http, body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } } };
}
