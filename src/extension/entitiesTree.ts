// The "Entities" view: people, organisations, places and other names in the active article.
// Clicking an entity reveals its first mention.
import * as vscode from 'vscode';
import type { EntityType } from '../core/types';
import type { ActiveArticle } from './activeArticle';
import { buildEntitiesModel, type EntityEntry, type EntityGroup } from './entitiesModel';
import { ArticleTreeProvider, showArticleTree } from './articleTree';
import { NEXT_MENTION } from './commands';

export const ENTITIES_VIEW = 'newsLens.entities';

type EntityNode = EntityGroup | EntityEntry;

const ICONS: Readonly<Record<EntityType, string>> = {
  PERSON: 'person',
  ORG: 'organization',
  LOC: 'location',
  MISC: 'symbol-misc',
};

class EntitiesProvider extends ArticleTreeProvider<EntityGroup, EntityEntry> {
  constructor(article: ActiveArticle) {
    super(article, buildEntitiesModel);
  }

  protected childrenOf(node: EntityNode): readonly EntityEntry[] {
    return node.kind === 'group' ? node.entities : [];
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
    const uri = this.uri;
    if (uri) {
      item.command = { command: NEXT_MENTION, title: 'Reveal Next Mention', arguments: [uri, node.entity.id] };
    }
    return item;
  }
}

export class EntitiesTree implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];

  constructor(article: ActiveArticle) {
    this.subscriptions = showArticleTree(ENTITIES_VIEW, new EntitiesProvider(article), article).subscriptions;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
