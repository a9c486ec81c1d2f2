// Entity cards on hover. The lookup is a binary search over the sorted mentions.
import * as vscode from 'vscode';
import { mentionAt } from '../core/query';
import { indexFor, type DocumentAnalyses } from './documents';
import { mapSpan, unmapOffset } from './editMap';
import { hoverContent, REVEAL_MENTION } from './hoverContent';

export function registerHover(analyses: DocumentAnalyses): vscode.Disposable {
  return vscode.languages.registerHoverProvider('*', {
    provideHover(document, position) {
      // The latest finished analysis, maybe of an earlier version: the pointer's offset is
      // mapped back to it and the mention found there forward, through the edits since.
      const latest = analyses.latestFor(document);
      if (!latest || latest.analysis.mentions.length === 0) return undefined;
      const { analysis, changes } = latest;
      const offset = unmapOffset(document.offsetAt(position), changes);
      const mention = offset === undefined ? undefined : mentionAt(analysis, offset);
      const now = mention && mapSpan(mention.start, mention.end, changes);
      if (!mention || !now) return undefined;
      const markdown = new vscode.MarkdownString(
        hoverContent({
          index: indexFor(analysis),
          mention,
          uri: document.uri.toString(),
          lineOf: (offset) => document.positionAt(offset).line + 1,
          current: (start, end) => mapSpan(start, end, changes),
        }),
      );
      // Trusted for our own command only; document text in it is escaped and can never be HTML.
      markdown.isTrusted = { enabledCommands: [REVEAL_MENTION] };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      const range = new vscode.Range(document.positionAt(now.start), document.positionAt(now.end));
      return new vscode.Hover(markdown, range);
    },
  });
}
