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

function settings(): NewsLensConfig {
  return readConfig(vscode.workspace.getConfiguration(SECTION));
}

export function activate(context: vscode.ExtensionContext): void {
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
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
