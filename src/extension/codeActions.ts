// Quick fixes on News Lens diagnostics: ignore the rule on this line or in this file with a
// comment the engine reads (docs/ignore-comments.md), open the rule's documentation, turn the
// rule off in the settings, or allow the phrase that triggered it (newsLens.allowedPhrases).
import * as vscode from 'vscode';
import { RULE_CODES } from '../core/claims/rules';
import type { RuleCode } from '../core/types';
import { formatFor, SECTION } from './config';
import { DIAGNOSTIC_SOURCE, ruleDocUri } from './diagnostics';
import { ignoreInFileEdit, ignoreOnLineEdit, type LineEdit } from './ignoreEdits';
import { triggerOf } from './format';

const SHOW_DOCS = 'newsLens.showRuleDocumentation';
const TURN_OFF = 'newsLens.turnOffRule';
const ALLOW_PHRASE = 'newsLens.allowPhrase';

/** Rules whose trigger is a phrase a desk may accept ("a monitor said"); figures and quotes are not. */
const PHRASE_RULES: ReadonlySet<RuleCode> = new Set(['NL001', 'NL002', 'NL003', 'NL006']);

export function registerCodeActions(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider('*', { provideCodeActions }, {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    vscode.commands.registerCommand(SHOW_DOCS, (code: unknown) => showDocumentation(extensionUri, code)),
    vscode.commands.registerCommand(TURN_OFF, (code: unknown) => turnOff(code)),
    vscode.commands.registerCommand(ALLOW_PHRASE, (phrase: unknown) => allowPhrase(phrase)),
  );
}

function provideCodeActions(
  document: vscode.TextDocument,
  _range: vscode.Range | vscode.Selection,
  context: vscode.CodeActionContext,
): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const seen = new Set<string>();
  const format = formatFor(document.languageId);
  const lines = { count: document.lineCount, at: (line: number) => document.lineAt(line).text };
  for (const diagnostic of context.diagnostics) {
    const code = ruleCodeOf(diagnostic);
    if (!code || seen.has(code)) continue;
    seen.add(code);
    // The comment goes at the end of the finding's last line (where a sentence of wrapped text ends).
    const end = diagnostic.range.end;
    const line = end.character === 0 && end.line > diagnostic.range.start.line ? end.line - 1 : end.line;
    const onLine = new vscode.CodeAction(`Ignore ${code} on this line`, vscode.CodeActionKind.QuickFix);
    onLine.edit = workspaceEdit(document, ignoreOnLineEdit(document.lineAt(line).text, line, code, format));
    onLine.diagnostics = [diagnostic];
    const inFile = new vscode.CodeAction(`Ignore ${code} in this file`, vscode.CodeActionKind.QuickFix);
    inFile.edit = workspaceEdit(document, ignoreInFileEdit(lines, code, format));
    inFile.diagnostics = [diagnostic];
    actions.push(onLine, inFile);
    const docs = new vscode.CodeAction(`Open documentation for ${code}`, vscode.CodeActionKind.QuickFix);
    docs.command = { command: SHOW_DOCS, title: docs.title, arguments: [code] };
    docs.diagnostics = [diagnostic];
    const off = new vscode.CodeAction(`Turn off ${code} in ${settingsScope()} settings`, vscode.CodeActionKind.QuickFix);
    off.command = { command: TURN_OFF, title: off.title, arguments: [code] };
    off.diagnostics = [diagnostic];
    actions.push(docs, off);
    const phrase = PHRASE_RULES.has(code) ? triggerOf(diagnostic.message) : undefined;
    if (phrase) {
      const allow = new vscode.CodeAction(`Allow "${phrase}" in ${settingsScope()} settings`, vscode.CodeActionKind.QuickFix);
      allow.command = { command: ALLOW_PHRASE, title: allow.title, arguments: [phrase] };
      allow.diagnostics = [diagnostic];
      actions.push(allow);
    }
  }
  return actions;
}


function workspaceEdit(document: vscode.TextDocument, edit: LineEdit): vscode.WorkspaceEdit {
  const result = new vscode.WorkspaceEdit();
  const range = new vscode.Range(edit.line, edit.start, edit.line, edit.end);
  result.replace(document.uri, range, edit.text);
  return result;
}

function ruleCodeOf(diagnostic: vscode.Diagnostic): RuleCode | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return RULE_CODES.find((c) => c === code);
}

function settingsScope(): 'workspace' | 'user' {
  return vscode.workspace.workspaceFolders?.length ? 'workspace' : 'user';
}

async function showDocumentation(extensionUri: vscode.Uri, code: unknown): Promise<void> {
  const rule = RULE_CODES.find((c) => c === code);
  if (!rule) return;
  const uri = ruleDocUri(extensionUri, rule);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.commands.executeCommand('vscode.open', uri);
  }
}

/** Sets newsLens.rules.<code> to "off" in workspace settings (user settings when no folder is open). */
/** Adds a phrase to newsLens.allowedPhrases: the problems it triggers are no longer reported. */
async function allowPhrase(phrase: unknown): Promise<void> {
  if (typeof phrase !== 'string' || phrase.trim() === '') return;
  const scope = settingsScope();
  const target = scope === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const config = vscode.workspace.getConfiguration(SECTION);
  const inspected = config.inspect<string[]>('allowedPhrases');
  const current = (scope === 'workspace' ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.some((p) => p.trim().toLowerCase() === phrase.trim().toLowerCase())) return;
  await config.update('allowedPhrases', [...current, phrase], target);
  vscode.window.setStatusBarMessage(`News Lens: "${phrase}" allowed in ${scope} settings`, 5000);
}

async function turnOff(code: unknown): Promise<void> {
  const rule = RULE_CODES.find((c) => c === code);
  if (!rule) return;
  const scope = settingsScope();
  const target = scope === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const config = vscode.workspace.getConfiguration(SECTION);
  const inspected = config.inspect<Record<string, string>>('rules');
  const current = (scope === 'workspace' ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  await config.update('rules', { ...current, [rule]: 'off' }, target);
  vscode.window.setStatusBarMessage(`News Lens: ${rule} turned off in ${scope} settings`, 5000);
}
