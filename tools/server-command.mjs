// How the API server process is started, in one place: `npm start`, the browser tests and the
// benchmarks run it exactly so (the Dockerfile repeats the flag in its CMD).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A young generation of 64 MB: with many requests in flight, a page's objects outlive the default
 * 16 MB semi-space and get copied and promoted; at 64 MB the case list spent half as long in GC
 * (bench/README.md). Costs up to 192 MB of address space.
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];

const SERVER_MAIN = path.join(ROOT, 'apps/api/dist/main.js');

/** The arguments after `node`. */
export function serverArgs(extraNodeFlags = []) {
  return [...SERVER_NODE_FLAGS, ...extraNodeFlags, SERVER_MAIN];
}
