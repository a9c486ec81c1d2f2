// Finding the configuration that applies to an article: walk up from its folder; in each folder
// `.news-lens.json` wins, then a package.json with a "news-lens" key; the first found applies
// (no merging of several files). Pure: the caller supplies the file access (node:fs in the CLI,
// vscode.workspace.fs in the extension), so this runs in the browser too.
import type { AnalyzeOptions } from '../types';
import { CONFIG_FILE_NAME, formatProblem, parseConfigText, parsePackageJsonConfig, type ParsedConfig } from './file';
import { fileOptions } from './merge';

export interface ConfigHost<D> {
  /** A stable string for a folder (used as a cache key). */
  key(dir: D): string;
  /** The parent folder, or undefined at the top of the search. */
  parent(dir: D): D | undefined;
  /** A file's text, or undefined when there is no such file. May throw when it exists but cannot be read. */
  read(dir: D, name: string): Promise<string | undefined>;
  /** How to show a file's path to the user. */
  display(dir: D, name: string): string;
}

export interface FoundConfig {
  /** The file, as shown to the user. */
  readonly file: string;
  /** True for a package.json's "news-lens" key. */
  readonly packageJson: boolean;
  readonly parsed: ParsedConfig;
  /** The engine options the file asks for. */
  readonly options: AnalyzeOptions;
  /** One line per problem, "file:line:col: path: message", errors first. */
  readonly messages: readonly string[];
  /** True when the file has at least one error (not only warnings). */
  readonly hasErrors: boolean;
}

function found(file: string, packageJson: boolean, parsed: ParsedConfig): FoundConfig {
  const sorted = [...parsed.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return {
    file,
    packageJson,
    parsed,
    options: fileOptions(parsed.config),
    messages: sorted.map((p) => formatProblem(file, p)),
    hasErrors: parsed.problems.some((p) => p.severity === 'error'),
  };
}

/** Finds and caches the configuration for folders; one read per folder and file name. */
export class ConfigResolver<D> {
  private readonly cache = new Map<string, Promise<FoundConfig | undefined>>();

  constructor(private readonly host: ConfigHost<D>) {}

  /** The configuration that applies to articles in `dir`, or undefined when there is none. Never rejects. */
  find(dir: D): Promise<FoundConfig | undefined> {
    const key = this.host.key(dir);
    let result = this.cache.get(key);
    if (!result) {
      result = this.lookup(dir);
      this.cache.set(key, result);
    }
    return result;
  }

  /** Forgets everything (a configuration file was created, changed or deleted). */
  clear(): void {
    this.cache.clear();
  }

  private async lookup(dir: D): Promise<FoundConfig | undefined> {
    const own = await this.own(dir);
    if (own) return own;
    const parent = this.host.parent(dir);
    return parent === undefined ? undefined : this.find(parent);
  }

  private async own(dir: D): Promise<FoundConfig | undefined> {
    const configFile = this.host.display(dir, CONFIG_FILE_NAME);
    const text = await this.readSafely(dir, CONFIG_FILE_NAME);
    if (text.kind === 'error') return found(configFile, false, unreadable(text.message));
    if (text.kind === 'ok') return found(configFile, false, parseConfigText(text.text));
    const pkg = await this.readSafely(dir, 'package.json');
    if (pkg.kind === 'ok') {
      const parsed = parsePackageJsonConfig(pkg.text);
      if (parsed) return found(this.host.display(dir, 'package.json'), true, parsed);
    }
    return undefined;
  }

  private async readSafely(dir: D, name: string): Promise<{ kind: 'ok'; text: string } | { kind: 'none' } | { kind: 'error'; message: string }> {
    try {
      const text = await this.host.read(dir, name);
      return text === undefined ? { kind: 'none' } : { kind: 'ok', text };
    } catch (err) {
      return { kind: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }
}

function unreadable(message: string): ParsedConfig {
  return { config: {}, problems: [{ severity: 'error', path: '', message: `cannot be read: ${message}` }] };
}
