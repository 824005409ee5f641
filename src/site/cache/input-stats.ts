// Which input files are as the last build read them, by what the file system says of them
// (device, inode, size, modification and change times), so a rebuild does not open, read, hash
// and decode every file again (at 50,000 articles about a second of its parse step). The
// change time (ctime) cannot be set back by any program, so a file replaced by another of the
// same size and modification time (`touch -r`, a copy with `cp -p`) still looks changed. Times
// have a coarse grain on some file systems, so a file changed within RACY_MS before it was
// looked at is not recorded (a second change within the same grain would look like none):
// the next build reads it again. Written whole (to a temporary name, then renamed) once the
// parse is done; a missing or stale file only means more reading.
import type { BigIntStats } from 'node:fs';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'inputs.json';
const VERSION = 1;
/** How recent a change may be for a file to be recorded: longer than any file system's time
 * grain (2 s on FAT) and a clock's drift between a file server and this machine. */
const RACY_MS = 3000;

/** The identity of a file: `dev:ino:size:mtimeNs:ctimeNs`. */
function identity(st: BigIntStats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}

export class InputStats {
  readonly #file: string;
  readonly #last: Map<string, [string, string]>;
  readonly #next = new Map<string, [string, string]>();

  /** The stats the last build kept in the cache folder `dir` (none: every file is read). */
  constructor(dir: string) {
    this.#file = join(dir, FILE);
    this.#last = new Map();
    try {
      const data = JSON.parse(readFileSync(this.#file, 'utf8')) as {
        version?: unknown;
        files?: Record<string, [string, string]>;
      };
      if (data.version === VERSION && data.files)
        for (const [path, entry] of Object.entries(data.files)) this.#last.set(path, entry);
    } catch {
      /* none yet, or not ours: every file is read */
    }
  }

  /** The key of what was read at `path` when the file is still as it was then, else undefined. */
  known(path: string, st: BigIntStats): string | undefined {
    const last = this.#last.get(path);
    return last && last[0] === identity(st) ? last[1] : undefined;
  }

  /**
   * Records that the file at `path`, as `st` (taken before it was read) describes it, gave
   * the bytes of `key`; `now` in milliseconds since 1970.
   */
  saw(path: string, st: BigIntStats, key: string, now = Date.now()): void {
    const changed = Number(st.ctimeNs / 1_000_000n);
    const modified = Number(st.mtimeNs / 1_000_000n);
    if (now - Math.max(changed, modified) >= RACY_MS) this.#next.set(path, [identity(st), key]);
  }

  /** Writes what this build recorded for the next one. */
  finish(): void {
    const files = Object.fromEntries(this.#next);
    const temp = `${this.#file}.tmp-${process.pid}`;
    writeFileSync(temp, JSON.stringify({ version: VERSION, files }));
    renameSync(temp, this.#file);
  }
}
