import { streetById, type StreetId } from '../sites';
import { SHANGHAI_OFFSET_MS, shanghaiMonth } from '../stats/month';
import { OrderNo, RequestText, type ColumnMapping, type ParsedOrder } from './work-order';

/** Why a row was not imported; the console shows each in words, with the row number. */
export const ROW_PROBLEMS = [
  'orderNoMissing',
  'orderNoBad',
  'receivedAtMissing',
  'receivedAtBad',
  'requestMissing',
  'requestTooLong',
  'otherStreet',
  'duplicateInFile',
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

/** Longest text kept from any other cell (community, address, categories). */
const CELL_MAX = 200;

/**
 * A received time as hotline exports write it, read as Shanghai time when it has no offset:
 * `2026-11-03 14:22:10`, `2026/11/3 14:22`, `2026年11月3日 14时22分`, `2026-11-03T06:22:10Z`,
 * or a date the spreadsheet already holds as a date (given as ISO text by the reader).
 * Returns epoch ms or null.
 */
export function parseReceivedAt(text: string): number | null {
  const t = text.trim();
  if (/T.*(Z|[+-]\d{2}:\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isFinite(ms) ? ms : null;
  }
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2}))?秒?分?)?$/.exec(
      t,
    );
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m
    .slice(1)
    .map((v) => (v === undefined ? 0 : Number(v)));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - SHANGHAI_OFFSET_MS;
  // 2026-02-31 would roll over into March: refuse it rather than guess.
  if (new Date(ms + SHANGHAI_OFFSET_MS).getUTCDate() !== d) return null;
  return ms;
}

const URGENT_WORDS = ['紧急', '特急', '加急', '是', 'urgent', 'yes', '1'];

/**
 * Validate one data row against the street's mapping. Cells are plain text: a cell that looks
 * like a formula (`=HYPERLINK(...)`) stays that text, and nothing here evaluates anything.
 */
export function parseRow(
  cells: Readonly<Record<string, string>>,
  mapping: ColumnMapping,
  street: StreetId,
): { ok: true; order: ParsedOrder } | { ok: false; problems: RowProblem[] } {
  const cell = (field: keyof ColumnMapping): string => {
    const header = mapping[field];
    return header === null ? '' : (cells[header] ?? '').trim();
  };
  const problems: RowProblem[] = [];
  const orderNoText = cell('orderNo');
  const orderNo = OrderNo.safeParse(orderNoText);
  if (orderNoText === '') problems.push('orderNoMissing');
  else if (!orderNo.success) problems.push('orderNoBad');
  const receivedText = cell('receivedAt');
  const receivedAt = receivedText === '' ? null : parseReceivedAt(receivedText);
  if (receivedText === '') problems.push('receivedAtMissing');
  else if (receivedAt === null) problems.push('receivedAtBad');
  const requestText = cell('request');
  const request = RequestText.safeParse(requestText);
  if (requestText === '') problems.push('requestMissing');
  else if (!request.success) problems.push('requestTooLong');
  const streetText = cell('street');
  if (streetText !== '' && !sameStreet(streetText, street)) problems.push('otherStreet');
  if (problems.length > 0 || !orderNo.success || receivedAt === null || !request.success)
    return { ok: false, problems };
  return {
    ok: true,
    order: {
      orderNo: orderNo.data,
      receivedAt,
      month: shanghaiMonth(receivedAt),
      community: cell('community').slice(0, CELL_MAX),
      // One way of writing an address, so repeated orders from it are counted together.
      address: cell('address').normalize('NFKC').replace(/\s+/g, '').slice(0, CELL_MAX),
      request: request.data,
      hotlineCategory: cell('hotlineCategory').slice(0, CELL_MAX),
      urgent: URGENT_WORDS.includes(cell('urgency').toLowerCase()),
    },
  };
}

/** "徐家汇", "徐家汇街道" and "徐汇区徐家汇街道" all name 徐家汇街道. */
function sameStreet(text: string, street: StreetId): boolean {
  const { zh, en } = streetById(street);
  const core = zh.replace(/(街道|镇)$/, '');
  return text.includes(core) || text.toLowerCase().includes(en.split(' ')[0]!.toLowerCase());
}
