#!/usr/bin/env node
// `npm start`: builds the extension, then runs the real VS Code workbench (code-server, installed
// by `npm run setup:e2e`) on 127.0.0.1 with News Lens loaded from this folder and seeds/ open.
// Open the printed address in a browser and log in with the printed password. After changing the
// code: `npm run build` in another terminal, then "Developer: Reload Window" in the browser.
// Ctrl+C (or SIGTERM) stops code-server and every process it started (its whole process group).
//   PORT=8123 npm start       fixed port (default: 8123, or a free one when 8123 is taken)
//   npm start -- path/to/dir  open another folder instead of seeds/
//   HOST=::1 npm start        another loopback address; a non-loopback one needs --allow-remote
//
// The workbench has a terminal: whoever reaches it runs commands as you. So code-server asks for a
// password, new at every start (crypto.randomBytes), handed to it in its environment (PASSWORD),
// which other users cannot read, never on a command line (`ps` shows those to everyone). It is
// printed once, here, and written nowhere.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StartError, startOptions } from './start-options.mjs';

const require = createRequire(import.meta.url);
const h = require('../test/e2e/harness.js');

let options;
try {
  options = startOptions(process.argv.slice(2), process.env);
} catch (e) {
  if (!(e instanceof StartError)) throw e;
  console.error(`npm start: ${e.message}`);
  process.exit(2);
}
if (options.remote) {
  console.warn(`npm start: WARNING: --allow-remote: serving on ${options.host}, which other machines may reach. ` +
    'Anyone with the password gets a terminal as you, over plain HTTP (no TLS): the password can be sniffed on the network.');
}

const build = spawnSync(process.execPath, [path.join(h.ROOT, 'scripts/build.mjs')], { cwd: h.ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const folder = path.resolve(options.folder || path.join(h.ROOT, 'seeds'));
const password = randomBytes(18).toString('base64url'); // 144 bits, 24 characters
const wanted = Number(process.env.PORT || 8123);
const port = (await h.portIsFree(wanted)) ? wanted : await h.freePort();

let server;
try {
  server = await h.startCodeServer({ extensionFolder: h.ROOT, port, password, host: options.host });
} catch (e) {
  console.error(`npm start: ${e.message}`);
  process.exit(1);
}
const address = `${server.url}/?folder=${encodeURIComponent(folder)}`;
console.log(`\nNews Lens is running in VS Code 1.100 (code-server) at\n\n  ${address}\n\n` +
  `Password: ${password}\n(new at every start and shown only here; the browser stays logged in for its session)\n`);
console.log(`Folder: ${folder}\nServer log: ${server.logFile}\nCtrl+C to stop.`);

// Ctrl+C / SIGTERM / SIGHUP: the harness ends the process group and exits.
// code-server ending by itself: stop and pass its exit on.
await server.exited;
if (h.isShuttingDown()) await new Promise(() => {}); // the harness is stopping everything and exits
console.error(`code-server exited on its own; see ${server.logFile}`);
await server.stop();
process.exit(1);
