// Runs every tests/**/*.test.ts with Node's own test runner (Node 20 has no glob for .ts).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') && !f.includes('fixtures'))
  .map((f) => `tests/${f}`)
  .sort();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
