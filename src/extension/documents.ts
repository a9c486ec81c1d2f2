// One Analysis per document version, made off the extension host's thread (analysisWorker.ts).
// Re-analysis is debounced after edits; only the result for the document's current version is
// applied (a result for an older version is dropped, and a new edit replaces a waiting request).
// Hovers, trees, the status bar and commands never wait: they get the latest finished analysis,
// mapped through the edits made since (editMap.ts). A document's result goes away when it
// closes. Nothing runs at activation: documents are analysed when they open, when they change,
// or when a view asks for them.
import * as vscode from 'vscode';
import type { Analyzer } from './analysisWorker';
import { mapAnalysis, type TextChange } from './editMap';
import { indexAnalysis, type EntityIndex } from '../core/query';
import { mergeOptions } from '../core/config/merge';
import type { FoundConfig } from '../core/config/lookup';
import type { Analysis, AnalyzeOptions, Notice } from '../core/types';
import { formatFor, type NewsLensConfig } from './config';
import type { ConfigFiles } from './configFiles';
import { baseName, noticeMessage, tooLargeMessage } from './format';

export interface AnalysisChange {
  readonly document: vscode.TextDocument;
  /** The new analysis, or undefined when the document closed or is no longer analysed. */
  readonly analysis: Analysis | undefined;
}

interface Result {
  readonly version: number;
  readonly analysis: Analysis;
  /** The configuration file the analysis was made with (a new lookup result means a new analysis). */
  readonly config: FoundConfig | undefined;
  /** The edits made since, by document version, and the analysis mapped through them (made when asked). */
  readonly edits: { version: number; changes: readonly TextChange[] }[];
  mapped?: { version: number; analysis: Analysis };
}

/** Documents from these schemes are never analysed automatically (diff sides, output, SCM input...). */
const IGNORED_SCHEMES = new Set(['git', 'output', 'vscode-scm', 'debug', 'comment', 'vscode-chat-code-block']);

export class DocumentAnalyses implements vscode.Disposable {
  private readonly results = new Map<string, Result>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents whose timer fired and whose configuration file is being looked up before the run. */
  private readonly loading = new Set<string>();
  /** Documents enabled with "News Lens: Analyze File" whatever their language. */
  private readonly forced = new Set<string>();
  /** Kinds of message already shown, per document, so each is shown once. */
  private readonly shown = new Map<string, Set<string>>();
  private readonly emitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly subscriptions: vscode.Disposable[];

  /** Fires when a document's analysis changes (already debounced). */
  readonly onDidChangeAnalysis = this.emitter.event;

  /** The extension's own folder: its rule pages are Markdown, but not articles. */
  private readonly ownFolder: string;

