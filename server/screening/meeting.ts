import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { shanghaiDay, shanghaiIso } from '../console/time';
import { ConsoleRefusal } from '../console/refusal';
import { setTheme } from '../store/sites';
import { PROMPT_KEYS, type PromptKey } from '../../shared/catalogue/ids';
import {
  REMINDER_FROM_DAY,
  REPEAT_MIN,
  previousMonths,
  reminderDue,
  riskFlags,
  type MeetingView,
  type Petition,
  type PlanItem,
  type PlanItemRequest,
  type ScreeningStatus,
  type TopicRow,
} from '../../shared/screening/meeting';
import { shanghaiMonth, type Month } from '../../shared/stats/month';
import { STREETS, type StreetId } from '../../shared/sites';

/** The street's rooms (a street may have several living rooms). */
function roomsOf(db: Db, street: StreetId): string[] {
  return statement(db, 'SELECT id FROM sites WHERE street = ? ORDER BY id')
    .pluck()
    .all(street) as string[];
}

function topicRows(db: Db, street: StreetId, month: Month): TopicRow[] {
  const before = previousMonths(month);
  const rows = statement(
    db,
    `SELECT topic, category, month, community, COUNT(*) AS n FROM screening_orders
     WHERE street = ? AND month IN (SELECT value FROM json_each(?)) AND topic IS NOT NULL
     GROUP BY topic, category, month, community`,
  ).all(street, JSON.stringify([...before, month])) as {
    topic: string;
    category: PromptKey;
    month: Month;
    community: string;
    n: number;
  }[];
  const byTopic = new Map<string, TopicRow>();
  for (const r of rows) {
    let row = byTopic.get(r.topic);
    if (!row) {
      row = {
        topic: r.topic,
        category: r.category,
        count: 0,
        previous: before.map(() => 0),
        byCommunity: [],
      };
      byTopic.set(r.topic, row);
    }
    if (r.month === month) {
      row.count += r.n;
      row.byCommunity.push({ community: r.community, count: r.n });
    } else row.previous[before.indexOf(r.month)]! += r.n;
  }
  return [...byTopic.values()]
    .filter((r) => r.count > 0)
    .map((r) => ({ ...r, byCommunity: r.byCommunity.sort((a, b) => b.count - a.count) }))
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
}

/** Everything the screening meeting of a street and month looks at. */
export function meetingView(db: Db, street: StreetId, month: Month): MeetingView {
  const read = (): MeetingView => {
    const topics = topicRows(db, street, month);
    const counts = statement(
      db,
      `SELECT COUNT(*) AS orders, SUM(topic IS NULL) AS unclassified FROM screening_orders
       WHERE street = ? AND month = ?`,
    ).get(street, month) as { orders: number; unclassified: number | null };
    const byCategory = new Map(
      (
        statement(
          db,
          `SELECT category, COUNT(*) AS n FROM screening_orders
           WHERE street = ? AND month = ? AND category IS NOT NULL GROUP BY category`,
        ).all(street, month) as { category: PromptKey; n: number }[]
      ).map((r) => [r.category, r.n]),
    );
    // The kiosk's own intakes of the month under each prompt: the statistics aggregates.
    const intakes = new Map(
      (
        statement(
          db,
          `SELECT d1 AS prompt, SUM(n) AS n FROM stats_monthly
           WHERE scope IN (SELECT value FROM json_each(?)) AND month = ? AND measure = 'intake'
           GROUP BY d1`,
        ).all(JSON.stringify(roomsOf(db, street)), month) as { prompt: string; n: number }[]
      ).map((r) => [r.prompt, r.n]),
    );
    const addresses = statement(
      db,
      `SELECT address, COUNT(*) AS count FROM screening_orders
       WHERE street = ? AND month = ? AND address != '' GROUP BY address HAVING COUNT(*) >= ?
       ORDER BY count DESC LIMIT 20`,
    ).all(street, month, REPEAT_MIN) as { address: string; count: number }[];
    const urgent = statement(
      db,
      `SELECT order_no AS orderNo, topic FROM screening_orders
       WHERE street = ? AND month = ? AND urgent = 1 ORDER BY received_at LIMIT 50`,
    ).all(street, month) as { orderNo: string; topic: string | null }[];
    const meeting = statement(
      db,
      'SELECT held_at, notes FROM screening_meetings WHERE street = ? AND month = ?',
    ).get(street, month) as { held_at: number | null; notes: string } | undefined;
    return {
      street,
      month,
      previousMonths: previousMonths(month),
      orders: counts.orders,
      unclassified: counts.unclassified ?? 0,
      topics,
      byCategory: PROMPT_KEYS.map((category) => ({
        category,
        orders: byCategory.get(category) ?? 0,
        intakes: intakes.get(category) ?? 0,
      })),
      flags: riskFlags({ topics, addresses, urgent }),
      petitions: listPetitions(db, street, month),
      plan: listPlan(db, street, month),
      heldAt: meeting?.held_at == null ? null : shanghaiIso(meeting.held_at),
      notes: meeting?.notes ?? '',
    };
  };
  return db.transaction(read)();
}

