// Lines as editors count them: split at \n, \r\n or a lone \r; offsets are UTF-16 code units.

/** Offsets at which lines start; the first is 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line of an offset (clamped to >= 0), by binary search over the line starts. */
export function lineOf(starts: readonly number[], offset: number): number {
  const o = Math.max(0, offset);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
