// Which article the sidebar views show: the document of the active editor when News Lens
// analyses it. Focus moving to a panel or the sidebar (no active editor) keeps the current
// article; switching to a document News Lens does not analyse clears it.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { wasSkipped, type DocumentAnalyses } from './documents';

/** Context key, true while an analysed article is active (used by viewsWelcome and menus). */
export const ARTICLE_ACTIVE_KEY = 'newsLens.articleActive';
/** Context key, true when the active article was not analysed (too large, binary, engine error). */
export const ARTICLE_SKIPPED_KEY = 'newsLens.articleSkipped';

export class ActiveArticle implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private skipped = false;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];

  /** Fires when the article changes or its analysis does. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly analyses: DocumentAnalyses) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.set(this.analyses.isEnabled(editor.document) ? editor.document : undefined);
      }),
      analyses.onDidChangeAnalysis(({ document, analysis }) => {
        if (this.current && sameDocument(document, this.current)) {
          if (analysis) this.emitter.fire();
          else this.set(undefined);
        } else if (analysis && isActive(document)) {
          // e.g. "Analyze File" on a document whose language is not analysed automatically.
          this.set(document);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.current && sameDocument(document, this.current)) this.set(undefined);
      }),
      this.emitter,
    ];
    const editor = vscode.window.activeTextEditor;
    this.set(editor && analyses.isEnabled(editor.document) ? editor.document : undefined);
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /** The current article's analysis (computed on demand, so only when a view is visible). */
  get analysis(): Analysis | undefined {
    const analysis = this.current ? this.analyses.analysisFor(this.current) : undefined;
    this.setSkipped(analysis !== undefined && wasSkipped(analysis));
    return analysis;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private set(document: vscode.TextDocument | undefined): void {
    if (document === this.current) return;
    this.current = document;
    void vscode.commands.executeCommand('setContext', ARTICLE_ACTIVE_KEY, document !== undefined);
    if (!document) this.setSkipped(false);
    this.emitter.fire();
  }

  private setSkipped(skipped: boolean): void {
    if (skipped === this.skipped) return;
    this.skipped = skipped;
    void vscode.commands.executeCommand('setContext', ARTICLE_SKIPPED_KEY, skipped);
  }
}

function sameDocument(a: vscode.TextDocument, b: vscode.TextDocument): boolean {
  return a.uri.toString() === b.uri.toString();
}

function isActive(document: vscode.TextDocument): boolean {
  const editor = vscode.window.activeTextEditor;
  return editor !== undefined && sameDocument(editor.document, document);
}
