// One build at a time per output folder (`npm start` running while `npm run build` is started
// by hand): a lock file beside the output holds the running build's process id. A lock left by
// a process that no longer runs (killed) is taken over.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class OutputLockedError extends Error {}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock of `out` (its parent folder must exist); returns the function that frees it. */
export function lockOutput(out: string): () => void {
  const path = join(dirname(out), `.${basename(out)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return () => unlinkSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && running(pid))
        throw new OutputLockedError(
          `another build (process ${pid}) is publishing into ${out}: wait for it or stop it ` +
            `(or delete ${path} if no build is running)`,
        );
      unlinkSync(path); // left by a build that no longer runs
    }
  }
  throw new OutputLockedError(`cannot take the lock ${path}`);
}
