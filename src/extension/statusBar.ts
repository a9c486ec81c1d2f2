// A status bar item for the active article: people, quotes and flagged claims. Clicking it
// opens the Quotes view. Hidden when no analysed article is active or newsLens.statusBar is off.
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { wasSkipped } from './documents';
import { QUOTES_VIEW } from './quotesTree';
import { statusContent } from './statusText';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[];
  private enabled: boolean;

  constructor(
    private readonly article: ActiveArticle,
    enabled: boolean,
  ) {
    this.enabled = enabled;
    this.item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'News Lens';
    this.item.command = { command: `${QUOTES_VIEW}.focus`, title: 'Show Quotes' };
    this.subscriptions = [this.item, article.onDidChange(() => this.update())];
    this.update();
  }

  /** The item's text while it shows, else undefined (used by the extension-host tests). */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.update();
  }

  private shown = false;

  private update(): void {
    const analysis = this.enabled && this.article.document ? this.article.analysis : undefined;
    if (!analysis) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const content = statusContent(analysis, wasSkipped(analysis));
    this.item.text = content.text;
    this.item.tooltip = `${content.label}. Click to show the Quotes view.`;
    this.item.accessibilityInformation = { label: content.label, role: 'button' };
    this.item.show();
    this.shown = true;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
