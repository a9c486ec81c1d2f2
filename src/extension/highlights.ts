// Optional decorations (newsLens.highlight, off by default): direct quotes on a tinted
// background, reported speech in italics, speakers bold with a dotted underline. Colours are
// contributed theme colours (newsLens.quoteBackground, newsLens.speakerForeground).
import * as vscode from 'vscode';
import type { TextSpan } from '../core/types';
import type { DocumentAnalyses } from './documents';
import { highlightRanges } from './highlightRanges';

export class Highlights implements vscode.Disposable {
  private readonly direct = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('newsLens.quoteBackground'),
  });
  private readonly indirect = vscode.window.createTextEditorDecorationType({ fontStyle: 'italic' });
  private readonly speakers = vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor('newsLens.speakerForeground'),
    fontWeight: '600',
    textDecoration: 'underline dotted',
  });
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly analyses: DocumentAnalyses,
    private enabled: boolean,
  ) {
    this.subscriptions = [
      this.direct,
      this.indirect,
      this.speakers,
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateAll()),
      analyses.onDidChangeAnalysis(({ document }) => {
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.update(editor);
      }),
    ];
    this.updateAll();
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    this.updateAll();
  }

  /** Number of ranges of each kind decorated in an editor (used by the extension-host tests). */
  counts(editor: vscode.TextEditor): { direct: number; indirect: number; speakers: number } | undefined {
    if (!this.enabled) return undefined;
    const analysis = this.analyses.analysisFor(editor.document);
    if (!analysis) return undefined;
    const r = highlightRanges(analysis);
    return { direct: r.direct.length, indirect: r.indirect.length, speakers: r.speakers.length };
  }

  private updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
  }

  private update(editor: vscode.TextEditor): void {
    const analysis = this.enabled ? this.analyses.analysisFor(editor.document) : undefined;
    const ranges = analysis ? highlightRanges(analysis) : { direct: [], indirect: [], speakers: [] };
    const toRanges = (spans: readonly TextSpan[]) =>
      spans.map((s) => new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end)));
    editor.setDecorations(this.direct, toRanges(ranges.direct));
    editor.setDecorations(this.indirect, toRanges(ranges.indirect));
    editor.setDecorations(this.speakers, toRanges(ranges.speakers));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