function listPetitions(db: Db, street: StreetId, month: Month): Petition[] {
  return (
    statement(
      db,
      `SELECT id, community, topic, summary, created_at FROM screening_petitions
       WHERE street = ? AND month = ? ORDER BY id`,
    ).all(street, month) as {
      id: number;
      community: string;
      topic: string | null;
      summary: string;
      created_at: number;
    }[]
  ).map((r) => ({
    id: r.id,
    community: r.community,
    topic: r.topic,
    summary: r.summary,
    createdAt: shanghaiIso(r.created_at),
  }));
}

function listPlan(db: Db, street: StreetId, month: Month): PlanItem[] {
  return (
    statement(
      db,
      `SELECT id, kind, title, owner, date, topic, theme_at FROM screening_plan_items
       WHERE street = ? AND month = ? ORDER BY date, id`,
    ).all(street, month) as (Omit<PlanItem, 'themeAt'> & { theme_at: number | null })[]
  ).map(({ theme_at, ...item }) => ({
    ...item,
    themeAt: theme_at === null ? null : shanghaiIso(theme_at),
  }));
}

export function addPetition(
  db: Db,
  street: StreetId,
  month: Month,
  p: { community: string; topic: string | null; summary: string },
  accountId: string,
  now: number,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO screening_petitions (street, month, community, topic, summary, created_at,
         created_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(street, month, p.community, p.topic, p.summary, now, accountId).lastInsertRowid,
  );
}

export function addPlanItem(
  db: Db,
  street: StreetId,
  month: Month,
  item: PlanItemRequest,
  accountId: string,
  now: number,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO screening_plan_items (street, month, kind, title, owner, date, topic, created_at,
         created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(street, month, item.kind, item.title, item.owner, item.date, item.topic, now, accountId)
      .lastInsertRowid,
  );
}

/**
 * Publish a plan item as the monthly theme activity (每月主题活动) of every room of the street:
 * the existing theme change, which kiosks pull. The theme's month is the item's date's month.
 * Returns the rooms it went to.
 */
export function publishPlanTheme(
  db: Db,
  street: StreetId,
  month: Month,
  itemId: number,
  place: string,
  now: number,
): string[] {
  const item = listPlan(db, street, month).find((i) => i.id === itemId);
  if (!item) throw new ConsoleRefusal('not_found', 'no such plan item for this street and month');
  const rooms = roomsOf(db, street);
  if (rooms.length === 0) throw new ConsoleRefusal('not_found', 'this street has no room yet');
  for (const siteId of rooms)
    setTheme(
      db,
      siteId,
      {
        month: item.date.slice(0, 7),
        // Staff write the plan in Chinese; the kiosk's English screen shows the same words.
        title: { 'zh-CN': item.title, en: item.title },
        date: item.date,
        place: { 'zh-CN': place, en: place },
      },
      now,
    );
  statement(db, 'UPDATE screening_plan_items SET theme_at = ? WHERE id = ?').run(now, itemId);
  return rooms;
}

export function holdMeeting(
  db: Db,
  street: StreetId,
  month: Month,
  notes: string,
  accountId: string,
  now: number,
): void {
  statement(
    db,
    `INSERT INTO screening_meetings (street, month, held_at, held_by, notes) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (street, month) DO UPDATE SET held_at = excluded.held_at,
       held_by = excluded.held_by, notes = excluded.notes`,
  ).run(street, month, now, accountId, notes);
}

/** Which streets have held this month's screening (the district's view), with the reminder. */
export function screeningStatus(
  db: Db,
  streets: readonly StreetId[] | null,
  now: number,
): ScreeningStatus {
  const month = shanghaiMonth(now);
  const today = shanghaiDay(now);
  const held = new Map(
    (
      statement(db, 'SELECT street, held_at FROM screening_meetings WHERE month = ?').all(
        month,
      ) as { street: StreetId; held_at: number | null }[]
    ).map((r) => [r.street, r.held_at]),
  );
  const orders = new Map(
    (
      statement(
        db,
        'SELECT street, COUNT(*) AS n FROM screening_orders WHERE month = ? GROUP BY street',
      ).all(month) as { street: StreetId; n: number }[]
    ).map((r) => [r.street, r.n]),
  );
  return {
    month,
    today,
    reminderFromDay: REMINDER_FROM_DAY,
    streets: STREETS.map((s) => s.id)
      .filter((id) => streets === null || streets.includes(id))
      .map((street) => {
        const at = held.get(street) ?? null;
        return {
          street,
          orders: orders.get(street) ?? 0,
          heldAt: at === null ? null : shanghaiIso(at),
          reminder: reminderDue(today, at !== null),
        };
      }),
  };
}
