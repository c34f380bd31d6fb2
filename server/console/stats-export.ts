import ExcelJS from 'exceljs';
import type { Report } from '../../shared/stats/report';

/**
 * A report as a file: XLSX (one sheet per table, bold frozen header row, widths to fit) or CSV
 * (UTF-8 with a byte-order mark, so Excel opens Chinese correctly; tables one after another,
 * each under its title, CRLF line ends as RFC 4180 says). The cells are the report's, unchanged.
 */
export async function reportXlsx(report: Report, generatedAt: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Xuhui public legal service living rooms';
  book.created = new Date(generatedAt);
  for (const table of report.tables) {
    // Sheet names: at most 31 characters, none of []:*?/\ (Excel's rule).
    const sheet = book.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((header, i) => ({
      header,
      key: String(i),
      width: Math.max(10, ...[header, ...table.rows.map((r) => r[i])].map(cellWidth)),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
  }
  const about = book.addWorksheet(report.about);
  about.addRows([[report.title], [report.period], [report.legend], [generatedAt]]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Wide characters (Chinese) take two columns. */
function cellWidth(cell: string | number | undefined): number {
  const text = String(cell ?? '');
  let width = 2;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return Math.min(width, 60);
}

const BOM = '\uFEFF';

function csvCell(cell: string | number): string {
  const text = String(cell);
  // Quote what would break a field, and what a spreadsheet would run as a formula (CWE-1236).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof cell === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportCsv(report: Report): string {
  const lines: string[] = [report.title, report.period, report.legend, ''].map((l) => csvCell(l));
  for (const table of report.tables) {
    lines.push(csvCell(table.title));
    lines.push(table.columns.map(csvCell).join(','));
    for (const row of table.rows) lines.push(row.map(csvCell).join(','));
    lines.push('');
  }
  return BOM + lines.join('\r\n');
}
