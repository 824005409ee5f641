// Temporary folders for tests, removed when the test process ends (whatever the outcome), so
// a test run leaves nothing behind in the system's temporary folder.
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** Folders a test locked (chmod 000) are opened again so they can be removed. */
function unlock(dir: string): void {
  try {
    chmodSync(dir, 0o700);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) unlock(path);
    }
  } catch {
    // Gone already, or not ours to open: rmSync says so below, or not.
  }
}

process.on('exit', () => {
  for (const dir of made) {
    unlock(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A new empty folder under the system's temporary folder, named from `prefix`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
