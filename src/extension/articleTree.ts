// What the sidebar views share: a two-level tree (groups of leaves) over the active article's
// analysis. The model is built once per analysis, so expanding or scrolling a view never
// re-runs the grouping; the view's description names the article it shows.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { ActiveArticle } from './activeArticle';
import { baseName } from './format';

/** Builds a view's top-level groups from an analysis (the pure models in *Model.ts). */
export type BuildGroups<G> = (analysis: Analysis) => G[];

export abstract class ArticleTreeProvider<G, L> implements vscode.TreeDataProvider<G | L> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: { analysis: Analysis; groups: G[] } | undefined;

  constructor(
    protected readonly article: ActiveArticle,
    private readonly buildGroups: BuildGroups<G>,
  ) {}

  /** The active article's URI, which commands on the view's nodes act on. */
  get uri(): string | undefined {
    return this.article.document?.uri.toString();
  }

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: G | L): (G | L)[] {
    if (node) return [...this.childrenOf(node)];
    const analysis = this.article.analysis;
    if (!analysis) return [];
    if (this.model?.analysis !== analysis) this.model = { analysis, groups: this.buildGroups(analysis) };
    return this.model.groups;
  }

  /** A node's children: a group's leaves, none for a leaf. */
  protected abstract childrenOf(node: G | L): readonly L[];

  abstract getTreeItem(node: G | L): vscode.TreeItem;

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * Shows `provider` in the view `viewId`, refreshed whenever the article or its analysis
 * changes. Dispose the returned subscriptions to take the view down.
 */
export function showArticleTree<G, L>(
  viewId: string,
  provider: ArticleTreeProvider<G, L>,
  article: ActiveArticle,
): { view: vscode.TreeView<G | L>; subscriptions: vscode.Disposable[] } {
  const view = vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: true });
  const describe = (): void => {
    view.description = article.document ? baseName(article.document.uri.path) : undefined;
  };
  describe();
  const subscriptions = [
    view,
    provider,
    article.onDidChange(() => {
      describe();
      provider.refresh();
    }),
  ];
  return { view, subscriptions };
}
