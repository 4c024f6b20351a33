// Installs the workspace's packages when they are missing or older than package-lock.json.
// Uses only Node's standard library: it runs before anything is installed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, ROOT } from './run.mjs';

const MARKER = path.join(ROOT, 'node_modules', '.aanwezig-lock-hash');

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Aanwezig needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
    process.exit(1);
  }
}

export function ensureInstalled() {
  checkNodeVersion();
  const lock = readFileSync(path.join(ROOT, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === hash) return;
  console.log('Installing packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(MARKER, hash);
}

// `node tools/ensure-install.mjs` on its own: used by .ci/run before the test command.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) ensureInstalled();
