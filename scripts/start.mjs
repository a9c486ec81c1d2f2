#!/usr/bin/env node
// `npm start`: builds the extension, then runs the real VS Code workbench (code-server, installed
// by `npm run setup:e2e`) on 127.0.0.1 with News Lens loaded from this folder and seeds/ open.
// Open the printed address in a browser. After changing the code: `npm run build` in another
// terminal, then "Developer: Reload Window" in the browser. Ctrl+C (or SIGTERM) stops code-server
// and every process it started (its whole process group).
//   PORT=8123 npm start       fixed port (default: 8123, or a free one when 8123 is taken)
//   npm start -- path/to/dir  open another folder instead of seeds/
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const h = require('../test/e2e/harness.js');

const build = spawnSync(process.execPath, [path.join(h.ROOT, 'scripts/build.mjs')], { cwd: h.ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const folder = path.resolve(process.argv[2] || path.join(h.ROOT, 'seeds'));
const wanted = Number(process.env.PORT || 8123);
const port = (await h.portIsFree(wanted)) ? wanted : await h.freePort();

let server;
try {
  server = await h.startCodeServer({ extensionFolder: h.ROOT, port });
} catch (e) {
  console.error(`npm start: ${e.message}`);
  process.exit(1);
}
const address = `${server.url}/?folder=${encodeURIComponent(folder)}`;
console.log(`\nNews Lens is running in VS Code 1.100 (code-server) at\n\n  ${address}\n`);
console.log(`Folder: ${folder}\nServer log: ${server.logFile}\nCtrl+C to stop.`);

// Ctrl+C / SIGTERM / SIGHUP: the harness ends the process group and exits.
// code-server ending by itself: stop and pass its exit on.
await server.exited;
if (h.isShuttingDown()) await new Promise(() => {}); // the harness is stopping everything and exits
console.error(`code-server exited on its own; see ${server.logFile}`);
await server.stop();
process.exit(1);
