// Bundles the extension (desktop and web), the CLI and the evaluation harness into dist/.
// Also bundles the core alone for the browser platform, which fails the build if
// anything in src/core reaches for a Node-only API.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'es2022' };

const jobs = [
  { entryPoints: ['src/extension/activate.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // The web extension (vscode.dev, github.dev): the same code for the browser platform, so any
  // Node-only import under src/extension or src/core fails the build.
  { entryPoints: ['src/extension/activate.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // The CLI's worker threads (--jobs N).
  { entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cli-worker.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/core/analyze.ts'], outfile: 'dist/core.browser.js', platform: 'browser', format: 'esm' },
];
if (existsSync('scripts/eval.ts')) {
  jobs.push({ entryPoints: ['scripts/eval.ts'], outfile: 'dist/eval.js', platform: 'node', format: 'cjs' });
}
await Promise.all(jobs.filter((j) => existsSync(j.entryPoints[0])).map((j) => build({ ...common, ...j })));
