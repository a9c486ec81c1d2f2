// Claims as diagnostics: one per Analysis.claims entry, linked to the rule's documentation.
import * as vscode from 'vscode';
import type { Claim, Severity } from '../core/types';
import type { DocumentAnalyses } from './documents';

export const DIAGNOSTIC_SOURCE = 'News Lens';

const SEVERITIES: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** docs/rules/<code>.md inside the installed extension. */
export function ruleDocUri(extensionUri: vscode.Uri, code: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${code}.md`);
}

export function registerDiagnostics(extensionUri: vscode.Uri, analyses: DocumentAnalyses): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('news-lens');
  const subscription = analyses.onDidChangeAnalysis(({ document, analysis }) => {
    if (!analysis) collection.delete(document.uri);
    else collection.set(document.uri, analysis.claims.map((claim) => toDiagnostic(document, claim, extensionUri)));
  });
  return vscode.Disposable.from(subscription, collection);
}

function toDiagnostic(document: vscode.TextDocument, claim: Claim, extensionUri: vscode.Uri): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end));
  const diagnostic = new vscode.Diagnostic(range, claim.message, SEVERITIES[claim.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: claim.code, target: ruleDocUri(extensionUri, claim.code) };
  return diagnostic;
}
