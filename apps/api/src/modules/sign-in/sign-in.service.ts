import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import type { ClientInfo, Session } from '../../core/auth/request-context';
import { SessionService } from '../../core/auth/session.service';
import { clearSessionCookies, setSessionCookies } from '../../core/auth/session-cookies';
import { LiveEvents } from '../../realtime/live-events';
import { UserEntity } from '../user/user.entity';
import type { AuthPayloadModel, DemoUserModel } from '../user/user.model';
import { toUserModel } from '../user/user.service';
import { devLoginOff, unknownAccount } from './sign-in.errors';
import { logSignIn } from './sign-in-log';

/** Dev login for the demo and the tests, the demo list, and signing out (every kind of session). */
@Injectable()
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly live: LiveEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sign-in by e-mail alone, for development and demos; refused unless AUTH_DEV_LOGIN is on, and always
   * in production (the configuration refuses that combination at start; this holds even without it).
   */
  private get devLoginOn(): boolean {
    return this.config.devLogin && this.config.env !== 'production';
  }

  /** Also sets the web client's session cookies: the demo's one-click sign-in is a cookie session like any other. */
  async devLogin(
    email: string,
    client: ClientInfo,
    res: Response,
    previousToken: string | null = null,
  ): Promise<AuthPayloadModel> {
    if (!this.devLoginOn) throw devLoginOff();
    const address = email.trim().toLowerCase();
    const user = await this.dataSource.getRepository(UserEntity).findOne({
      where: { email: address, active: true },
      relations: { memberships: { organisation: true } },
    });
    if (!user) {
      await logSignIn(this.dataSource.manager, {
        outcome: 'REFUSED',
        method: 'DEV',
        reason: 'unknown-account',
        email: address,
        client,
      });
      // Same answer for unknown and inactive accounts: sign-in does not reveal who has an account.
      throw unknownAccount();
    }
    const opened = await this.dataSource.transaction(async (manager) => {
      await logSignIn(manager, { outcome: 'SIGNED_IN', method: 'DEV', email: address, userId: user.id, client });
      // The browser's previous session ends: one browser, one person signed in.
      await this.sessions.endToken(previousToken, 'REPLACED', manager);
      return this.sessions.open(user.id, { method: 'DEV', client }, manager);
    });
    setSessionCookies(res, opened, this.config);
    return { token: opened.token, user: toUserModel(user) };
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

  /** Ends the session the request came with, and its sockets on every instance; the cookies go too. */
  async signOut(session: Session, res: Response): Promise<boolean> {
    clearSessionCookies(res, this.config);
    if (!session.signedIn) return false;
    const ended = await this.sessions.end(session.signedIn.id, 'SIGNED_OUT');
    this.live.endSessions([session.signedIn.id], 'SIGNED_OUT');
    return ended;
  }
}
