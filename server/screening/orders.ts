import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { shanghaiIso } from '../console/time';
import { ConsoleRefusal } from '../console/refusal';
import { classify, type ClassificationRules } from '../../shared/screening/rules';
import type { OrderView } from '../../shared/screening/work-order';
import type { OrdersQuery } from '../../shared/screening/import-report';
import type { PromptKey } from '../../shared/catalogue/ids';
import type { StreetId } from '../../shared/sites';

/**
 * How long a work order's words are kept: the request and the address are what could name a
 * person, and screening compares a month with the three before it, so after 13 months they are
 * cleared and only the counts (topic, community, month) stay (docs/privacy.md).
 */
export const ORDER_TEXT_KEEP_MS = 13 * 31 * 24 * 3600_000;

export function clearOldText(db: Db, now: number): number {
  return statement(
    db,
    `UPDATE screening_orders SET request = '', address = ''
     WHERE received_at < ? AND (request != '' OR address != '')`,
  ).run(now - ORDER_TEXT_KEEP_MS).changes;
}

interface Row {
  order_no: string;
  received_at: number;
  community: string;
  address: string;
  request: string;
  hotline_category: string;
  urgent: number;
  category: PromptKey | null;
  topic: string | null;
  corrected_by: string | null;
}

const FILTERS: Record<OrdersQuery['filter'], string> = {
  all: '',
  unclassified: 'AND topic IS NULL',
  urgent: 'AND urgent = 1',
};

/** A street's orders of a month, newest first, paged here. */
export function listOrders(
  db: Db,
  street: StreetId,
  query: OrdersQuery,
): { rows: OrderView[]; total: number } {
  const where = `WHERE street = ? AND month = ? ${FILTERS[query.filter]}`;
  const total = statement(db, `SELECT COUNT(*) FROM screening_orders ${where}`)
    .pluck()
    .get(street, query.month) as number;
  const rows = statement(
    db,
    `SELECT order_no, received_at, community, address, request, hotline_category, urgent,
       category, topic, corrected_by
     FROM screening_orders ${where} ORDER BY received_at DESC, order_no LIMIT ? OFFSET ?`,
  ).all(street, query.month, query.pageSize, (query.page - 1) * query.pageSize) as Row[];
  return {
    total,
    rows: rows.map((r) => ({
      orderNo: r.order_no,
      receivedAt: shanghaiIso(r.received_at),
      community: r.community,
      address: r.address,
      request: r.request,
      hotlineCategory: r.hotline_category,
      urgent: r.urgent === 1,
      category: r.category,
      topic: r.topic,
      corrected: r.corrected_by !== null,
    })),
  };
}

/** Staff correct an order's classification; later imports and rule changes keep it. */
export function correctOrder(
  db: Db,
  street: StreetId,
  orderNo: string,
  correction: { category: PromptKey; topic: string },
  rules: ClassificationRules,
  accountId: string,
  now: number,
): void {
  const topic = rules.topics.find((t) => t.id === correction.topic);
  if (!topic || topic.category !== correction.category)
    throw new ConsoleRefusal('bad_request', 'topic: not a topic of this category');
  const changed = statement(
    db,
    `UPDATE screening_orders SET category = ?, topic = ?, corrected_by = ?, updated_at = ?
     WHERE street = ? AND order_no = ?`,
  ).run(correction.category, correction.topic, accountId, now, street, orderNo).changes;
  if (changed === 0) throw new ConsoleRefusal('not_found', 'no such order in this street');
}

/** Classify again every order no one corrected, after the rules changed. Returns how many changed. */
export function reclassifyAll(db: Db, rules: ClassificationRules): number {
  const rows = statement(
    db,
    `SELECT street, order_no, request, hotline_category, category, topic FROM screening_orders
     WHERE corrected_by IS NULL`,
  ).all() as {
    street: string;
    order_no: string;
    request: string;
    hotline_category: string;
    category: string | null;
    topic: string | null;
  }[];
  const update = statement(
    db,
    'UPDATE screening_orders SET category = ?, topic = ? WHERE street = ? AND order_no = ?',
  );
  let changed = 0;
  for (const r of rows) {
    // Orders whose words were cleared keep the classification they had.
    if (r.request === '') continue;
    const c = classify(r.request, r.hotline_category, rules);
    if ((c?.topic ?? null) === r.topic && (c?.category ?? null) === r.category) continue;
    update.run(c?.category ?? null, c?.topic ?? null, r.street, r.order_no);
    changed++;
  }
  return changed;
}
