// `npm run admin -- <command>`: install what is missing, build the API, run its administration command line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled } from './ensure-install.mjs';
import { nx, ROOT } from './run.mjs';

ensureInstalled();
nx(['run', '@aanwezig/api:build', '--output-style=static']);
const result = spawnSync(process.execPath, [path.join(ROOT, 'apps/api/dist/admin.js'), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
