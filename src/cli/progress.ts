// The progress bar of a long CLI run, on stderr when it is a terminal (cli-progress).
import { SingleBar } from 'cli-progress';
import type { Progress } from './main';

export function progressBar(stream: NodeJS.WriteStream, total: number): Progress {
  const bar = new SingleBar({
    stream,
    format: 'news-lens {bar} {value}/{total} files | {duration_formatted} | ETA {eta_formatted}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  return {
    tick: () => bar.increment(),
    log: (message) => {
      // Clear the bar's line, print the message, draw the bar again below it.
      stream.write('\r\x1b[2K' + message);
      bar.render();
    },
    stop: () => bar.stop(),
  };
}
