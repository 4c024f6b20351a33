import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { ConfigError, loadConfig } from './core/config/config';
import { openDatabase } from './core/bootstrap';
import { DatabaseUnreachableError } from './core/database/data-source';
import { DataDirInUseError } from './core/database/data-dir-lock';
import { AppError } from './core/errors/app-error';
import { IdentityProviderService } from './modules/sign-in/identity-provider.service';
import { OidcClients } from './modules/sign-in/oidc-clients';

const USAGE = `Aanwezig administration (npm run admin -- <command> [options])

  configure-identity-provider --organisation "<exact name>" --issuer <url> --client-id <id>
      [--client-secret <secret>] [--email-claim <claim>] [--domain <domain>]... [--require-mfa]
      Sets where the organisation's people sign in (its OpenID Provider). The provider must send them back to
      <APP_URL>/auth/oidc/callback. Without --client-secret the stored one stays.

Uses the same settings as the server (DATABASE_URL, DATA_DIR, AUTH_SECRET, APP_URL). With the embedded
database, stop the server first: one process at a time owns it.`;

/** The operator's commands; what they change is what the administrator's screens change. */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || ['help', '--help', '-h'].includes(command) || rest.some((a) => a === '--help' || a === '-h'))
    return void console.log(USAGE);
  if (command !== 'configure-identity-provider') throw new UsageError(`unknown command "${command}"`);
  const { values } = parseOptions(rest, {
    organisation: { type: 'string' },
    issuer: { type: 'string' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    'email-claim': { type: 'string' },
    domain: { type: 'string', multiple: true },
    'require-mfa': { type: 'boolean' },
  });
  for (const required of ['organisation', 'issuer', 'client-id'] as const)
    if (!values[required]) throw new UsageError(`--${required} is required`);
  const config = loadConfig();
  const database = await openDatabase(config, pino({ level: 'warn' }));
  try {
    const providers = new IdentityProviderService(database.dataSource, new OidcClients(config), config);
    const organisation = await providers.configureByOperator(values.organisation!, {
      issuer: values.issuer!,
      clientId: values['client-id']!,
      clientSecret: values['client-secret'],
      emailClaim: values['email-claim'],
      domains: values.domain,
      requireMfa: values['require-mfa'],
    });
    console.log(
      `${organisation.name} signs in through ${values.issuer}. Register ${config.appUrl}/auth/oidc/callback as its redirect URI.`,
    );
  } finally {
    await database.close();
  }
}

class UsageError extends Error {}

/** node:util parseArgs, its complaints (an unknown option, a missing value) said as a usage error. */
function parseOptions<O extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof AppError)
    console.error(`Refused: ${error.message}${error.field ? ` (${error.field})` : ''}`);
  else if (
    error instanceof ConfigError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof DataDirInUseError
  )
    console.error(error.message);
  else console.error(error);
  process.exit(1);
});
