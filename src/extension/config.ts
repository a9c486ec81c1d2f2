// Reads the `newsLens.*` settings into plain options. The core never reads settings:
// it gets an AnalyzeOptions built here. Pure apart from the `get` function passed in,
// so the mapping is unit-tested without VS Code.
import { RULE_CODES } from '../core/claims/rules';
import { validateConfig } from '../core/config/file';
import type { AnalyzeOptions, KnownEntity, RuleCode, RuleSetting, Severity } from '../core/types';

export const SECTION = 'newsLens';

export interface NewsLensConfig {
  /** Options for the core, without `format` (that depends on each document). */
  readonly options: AnalyzeOptions;
  /** Language ids analysed automatically. */
  readonly languages: readonly string[];
  /** Documents longer than this many characters are not analysed. */
  readonly maxDocumentSize: number;
  /** Delay after the last edit before re-analysis, in milliseconds. */
  readonly debounceMs: number;
  /** Show the active article's counts in the status bar. */
  readonly statusBar: boolean;
  /** Highlight quotes and speakers in the editor. */
  readonly highlight: boolean;
}

/** The part of vscode.WorkspaceConfiguration this module needs. */
export interface SettingsReader {
  get<T>(key: string): T | undefined;
}

export const DEFAULTS = {
  languages: ['plaintext', 'markdown', 'news-article'] as readonly string[],
  maxDocumentSize: 2_000_000,
  debounceMs: 250,
  statusBar: true,
  highlight: false,
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export function readConfig(settings: SettingsReader): NewsLensConfig {
  return {
    options: {
      rules: readRules(settings.get<unknown>('rules')),
      extraVagueSources: stringList(settings.get<unknown>('extraVagueSources')) ?? [],
      ...allowedPhrasesOf(settings.get<unknown>('allowedPhrases')),
      knownEntities: readKnownEntities(settings.get<unknown>('knownEntities')),
    },
    languages: stringList(settings.get<unknown>('languages')) ?? DEFAULTS.languages,
    maxDocumentSize: nonNegative(settings.get<unknown>('maxDocumentSize'), DEFAULTS.maxDocumentSize),
    debounceMs: nonNegative(settings.get<unknown>('debounceMs'), DEFAULTS.debounceMs),
    statusBar: flag(settings.get<unknown>('statusBar'), DEFAULTS.statusBar),
    highlight: flag(settings.get<unknown>('highlight'), DEFAULTS.highlight),
  };
}

/** `{ NL001: "off", NL004: "hint" }` -> `{ NL001: { enabled: false }, NL004: { severity: "hint" } }`. Unknown codes and values are ignored. */
export function readRules(value: unknown): Partial<Record<RuleCode, RuleSetting>> {
  const rules: Partial<Record<RuleCode, RuleSetting>> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return rules;
  const raw = value as Record<string, unknown>;
  for (const code of RULE_CODES) {
    const setting = raw[code];
    if (setting === 'off') rules[code] = { enabled: false };
    else if (SEVERITIES.includes(setting as Severity)) rules[code] = { severity: setting as Severity };
  }
  return rules;
}

/** The valid entries of newsLens.knownEntities (the settings editor flags the others through the schema). */
export function readKnownEntities(value: unknown): KnownEntity[] {
  if (!Array.isArray(value)) return [];
  const valid: KnownEntity[] = [];
  for (const item of value) valid.push(...(validateConfig({ knownEntities: [item] }).config.knownEntities ?? []));
  return valid;
}

/** The text format the core should assume for a language id. */
export function formatFor(languageId: string): 'plaintext' | 'markdown' {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function nonNegative(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** The allowed-phrases option, present only when the setting lists some. */
function allowedPhrasesOf(value: unknown): { allowedPhrases?: string[] } {
  const list = stringList(value) ?? [];
  return list.length > 0 ? { allowedPhrases: list } : {};
}
