// The "Quotes" view: quotes by speaker for the active article.
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { ArticleTreeProvider, showArticleTree } from './articleTree';
import { buildQuotesModel, type QuoteEntry, type SpeakerGroup } from './quotesModel';

export const QUOTES_VIEW = 'newsLens.quotes';
export const REVEAL_QUOTE = 'newsLens.revealQuote';

export type QuoteNode = SpeakerGroup | QuoteEntry;

/** A quote with the document it belongs to: what the commands work on. */
export interface QuoteTarget {
  readonly uri: string;
  readonly entry: QuoteEntry;
}

class QuotesProvider extends ArticleTreeProvider<SpeakerGroup, QuoteEntry> {
  constructor(article: ActiveArticle) {
    super(article, buildQuotesModel);
  }

  protected childrenOf(node: QuoteNode): readonly QuoteEntry[] {
    return node.kind === 'speaker' ? node.quotes : [];
  }

  getTreeItem(node: QuoteNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = node.description;
      item.tooltip = `${node.label} · ${node.description}`;
      item.iconPath = new vscode.ThemeIcon(node.speakerId === null ? 'question' : 'person');
      item.contextValue = 'speaker';
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.quote.kind === 'direct' ? 'quote' : 'comment');
    item.contextValue = 'quote';
    const uri = this.uri;
    if (uri) item.command = { command: REVEAL_QUOTE, title: 'Reveal Quote', arguments: [uri, node.quote.start, node.quote.end] };
    return item;
  }
}

export class QuotesTree implements vscode.Disposable {
  private readonly provider: QuotesProvider;
  private readonly view: vscode.TreeView<QuoteNode>;
  private readonly subscriptions: vscode.Disposable[];

  constructor(article: ActiveArticle) {
    this.provider = new QuotesProvider(article);
    const shown = showArticleTree(QUOTES_VIEW, this.provider, article);
    this.view = shown.view;
    this.subscriptions = shown.subscriptions;
  }

  /** The quote selected in the view, if any. */
  selectedQuote(): QuoteTarget | undefined {
    const node = this.view.selection[0];
    const uri = this.provider.uri;
    return node?.kind === 'quote' && uri ? { uri, entry: node } : undefined;
  }

  /** A tree node passed to a command by a context menu, as a target. */
  targetOf(node: unknown): QuoteTarget | undefined {
    const uri = this.provider.uri;
    if (!uri || !isQuoteEntry(node)) return undefined;
    return { uri, entry: node };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function isQuoteEntry(node: unknown): node is QuoteEntry {
  return typeof node === 'object' && node !== null && (node as { kind?: unknown }).kind === 'quote';
}
