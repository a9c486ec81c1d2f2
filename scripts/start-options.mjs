// What `npm start` is asked to do: the folder to open, the address to bind and whether a
// non-loopback address is allowed. Pure (no I/O), so the refusal rules can be tested directly.
//   HOST=127.0.0.1 (default), HOST=::1 or HOST=localhost    bind there
//   HOST=0.0.0.0 (or any address other machines can reach)  refused, unless --allow-remote
import net from 'node:net';

export class StartError extends Error {}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, ::ffff:127.x.y.z, "localhost". */
export function isLoopback(host) {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.split('.')[0] === '127';
  if (net.isIPv6(h)) {
    if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return mapped !== null && net.isIPv4(mapped[1]) && mapped[1].split('.')[0] === '127';
  }
  return false; // a host name other than localhost may resolve to anything
}

/**
 * argv: the arguments after `npm start --` (the folder and flags); env: process.env.
 * Returns { folder, host, allowRemote, remote }; throws StartError with a message for the user.
 */
export function startOptions(argv, env) {
  let allowRemote = false;
  const rest = [];
  for (const a of argv) {
    if (a === '--allow-remote') allowRemote = true;
    else if (a.startsWith('--')) throw new StartError(`unknown option ${a} (the only option is --allow-remote)`);
    else rest.push(a);
  }
  if (rest.length > 1) throw new StartError(`one folder at most, got ${rest.length}: ${rest.join(' ')}`);
  const raw = (env.HOST ?? '').trim();
  const host = raw === '' ? '127.0.0.1' : raw.replace(/^\[(.*)\]$/, '$1');
  const remote = !isLoopback(host); // a host name other than localhost counts as remote
  if (remote && !allowRemote) {
    throw new StartError(
      `HOST=${raw} is not a loopback address (127.x.x.x, ::1 or localhost), so other machines could reach the workbench, and its ` +
      'terminal runs commands as you. Leave HOST unset to serve on 127.0.0.1 only, or run ' +
      '`npm start -- --allow-remote` if you mean it (password-protected, but plain HTTP).'
    );
  }
  return { folder: rest[0], host: host.toLowerCase() === 'localhost' ? '127.0.0.1' : host, allowRemote, remote };
}
