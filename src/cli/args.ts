// Command-line parsing for `news-lens`, by hand: few options, exact error messages.
import type { RuleCode, RuleSetting, Severity } from '../core/types';
import { RULE_CODES } from '../core/claims/rules';

export type Command = 'analyze' | 'check' | 'speakers';
export type OutputFormat = 'text' | 'json' | 'sarif' | 'jsonl' | 'csv';

export interface CliOptions {
  readonly command: Command;
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  /** Files larger than this many bytes are skipped; 0 means no limit. */
  readonly maxSize: number;
  readonly rules: Partial<Record<RuleCode, RuleSetting>>;
  readonly extraVagueSources: readonly string[];
  /** Trigger phrases to accept ("a monitor said"): their findings are not reported. */
  readonly allowedPhrases: readonly string[];
  /** Exit 1 only for errors or more than this many warnings (check); undefined = any finding fails. */
  readonly maxWarnings?: number;
  /** Name for standard input ("-"): its extension picks the format, its folder the configuration file. */
  readonly stdinFilename?: string;
  /** A configuration file to use instead of looking for one. */
  readonly config?: string;
  /** Do not look for a configuration file. */
  readonly noConfig: boolean;
  /** Do not skip what .gitignore files exclude when walking folders. */
  readonly noIgnore: boolean;
  /** Worker threads analysing files at once; undefined = the number of cores. */
  readonly jobs?: number;
}

export type ParseResult =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly message: string };

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

const FORMATS: Record<Command, readonly OutputFormat[]> = {
  analyze: ['text', 'json', 'jsonl'],
  check: ['text', 'json', 'sarif'],
  speakers: ['text', 'csv', 'json'],
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export const USAGE = `Usage:
  news-lens analyze FILE [--format text|json] [options]
  news-lens analyze PATH... --format jsonl [--jobs N] [options]
  news-lens check PATH... [--format text|json|sarif] [--jobs N] [options]
  news-lens speakers PATH... [--format text|csv|json] [--jobs N] [options]

Commands:
  analyze   Report the entities, quotes (by speaker) and flagged claims of one article.
  check     Lint files, folders and glob patterns ("news/**/*.md"); folders are
            walked recursively for .txt .md .markdown .article .news, skipping
            what .gitignore files exclude. Lists every flagged claim as
            file:line:col. Exit code 0 when clean, 1 when anything is flagged
            (see --max-warnings), 2 on usage or configuration errors or when a
            path could not be read.
  analyze --format jsonl
            Any number of files, folders and patterns (as check): one JSON
            line per article, {"file", "entities", "quotes", "claims"},
            streamed as the articles are analysed, in input order.
  speakers  Who is quoted how often across the articles: people and
            organisations, their roles, their quote counts and the articles
            they are quoted in, most quoted first.
  With several files, a file that cannot be analysed (binary, unreadable, too
  large) is reported on stderr and skipped; analyze --format jsonl and
  speakers then exit 2 at the end. A file that is not UTF-8 but Windows-1252
  or Latin-1 (detected) is decoded, with a notice.
  FILE or PATH "-" reads standard input.

Options:
  --format FORMAT          Output format (default: text).
  --jobs N                 Analyse N files at once on worker threads (default:
                           the number of cores). A progress bar shows on
                           stderr when it is a terminal.
  --max-warnings N         Exit 1 only for an error-severity finding or more than
                           N warnings (information and hints never fail the run).
  --max-size SIZE          Skip files larger than SIZE bytes; suffixes k, M, G
                           (default: 10M; 0 = no limit).
  --rule CODE=LEVEL        Set a rule's severity (error, warning, information, hint)
                           or turn it off (off), e.g. --rule NL003=off. Repeatable.
  --vague-source PHRASE    Extra phrase that marks a vague source ("insiders say").
                           Repeatable.
  --allow PHRASE           Accept a trigger phrase ("a monitor said"): problems it
                           triggers are not reported. Repeatable.
  --config FILE            Use this configuration file (.news-lens.json format)
                           instead of looking for one next to each article.
  --no-config              Use no configuration file.
  --no-ignore              Also check files that .gitignore files exclude.
  --stdin-filename NAME    The name of standard input, for messages, its format
                           (.md is Markdown) and its configuration file.
  -h, --help               Show this help.
  -v, --version            Show the version.
`;

/** Parses "10M", "512k", "2000000" into bytes; undefined when malformed. */
export function parseSize(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * unit);
}

const VALUE_OPTIONS = new Set(['--format', '--max-size', '--rule', '--vague-source', '--allow', '--max-warnings', '--stdin-filename', '--config', '--jobs']);

