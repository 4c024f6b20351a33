import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Thrown when the environment is wrong; main.ts prints it and exits without a stack trace. */
export class ConfigError extends Error {}

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'use true or false' })
  .transform((v) => v === 'true' || v === '1');

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/[^/]+/.test(v), { message: 'must look like postgres://user@host:5432/database' });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  DEMO_DATA: booleanFlag.optional(),
  DEMO_ABSENCE: booleanFlag.optional(),
  AUTH_DEV_LOGIN: booleanFlag.optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TOKEN_TTL: z
    .string()
    .regex(/^\d+[smhd]$/, 'use a duration such as 12h')
    .default('12h'),
  SESSION_IDLE_TIMEOUT: z
    .string()
    .regex(/^\d+[smhd]$/, 'use a duration such as 30m')
    .default('30m'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  REDIS_URL: z.string().url().optional(),
  TRUST_PROXY: z.string().min(1).default('loopback'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must look like smtp://user:password@host:587')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Aanwezig <noreply@aanwezig.local>'),
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  APP_URL: z.string().url().optional(),
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
});

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  /** A PostgreSQL server, or undefined for the embedded database under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  demoData: boolean;
  /** The demo seed's school years of absence registrations (a few hundred thousand rows); tests leave them out. */
  demoAbsence: boolean;
  devLogin: boolean;
  authSecret: string;
  /** A session's absolute lifetime (TOKEN_TTL): however active, it ends this long after sign-in. */
  tokenTtl: string;
  /** A session without a request for this long ends (SESSION_IDLE_TIMEOUT). */
  sessionIdleTimeout?: string;
  logLevel: string;
  /** The built web client to serve at `/`, if present. */
  webDist?: string;
  redisUrl?: string;
  /** SMTP server for e-mail; without it mails are written to mailOutboxDir (and logged), so nothing is lost. */
  smtpUrl?: string;
  mailFrom?: string;
  /** Where .eml files go without SMTP_URL (default DATA_DIR/outbox). */
  mailOutboxDir?: string;
  /** The address people open the app at, for links in e-mails and invitations. */
  appUrl?: string;
  /** How often reminders, escalations and the mail outbox run (seconds; 0 = never, as in tests). */
  schedulerIntervalSeconds?: number;
  /** Which proxies' X-Forwarded-For to believe (Express `trust proxy`), for client addresses in logs and rate limits. */
  trustProxy?: string;
}

/**
 * Sign-in by e-mail alone is for demos and tests. Asked for in production it is a mistake (a demo
 * environment file deployed, a flag left on): the server refuses to start rather than quietly turning it
 * off, so nobody runs a production server believing either that dev login works or that it is safe.
 */
const DEV_LOGIN_IN_PRODUCTION =
  'AUTH_DEV_LOGIN: sign-in by e-mail alone is refused when NODE_ENV=production; remove AUTH_DEV_LOGIN or set it to false';

/** The same rule for a configuration built in code (tests, tools): startServer calls it before anything starts. */
export function assertSafeConfig(config: Pick<AppConfig, 'env' | 'devLogin'>): void {
  if (config.env === 'production' && config.devLogin)
    throw new ConfigError(`Invalid configuration:\n  ${DEV_LOGIN_IN_PRODUCTION}`);
}

/** Reads and validates the environment. Every wrong setting is named in one message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.DATA_DIR);
  if (production && !e.AUTH_SECRET) {
    throw new ConfigError('Invalid configuration:\n  AUTH_SECRET: required when NODE_ENV=production');
  }
  if (production && e.AUTH_DEV_LOGIN) throw new ConfigError(`Invalid configuration:\n  ${DEV_LOGIN_IN_PRODUCTION}`);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    demoData: e.DEMO_DATA ?? true,
    demoAbsence: e.DEMO_ABSENCE ?? true,
    devLogin: !production && (e.AUTH_DEV_LOGIN ?? true),
    authSecret: e.AUTH_SECRET ?? localSecret(dataDir),
    tokenTtl: e.TOKEN_TTL,
    sessionIdleTimeout: e.SESSION_IDLE_TIMEOUT,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST ?? defaultWebDist(),
    redisUrl: e.REDIS_URL,
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailOutboxDir: e.MAIL_OUTBOX_DIR ? path.resolve(e.MAIL_OUTBOX_DIR) : path.join(dataDir, 'outbox'),
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    schedulerIntervalSeconds: e.SCHEDULER_INTERVAL_SECONDS,
  };
}

/** Outside production a signing secret is generated once and kept under DATA_DIR, so tokens survive restarts. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function defaultWebDist(): string | undefined {
  const candidate = path.resolve(__dirname, '../../../../web/dist');
  return existsSync(path.join(candidate, 'index.html')) ? candidate : undefined;
}

/** Seconds in a duration of the configuration ("90s", "30m", "12h", "7d"). */
export function durationSeconds(duration: string): number {
  const match = /^(\d+)([smhd])$/.exec(duration);
  if (!match) throw new ConfigError(`not a duration: ${duration}`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'];
}
