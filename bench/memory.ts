// Child process of the benchmark (run with --expose-gc --trace-gc): memory for one analysis of a
// 10 MB document. Prints one JSON line (prefixed "RESULT ") with heap and RSS figures; the parent
// reads the peak heap from the --trace-gc lines (heap in use when each collection started).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze';

const MB = 1_000_000;
const size = Number(process.argv[2] ?? 10 * MB);
const sample = readFileSync(join(__dirname, '..', 'seeds', 'syria-talks.txt'), 'utf8');
const text = sample.repeat(Math.ceil(size / sample.length)).slice(0, size);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

/** Peak resident set size of this process so far (Linux), in bytes. */
function peakRss(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

gc();
gc();
const before = process.memoryUsage();
const peakBefore = peakRss();
process.stdout.write('MARK start\n');
const analysis = analyze(text);
process.stdout.write('MARK end\n');
const after = process.memoryUsage();
gc();
gc();
const retained = process.memoryUsage();
process.stdout.write(
  'RESULT ' +
    JSON.stringify({
      chars: text.length,
      mentions: analysis.mentions.length,
      quotes: analysis.quotes.length,
      claims: analysis.claims.length,
      heapUsedBefore: before.heapUsed,
      heapUsedAfter: after.heapUsed,
      heapUsedRetained: retained.heapUsed,
      rssBefore: before.rss,
      peakRssBefore: peakBefore,
      peakRss: peakRss(),
    }) +
    '\n',
);
