// The "Entities" view: people, organisations, places and other names in the active article.
// Clicking an entity reveals its first mention.
import * as vscode from 'vscode';
import type { Analysis, EntityType } from '../core/types';
import type { ActiveArticle } from './activeArticle';
import { buildEntitiesModel, type EntityEntry, type EntityGroup } from './entitiesModel';
import { baseName } from './format';
import { NEXT_MENTION } from './commands';

export const ENTITIES_VIEW = 'newsLens.entities';

type EntityNode = EntityGroup | EntityEntry;

const ICONS: Readonly<Record<EntityType, string>> = {
  PERSON: 'person',
  ORG: 'organization',
  LOC: 'location',
  MISC: 'symbol-misc',
};

class EntitiesProvider implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: { analysis: Analysis; groups: EntityGroup[] } | undefined;

  constructor(private readonly article: ActiveArticle) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (node) return node.kind === 'group' ? [...node.entities] : [];
    const analysis = this.article.analysis;
    if (!analysis) return [];
    if (this.model?.analysis !== analysis) this.model = { analysis, groups: buildEntitiesModel(analysis) };
    return this.model.groups;
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(ICONS[node.type]);
      item.contextValue = 'entityGroup';
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = 'entity';
    const uri = this.article.document?.uri.toString();
    if (uri) {
      item.command = { command: NEXT_MENTION, title: 'Reveal Next Mention', arguments: [uri, node.entity.id] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export class EntitiesTree implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];

  constructor(article: ActiveArticle) {
    const provider = new EntitiesProvider(article);
    const view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
    const describe = (): void => {
      view.description = article.document ? baseName(article.document.uri.path) : undefined;
    };
    describe();
    this.subscriptions = [
      view,
      provider,
      article.onDidChange(() => {
        describe();
        provider.refresh();
      }),
    ];
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
