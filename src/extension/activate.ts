// Entry point: wires the features together. Nothing is analysed here; documents are
// analysed when they open, change, or a view asks for them.
import * as vscode from 'vscode';
import { ActiveArticle } from './activeArticle';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { readConfig, SECTION, type NewsLensConfig } from './config';
import { registerDiagnostics } from './diagnostics';
import { DocumentAnalyses } from './documents';
import { EntitiesTree } from './entitiesTree';
import { registerHover } from './hover';
import { QuotesTree } from './quotesTree';
import { buildQuotesModel, type SpeakerGroup } from './quotesModel';

/** What activate() returns: a small read-only API, used by the extension-host tests. */
export interface NewsLensApi {
  /** The speaker groups the Quotes view shows for an open document, or [] when it is not analysed. */
  quotesModel(uri: vscode.Uri): SpeakerGroup[];
}

function settings(): NewsLensConfig {
  return readConfig(vscode.workspace.getConfiguration(SECTION));
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const log = vscode.window.createOutputChannel('News Lens', { log: true });
  const analyses = new DocumentAnalyses(settings(), log, context.extensionUri);
  const article = new ActiveArticle(analyses);
  const quotes = new QuotesTree(article);
  context.subscriptions.push(
    log,
    analyses,
    article,
    quotes,
    new EntitiesTree(article),
    registerDiagnostics(context.extensionUri, analyses),
    registerHover(analyses),
    registerCodeActions(context.extensionUri),
    registerCommands(analyses, article, quotes),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) analyses.updateConfig(settings());
    }),
  );
  analyses.start();
  return {
    quotesModel(uri: vscode.Uri): SpeakerGroup[] {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const analysis = doc ? analyses.analysisFor(doc) : undefined;
      return analysis ? buildQuotesModel(analysis) : [];
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
