// Line/column positions for reports, computed the way editors count them:
// lines split at \r\n, \n or \r; columns are UTF-16 code units; both 1-based.

import { lineOf, lineStarts } from '../core/text/lines';

export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units. */
  readonly column: number;
}

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] === 0. */
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.lineStarts = lineStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of a UTF-16 offset (clamped to >= 0). */
  position(offset: number): Position {
    const o = Math.max(0, offset);
    const line = lineOf(this.lineStarts, o);
    return { line: line + 1, column: o - this.lineStarts[line] + 1 };
  }
}
