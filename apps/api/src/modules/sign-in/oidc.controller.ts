import {
  Catch,
  Controller,
  Get,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { Throttle, ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { Inject } from '@nestjs/common';
import { Public } from '../../authz/permission.decorator';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { clientOf, type AuthenticatedRequest } from '../../core/auth/request-context';
import { ATTEMPT_COOKIE, OidcSignIn } from './oidc-sign-in.service';
import { cookieOf, sessionCookieOf } from '../../core/auth/session-cookies';

/**
 * The browser's way through the organisation's provider (CONTRACT.md, "Sign-in"): start sends it there,
 * the callback receives it back. Both answer with a redirect, also when something is wrong (to the
 * sign-in page, which says what and whom to ask); never a JSON error on a full page.
 */
/** Too many sign-ins from one address: a page that says so, not a JSON error in a full window. */
@Catch(ThrottlerException)
class TooManySignIns implements ExceptionFilter {
  catch(_error: ThrottlerException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().redirect(302, '/aanmelden?fout=te-vaak');
  }
}

/**
 * A school's staff arrive at once from behind one address (NAT): far more sign-ins a minute than the
 * GraphQL sign-in allows, which is for scripts guessing at dev login.
 */
export const OIDC_SIGN_IN_LIMIT_PER_MINUTE = 600;

@Controller('auth/oidc')
@UseGuards(ThrottlerGuard)
@Throttle({ 'sign-in': { limit: OIDC_SIGN_IN_LIMIT_PER_MINUTE, ttl: 60_000 } })
@UseFilters(TooManySignIns)
export class OidcController {
  constructor(
    private readonly oidc: OidcSignIn,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('start')
  @Public()
  async start(
    @Query('email') email: string | undefined,
    @Query('organisationId') organisationId: string | undefined,
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const { location } = await this.oidc.start(
      {
        email: typeof email === 'string' ? email : undefined,
        organisationId: typeof organisationId === 'string' ? organisationId : undefined,
      },
      clientOf(req),
      res,
      cookieOf(req.headers, ATTEMPT_COOKIE) ?? undefined,
    );
    res.redirect(302, location);
  }

  @Get('callback')
  @Public()
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    // The URL as the provider sent the browser to it, on the address the provider knows (APP_URL).
    const url = new URL(req.originalUrl, this.config.appUrl);
    const browser = cookieOf(req.headers, ATTEMPT_COOKIE) ?? undefined;
    const { location } = await this.oidc.callback(
      url,
      browser,
      clientOf(req as AuthenticatedRequest),
      res,
      sessionCookieOf(req.headers),
    );
    res.redirect(302, location);
  }
}
