// Shared by the CLI tests: run the CLI in-process with captured output, and write fixture files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run, type CliDeps } from '../../src/cli/main';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `news-lens argv` in `cwd`; without `deps` the real engine analyses. */
export async function runCli(argv: string[], cwd: string, opts: { deps?: CliDeps; stdin?: string } = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const stdin = opts.stdin === undefined ? undefined : async () => new TextEncoder().encode(opts.stdin);
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, stdin }, opts.deps);
  return { code, stdout, stderr };
}

/** Writes `content` to dir/rel, making the folders; returns the path. */
export function write(dir: string, rel: string, content: string | Uint8Array): string {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}
