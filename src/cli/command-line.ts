// What every command does with its arguments before its own work: `--help` prints the options
// and exits 0; a usage error prints what is wrong and exits 2; a reader that closes the pipe
// early (`| head`) ends the command quietly.
import { helpText, parseOptions, UsageError, type OptionSpecs, type Parsed } from './args.ts';

export function commandLine<S extends OptionSpecs & { help: OptionSpecs[string] }>(
  usage: string,
  specs: S,
  options: { positionals?: boolean } = {},
): Parsed<S> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let parsed: Parsed<S>;
  try {
    parsed = parseOptions(process.argv.slice(2), specs, options);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n(--help lists the options)\n`);
    process.exit(2);
  }
  if (parsed.options.help) {
    // Run as `news-archive COMMAND`, the usage line names that command (src/cli/main.ts).
    process.stdout.write(helpText(process.env.NEWS_ARCHIVE_USAGE ?? usage, specs));
    process.exit(0);
  }
  return parsed;
}
