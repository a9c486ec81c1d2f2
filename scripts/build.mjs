// Bundles the extension (desktop and web), the CLI and the evaluation harness into dist/.
// Also bundles the core alone for the browser platform, which fails the build if
// anything in src/core reaches for a Node-only API.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'es2022' };

/** The web build starts its analysis worker as a Web Worker: src/extension/workerHost.web.ts for ./workerHost. */
const webWorkerHost = {
  name: 'web-worker-host',
  setup(b) {
    b.onResolve({ filter: /^\.\/workerHost$/ }, () => ({ path: resolve('src/extension/workerHost.web.ts') }));
  },
};

const jobs = [
  { entryPoints: ['src/extension/activate.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // The web extension (vscode.dev, github.dev): the same code for the browser platform, so any
  // Node-only import under src/extension or src/core fails the build.
  { entryPoints: ['src/extension/activate.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], plugins: [webWorkerHost] },
  // The analysis worker, one per extension host: worker_threads on the desktop, a Web Worker in the browser.
  { entryPoints: ['src/extension/worker/node.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/extension/worker/web.ts'], outfile: 'dist/web/worker.js', platform: 'browser', format: 'iife' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // The CLI's worker threads (--jobs N).
  { entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cli-worker.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/core/analyze.ts'], outfile: 'dist/core.browser.js', platform: 'browser', format: 'esm' },
];
if (existsSync('scripts/eval.ts')) {
  jobs.push({ entryPoints: ['scripts/eval.ts'], outfile: 'dist/eval.js', platform: 'node', format: 'cjs' });
}
await Promise.all(jobs.filter((j) => existsSync(j.entryPoints[0])).map((j) => build({ ...common, ...j })));
