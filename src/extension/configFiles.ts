// `.news-lens.json` (or a package.json "news-lens" key) for each document, read with
// vscode.workspace.fs so it works in the browser too. The search walks up from the document's
// folder: to the file-system root for local files (as the CLI does), to the workspace folder's
// root for other schemes (vscode.dev, remote file systems). Results are cached per folder and
// dropped when a configuration file is created, changed, deleted or saved.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, PACKAGE_JSON_KEY } from '../core/config/file';
import { ConfigResolver, type ConfigHost, type FoundConfig } from '../core/config/lookup';

/** Where the search starts for a document: its folder, or the first workspace folder for an untitled one. */
function startFolder(document: vscode.TextDocument): vscode.Uri | undefined {
  if (document.uri.scheme === 'untitled') return vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.Uri.joinPath(document.uri, '..');
}

function isConfigFile(uri: vscode.Uri): boolean {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return name === CONFIG_FILE_NAME || name === 'package.json';
}

const decoder = new TextDecoder('utf-8');

function makeHost(uris: Map<string, vscode.Uri>): ConfigHost<vscode.Uri> {
  return {
  key: (dir) => dir.toString(),
  parent(dir) {
    if (dir.path === '/' || dir.path === '' || /^\/[A-Za-z]:\/?$/.test(dir.path)) return undefined;
    if (dir.scheme !== 'file') {
      // Stop at the workspace folder's root: above it there is nothing to read on a virtual file system.
      const folder = vscode.workspace.getWorkspaceFolder(dir);
      if (!folder || folder.uri.toString() === dir.toString()) return undefined;
    }
    const parent = vscode.Uri.joinPath(dir, '..');
    return parent.toString() === dir.toString() ? undefined : parent;
  },
  async read(dir, name) {
    const uri = vscode.Uri.joinPath(dir, name);
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'FileIsADirectory')) return undefined;
      // Some providers report a missing file with a plain error; only a real read failure of an existing file is a problem.
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        return undefined;
      }
      throw err;
    }
  },
  display(dir, name) {
    const uri = vscode.Uri.joinPath(dir, name);
    const shown = uri.scheme === 'file' ? uri.fsPath : vscode.workspace.asRelativePath(uri, true);
    uris.set(shown, uri);
    return shown;
  },
  };
}

export class ConfigFiles implements vscode.Disposable {
  /** Displayed file names to their URIs, for "Open File". */
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly resolver = new ConfigResolver(makeHost(this.uris));
  /** Settled lookups by folder, for synchronous reads. */
  private readonly settled = new Map<string, FoundConfig | undefined>();
  /** Problems already reported, by file and text of the messages. */
  private readonly reported = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];

  /** Fires when a configuration file changed, so every document must be analysed again. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAME},package.json}`);
    const changed = () => this.invalidate();
    this.subscriptions = [
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      // Files outside the workspace are not watched; saving one in the editor still counts.
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (isConfigFile(d.uri)) this.invalidate();
      }),
      this.emitter,
    ];
  }

  /** The configuration found for a document, if the search for its folder has finished. */
  peek(document: vscode.TextDocument): FoundConfig | undefined {
    const dir = startFolder(document);
    return dir ? this.settled.get(dir.toString()) : undefined;
  }

  /** True when the search for the document's folder has finished (found or not). */
  isSettled(document: vscode.TextDocument): boolean {
    const dir = startFolder(document);
    return !dir || this.settled.has(dir.toString());
  }

  /** Finds the configuration for a document; never rejects. */
  async load(document: vscode.TextDocument): Promise<FoundConfig | undefined> {
    const dir = startFolder(document);
    if (!dir) return undefined;
    let config: FoundConfig | undefined;
    try {
      config = await this.resolver.find(dir);
    } catch (err) {
      this.log.error(`Looking for ${CONFIG_FILE_NAME} from ${dir.toString()} failed:`, err);
      config = undefined;
    }
    this.settled.set(dir.toString(), config);
    if (config) this.report(config);
    return config;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private invalidate(): void {
    this.resolver.clear();
    this.settled.clear();
    this.emitter.fire();
  }

  /** Logs a file's problems and shows them once (again only when they change). */
  private report(config: FoundConfig): void {
    if (config.messages.length === 0) return;
    const key = `${config.file}\n${config.messages.join('\n')}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    for (const m of config.messages) this.log.warn(m);
    const first = config.messages[0];
    const more = config.messages.length > 1 ? ` (and ${config.messages.length - 1} more in the News Lens output)` : '';
    const whole = config.parsed.problems.some((p) => p.severity === 'error' && p.path === (config.packageJson ? PACKAGE_JSON_KEY : ''));
    const effect = whole ? 'the file is ignored' : config.hasErrors ? 'the entries with errors are ignored' : 'the rest applies';
    const uri = this.uris.get(config.file);
    const open = uri ? ['Open File'] : [];
    void vscode.window.showWarningMessage(`News Lens configuration: ${first}${more}; ${effect}.`, ...open).then((choice) => {
      if (choice && uri) void vscode.window.showTextDocument(uri);
    });
  }
}
