// From the configuration file to engine options, and the order in which sources win:
// built-in defaults < the configuration file < VS Code settings or command-line flags.
// Pure: no `vscode`, no Node API.
import type { AnalyzeOptions, KnownEntity, RuleCode, RuleSetting } from '../types';
import type { NewsLensFileConfig, RuleLevel } from './file';

/** A rule level ("off", "warning", …) as the engine's RuleSetting. */
export function ruleSetting(level: RuleLevel): RuleSetting {
  return level === 'off' ? { enabled: false } : { enabled: true, severity: level };
}

/** The engine options a configuration file asks for (no `format`: that depends on each file). */
export function fileOptions(config: NewsLensFileConfig): AnalyzeOptions {
  const rules: Partial<Record<RuleCode, RuleSetting>> = {};
  for (const [code, level] of Object.entries(config.rules ?? {}) as [RuleCode, RuleLevel][]) rules[code] = ruleSetting(level);
  return {
    rules,
    extraVagueSources: config.extraVagueSources ?? [],
    ...(config.allowedPhrases?.length ? { allowedPhrases: config.allowedPhrases } : {}),
    knownEntities: config.knownEntities ?? [],
  };
}

/**
 * `override` on top of `base`: a rule set in both takes the override's setting; phrase lists are
 * joined (duplicates dropped, ignoring case); a known entity named in both (ignoring case) takes
 * the override's entry. Any other option comes from the override when it has one.
 */
export function mergeOptions(base: AnalyzeOptions, override: AnalyzeOptions): AnalyzeOptions {
  const merged: {
    -readonly [K in keyof AnalyzeOptions]: AnalyzeOptions[K];
  } = { ...base, ...override };
  merged.rules = { ...(base.rules ?? {}), ...(override.rules ?? {}) };
  merged.extraVagueSources = union(base.extraVagueSources ?? [], override.extraVagueSources ?? []);
  const allowed = union(base.allowedPhrases ?? [], override.allowedPhrases ?? []);
  if (allowed.length > 0) merged.allowedPhrases = allowed;
  else delete merged.allowedPhrases;
  merged.knownEntities = mergeEntities(base.knownEntities ?? [], override.knownEntities ?? []);
  return merged;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const phrase of [...a, ...b]) {
    const key = phrase.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(phrase);
  }
  return out;
}

function mergeEntities(base: readonly KnownEntity[], override: readonly KnownEntity[]): KnownEntity[] {
  const overridden = new Set(override.map((e) => e.name.trim().toLowerCase()));
  return [...base.filter((e) => !overridden.has(e.name.trim().toLowerCase())), ...override];
}
