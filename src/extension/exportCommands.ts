// "Export Quotes" (opens an untitled document) and "Save Quotes As…" (a save dialog): the quotes
// of the active article as Markdown, CSV or JSON. The formatting is in exportQuotes.ts (pure).
import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import { wasSkipped } from './documents';
import { EXPORT_FORMATS, exportFileName, exportQuotes, type ExportFormat } from './exportQuotes';
import { baseName } from './format';

export const EXPORT_QUOTES = 'newsLens.exportQuotes';
export const SAVE_QUOTES = 'newsLens.saveQuotes';

export function registerExportCommands(article: ActiveArticle): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(EXPORT_QUOTES, (format?: unknown) => exportToEditor(article, format)),
    vscode.commands.registerCommand(SAVE_QUOTES, (format?: unknown, target?: unknown) => saveToFile(article, format, target)),
  );
}

/** The export of the active article, or undefined (after saying why). */
async function render(article: ActiveArticle, requested: unknown): Promise<{ text: string; format: ExportFormat; name: string; document: vscode.TextDocument } | undefined> {
  const document = article.document;
  const analysis = article.analysis;
  if (!document || !analysis || wasSkipped(analysis)) {
    await vscode.window.showInformationMessage('News Lens: open an analysed article first.');
    return undefined;
  }
  const format = isFormat(requested) ? requested : await pickFormat();
  if (!format) return undefined;
  const name = baseName(document.uri.path);
  const text = exportQuotes(format, {
    fileName: name,
    analysis,
    positionOf: (offset) => {
      const p = document.positionAt(offset);
      return { line: p.line + 1, column: p.character + 1 };
    },
  });
  return { text, format, name, document };
}

async function exportToEditor(article: ActiveArticle, requested: unknown): Promise<vscode.TextDocument | undefined> {
  const out = await render(article, requested);
  if (!out) return undefined;
  const language = EXPORT_FORMATS.find((f) => f.format === out.format)?.languageId ?? 'plaintext';
  const languages = await vscode.languages.getLanguages();
  const document = await vscode.workspace.openTextDocument({
    content: out.text,
    language: languages.includes(language) ? language : 'plaintext',
  });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

async function saveToFile(article: ActiveArticle, requested: unknown, target: unknown): Promise<vscode.Uri | undefined> {
  const out = await render(article, requested);
  if (!out) return undefined;
  const fileName = exportFileName(out.name, out.format);
  let uri: vscode.Uri | undefined = target instanceof vscode.Uri ? target : undefined;
  if (!uri) {
    const folder = out.document.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(out.document.uri, '..');
    const info = EXPORT_FORMATS.find((f) => f.format === out.format);
    uri = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
      filters: info ? { [info.label]: [info.extension] } : undefined,
      title: `Save the quotes of ${out.name}`,
    });
  }
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(out.text));
  vscode.window.setStatusBarMessage(`News Lens: quotes saved to ${baseName(uri.path)}`, 5000);
  return uri;
}

function isFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.some((f) => f.format === value);
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f.label, description: `.${f.extension}`, format: f.format })),
    { title: 'Export the quotes as', placeHolder: 'Markdown groups them by speaker; CSV and JSON keep positions' },
  );
  return picked?.format;
}
