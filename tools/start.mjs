// `npm start`: install what is missing, build web and API, then run the server, which migrates,
// seeds demo data into an empty database and serves everything on one port (PORT, default 3000).
import { spawn } from 'node:child_process';
import { ensureInstalled } from './ensure-install.mjs';
import { nx, ROOT } from './run.mjs';
import { serverArgs } from './server-command.mjs';

ensureInstalled();
nx(['run-many', '-t', 'build', '--projects=@aanwezig/api,@aanwezig/web', '--output-style=static']);

const server = spawn(process.execPath, serverArgs(), { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
