// Which folder a build may publish into, decided before anything is read or written. The output
// folder belongs to the user: it may not be, or hold, the project, the input folder, the current
// folder or the home folder; inside the project only the default `_site`, a folder that does
// not exist yet or an earlier build's output may be used (`--output src` or `.git` would replace
// the project's own files). Paths are compared after resolving symbolic links, so a link to the
// project is the project. A regular file is not a folder.
import { accessSync, constants, lstatSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifest, type Manifest } from './manifest.ts';

/** The tool's own folder (where its package.json is). */
export const PROJECT_ROOT = realpathSync(fileURLToPath(new URL('../../..', import.meta.url)));
/** The one folder inside the project a build may create anew. */
export const DEFAULT_OUTPUT = '_site';

export class OutputFolderError extends Error {}

/** `a` is `b` or inside it. */
function within(a: string, b: string): boolean {
  const r = relative(b, a);
  return r === '' || !(r === '..' || r.startsWith(`..${'/'}`) || isAbsolute(r));
}

/** The real path `p` names: symbolic links resolved, also where its last parts do not exist yet. */
export function realTarget(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    // A dangling link is refused: publishing would replace the link with a folder.
    let isLink = false;
    try {
      isLink = lstatSync(abs).isSymbolicLink();
    } catch {
      /* does not exist */
    }
    if (isLink) throw new OutputFolderError(`output ${p} is a symbolic link to nothing`);
    const parent = dirname(abs);
    return parent === abs ? abs : join(realTarget(parent), basename(abs));
  }
}

/** Checks the output folder against the input and the project; returns its real path. */
export function checkOutput(
  output: string,
  input: string,
  cwd = process.cwd(),
  manifestOf: (dir: string) => Manifest = readManifest,
): string {
  const out = realTarget(output);
  const refuse = (why: string) => {
    throw new OutputFolderError(
      `refusing to build into ${output}${out !== resolve(output) ? ` (${out})` : ''}: ${why}`,
    );
  };
  let exists = false;
  try {
    const st = statSync(out);
    exists = true;
    if (!st.isDirectory()) refuse('it is a file, not a folder');
  } catch (e) {
    if (e instanceof OutputFolderError) throw e;
  }
  const inputReal = realTarget(input);
  if (within(PROJECT_ROOT, out)) refuse('it holds the project');
  if (within(inputReal, out)) refuse('it holds the input folder');
  if (within(realTarget(cwd), out)) refuse('it holds the current folder');
  if (within(realTarget(homedir()), out)) refuse('it holds your home folder');
  if (dirname(out) === out) refuse('it is the root of the file system');
  if (
    within(out, PROJECT_ROOT) &&
    exists &&
    out !== join(PROJECT_ROOT, DEFAULT_OUTPUT) &&
    manifestOf(out).size === 0
  )
    refuse(
      `it is a folder of the project; use ${DEFAULT_OUTPUT}, a new folder or one outside the project`,
    );
  // Publishing renames a folder built beside the output: its parent must be writable.
  let parent = dirname(out);
  while (!exists && parent !== dirname(parent)) {
    try {
      statSync(parent);
      break;
    } catch {
      parent = dirname(parent);
    }
  }
  try {
    accessSync(parent, constants.W_OK);
  } catch {
    refuse(
      `${parent} is not writable (the site is built beside the output folder, then renamed into place)`,
    );
  }
  return out;
}
