// `news-archive COMMAND [options]`, the installable command: it runs the same scripts as the
// npm scripts (scripts/*.ts), from the package's own folder so templates and assets are found
// wherever the command is run, with the user's paths made absolute first.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Command {
  script: string;
  help: string;
  /** Arguments before the user's (`serve` is `build --serve`). */
  prefix?: string[];
  /** Positionals are paths (files to parse), or the first one is the input folder. */
  positionals: 'paths' | 'input' | 'words';
}

const COMMANDS: Record<string, Command> = {
  build: {
    script: 'build.ts',
    positionals: 'input',
    help: 'build [INPUT] [--output DIR] [options]  parse a folder of texts and publish the site',
  },
  serve: {
    script: 'build.ts',
    prefix: ['--serve'],
    positionals: 'input',
    help: 'serve [INPUT] [--output DIR] [--port N]   build, serve, rebuild on change',
  },
  search: {
    script: 'search.ts',
    positionals: 'words',
    help: 'search "QUERY" [--dir SITE] [--json]      search a built site from the terminal',
  },
  parse: {
    script: 'parse.ts',
    positionals: 'paths',
    help: 'parse FILE...                             print each file’s record as JSON',
  },
  explain: {
    script: 'explain.ts',
    positionals: 'paths',
    help: 'explain FILE | --rules                    where each line of FILE went, and why',
  },
};

/** Options whose values are paths, made absolute against the user's folder. */
const PATH_OPTIONS = ['--input', '--output', '--dir', '--config'];

/** The user's arguments with their paths absolute (the script runs in the package's folder). */
export function absoluteArgs(args: readonly string[], command: Command, cwd: string): string[] {
  const out: string[] = [];
  let inputGiven = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    if (PATH_OPTIONS.includes(flag)) {
      if (inline !== undefined) out.push(`${flag}=${resolve(cwd, inline)}`);
      else if (i + 1 < args.length) out.push(flag, resolve(cwd, args[++i]!));
      else out.push(a);
      if (flag === '--input') inputGiven = true;
    } else if (a.startsWith('-')) out.push(a);
    else if (command.positionals === 'paths') out.push(resolve(cwd, a));
    else if (command.positionals === 'input' && !inputGiven) {
      out.push('--input', resolve(cwd, a));
      inputGiven = true;
    } else out.push(a);
  }
  return out;
}

function usage(): string {
  return `usage: news-archive COMMAND [options]   (news-archive COMMAND --help for its options)\n\n${Object.values(
    COMMANDS,
  )
    .map((c) => `  news-archive ${c.help}`)
    .join('\n')}\n`;
}

export function main(argv: readonly string[]): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`unknown command ${JSON.stringify(name)}\n\n${usage()}`);
    return 2;
  }
  const args = [...(command.prefix ?? []), ...absoluteArgs(rest, command, process.cwd())];
  if (command.positionals === 'input' && !rest.includes('--help')) {
    // The package's own seeds are no default for someone else's folder (the site goes to
    // _site in the user's folder unless --output or a settings file says otherwise).
    const has = (flag: string) => args.some((a) => a === flag || a.startsWith(`${flag}=`));
    if (!has('--input')) {
      process.stderr.write(
        `give the folder of article texts: news-archive ${name} DIR [--output DIR]\n`,
      );
      return 2;
    }
  }
  const r = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), resolve(ROOT, 'scripts', command.script), ...args],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        NEWS_ARCHIVE_CWD: process.cwd(),
        NEWS_ARCHIVE_USAGE: `news-archive ${command.help.split(/ {2,}/)[0]!}`,
      },
    },
  );
  return r.status ?? 1;
}
