// A build of INPUT into OUTPUT in a child process (build-child.ts), killed with SIGKILL after
// `ms` milliseconds, once its site is staged (before publishing), or by itself once a publish
// in place has moved `moves` files; resolves with the signal that ended it (null: it finished).
import { spawn } from 'node:child_process';

export type KillMoment = { ms: number } | 'staged' | { moves: number };

export async function killedBuild(
  input: string,
  output: string,
  when: KillMoment,
): Promise<NodeJS.Signals | null> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/build-child.ts', input, output],
    {
      env: {
        ...process.env,
        ...(when === 'staged' ? { PAUSE_BEFORE_PUBLISH: '1' } : {}),
        ...(typeof when === 'object' && 'moves' in when
          ? { KILL_AFTER_MOVES: String(when.moves) }
          : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  if (when === 'staged')
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => d.toString().includes('staged') && resolve()),
    );
  else if ('ms' in when) await new Promise((resolve) => setTimeout(resolve, when.ms));
  else return exited;
  child.kill('SIGKILL');
  return exited;
}
