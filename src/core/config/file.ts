// The configuration file: `.news-lens.json`, or the "news-lens" key of a package.json.
// Pure: parses and validates text that the caller read (the CLI with node:fs, the extension with
// vscode.workspace.fs); never throws, and says exactly what is wrong and where.
// The JSON schema for editors is schemas/news-lens.schema.json; test/unit/config.test.ts keeps
// the two in step.
import { RULE_CODES } from '../claims/rules';
import type { EntityType, KnownEntity, RuleCode, Severity } from '../types';

/** A rule's setting in the file: a severity, or "off". */
export type RuleLevel = 'off' | Severity;

export interface NewsLensFileConfig {
  /** Severity per rule code, or "off". Rules not listed keep their default. */
  readonly rules?: Partial<Record<RuleCode, RuleLevel>>;
  /** Extra phrases that mark a vague source ("insiders say"), matched literally. */
  readonly extraVagueSources?: readonly string[];
  readonly allowedPhrases?: readonly string[];
  /** The desk's own gazetteer: names with their type, role and other forms. */
  readonly knownEntities?: readonly KnownEntity[];
}

export interface ConfigProblem {
  readonly severity: 'error' | 'warning';
  /** Where in the file: "rules.NL009", "knownEntities[2].type", or "" for the file as a whole. */
  readonly path: string;
  readonly message: string;
  /** 1-based position of a JSON syntax error, when known. */
  readonly line?: number;
  readonly column?: number;
}

export interface ParsedConfig {
  /** What could be read; entries with problems are left out, the rest applies. */
  readonly config: NewsLensFileConfig;
  readonly problems: readonly ConfigProblem[];
}

export const CONFIG_FILE_NAME = '.news-lens.json';
export const PACKAGE_JSON_KEY = 'news-lens';

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];
const TOP_KEYS = ['$schema', 'rules', 'extraVagueSources', 'allowedPhrases', 'knownEntities'];
const ENTITY_KEYS = ['name', 'type', 'role', 'aliases'];

/** Parses `.news-lens.json` text. */
export function parseConfigText(text: string): ParsedConfig {
  const json = parseJson(text);
  if (!json.ok) return { config: {}, problems: [json.problem] };
  return validateConfig(json.value);
}

/**
 * Parses a package.json's "news-lens" key. Undefined when the file has no such key (or is not
 * valid JSON at all: a broken package.json is not ours to report), so the search goes on upwards.
 */
export function parsePackageJsonConfig(text: string): ParsedConfig | undefined {
  const json = parseJson(text);
  if (!json.ok || !isObject(json.value) || !Object.prototype.hasOwnProperty.call(json.value, PACKAGE_JSON_KEY)) return undefined;
  return validateConfig(json.value[PACKAGE_JSON_KEY], PACKAGE_JSON_KEY);
}

/** Checks a parsed JSON value against the configuration's shape. `prefix` is the path of the value itself. */
export function validateConfig(value: unknown, prefix = ''): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const at = (path: string) => (prefix && path ? `${prefix}.${path}` : prefix || path);
  const error = (path: string, message: string) => problems.push({ severity: 'error', path: at(path), message });
  const warning = (path: string, message: string) => problems.push({ severity: 'warning', path: at(path), message });
  if (!isObject(value)) {
    error('', `the configuration must be a JSON object, not ${describe(value)}`);
    return { config: {}, problems };
  }
  const config: { rules?: Partial<Record<RuleCode, RuleLevel>>; extraVagueSources?: string[]; allowedPhrases?: string[]; knownEntities?: KnownEntity[] } = {};
  for (const key of Object.keys(value)) {
    if (!TOP_KEYS.includes(key)) warning(key, `unknown setting "${key}" is ignored (known: ${TOP_KEYS.slice(1).join(', ')})`);
  }

  if (value.rules !== undefined) {
    if (!isObject(value.rules)) error('rules', `must be an object such as {"NL003": "off"}, not ${describe(value.rules)}`);
    else {
      const rules: Partial<Record<RuleCode, RuleLevel>> = {};
      for (const [code, level] of Object.entries(value.rules)) {
        const rule = RULE_CODES.find((c) => c === code);
        if (!rule) {
          warning(`rules.${code}`, `unknown rule "${code}" is ignored (known: ${RULE_CODES.join(', ')})`);
          continue;
        }
        if (typeof level !== 'string' || !RULE_LEVELS.includes(level as RuleLevel)) {
          error(`rules.${code}`, `must be one of ${RULE_LEVELS.map((l) => `"${l}"`).join(', ')}, not ${describe(level)}`);
          continue;
        }
        rules[rule] = level as RuleLevel;
      }
      config.rules = rules;
    }
  }

  if (value.extraVagueSources !== undefined) {
    const list = stringList(value.extraVagueSources, 'extraVagueSources', error);
    if (list) config.extraVagueSources = list;
  }

  if (value.allowedPhrases !== undefined) {
    const list = stringList(value.allowedPhrases, 'allowedPhrases', error);
    if (list) config.allowedPhrases = list;
  }

  if (value.knownEntities !== undefined) {
    if (!Array.isArray(value.knownEntities)) {
      error('knownEntities', `must be a list of {"name", "type", "role", "aliases"} objects, not ${describe(value.knownEntities)}`);
    } else {
      const entities: KnownEntity[] = [];
      value.knownEntities.forEach((raw: unknown, i: number) => {
        const entity = knownEntity(raw, `knownEntities[${i}]`, error, warning);
        if (entity) entities.push(entity);
      });
      config.knownEntities = entities;
    }
  }
  return { config, problems };
}