  constructor(
    private config: NewsLensConfig,
    private readonly log: vscode.LogOutputChannel,
    extensionUri: vscode.Uri,
    private readonly configs: ConfigFiles,
    private readonly analyzer: Analyzer,
  ) {
    this.ownFolder = `${extensionUri.toString()}/`;
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const result = this.results.get(e.document.uri.toString());
        if (result) {
          const changes = e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, newLength: c.text.length }));
          result.edits.push({ version: e.document.version, changes });
        }
        this.schedule(e.document, this.config.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      configs.onDidChange(() => this.reanalyseAll()),
      this.emitter,
    ];
  }

  /** Schedules the documents that were already open (deferred, so activation stays cheap). */
  start(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  isEnabled(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    if (this.forced.has(key)) return true;
    return (
      this.config.languages.includes(document.languageId) &&
      !IGNORED_SCHEMES.has(document.uri.scheme) &&
      !key.startsWith(this.ownFolder)
    );
  }

  /**
   * The latest finished analysis of the document, mapped through the edits made since; undefined
   * if the document is not analysed or has no analysis yet (one is then on its way). Never waits.
   */
  analysisFor(document: vscode.TextDocument, map = true): Analysis | undefined {
    if (document.isClosed || !this.isEnabled(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (!this.configs.isSettled(document)) {
      // Asked before the configuration file was looked for: analyse once it is known.
      void this.configs.load(document).then(() => this.schedule(document, 0));
    } else if ((!cached || cached.config !== this.configs.peek(document)) && !this.isAnalysing(document)) {
      this.schedule(document, 0);
    }
    if (!cached) return undefined;
    if (cached.version === document.version || !map) return cached.analysis;
    return this.mapped(cached, document);
  }

  private mapped(cached: Result, document: vscode.TextDocument): Analysis {
    if (cached.mapped?.version !== document.version) {
      const changes = cached.edits.filter((e) => e.version <= document.version).flatMap((e) => e.changes);
      cached.mapped = { version: document.version, analysis: mapAnalysis(cached.analysis, changes) };
    }
    return cached.mapped.analysis;
  }

  /**
   * For hovers: the latest finished analysis as it is (no copy), with the edits made since, so a
   * lookup maps one offset back and one span forward instead of the whole analysis. Never waits.
   */
  latestFor(document: vscode.TextDocument): { analysis: Analysis; changes: readonly TextChange[] } | undefined {
    if (document.isClosed || !this.isEnabled(document)) return undefined;
    const cached = this.results.get(document.uri.toString());
    if (!cached || cached.version !== document.version || cached.config !== this.configs.peek(document)) this.analysisFor(document, false);
    if (!cached) return undefined;
    const changes = cached.version === document.version ? [] : cached.edits.filter((e) => e.version <= document.version).flatMap((e) => e.changes);
    return { analysis: cached.analysis, changes };
  }

  /** True while the document waits for or undergoes a new analysis. */
  isAnalysing(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    return this.timers.has(key) || this.loading.has(key) || this.analyzer.isBusy(key);
  }

  /** Analyses a document whatever its language, and keeps doing so until it closes. */
  forceEnable(document: vscode.TextDocument): Promise<Analysis | undefined> {
    this.forced.add(document.uri.toString());
    return this.run(document);
  }

  /** Re-analyses a document now, ignoring the cache; undefined if it is not analysed. */
  async refresh(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.isEnabled(document)) return undefined;
    return (await this.run(document)) ?? this.analysisFor(document);
  }

  updateConfig(config: NewsLensConfig): void {
    this.config = config;
    this.reanalyseAll();
  }

  private reanalyseAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (this.isEnabled(document)) {
        // The old result still answers (mapped) until the new one arrives.
        this.schedule(document, 0);
      } else {
        this.drop(document);
      }
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.results.clear();
    this.analyzer.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!this.isEnabled(document)) return;
    const key = document.uri.toString();
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed) return;
        // The configuration file first, so the first diagnostics already follow it. Meanwhile the
        // document counts as analysing, so a lookup in that window does not schedule a second run.
        this.loading.add(key);
        void this.configs.load(document).then(
          () => {
            this.loading.delete(key);
            if (!document.isClosed && !this.timers.has(key)) void this.run(document);
          },
          () => this.loading.delete(key),
        );
      }, delay),
    );
  }

  /**
   * Sends the document's current text to the analyser; applies and returns the result if the
   * document is still at that version, else drops it (undefined).
   */
  private async run(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    this.cancel(key);
    const version = document.version;
    const config = this.configs.peek(document);
    const analysis = await this.compute(document, config);
    // Only the latest version's result is applied: a result for an older version is dropped.
    if (!analysis || document.isClosed || document.version !== version || !this.isEnabled(document)) return undefined;
    const started = performance.now();
    this.results.set(key, { version, analysis, config, edits: [] });
    this.emitter.fire({ document, analysis });
    this.log.trace(`Applied the analysis of ${baseName(document.uri.path)} (version ${version}) in ${(performance.now() - started).toFixed(1)} ms on the host`);
    // A document in an editor is about to be hovered: build its hover index (and parse its
    // mentions) on a later turn of the event loop, not in the first hover.
    if (vscode.window.visibleTextEditors.some((e) => e.document === document)) {
      setTimeout(() => {
        if (this.results.get(key)?.analysis === analysis) indexFor(analysis);
      }, 0);
    }
    return analysis;
  }

  private async compute(document: vscode.TextDocument, config: FoundConfig | undefined): Promise<Analysis | undefined> {
    const name = baseName(document.uri.path);
    const length = documentLength(document);
    if (length > this.config.maxDocumentSize) {
      const message = tooLargeMessage(name, length, this.config.maxDocumentSize);
      this.showOnce(document, 'too-large', message, 'newsLens.maxDocumentSize');
      return emptyAnalysis(length, [{ kind: 'too-large', message }]);
    }
    const started = Date.now();
    let analysis: Analysis | undefined;
    try {
      // Settings win over the configuration file.
      const options = config ? mergeOptions(trustedOnly(config.options), this.config.options) : this.config.options;
      analysis = await this.analyzer.analyze(document.uri.toString(), document.getText(), { ...options, format: formatFor(document.languageId) });
    } catch (error) {
      // The core is meant to be total; if it is not, say so rather than fail silently.
      this.log.error(`Analysis of ${document.uri.toString()} failed:`, error);
      this.showOnce(document, 'error', `News Lens could not analyse ${name}. See the News Lens output for details.`);
      return emptyAnalysis(length, []);
    }
    if (!analysis) return undefined; // replaced by a newer request
    this.log.trace(`Analysed ${name} (version ${document.version}, ${length} characters) in ${Date.now() - started} ms${this.analyzer.inThread ? ' on the host' : ' in the worker'}`);
    for (const notice of analysis.notices) {
      const message = noticeMessage(name, notice.kind, notice.message);
      // Notices that mean the document was not analysed are shown; the others (an unclosed
      // quote while typing, say) would only interrupt, so they go to the log.
      if (SKIP_NOTICES.has(notice.kind)) this.showOnce(document, notice.kind, message);
      else this.log.info(message);
    }
    return analysis;
  }

  /** Shows a non-modal message the first time it happens for this document. */
  private showOnce(document: vscode.TextDocument, kind: string, message: string, setting?: string): void {
    const key = document.uri.toString();
    let kinds = this.shown.get(key);
    if (!kinds) this.shown.set(key, (kinds = new Set()));
    if (kinds.has(kind)) return;
    kinds.add(kind);
    this.log.info(message);
    if (setting) {
      void vscode.window.showWarningMessage(message, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', setting);
      });
    } else {
      void vscode.window.showWarningMessage(message);
    }
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.forced.delete(key);
    this.shown.delete(key);
    this.drop(document);
  }

  private drop(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    // A request still waiting for the worker would be analysed for nothing (VS Code opens and
    // closes documents for search, diffs and other extensions).
    this.analyzer.cancel(key);
    if (this.results.delete(key)) this.emitter.fire({ document, analysis: undefined });
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
  }
}

