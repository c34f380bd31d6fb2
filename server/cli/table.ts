/** Rows as aligned plain-text columns (widths counted in characters, so Chinese names line up). */
export function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((r) => [...(r[col] ?? '')].length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, col) => cell + ' '.repeat((widths[col] ?? 0) - [...cell].length))
      .join('  ')
      .trimEnd(),
  );
}