function knownEntity(
  raw: unknown,
  path: string,
  error: (path: string, message: string) => void,
  warning: (path: string, message: string) => void,
): KnownEntity | undefined {
  if (!isObject(raw)) {
    error(path, `must be an object such as {"name": "Jane Doe", "type": "PERSON"}, not ${describe(raw)}`);
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    if (!ENTITY_KEYS.includes(key)) warning(`${path}.${key}`, `unknown field "${key}" is ignored (known: ${ENTITY_KEYS.join(', ')})`);
  }
  let ok = true;
  if (typeof raw.name !== 'string' || raw.name.trim() === '') {
    error(`${path}.name`, `a known entity needs a non-empty "name", not ${describe(raw.name)}`);
    ok = false;
  }
  if (typeof raw.type !== 'string' || !ENTITY_TYPES.includes(raw.type as EntityType)) {
    error(`${path}.type`, `must be one of ${ENTITY_TYPES.map((t) => `"${t}"`).join(', ')}, not ${describe(raw.type)}`);
    ok = false;
  }
  if (raw.role !== undefined && (typeof raw.role !== 'string' || raw.role.trim() === '')) {
    error(`${path}.role`, `must be a non-empty string, not ${describe(raw.role)}`);
    ok = false;
  }
  const aliases = raw.aliases === undefined ? [] : stringList(raw.aliases, `${path}.aliases`, error);
  if (!aliases) ok = false;
  if (!ok) return undefined;
  const entity: { name: string; type: EntityType; role?: string; aliases?: string[] } = {
    name: (raw.name as string).trim(),
    type: raw.type as EntityType,
  };
  if (typeof raw.role === 'string') entity.role = raw.role.trim();
  if (aliases && aliases.length > 0) entity.aliases = aliases;
  return entity;
}

function stringList(value: unknown, path: string, error: (path: string, message: string) => void): string[] | undefined {
  if (!Array.isArray(value)) {
    error(path, `must be a list of strings, not ${describe(value)}`);
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  value.forEach((item: unknown, i: number) => {
    if (typeof item !== 'string' || item.trim() === '') {
      error(`${path}[${i}]`, `must be a non-empty string, not ${describe(item)}`);
      ok = false;
    } else out.push(item.trim());
  });
  return ok ? out : undefined;
}

type JsonResult = { ok: true; value: unknown } | { ok: false; problem: ConfigProblem };

/** JSON.parse with the error's line and column (V8 gives a position; other engines a line and column). */
export function parseJson(text: string): JsonResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return { ok: false, problem: { severity: 'error', path: '', message: 'the file is empty (expected a JSON object)' } };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    let line: number | undefined;
    let column: number | undefined;
    const lc = /line (\d+) column (\d+)/i.exec(raw);
    const pos = /at position (\d+)/i.exec(raw);
    if (lc) {
      line = Number(lc[1]);
      column = Number(lc[2]);
    } else if (pos) {
      const offset = Math.min(Number(pos[1]), source.length);
      const before = source.slice(0, offset);
      line = before.split(/\r\n|\r|\n/).length;
      column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    } else if (/unexpected end/i.test(raw)) {
      const lines = source.split(/\r\n|\r|\n/);
      line = lines.length;
      column = lines[lines.length - 1].length + 1;
    }
    // "Unexpected token } in JSON at position 12 (line 2 column 3)" -> "Unexpected token }"
    const message = raw
      .replace(/^JSON\.parse:\s*/i, '')
      .replace(/\s*\(line \d+ column \d+\)/i, '')
      .replace(/\s*(?:in JSON\s*)?at (?:position \d+|line \d+ column \d+ of the JSON data)/i, '')
      .replace(/, "[^"]*"\.\.\. is not valid JSON$/, '')
      .trim();
    return { ok: false, problem: { severity: 'error', path: '', message: `not valid JSON: ${message}`, line, column } };
  }
}

/** "file.json:3:5: rules.NL001: must be one of …" — one line for a message box or a terminal. */
export function formatProblem(file: string, p: ConfigProblem): string {
  const where = p.line !== undefined ? `${file}:${p.line}:${p.column ?? 1}` : file;
  return `${where}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
