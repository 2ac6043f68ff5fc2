// Maps positions in compiled cell code back to the reader's code (shifts recorded by compile.ts).
import type { Shift } from './protocol.ts';

/** Maps a 0-based column of compiled code back to the reader's column on the same line. */
export function mapColumn(shifts: Shift[], line: number, column: number): number {
  let moved = 0;
  for (const s of shifts.filter((x) => x.line === line).sort((a, b) => a.column - b.column)) {
    const start = s.column + moved;
    if (column < start) break;
    if (column < start + s.delta) return s.column;
    moved += s.delta;
  }
  return column - moved;
}