/** Notice kinds meaning the document was not analysed: its analysis is empty. */
const SKIP_NOTICES: ReadonlySet<string> = new Set(['too-large', 'binary', 'internal-error']);

/** True when the analysis is empty because the document was not analysed (too large, binary, engine error). */
export function wasSkipped(analysis: Analysis): boolean {
  return analysis.notices.some((n) => SKIP_NOTICES.has(n.kind));
}

const indexes = new WeakMap<Analysis, EntityIndex>();

/** The per-entity index of an analysis, built once per analysis. */
export function indexFor(analysis: Analysis): EntityIndex {
  let index = indexes.get(analysis);
  if (!index) indexes.set(analysis, (index = indexAnalysis(analysis)));
  return index;
}

/** Length in UTF-16 code units, without copying the text. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

function emptyAnalysis(length: number, notices: readonly Notice[]): Analysis {
  return { version: 1, length, entities: [], mentions: [], quotes: [], claims: [], notices };
}

/**
 * In Restricted Mode a workspace's `.news-lens.json` may still turn rules off or change their
 * severity, but not add phrases or names (the settings of the same names are restricted too).
 */
function trustedOnly(options: AnalyzeOptions): AnalyzeOptions {
  if (vscode.workspace.isTrusted) return options;
  return { ...options, extraVagueSources: [], knownEntities: [] };
}
