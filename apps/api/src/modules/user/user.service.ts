import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { TokenService } from '../../core/auth/token.service';
import { accountGone, devLoginOff, unknownAccount } from './user.errors';
import type { Session } from '../../core/auth/request-context';
import type { ActingAs } from '../../core/auth/acting-as';
import { InputError } from '../../core/errors/input';
import { OrganisationKind, type Role } from '@aanwezig/domain';
import { isUuid } from '../../core/database/uuid';
import { findOrganisation } from '../organisation/organisations';
import { meetingInvitees } from './meeting-invitees';
import { UserEntity } from './user.entity';
import { checkActAs } from './dto/act-as.input';
import type { AuthPayloadModel, ColleagueModel, DemoUserModel, UserModel } from './user.model';

@Injectable()
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async me(session: Session): Promise<UserModel> {
    const user = await this.findWithMemberships(session.actor.userId);
    if (!user) throw accountGone();
    return toUserModel(user, session.actingAs ?? null);
  }

  /**
   * A new token that works as one of the user's memberships, or (without one) as all of them
   * together. Checked against the memberships the user holds now, not the ones of the current token.
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
    return { token: await this.tokens.sign(user.id, actingAs), user: toUserModel(user, actingAs) };
  }

  /**
   * Sign-in by e-mail alone, for development and demos; refused unless AUTH_DEV_LOGIN is on, and always
   * in production (the configuration refuses that combination at start; this holds even without it).
   */
  private get devLoginOn(): boolean {
    return this.config.devLogin && this.config.env !== 'production';
  }

  async devLogin(email: string): Promise<AuthPayloadModel> {
    if (!this.devLoginOn) {
      throw devLoginOff();
    }
    const user = await this.dataSource.getRepository(UserEntity).findOne({
      where: { email: email.trim().toLowerCase(), active: true },
      relations: { memberships: { organisation: true } },
    });
    // Same answer for unknown and inactive accounts: sign-in does not reveal who has an account.
    if (!user) throw unknownAccount();
    return { token: await this.tokens.sign(user.id), user: toUserModel(user) };
  }

  async demoUsers(): Promise<DemoUserModel[]> {
    if (!this.devLoginOn) return [];
    const users = await this.dataSource.getRepository(UserEntity).find({
      where: { active: true },
      relations: { memberships: { organisation: true } },
      order: { email: 'ASC' },
    });
    return users.flatMap((u) =>
      (u.memberships ?? []).map((m) => ({
        email: u.email,
        name: u.name,
        role: m.role,
        organisationName: m.organisation!.name,
      })),
    );
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

function toUserModel(user: UserEntity, actingAs: ActingAs | null = null): UserModel {
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
