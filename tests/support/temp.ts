// Temporary folders for tests, removed when the test process ends (whatever the outcome), so
// a test run leaves nothing behind in the system's temporary folder.
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** Folders a test locked (chmod 000) inside `dir` are opened again so they can be removed.
 * Symbolic links are never followed: a test's link may point anywhere (the project itself). */
function unlock(dir: string): void {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return;
  if ((st.mode & 0o700) !== 0o700) chmodSync(dir, st.mode | 0o700);
  for (const name of readdirSync(dir)) unlock(join(dir, name));
}

process.on('exit', () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A folder a test locked: opened (its own folders only), then removed.
      try {
        unlock(dir);
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // Left behind rather than touching anything outside it.
      }
    }
  }
});

/** A new empty folder under the system's temporary folder, named from `prefix`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
