import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import { SessionService } from '../../core/auth/session.service';
import { LiveEvents } from '../../realtime/live-events';
import { accountGone, cannotDeactivateSelf, noSuchPerson } from './user.errors';
import type { Session } from '../../core/auth/request-context';
import type { ActingAs } from '../../core/auth/acting-as';
import { InputError } from '../../core/errors/input';
import { OrganisationKind, type Role } from '@aanwezig/domain';
import { isUuid } from '../../core/database/uuid';
import { findOrganisation } from '../organisation/organisations';
import { meetingInvitees } from './meeting-invitees';
import { UserEntity } from './user.entity';
import { checkActAs } from './dto/act-as.input';
import type { AuthPayloadModel, ColleagueModel, UserModel } from './user.model';

@Injectable()
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly live: LiveEvents,
  ) {}

  async me(session: Session): Promise<UserModel> {
    const user = await this.findWithMemberships(session.actor.userId);
    if (!user) throw accountGone();
    return toUserModel(user, session.actingAs ?? null);
  }

  /**
   * Works as one of the user's memberships, or (without one) as all of them together, checked against
   * the memberships the user holds now. The web client's cookie session switches itself (its cookie
   * stays); an API client gets a new bearer session beside the one it has.
   */
  async actAs(
    session: Session,
    organisationId: string | null | undefined,
    role: Role | null | undefined,
  ): Promise<AuthPayloadModel> {
    const user = await this.findWithMemberships(session.actor.userId);
    if (!user) throw accountGone();
    checkActAs(organisationId, role);
    const chosen = organisationId
      ? (user.memberships ?? []).find((m) => m.organisationId === organisationId && m.role === role)
      : undefined;
    if (organisationId && !chosen) throw new InputError('organisationId', 'user.noSuchMembership');
    const actingAs = chosen ? { organisationId: chosen.organisationId, role: chosen.role } : null;
    if (session.signedIn?.via === 'cookie') {
      await this.sessions.actAs(session.signedIn.id, actingAs);
      // The cookie is the session; the web client never reads a token.
      return { token: '', user: toUserModel(user, actingAs) };
    }
    // Beside the current session, never beyond its end: chaining actAs must not outlive TOKEN_TTL.
    const opened = await this.sessions.open(user.id, {
      method: 'DEV',
      actingAs,
      client: session.client,
      endsBy: session.signedIn?.expiresAt,
    });
    return { token: opened.token, user: toUserModel(user, actingAs) };
  }

  /** A person of the administrator's region as deactivateUser answers (a retried mutation's answer, read again). */
  async person(session: Session, userId: string): Promise<UserModel> {
    const user = isUuid(userId)
      ? await this.dataSource
          .getRepository(UserEntity)
          .findOne({ where: { id: userId }, relations: { memberships: { organisation: true } } })
      : null;
    if (!user || !session.ability.can('update', subject('Person', { regionId: user.regionId }))) throw noSuchPerson();
    return toUserModel(user);
  }

  /**
   * Deactivates a person of the administrator's region: every session of theirs ends in the same
   * transaction, and their sockets at once. A person outside the region is NOT_FOUND, like one that does
   * not exist. Their records stay (retention decides about those).
   */
  async deactivateUser(session: Session, userId: string): Promise<UserModel> {
    const user = await this.person(session, userId);
    // An administrator who deactivates themselves may leave the region with nobody to let anyone in again.
    if (user.id === session.actor.userId) throw cannotDeactivateSelf();
    const sessionIds = await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE app_user SET active = false WHERE id = $1`, [user.id]);
      const ids = (
        (await manager.query(`SELECT id FROM auth_session WHERE user_id = $1 AND ended_at IS NULL`, [user.id])) as {
          id: string;
        }[]
      ).map((r) => r.id);
      await this.sessions.endAllOf(user.id, 'DEACTIVATED', manager);
      return ids;
    });
    this.live.endSessions(sessionIds, 'DEACTIVATED');
    return user;
  }

  private findWithMemberships(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOne({
      where: { id, active: true },
      relations: { memberships: { organisation: true } },
    });
  }

  /**
   * Active professionals with their role and organisation, by name: with `organisationId` (a school of
   * the actor's region) the ones its meetings may invite (meeting-invitees.ts); without it the region's.
   */
  async colleagues(session: Session, organisationId?: string | null): Promise<ColleagueModel[]> {
    if (organisationId != null) {
      const school = isUuid(organisationId)
        ? await findOrganisation(this.dataSource.manager, organisationId, session.actor.regionId)
        : null;
      if (school?.kind !== OrganisationKind.SCHOOL) throw new InputError('organisationId', 'user.notASchool');
      return meetingInvitees(this.dataSource.manager, session.actor.regionId, school.id);
    }
    return this.dataSource.query(
      `SELECT u.id, u.name, m.role, o.name AS "organisationName"
         FROM app_user u JOIN membership m ON m.user_id = u.id JOIN organisation o ON o.id = m.organisation_id
        WHERE u.region_id = $1 AND u.active ORDER BY u.name, o.name`,
      [session.actor.regionId],
    );
  }
}

export function toUserModel(user: UserEntity, actingAs: ActingAs | null = null): UserModel {
  const memberships = (user.memberships ?? []).map((m) => ({ role: m.role, organisation: m.organisation! }));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships,
    actingAs:
      actingAs &&
      (memberships.find((m) => m.organisation.id === actingAs.organisationId && m.role === actingAs.role) ?? null),
  };
}
