// Entry point: wires the features together. Nothing is analysed here; documents are
// analysed when they open, change, or a view asks for them.
import * as vscode from 'vscode';
import { ActiveArticle } from './activeArticle';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { readConfig, SECTION, type NewsLensConfig } from './config';
import { ConfigFiles } from './configFiles';
import { registerDiagnostics } from './diagnostics';
import { WorkerAnalyzer } from './analysisWorker';
import { DocumentAnalyses } from './documents';
import { hostEngine, startWorker } from './workerHost';
import { EntitiesTree } from './entitiesTree';
import { registerExportCommands } from './exportCommands';
import { Highlights } from './highlights';
import { registerHover } from './hover';
import { QuotesTree } from './quotesTree';
import { buildQuotesModel, type SpeakerGroup } from './quotesModel';
import { StatusBar } from './statusBar';

/** What activate() returns: a small read-only API, used by the extension-host tests. */
export interface NewsLensApi {
  /** The speaker groups the Quotes view shows for an open document, or [] when it is not analysed. */
  quotesModel(uri: vscode.Uri): SpeakerGroup[];
  /** The status bar item's text while it shows, else undefined. */
  statusBarText(): string | undefined;
  /** True while a document waits for or undergoes a new analysis (the worker is busy with it). */
  isAnalysing(uri: vscode.Uri): boolean;
  /** True when analyses run on the extension host's thread because the worker could not start. */
  analysesInThread(): boolean;
  /** How many quotes and speakers are highlighted in the active editor (undefined when highlighting is off). */
  highlightCounts(): { direct: number; indirect: number; speakers: number } | undefined;
}

function settings(): NewsLensConfig {
  return readConfig(vscode.workspace.getConfiguration(SECTION));
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const log = vscode.window.createOutputChannel('News Lens', { log: true });
  const configs = new ConfigFiles(log);
  const analyzer = new WorkerAnalyzer(() => startWorker(context.extensionUri), (message) => log.warn(message), () => hostEngine(context.extensionUri));
  const analyses = new DocumentAnalyses(settings(), log, context.extensionUri, configs, analyzer);
  // Diagnostics listen before anything can ask for an analysis, so no result goes unpublished.
  const diagnostics = registerDiagnostics(context.extensionUri, analyses);
  const article = new ActiveArticle(analyses);
  const quotes = new QuotesTree(article);
  const status = new StatusBar(article, settings().statusBar);
  const highlights = new Highlights(analyses, settings().highlight);
  context.subscriptions.push(
    log,
    configs,
    analyses,
    diagnostics,
    article,
    quotes,
    new EntitiesTree(article),
    registerHover(analyses),
    registerCodeActions(context.extensionUri),
    registerCommands(analyses, article, quotes),
    registerExportCommands(article),
    status,
    highlights,
    // Granting trust lets a workspace's own phrases and names apply: analyse again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => analyses.updateConfig(settings())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const config = settings();
      analyses.updateConfig(config);
      status.setEnabled(config.statusBar);
      highlights.setEnabled(config.highlight);
    }),
  );
  analyses.start();
  return {
    quotesModel(uri: vscode.Uri): SpeakerGroup[] {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const analysis = doc ? analyses.analysisFor(doc) : undefined;
      return analysis ? buildQuotesModel(analysis) : [];
    },
    statusBarText: () => status.text,
    isAnalysing: (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc ? analyses.isAnalysing(doc) : false;
    },
    analysesInThread: () => analyzer.inThread,
    highlightCounts: () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? highlights.counts(editor) : undefined;
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
