// One argument parser for every command, on node:util's parseArgs: `--flag value` and
// `--flag=value`; an unknown flag is refused with the known ones listed (and a hint when it
// looks like the `--` after `npm run …` was forgotten); numbers are checked; every message
// names the option as a user types it.
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface OptionSpec {
  type: 'string' | 'boolean' | 'integer';
  /** May be given more than once (its values in order). */
  multiple?: boolean;
  /** Integers: the least value allowed. */
  min?: number;
  max?: number;
  /** One line for `--help`. */
  help: string;
  /** What the value is, for `--help` (`DIR`, `N`, `URL`). */
  value?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

type Value<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'integer'
    ? S['multiple'] extends true
      ? number[]
      : number
    : S['multiple'] extends true
      ? string[]
      : string;

export interface Parsed<S extends OptionSpecs> {
  /** The options given (absent ones are missing). */
  options: { [K in keyof S]?: Value<S[K]> };
  positionals: string[];
}

/** npm passes a command's own flags on only after `--`; without it they reach npm, and the
 * command sees what looks like stray words. */
const NPM_HINT =
  ' (with npm run, put -- before the command’s options: npm run build -- --input DIR)';

/**
 * Parses `argv` against `specs`.
 * @example parseOptions(['--limit=5', 'aleppo'], { limit: { type: 'integer', help: '' } }) // { options: { limit: 5 }, positionals: ['aleppo'] }
 */
export function parseOptions<S extends OptionSpecs>(
  argv: readonly string[],
  specs: S,
  { positionals = true }: { positionals?: boolean } = {},
): Parsed<S> {
  const config = Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [
      name,
      {
        type: s.type === 'boolean' ? ('boolean' as const) : ('string' as const),
        multiple: !!s.multiple,
      },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(explain(e as Error & { code?: string }, specs));
  }
  const options: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(parsed.values)) {
    const spec = specs[name]!;
    options[name] =
      spec.type !== 'integer'
        ? raw
        : Array.isArray(raw)
          ? raw.map((v) => integer(name, String(v), spec))
          : integer(name, String(raw), spec);
  }
  if (!positionals && parsed.positionals.length > 0)
    throw new UsageError(
      `unexpected argument ${JSON.stringify(parsed.positionals[0])}${
        process.env.npm_lifecycle_event ? NPM_HINT : ''
      }`,
    );
  return { options: options as Parsed<S>['options'], positionals: parsed.positionals };
}

function integer(name: string, text: string, spec: OptionSpec): number {
  const n = Number(text);
  const range =
    spec.min !== undefined && spec.max !== undefined
      ? ` from ${spec.min} to ${spec.max}`
      : spec.min !== undefined
        ? ` of ${spec.min} or more`
        : '';
  if (
    !/^-?\d+$/.test(text.trim()) ||
    (spec.min !== undefined && n < spec.min) ||
    (spec.max !== undefined && n > spec.max)
  )
    throw new UsageError(`--${name} must be a whole number${range}, got ${JSON.stringify(text)}`);
  return n;
}

/** parseArgs's errors, told with the options the command knows. */
function explain(e: Error & { code?: string }, specs: OptionSpecs): string {
  const known = Object.keys(specs)
    .map((n) => `--${n}`)
    .join(' ');
  const flag = /'(-{1,2}[^'\s=]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = Object.keys(specs).find((n) => closeTo(flag.replace(/^-+/, ''), n));
    return `unknown option ${flag}${near ? ` (did you mean --${near}?)` : ''}; known: ${known}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = flag.replace(/^-+/, '');
    const spec = specs[name];
    if (spec && spec.type !== 'boolean')
      return `${flag} needs a value${spec.value ? ` (${spec.value})` : ''}`;
    return `${flag} takes no value`;
  }
  return e.message;
}

/** One edit apart at most (`--limt` for `--limit`), or one a prefix of the other. */
function closeTo(a: string, b: string): boolean {
  if (a.length < 3) return false;
  if (b.startsWith(a) || a.startsWith(b)) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, k: number) => x.slice(i + k);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** `--help` text: the usage line, then one line per option. */
export function helpText(usage: string, specs: OptionSpecs): string {
  const rows = Object.entries(specs).map(([name, s]) => [
    `--${name}${s.type === 'boolean' ? '' : ` ${s.value ?? (s.type === 'integer' ? 'N' : 'VALUE')}`}`,
    s.help,
  ]);
  const width = Math.max(...rows.map(([a]) => a!.length));
  return `usage: ${usage}\n\n${rows.map(([a, b]) => `  ${a!.padEnd(width)}  ${b}`).join('\n')}\n`;
}
