// A build of INPUT into OUTPUT in a child process (build-child.ts), killed with SIGKILL after
// `ms` milliseconds or once its site is staged, before publishing; resolves when it is gone.
import { spawn } from 'node:child_process';

export type KillMoment = { ms: number } | 'staged';

export async function killedBuild(input: string, output: string, when: KillMoment): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/build-child.ts', input, output],
    {
      env: { ...process.env, ...(when === 'staged' ? { PAUSE_BEFORE_PUBLISH: '1' } : {}) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (when === 'staged')
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => d.toString().includes('staged') && resolve()),
    );
  else await new Promise((resolve) => setTimeout(resolve, when.ms));
  child.kill('SIGKILL');
  await exited;
}
