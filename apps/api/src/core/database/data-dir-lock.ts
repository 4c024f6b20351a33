import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Thrown when another living process holds the embedded database. */
export class DataDirInUseError extends Error {}

/**
 * One process at a time opens the embedded database: a second one (a second server, the admin command
 * beside a running server) would write the same files unseen by the first, and the first would go on
 * with what it had in memory, or lose the files. A lock file with the owner's pid, taken atomically; a
 * lock whose process is gone (killed) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner))
        throw new DataDirInUseError(
          `The embedded database in ${dir} is in use by process ${owner} (a running Aanwezig server?). Stop it first, or use DATABASE_URL.`,
        );
      rmSync(file, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock the embedded database in ${dir}.`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
