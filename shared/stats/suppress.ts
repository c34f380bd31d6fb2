/**
 * Small-cell suppression for what a supervisor sees (issue 11: "a cell under 5 in an export a
 * supervisor sees"). A count of 1 to 4 in one street, month and category can point at a person,
 * so it shows as "<5". Zero reveals nobody and stays 0.
 *
 * One hidden cell in a row whose total is shown is no protection (total minus the others gives
 * it back), so `suppressRow` also withholds the smallest other non-zero cell, shown as "*"; the
 * export's legend explains both marks. Percentages and averages built on a hidden count must be
 * withheld by the caller as well.
 */
export const SMALL_CELL_MIN = 5;
export const SMALL_CELL = '<5';
export const WITHHELD_CELL = '*';
export type ShownCount = number | typeof SMALL_CELL | typeof WITHHELD_CELL;

export function isSmallCount(n: number): boolean {
  return n > 0 && n < SMALL_CELL_MIN;
}

/** One count as a supervisor may see it. */
export function suppressCount(n: number): number | typeof SMALL_CELL {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('a count is a whole number, 0 or more');
  return isSmallCount(n) ? SMALL_CELL : n;
}

/**
 * A row of counts shown beside its total: small cells become "<5", and if exactly one cell was
 * hidden while the total is shown, the smallest other non-zero cell is withheld ("*") too.
 */
export function suppressRow(cells: readonly number[]): {
  cells: ShownCount[];
  total: number | typeof SMALL_CELL;
} {
  const shown: ShownCount[] = cells.map(suppressCount);
  const totalCount = cells.reduce((sum, n) => sum + n, 0);
  const total = suppressCount(totalCount);
  const hidden = cells.filter(isSmallCount).length;
  if (hidden === 1 && total !== SMALL_CELL) {
    let pick = -1;
    cells.forEach((n, i) => {
      if (n > 0 && !isSmallCount(n) && (pick < 0 || n < (cells[pick] ?? Infinity))) pick = i;
    });
    if (pick >= 0) shown[pick] = WITHHELD_CELL;
  }
  return { cells: shown, total };
}
