// .gitignore-aware walking and glob patterns for `news-lens check`.
// .gitignore files are read from the repository root (the nearest folder up with a `.git`) down
// to each folder walked, with git's rules (deeper files win, `!` re-includes) through the
// `ignore` package; glob patterns ("news/**/*.md") are matched with `picomatch`.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { readRegularFile } from './safeRead';

export interface IgnoreLayer {
  /** Absolute folder of the .gitignore file. */
  readonly dir: string;
  readonly rules: Ignore;
}

/** Reads .gitignore files once per folder. */
export class GitIgnores {
  private readonly layers = new Map<string, Promise<IgnoreLayer | undefined>>();
  private readonly roots = new Map<string, Promise<string>>();

  /** The .gitignore rules of one folder, if it has a readable .gitignore. */
  layer(dir: string): Promise<IgnoreLayer | undefined> {
    let layer = this.layers.get(dir);
    if (!layer) {
      layer = readRegularFile(path.join(dir, '.gitignore')).then(
        (text) => ({ dir, rules: ignore({ allowRelativePaths: false }).add(text) }),
        () => undefined,
      );
      this.layers.set(dir, layer);
    }
    return layer;
  }

  /** The layers that apply inside `dir`: from the repository root (or `dir` outside a repository) down to `dir`. */
  async stackFor(dir: string): Promise<IgnoreLayer[]> {
    const root = await this.repositoryRoot(dir);
    const chain: string[] = [];
    for (let d = dir; ; d = path.dirname(d)) {
      chain.unshift(d);
      if (d === root || path.dirname(d) === d) break;
    }
    const layers = await Promise.all(chain.map((d) => this.layer(d)));
    return layers.filter((l): l is IgnoreLayer => l !== undefined);
  }

  /** The nearest folder at or above `dir` with a `.git` entry; `dir` itself when there is none. */
  private repositoryRoot(dir: string): Promise<string> {
    let root = this.roots.get(dir);
    if (!root) {
      root = (async () => {
        for (let d = dir; ; d = path.dirname(d)) {
          try {
            await fs.stat(path.join(d, '.git'));
            return d;
          } catch {
            // keep going up
          }
          if (path.dirname(d) === d) return dir;
        }
      })();
      this.roots.set(dir, root);
    }
    return root;
  }
}

/** True when the layers exclude the path (git's order: a later, deeper rule wins). */
export function isIgnored(layers: readonly IgnoreLayer[], absolute: string, isDir: boolean): boolean {
  let ignored = false;
  for (const layer of layers) {
    const rel = path.relative(layer.dir, absolute);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const result = layer.rules.test(rel.split(path.sep).join('/') + (isDir ? '/' : ''));
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

export interface GlobPattern {
  /** The folder to walk (relative to cwd as given, "" for cwd). */
  readonly base: string;
  /** Tests a path relative to `base`, with forward slashes. */
  readonly matches: (relative: string) => boolean;
  /** True when the pattern names a file extension ("*.txt"), so any file it matches is checked. */
  readonly explicitExtension: boolean;
}

/** A command-line argument as a glob pattern, or undefined when it has no glob characters. */
export function globPattern(arg: string): GlobPattern | undefined {
  const pattern = arg.split(path.sep).join('/');
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return undefined;
  const matcher = picomatch(scan.glob, { dot: false });
  const last = scan.glob.slice(scan.glob.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return {
    base: scan.base,
    matches: (relative) => matcher(relative),
    explicitExtension: dot > 0 && /^\.[A-Za-z0-9]+$/.test(last.slice(dot)),
  };
}
