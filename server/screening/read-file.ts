import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { ROWS_MAX } from '../../shared/screening/import-report';
import type { z } from 'zod';
import type { FileFormat } from '../../shared/screening/import-report';
import { ImportRefusal } from './import-refusal';
import { checkZip } from './zip-guard';

export type Format = z.infer<typeof FileFormat>;

/** Longest text taken from one cell; the rest of a longer cell is not read into the database. */
const CELL_CHARS_MAX = 4000;

/** A hotline export opened for reading: its format and its rows as plain text, streamed. */
export interface OpenedFile {
  format: Format;
  rows: AsyncIterable<string[]>;
}

/**
 * Open an uploaded 12345 export. XLSX is streamed from its zip with exceljs's streaming reader
 * (the XML is never held whole); CSV is decoded as UTF-8 when it is valid UTF-8, else as GB18030
 * (what Chinese government systems often export), and parsed by csv-parse as it goes. Every cell
 * comes out as plain text: a formula stays its text, nothing is evaluated.
 */
export function openFile(buf: Buffer): OpenedFile {
  if (buf.length === 0) throw new ImportRefusal('file_empty');
  if (buf.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    checkZip(buf);
    return { format: 'xlsx', rows: limit(xlsxRows(buf)) };
  }
  const head = buf.subarray(0, 4096);
  // NUL bytes or the old binary .xls/.doc signature: not a text export.
  if (head.includes(0) || head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    throw new ImportRefusal('file_type');
  const utf8 = isUtf8(buf);
  const text = utf8 ? buf.toString('utf8') : iconv.decode(buf, 'gb18030');
  if (text.trim() === '') throw new ImportRefusal('file_empty');
  return { format: utf8 ? 'csv-utf8' : 'csv-gb18030', rows: limit(csvRows(text)) };
}

function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

async function* csvRows(text: string): AsyncGenerator<string[]> {
  const parser = Readable.from([text]).pipe(
    parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }),
  );
  try {
    for await (const record of parser as AsyncIterable<string[]>)
      yield record.map((c) => c.slice(0, CELL_CHARS_MAX));
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal('file_corrupt');
  }
}

async function* xlsxRows(buf: Buffer): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell which numbers are dates; without them a date arrives as an Excel serial.
    styles: 'cache',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        yield cells;
      }
      return; // the first sheet only: exports put their orders there
    }
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal('file_corrupt');
  }
}

/** An exceljs cell value as the text a person would read; a formula is kept as its formula. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.slice(0, CELL_CHARS_MAX);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // exceljs gives a spreadsheet's wall-clock time as if it were UTC: keep it as wall-clock text.
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.formula === 'string') return `=${v.formula}`.slice(0, CELL_CHARS_MAX);
    if (typeof v.sharedFormula === 'string') return `=${v.sharedFormula}`.slice(0, CELL_CHARS_MAX);
    if (Array.isArray(v.richText))
      return v.richText
        .map((r) =>
          typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '',
        )
        .join('')
        .slice(0, CELL_CHARS_MAX);
    if (typeof v.text === 'string') return v.text.slice(0, CELL_CHARS_MAX);
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

async function* limit(rows: AsyncIterable<string[]>): AsyncGenerator<string[]> {
  let n = 0;
  for await (const row of rows) {
    if (++n > ROWS_MAX + 1) throw new ImportRefusal('too_many_rows');
    yield row;
  }
}
