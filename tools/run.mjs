import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** Runs a command in the workspace root with inherited output and returns its exit status. */
export function attempt(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** Like attempt, but a failure ends this process with the command's status. */
export function run(command, args, options = {}) {
  const status = attempt(command, args, options);
  if (status !== 0) process.exit(status);
}

export function nxArgs(args) {
  return [
    path.join(ROOT, 'node_modules', '.bin', 'nx'),
    args,
    { env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
  ];
}

export function nx(args) {
  run(...nxArgs(args));
}
