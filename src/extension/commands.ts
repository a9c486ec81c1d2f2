// The News Lens commands.
import * as vscode from 'vscode';
import { mentionAt, nextMention, quoteAt } from '../core/query';
import type { Analysis, Quote } from '../core/types';
import type { ActiveArticle } from './activeArticle';
import { formatAttribution } from './attribution';
import { indexFor, type DocumentAnalyses } from './documents';
import { baseName, plural, truncate } from './format';
import { REVEAL_MENTION } from './hoverContent';
import { REVEAL_QUOTE, type QuoteTarget, type QuotesTree } from './quotesTree';

/** Command of the Entities view: select the entity's next mention (click again for the one after). */
export const NEXT_MENTION = 'newsLens.nextMention';

export function registerCommands(analyses: DocumentAnalyses, article: ActiveArticle, quotes: QuotesTree): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsLens.refresh', () => refresh(analyses, article)),
    vscode.commands.registerCommand('newsLens.analyzeFile', () => analyzeFile(analyses)),
    vscode.commands.registerCommand(REVEAL_QUOTE, (uri?: unknown, start?: unknown, end?: unknown) => {
      if (typeof uri === 'string' && isOffset(start) && isOffset(end)) return reveal(uri, start, end);
      const selected = quotes.targetOf(uri) ?? quotes.selectedQuote();
      if (selected) return reveal(selected.uri, selected.entry.quote.start, selected.entry.quote.end);
      return vscode.window.showInformationMessage('Select a quote in the News Lens Quotes view first.');
    }),
    vscode.commands.registerCommand(REVEAL_MENTION, (uri?: unknown, start?: unknown, end?: unknown) =>
      revealMention(analyses, uri, start, end),
    ),
    vscode.commands.registerCommand(NEXT_MENTION, (uri?: unknown, entityId?: unknown) => revealNextMention(analyses, uri, entityId)),
    vscode.commands.registerCommand('newsLens.copyQuoteWithAttribution', (node?: unknown) =>
      copyQuote(analyses, quotes, node),
    ),
  );
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Re-analyses the active article (or the active editor's document). */
async function refresh(analyses: DocumentAnalyses, article: ActiveArticle): Promise<void> {
  const document = vscode.window.activeTextEditor?.document ?? article.document;
  if (document && (await analyses.refresh(document))) return;
  const target = article.document;
  if (target && (await analyses.refresh(target))) return;
  await vscode.window.showInformationMessage(
    'News Lens: open an article first, or run "News Lens: Analyze File" to analyse this document.',
  );
}

/** Analyses the active document whatever its language. */
async function analyzeFile(analyses: DocumentAnalyses): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    await vscode.window.showInformationMessage('News Lens: open a document to analyse.');
    return;
  }
  const analysis = (await analyses.forceEnable(document)) ?? analyses.analysisFor(document);
  if (!analysis) return; // edited meanwhile: the next analysis follows the edit
  const summary = [
    plural(analysis.entities.length, 'entity', 'entities'),
    plural(analysis.quotes.length, 'quote'),
    plural(analysis.claims.length, 'finding'),
  ].join(', ');
  vscode.window.setStatusBarMessage(`News Lens analysed ${baseName(document.uri.path)}: ${summary}`, 5000);
}

/** Opens the document (or reveals its editor) and selects exactly [start, end). */
async function reveal(uriString: string, start: number, end: number): Promise<vscode.TextEditor | undefined> {
  const uri = vscode.Uri.parse(uriString);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uriString);
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  const anchor = document.positionAt(start);
  const active = document.positionAt(Math.max(start, end));
  editor.selection = new vscode.Selection(anchor, active);
  editor.revealRange(new vscode.Range(anchor, active), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Each call selects the entity's next mention after the current selection, wrapping round. */
async function revealNextMention(analyses: DocumentAnalyses, uri: unknown, entityId: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof entityId !== 'string') return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const analysis = analyses.analysisFor(document);
  const mentions = analysis ? indexFor(analysis).mentionsById.get(entityId) ?? [] : [];
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  const current = editor ? document.offsetAt(editor.selection.start) : -1;
  const next = nextMention(mentions, current);
  if (next) await reveal(uri, next.start, next.end);
}

/** revealMention(uri, start, end) selects the mention; revealMention(uri, offset) selects the mention at offset. */
async function revealMention(analyses: DocumentAnalyses, uri: unknown, start: unknown, end: unknown): Promise<void> {
  if (typeof uri !== 'string' || !isOffset(start)) return;
  if (isOffset(end)) {
    await reveal(uri, start, end);
    return;
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const analysis = analyses.analysisFor(document);
  const mention = analysis ? mentionAt(analysis, start) : undefined;
  await reveal(uri, mention?.start ?? start, mention?.end ?? start);
}

/** Copies the quote at the cursor, or the one picked in the Quotes view, with its attribution. */
async function copyQuote(analyses: DocumentAnalyses, quotes: QuotesTree, node: unknown): Promise<void> {
  // A node comes from the view's context menu; otherwise the cursor wins over the view's selection.
  const picked = node === undefined ? undefined : quotes.targetOf(node);
  const found = withAnalysis(analyses, picked) ?? quoteAtCursor(analyses) ?? withAnalysis(analyses, quotes.selectedQuote());
  if (!found) {
    await vscode.window.showInformationMessage('News Lens: put the cursor inside a quote, or select one in the Quotes view.');
    return;
  }
  const speaker = found.quote.speakerId === null ? null : indexFor(found.analysis).byId.get(found.quote.speakerId);
  const text = formatAttribution(found.quote, speaker);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`Copied: ${truncate(text, 80)}`, 4000);
}

interface FoundQuote {
  readonly quote: Quote;
  readonly analysis: Analysis;
}

function quoteAtCursor(analyses: DocumentAnalyses): FoundQuote | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const analysis = analyses.analysisFor(editor.document);
  const quote = analysis ? quoteAt(analysis, editor.document.offsetAt(editor.selection.active)) : undefined;
  return quote && analysis ? { quote, analysis } : undefined;
}

function withAnalysis(analyses: DocumentAnalyses, target: QuoteTarget | undefined): FoundQuote | undefined {
  if (!target) return undefined;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri);
  const analysis = document ? analyses.analysisFor(document) : undefined;
  return analysis ? { quote: target.entry.quote, analysis } : undefined;
}
