import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
  it('refuses while another living process holds the embedded database, and is free again after', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aanwezig-lock-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      writeFileSync(path.join(dir, 'pglite.lock'), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`process ${other.pid}`));
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over the lock of a process that is gone, and gives it back', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aanwezig-lock-'));
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(path.join(dir, 'pglite.lock'), String(gone.pid));
    const unlock = lockDataDir(dir);
    expect(existsSync(path.join(dir, 'pglite.lock'))).toBe(true);
    unlock();
    expect(existsSync(path.join(dir, 'pglite.lock'))).toBe(false);
  });
});