export function parseArgs(argv: readonly string[]): ParseResult {
  const error = (message: string): ParseResult => ({ kind: 'error', message });
  const positionals: string[] = [];
  let format: string | undefined;
  let maxSize = DEFAULT_MAX_SIZE;
  const rules: Partial<Record<RuleCode, RuleSetting>> = {};
  const extraVagueSources: string[] = [];
  const allowedPhrases: string[] = [];
  let help = false;
  let version = false;
  let onlyPositionals = false;
  let maxWarnings: number | undefined;
  let stdinFilename: string | undefined;
  let config: string | undefined;
  let noConfig = false;
  let noIgnore = false;
  let jobs: number | undefined;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (arg === '-v' || arg === '--version') {
      version = true;
      continue;
    }
    if (arg === '--no-config') {
      noConfig = true;
      continue;
    }
    if (arg === '--no-ignore') {
      noIgnore = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) return error(`unknown option '${name}'`);
    let value: string;
    if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else return error(`option '${name}' needs a value`);

    switch (name) {
      case '--format':
        format = value;
        break;
      case '--max-size': {
        const size = parseSize(value);
        if (size === undefined) return error(`invalid --max-size '${value}' (expected bytes, e.g. 500000, 512k, 10M)`);
        maxSize = size;
        break;
      }
      case '--rule': {
        const m = /^([A-Za-z]{2}\d{3})\s*[=:]\s*(\w+)$/.exec(value);
        const code = m?.[1].toUpperCase() as RuleCode | undefined;
        if (!m || !code || !RULE_CODES.includes(code)) {
          return error(`invalid --rule '${value}' (expected CODE=LEVEL with CODE one of ${RULE_CODES.join(', ')})`);
        }
        const level = m[2].toLowerCase();
        if (level === 'off') rules[code] = { enabled: false };
        else if ((SEVERITIES as readonly string[]).includes(level)) rules[code] = { enabled: true, severity: level as Severity };
        else return error(`invalid level '${m[2]}' in --rule (expected off, ${SEVERITIES.join(', ')})`);
        break;
      }
      case '--vague-source':
        if (value.trim() === '') return error(`--vague-source needs a non-empty phrase`);
        extraVagueSources.push(value);
        break;
      case '--allow':
        if (value.trim() === '') return error(`--allow needs a non-empty phrase`);
        allowedPhrases.push(value);
        break;
      case '--max-warnings':
        if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) {
          return error(`invalid --max-warnings '${value}' (expected a whole number, 0 or more)`);
        }
        maxWarnings = Number(value);
        break;
      case '--stdin-filename':
        if (value.trim() === '') return error('--stdin-filename needs a name');
        stdinFilename = value;
        break;
      case '--config':
        if (value.trim() === '') return error('--config needs a file');
        config = value;
        break;
      case '--jobs':
        if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 256) {
          return error(`invalid --jobs '${value}' (expected a whole number from 1 to 256)`);
        }
        jobs = Number(value);
        break;
    }
  }

  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  if (positionals.length === 0) return error('missing command (analyze, check or speakers)');
  const [commandName, ...paths] = positionals;
  if (commandName === 'help') return { kind: 'help' };
  if (commandName !== 'analyze' && commandName !== 'check' && commandName !== 'speakers') return error(`unknown command '${commandName}'`);
  const command: Command = commandName;
  if (paths.filter((p) => p === '-').length > 1) return error("standard input ('-') can be read only once");
  if (config !== undefined && noConfig) return error('--config and --no-config cannot be used together');
  if (maxWarnings !== undefined && command !== 'check') return error('--max-warnings is an option of check');
  const outputFormat = (format ?? 'text') as OutputFormat;
  if (!FORMATS[command].includes(outputFormat)) {
    return error(`invalid --format '${format}' for ${command} (expected ${FORMATS[command].join(' or ')})`);
  }
  if (command === 'analyze' && outputFormat !== 'jsonl' && paths.length !== 1) {
    return error(paths.length === 0 ? 'analyze needs a FILE' : 'analyze takes exactly one FILE (use --format jsonl or check for several)');
  }
  if (command !== 'analyze' || outputFormat === 'jsonl') {
    if (paths.length === 0) return error(`${command} needs at least one PATH`);
  }
  if (jobs !== undefined && command === 'analyze' && outputFormat !== 'jsonl') return error('--jobs needs several files: use it with check, speakers or analyze --format jsonl');
  const options: CliOptions = { command, paths, format: outputFormat, maxSize, rules, extraVagueSources, allowedPhrases, noConfig, noIgnore };
  return {
    kind: 'run',
    options: {
      ...options,
      ...(maxWarnings !== undefined ? { maxWarnings } : {}),
      ...(stdinFilename !== undefined ? { stdinFilename } : {}),
      ...(config !== undefined ? { config } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
    },
  };
}
