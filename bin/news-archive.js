#!/usr/bin/env node
// The installable command (package.json "bin"): loads tsx, then runs src/cli/main.ts.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = main(process.argv.slice(2));
