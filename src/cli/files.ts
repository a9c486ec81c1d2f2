// Finding and reading article files for the CLI: folder walk, size limit,
// binary / encoding detection. The only place (with main.ts) that touches the file system.
import { analyse as analyseEncoding } from 'chardet';
import { decode as decodeBytes } from 'iconv-lite';
import { closeSync, fstatSync, openSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { READ_FLAGS } from './safeRead';
import { decodeMixedUtf8, utf8Census } from './utf8';
import { GitIgnores, globPattern, isIgnored, type GlobPattern, type IgnoreLayer } from './ignoreFiles';

/** Extensions picked up when walking a folder (explicitly named files are read whatever their extension). */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.article', '.news'];

const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface FileProblem {
  /** Path as shown to the user. */
  readonly path: string;
  readonly message: string;
}

export interface CollectResult {
  /** Display paths, deduplicated by real path, sorted. */
  readonly files: string[];
  /** Paths that could not be read at all (missing, permission denied, ...). */
  readonly errors: FileProblem[];
}

export type ReadResult =
  | { readonly kind: 'ok'; readonly text: string; readonly notice?: string }
  /** A file that was read but is not analysed: binary, not UTF-8, too large. */
  | { readonly kind: 'skipped'; readonly message: string }
  /** A file that could not be read. */
  | { readonly kind: 'error'; readonly message: string };

export function isArticleFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return ARTICLE_EXTENSIONS.includes(ext);
}

/** One line describing a file-system error. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTREG':
      return 'not a regular file';
    default:
      return e instanceof Error ? e.message : String(err);
  }
}

/** Compares paths segment by segment, by code unit, so that "a/b" sorts before "a-b" and "a.txt". */
export function comparePaths(a: string, b: string): number {
  const sa = a.split(/[\\/]+/);
  const sb = b.split(/[\\/]+/);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}

export interface CollectOptions {
  /** Skip what .gitignore files exclude (default true). Explicitly named files are always read. */
  readonly gitignore?: boolean;
}

/**
 * Expands the command-line paths into article files. Folders are walked
 * recursively (skipping node_modules, dot-entries and what .gitignore files
 * exclude), symlinks are followed but every folder is entered once (by real
 * path), so loops end. An argument with glob characters ("news/**\/*.md") that
 * is not an existing path is a pattern: its base folder is walked the same way
 * and the files it matches are kept (article extensions only, unless the
 * pattern names an extension). A file reached twice (two arguments, or through
 * a symlink) is listed once, under the first path that reached it in sorted order.
 */
export async function collectFiles(paths: readonly string[], cwd: string, options: CollectOptions = {}): Promise<CollectResult> {
  const found: { display: string; real: string }[] = [];
  const errors: FileProblem[] = [];
  let visitedDirs = new Set<string>();
  const gitignores = options.gitignore === false ? undefined : new GitIgnores();

  async function walk(
    display: string,
    absolute: string,
    layers: readonly IgnoreLayer[],
    glob?: { pattern: GlobPattern; base: string },
  ): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(absolute);
    } catch (err) {
      errors.push({ path: display, message: describeError(err) });
      return;
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(absolute, { withFileTypes: true });
    } catch (err) {
      errors.push({ path: display, message: describeError(err) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const own = gitignores ? await gitignores.layer(absolute) : undefined;
    const inside = own && !layers.some((l) => l.dir === own.dir) ? [...layers, own] : layers;
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      const childDisplay = path.join(display, entry.name);
      const childAbsolute = path.join(absolute, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.stat(childAbsolute);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          // A dangling link only matters if it looks like an article.
          if (isArticleFile(entry.name)) errors.push({ path: childDisplay, message: describeError(err) });
          continue;
        }
      }
      if ((isDir || isFile) && isIgnored(inside, childAbsolute, isDir)) continue;
      if (isDir) await walk(childDisplay, childAbsolute, inside, glob);
      else if (isFile && wanted(entry.name, childDisplay, glob)) {
        try {
          found.push({ display: childDisplay, real: await fs.realpath(childAbsolute) });
        } catch (err) {
          errors.push({ path: childDisplay, message: describeError(err) });
        }
      }
    }
  }

  for (const arg of paths) {
    // Shown as given, minus "./" and doubled separators ("./a//b.txt" -> "a/b.txt").
    const p = path.normalize(arg);
    const absolute = path.resolve(cwd, p);
    let st: import('node:fs').Stats;
    try {
      st = await fs.stat(absolute);
    } catch (err) {
      const pattern = globPattern(arg);
      if (!pattern) {
        errors.push({ path: p, message: describeError(err) });
        continue;
      }
      const base = pattern.base === '' ? '.' : path.normalize(pattern.base);
      const baseAbsolute = path.resolve(cwd, base);
      const before = found.length;
      const errorsBefore = errors.length;
      // Each pattern walks its own base: a folder seen by another argument is walked again for it.
      visitedDirs = new Set();
      await walk(base === '.' ? '' : base, baseAbsolute, gitignores ? await gitignores.stackFor(baseAbsolute) : [], {
        pattern,
        base: base === '.' ? '' : base,
      });
      if (found.length === before && errors.length === errorsBefore) errors.push({ path: arg, message: 'no files match this pattern' });
      continue;
    }
    if (st.isDirectory()) await walk(p, absolute, gitignores ? await gitignores.stackFor(absolute) : []);
    else {
      // Explicitly named: read whatever its extension (a FIFO or device is refused by readArticle).
      let real = absolute;
      try {
        real = await fs.realpath(absolute);
      } catch {
        // keep the resolved path
      }
      found.push({ display: p, real });
    }
  }

  found.sort((a, b) => comparePaths(a.display, b.display));
  const seen = new Set<string>();
  const files: string[] = [];
  for (const f of found) {
    if (seen.has(f.real)) continue;
    seen.add(f.real);
    files.push(f.display);
  }
  errors.sort((a, b) => comparePaths(a.path, b.path));
  return { files, errors };
}

