// Entity cards on hover. The lookup is a binary search over the sorted mentions.
import * as vscode from 'vscode';
import { mentionAt } from '../core/query';
import { indexFor, type DocumentAnalyses } from './documents';
import { hoverContent, REVEAL_MENTION } from './hoverContent';

export function registerHover(analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.languages.registerHoverProvider('*', {
    provideHover(document, position) {
      const analysis = analyses.analysisFor(document);
      if (!analysis || analysis.mentions.length === 0) return undefined;
      const mention = mentionAt(analysis, document.offsetAt(position));
      if (!mention) return undefined;
      const markdown = new vscode.MarkdownString(
        hoverContent({
          index: indexFor(analysis),
          mention,
          uri: document.uri.toString(),
          lineOf: (offset) => document.positionAt(offset).line + 1,
        }),
      );
      // Trusted for our own command only; document text in it is escaped and can never be HTML.
      markdown.isTrusted = { enabledCommands: [REVEAL_MENTION] };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      const range = new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
      return new vscode.Hover(markdown, range);
    },
  });
}
