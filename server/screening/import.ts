import { randomBytes } from 'node:crypto';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { ImportRefusal } from './import-refusal';
import { openFile } from './read-file';
import { getMapping, getRules } from './settings';
import { clearOldText } from './orders';
import { mappingFits, suggestMapping } from '../../shared/screening/mapping';
import { parseRow, type RowProblem } from '../../shared/screening/parse-row';
import { classify } from '../../shared/screening/rules';
import { ColumnMapping } from '../../shared/screening/work-order';
import {
  ROW_ERRORS_LISTED,
  type ImportPreview,
  type ImportReport,
} from '../../shared/screening/import-report';
import type { StreetId } from '../../shared/sites';

const PREVIEW_ROWS = 5;
/** Rows staged per transaction: short writes, so kiosks' pushes never wait long behind an import. */
const BATCH = 1000;

/** The header: the first row with any text. Repeated header names get " (2)", " (3)"... */
function headerOf(row: string[]): string[] {
  const seen = new Map<string, number>();
  return row.map((cell, i) => {
    const name = cell.trim() === '' ? `#${i + 1}` : cell.trim();
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

const blank = (row: string[]) => row.every((c) => c.trim() === '');

/** The file's header, its first rows, and the mapping to start from (the street's, if it fits). */
export async function previewFile(db: Db, street: StreetId, buf: Buffer): Promise<ImportPreview> {
  const file = openFile(buf);
  let headers: string[] | null = null;
  const rows: string[][] = [];
  for await (const row of file.rows) {
    if (blank(row)) continue;
    if (headers === null) headers = headerOf(row);
    else rows.push(headers.map((_, i) => row[i] ?? ''));
    if (rows.length >= PREVIEW_ROWS) break;
  }
  if (headers === null) throw new ImportRefusal('no_header');
  const saved = getMapping(db, street);
  const remembered = saved !== null && mappingFits(saved, headers);
  return {
    format: file.format,
    headers,
    rows,
    mapping: remembered ? saved : suggestMapping(headers),
    remembered,
  };
}

const STAGE = `INSERT OR IGNORE INTO screening_staging (import_id, order_no, received_at, month,
  community, address, request, hotline_category, urgent, category, topic, staged_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const SAME = `o.received_at = s.received_at AND o.community = s.community AND o.address = s.address
  AND o.request = s.request AND o.hotline_category = s.hotline_category AND o.urgent = s.urgent`;

/**
 * Import a hotline export with the street's saved mapping. Valid rows are added or, when the
 * order number is known already, updated (never duplicated); bad rows are reported with their
 * row number and problems. An order a person re-classified keeps their classification. The file
 * streams through a staging table in small transactions and is merged in one, so a file that
 * breaks half-way (corrupt, too many rows) changes nothing.
 */
export async function importFile(
  db: Db,
  street: StreetId,
  buf: Buffer,
  now: number,
): Promise<ImportReport> {
  const saved = getMapping(db, street);
  if (saved === null) throw new ImportRefusal('mapping_missing');
  const mapping = ColumnMapping.parse(saved);
  const rules = getRules(db);
  const file = openFile(buf);
  const importId = randomBytes(12).toString('hex');
  // Staging rows of an import that died with its process.
  statement(db, 'DELETE FROM screening_staging WHERE staged_at < ?').run(now - 3600_000);
  const stage = statement(db, STAGE);
  const errors: ImportReport['errors'] = [];
  let failed = 0;
  let rowNumber = 0;
  let staged = 0;
  let headers: string[] | null = null;
  let batch: { row: number; cells: Record<string, string> }[] = [];
  const months = new Set<string>();
  const fail = (row: number, orderNo: string, problems: RowProblem[]) => {
    failed++;
    if (errors.length < ROW_ERRORS_LISTED) errors.push({ row, orderNo, problems });
  };
  const flush = db.transaction(() => {
    for (const { row, cells } of batch) {
      const parsed = parseRow(cells, mapping, street);
      const orderNo = mapping.orderNo === null ? '' : (cells[mapping.orderNo] ?? '').trim();
      if (!parsed.ok) {
        fail(row, orderNo.slice(0, 40), parsed.problems);
        continue;
      }
      const o = parsed.order;
      const c = classify(o.request, o.hotlineCategory, rules);
      const info = stage.run(
        importId,
        o.orderNo,
        o.receivedAt,
        o.month,
        o.community,
        o.address,
        o.request,
        o.hotlineCategory,
        o.urgent ? 1 : 0,
        c?.category ?? null,
        c?.topic ?? null,
        now,
      );
      if (info.changes === 0) fail(row, o.orderNo, ['duplicateInFile']);
      else {
        staged++;
        months.add(o.month);
      }
    }
    batch = [];
  });
  try {
    for await (const row of file.rows) {
      rowNumber++;
      if (blank(row)) continue;
      if (headers === null) {
        headers = headerOf(row);
        if (!mappingFits(mapping, headers)) throw new ImportRefusal('mapping_stale');
        continue;
      }
      const cells: Record<string, string> = {};
      headers.forEach((h, i) => (cells[h] = row[i] ?? ''));
      batch.push({ row: rowNumber, cells });
      if (batch.length >= BATCH) flush();
    }
    if (headers === null) throw new ImportRefusal('no_header');
    flush();
    const merged = db.transaction(() => merge(db, street, importId, now))();
    return {
      format: file.format,
      rows: staged + failed,
      ...merged,
      failed,
      errors,
      months: [...months].sort(),
    };
  } finally {
    statement(db, 'DELETE FROM screening_staging WHERE import_id = ?').run(importId);
  }
}

function merge(
  db: Db,
  street: StreetId,
  importId: string,
  now: number,
): { added: number; updated: number; unchanged: number } {
  const count = (sql: string) => statement(db, sql).pluck().get(importId, street) as number;
  const added = count(`SELECT COUNT(*) FROM screening_staging s WHERE s.import_id = ? AND NOT EXISTS
    (SELECT 1 FROM screening_orders o WHERE o.street = ? AND o.order_no = s.order_no)`);
  const unchanged = count(`SELECT COUNT(*) FROM screening_staging s JOIN screening_orders o
    ON o.order_no = s.order_no WHERE s.import_id = ? AND o.street = ? AND ${SAME}`);
  const total = statement(db, 'SELECT COUNT(*) FROM screening_staging WHERE import_id = ?')
    .pluck()
    .get(importId) as number;
  statement(
    db,
    `INSERT INTO screening_orders (street, order_no, received_at, month, community, address,
       request, hotline_category, urgent, category, topic, corrected_by, imported_at, updated_at)
     SELECT ?, order_no, received_at, month, community, address, request, hotline_category, urgent,
       category, topic, NULL, ?, ? FROM screening_staging WHERE import_id = ? AND true
     ON CONFLICT (street, order_no) DO UPDATE SET
       received_at = excluded.received_at, month = excluded.month,
       community = excluded.community, address = excluded.address, request = excluded.request,
       hotline_category = excluded.hotline_category, urgent = excluded.urgent,
       category = CASE WHEN corrected_by IS NULL THEN excluded.category ELSE category END,
       topic = CASE WHEN corrected_by IS NULL THEN excluded.topic ELSE topic END,
       updated_at = excluded.updated_at
     WHERE NOT (received_at = excluded.received_at AND community = excluded.community
       AND address = excluded.address AND request = excluded.request
       AND hotline_category = excluded.hotline_category AND urgent = excluded.urgent)`,
  ).run(street, now, now, importId);
  clearOldText(db, now);
  return { added, updated: total - added - unchanged, unchanged };
}
