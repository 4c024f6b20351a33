import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, assertSafeConfig, loadConfig } from './config';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'aanwezig-config-'));

describe('loadConfig', () => {
  it('has sensible defaults outside production', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      demoData: true,
      devLogin: true,
      databaseUrl: undefined,
      dataDir: dir,
    });
    // A signing secret is generated once and kept under DATA_DIR.
    expect(config.authSecret).toBe(readFileSync(path.join(dir, 'auth-secret'), 'utf8'));
    expect(loadConfig({ DATA_DIR: dir }).authSecret).toBe(config.authSecret);
  });

  it('turns dev login off in production and requires a secret there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(/AUTH_SECRET: required/);
    const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) });
    expect(config.devLogin).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), AUTH_DEV_LOGIN: 'false' }).devLogin).toBe(
      false,
    );
  });

  it.each(['true', '1'])('refuses to start in production with AUTH_DEV_LOGIN=%s, naming the setting', (flag) => {
    const attempt = () => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), AUTH_DEV_LOGIN: flag });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/AUTH_DEV_LOGIN: sign-in by e-mail alone is refused when NODE_ENV=production/);
  });

  it('refuses a configuration built in code with dev login on in production', () => {
    expect(() => assertSafeConfig({ env: 'production', devLogin: true })).toThrow(/AUTH_DEV_LOGIN/);
    expect(() => assertSafeConfig({ env: 'production', devLogin: false })).not.toThrow();
    expect(() => assertSafeConfig({ env: 'test', devLogin: true })).not.toThrow();
  });

  it('keeps dev login on outside production unless turned off', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'test' }).devLogin).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), AUTH_DEV_LOGIN: 'false' }).devLogin).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), AUTH_DEV_LOGIN: 'true' }).devLogin).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL: must look like postgres://'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA: use true or false'],
    [{ AUTH_DEV_LOGIN: 'yes' }, 'AUTH_DEV_LOGIN'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET: must be at least 32 characters'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('names the wrong setting in %o', (env, expected) => {
    const attempt = () => loadConfig({ DATA_DIR: dataDir(), ...env });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(expected);
  });

  it('names every wrong setting at once', () => {
    expect(() => loadConfig({ PORT: 'x', DEMO_DATA: 'x', DATA_DIR: dataDir() })).toThrow(
      /PORT[\s\S]*DEMO_DATA|DEMO_DATA[\s\S]*PORT/,
    );
  });

  it('accepts DEMO_DATA=false and a PostgreSQL URL', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      DEMO_DATA: 'false',
      DATABASE_URL: 'postgresql://app:secret@db:5432/aanwezig',
    });
    expect(config.demoData).toBe(false);
    expect(config.databaseUrl).toBe('postgresql://app:secret@db:5432/aanwezig');
  });
});