/** Whether a file met in a walk is checked: an article file, or for a pattern a file it matches. */
function wanted(name: string, display: string, glob: { pattern: GlobPattern; base: string } | undefined): boolean {
  if (!glob) return isArticleFile(name);
  const relative = (glob.base === '' ? display : path.relative(glob.base, display)).split(path.sep).join('/');
  return glob.pattern.matches(relative) && (glob.pattern.explicitExtension || isArticleFile(name));
}

export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'kB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** Single-byte Western encodings an article that is not UTF-8 is decoded from, when the detector names one. */
const WESTERN_ENCODINGS: ReadonlyMap<string, string> = new Map([
  ['windows-1252', 'windows-1252'],
  // Decoded as windows-1252 (its superset: printable characters where Latin-1 has C1 controls), as browsers do.
  ['ISO-8859-1', 'windows-1252'],
  ['ISO-8859-15', 'iso-8859-15'],
]);

/** The detector's answer must be at least this sure (0-100) before bytes that are not UTF-8 are decoded. */
const MIN_CONFIDENCE = 20;

export type DecodeResult =
  | { ok: true; text: string; /** Said once when the text was not UTF-8 ("decoded as windows-1252"). */ notice?: string }
  | { ok: false; message: string };

/**
 * Decodes file bytes as an article: UTF-8 (fatal on invalid sequences); UTF-8 with a few stray
 * bytes (fewer than its multi-byte characters) as UTF-8, the stray bytes as Windows-1252, with a
 * notice; failing that, Windows-1252,
 * Latin-1 or Latin-9 when the encoding detector (chardet) names one of them first, decoded with
 * iconv-lite, with a notice.
 * NUL bytes mean binary, a UTF-8 BOM is stripped (as editors do), line endings are kept.
 */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, message: 'UTF-16 text is not supported (save the file as UTF-8)' };
  }
  if (bytes.indexOf(0) !== -1) return { ok: false, message: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Mostly UTF-8 (more well-formed multi-byte sequences than stray bytes): keep it UTF-8.
    const { multiByte, invalid } = utf8Census(bytes);
    if (multiByte > invalid) {
      text = decodeMixedUtf8(bytes, (b) => decodeBytes(Buffer.from(b.buffer, b.byteOffset, b.length), 'windows-1252'));
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const stray = invalid === 1 ? '1 byte that is' : `${invalid} bytes that are`;
      return { ok: true, text, notice: `not UTF-8 throughout: ${stray} not UTF-8 decoded as windows-1252` };
    }
    const best = analyseEncoding(bytes)[0];
    const encoding = best && best.confidence >= MIN_CONFIDENCE ? WESTERN_ENCODINGS.get(best.name) : undefined;
    if (!encoding) return { ok: false, message: 'binary file or not UTF-8 text (invalid UTF-8)' };
    // iconv-lite: Node 20's TextDecoder decodes windows-1252 as Latin-1 (0x93 stays a control character).
    return { ok: true, text: decodeBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding), notice: `not UTF-8: decoded as ${best.name} (detected)` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** Why an opened file is not read: not a regular file, or over the size limit (0: no limit); null to read it. */
function refusal(st: { isDirectory(): boolean; isFile(): boolean; size: number }, maxSize: number): ReadResult | null {
  if (st.isDirectory()) return { kind: 'error', message: 'is a directory' };
  if (!st.isFile()) return { kind: 'error', message: 'not a regular file' };
  if (maxSize > 0 && st.size > maxSize) {
    return { kind: 'skipped', message: `${formatSize(st.size)} is over the size limit of ${formatSize(maxSize)} (--max-size)` };
  }
  return null;
}

/** Reads one article file; never throws, never waits on a FIFO. maxSize 0 means no limit. */
export async function readArticle(file: string, cwd: string, maxSize: number): Promise<ReadResult> {
  let handle: import('node:fs/promises').FileHandle | undefined;
  try {
    handle = await fs.open(path.resolve(cwd, file), READ_FLAGS);
    const refused = refusal(await handle.stat(), maxSize);
    if (refused) return refused;
    const bytes = await handle.readFile();
    return decodedRead(decodeArticle(bytes));
  } catch (err) {
    return { kind: 'error', message: describeError(err) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * readArticle with synchronous calls, for the worker threads of --jobs N: there a blocking read
 * holds up only that worker, and it saves the four trips through libuv's thread pool that left
 * each worker idle between files while the asynchronous read went round (same checks, same result).
 */
export function readArticleSync(file: string, cwd: string, maxSize: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path.resolve(cwd, file), READ_FLAGS);
    const refused = refusal(fstatSync(fd), maxSize);
    if (refused) return refused;
    return decodedRead(decodeArticle(readFileSync(fd)));
  } catch (err) {
    return { kind: 'error', message: describeError(err) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do
      }
    }
  }
}

/** A decoding result as a read result. */
export function decodedRead(decoded: DecodeResult): ReadResult {
  if (!decoded.ok) return { kind: 'skipped', message: decoded.message };
  return decoded.notice ? { kind: 'ok', text: decoded.text, notice: decoded.notice } : { kind: 'ok', text: decoded.text };
}
