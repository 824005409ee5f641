// Which files of the input folder are article texts. By default the `.txt` and `.md` files under
// it (an `--include` glob changes that); never a hidden file or folder, never anything inside the
// output folder (an earlier build's pages would come back as articles); symlinked files are read
// as the files they point to, symlinked folders are not followed (they can loop). Every file not
// read is counted by kind, and a folder that cannot be read is reported while the rest is read.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

export class InputFolderError extends Error {}

export interface InputFile {
  /** Absolute path (a symlink stays as named: its target is read). */
  path: string;
  /** Relative to the input folder, with `/`: the record's `sourceFile`. */
  name: string;
  /** Whether it is a symbolic link (its target may lie outside the folder a watcher sees). */
  linked: boolean;
}

export interface InputList {
  files: InputFile[];
  /** Entries not read, by kind (`.json`, `hidden`, `symlinked folder`, …) → how many. */
  skipped: Map<string, number>;
  /** The same entries one by one, in the order met (a folder as `name/`, not its contents). */
  notRead: { name: string; kind: string }[];
  /** Entries that could not be looked at or are not files (unreadable folder, FIFO, broken link). */
  problems: { name: string; error: string }[];
}

export interface ListOptions {
  /** Globs relative to the input folder (site.config.ts: the .txt and .md files). */
  include: readonly string[];
  /** Real paths whose contents are never read (the output folder). */
  exclude?: readonly string[];
  /** Names of settings files, read by the command and passed over here at the folder's top. */
  settings?: readonly string[];
}

function specialKind(d: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (d.isFIFO()) return 'a named pipe (FIFO)';
  if (d.isSocket()) return 'a socket';
  if (d.isCharacterDevice() || d.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The article texts under `dir`, sorted by name. Throws InputFolderError when there are none. */
export function listInputs(
  dir: string,
  { include, exclude = [], settings = [] }: ListOptions,
): InputList {
  let root: string;
  try {
    // Real paths, so the output folder is recognised however either path was spelled.
    root = realpathSync(resolve(dir));
  } catch (e) {
    throw new InputFolderError(`cannot read input folder ${dir}: ${(e as Error).message}`);
  }
  const matches = picomatch([...include], { nocase: true });
  const excluded = new Set(exclude);
  const list: InputList = { files: [], skipped: new Map(), notRead: [], problems: [] };
  const nameOf = (path: string) => relative(root, path).split(sep).join('/');
  const skip = (kind: string, name: string) => {
    list.skipped.set(kind, (list.skipped.get(kind) ?? 0) + 1);
    list.notRead.push({ name, kind });
  };
  const consider = (path: string, linked: boolean) => {
    const name = nameOf(path);
    if (matches(name)) list.files.push({ path, name, linked });
    else if (!settings.includes(name)) skip(extname(name).toLowerCase() || 'no extension', name);
  };
  const walk = (folder: string, top: boolean) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      if (top)
        throw new InputFolderError(`cannot read input folder ${dir}: ${(e as Error).message}`);
      list.problems.push({
        name: `${nameOf(folder)}/`,
        error: `cannot read folder: ${(e as Error).message}`,
      });
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const slash = entry.isDirectory() ? '/' : '';
      if (entry.name.startsWith('.')) skip('hidden', nameOf(path) + slash);
      else if (excluded.has(path)) skip('output folder', `${nameOf(path)}/`);
      else if (entry.isDirectory()) walk(path, false);
      else if (entry.isFile()) consider(path, false);
      else if (entry.isSymbolicLink()) {
        let target;
        try {
          target = statSync(path);
        } catch (e) {
          list.problems.push({
            name: nameOf(path),
            error: `broken symbolic link: ${(e as Error).message}`,
          });
          continue;
        }
        if (target.isDirectory()) skip('symlinked folder', `${nameOf(path)}/`);
        else if (target.isFile()) consider(path, true);
        else
          list.problems.push({
            name: nameOf(path),
            error: `links to ${specialKind(target)}, not a text file`,
          });
      } else
        list.problems.push({ name: nameOf(path), error: `${specialKind(entry)}, not a text file` });
    }
  };
  walk(root, true);
  list.files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (list.files.length === 0)
    throw new InputFolderError(
      `input folder ${dir} has no article texts (${include.join(', ')})` +
        (list.skipped.size > 0 ? `; skipped ${describeSkipped(list.skipped)}` : '') +
        ': put scraped .txt or .md articles there, or choose files with --include',
    );
  return list;
}

/** `52 .json, 1 .html, 3 hidden`, most first. */
export function describeSkipped(skipped: ReadonlyMap<string, number>): string {
  return [...skipped]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}
