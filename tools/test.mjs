// `npm test`: install what is missing, then every check: formatting, types, lint (with module boundaries),
// unit and integration tests (real PostgreSQL, see README), and browser tests in Debian's Chromium.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled } from './ensure-install.mjs';
import { attempt, nxArgs, ROOT, run } from './run.mjs';

const RESULTS = path.join(ROOT, 'dist', 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

ensureInstalled();
ensureChromium();
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

// The tree is formatted by Prettier (`npm run format`); a file it would change fails the run.
const format = attempt('npx', ['prettier', '--check', '--log-level=warn', '.']);
const checks = attempt(
  ...nxArgs(['run-many', '-t', 'typecheck', 'lint', 'test', '--parallel=2', '--output-style=static']),
);
const browser = attempt(...nxArgs(['run-many', '-t', 'e2e', '--output-style=static']));
printSummary();
process.exit(format || checks || browser);

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`The browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install chromium`);
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the browser tests…");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** One closing line over every Vitest run (each writes a JSON report into dist/test-results). */
function printSummary() {
  let passed = 0;
  let failures = 0;
  let skipped = 0;
  for (const file of existsSync(RESULTS) ? readdirSync(RESULTS) : []) {
    const report = JSON.parse(readFileSync(path.join(RESULTS, file), 'utf8'));
    passed += report.numPassedTests;
    failures += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  }
  console.log(`\ntests: ${passed} passed, ${failures} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
