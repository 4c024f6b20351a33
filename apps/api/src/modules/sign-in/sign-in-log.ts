import type { EntityManager } from 'typeorm';
import type { ClientInfo } from '../../core/auth/request-context';
import type { SignInOutcome } from './sign-in-event.entity';

/** One sign-in attempt as it ended; the fields not known at that point are left out. */
export interface SignInFact {
  outcome: SignInOutcome;
  method: 'DEV' | 'OIDC';
  reason?: string | null;
  email?: string | null;
  userId?: string | null;
  organisationId?: string | null;
  issuer?: string | null;
  client?: ClientInfo;
}

/**
 * Writes one attempt to the sign-in log (sign_in_event). Never a token or a claim beyond the address;
 * the region is the organisation's, or the user's when only that is known.
 */
export async function logSignIn(manager: EntityManager, fact: SignInFact): Promise<void> {
  await manager.query(
    `INSERT INTO sign_in_event (region_id, organisation_id, user_id, email, method, issuer, outcome, reason, address, user_agent)
     VALUES (coalesce((SELECT region_id FROM organisation WHERE id = $1), (SELECT region_id FROM app_user WHERE id = $2)),
             $1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      fact.organisationId ?? null,
      fact.userId ?? null,
      fact.email?.slice(0, 320).toLowerCase() ?? null,
      fact.method,
      fact.issuer ?? null,
      fact.outcome,
      fact.reason ?? null,
      fact.client?.address ?? null,
      fact.client?.userAgent ?? null,
    ],
  );
}
