// Prints the production build's initial JavaScript (what index.html loads before anything is
// clicked: the entry module and its preloads), gzipped, and fails the build above the budget.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = path.resolve(import.meta.dirname, '../dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map(
  (m) => m[1],
);
const bytes = scripts.reduce(
  (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
  0,
);
const kb = bytes / 1024;
console.log(`initial JavaScript: ${scripts.length} file(s), ${kb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (scripts.length === 0 || kb > BUDGET_KB) {
  console.error(
    scripts.length === 0
      ? 'no script found in dist/index.html'
      : `over the budget by ${(kb - BUDGET_KB).toFixed(1)} kB`,
  );
  process.exit(1);
}
