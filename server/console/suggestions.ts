import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { appendChange } from '../store/changes';
import { StatsBatch } from '../store/stats/batch';
import type { Account } from './accounts';
import { audit } from './audit';
import { ConsoleRefusal } from './refusal';
import { actorOf } from './request-context';
import type { SuggestionRow } from '../../shared/console/views';
import type { SuggestionUpdateRequest, SuggestionsQuery } from '../../shared/console/requests';
import type { StreetId } from '../../shared/sites';
import { Suggestion } from '../../shared/records/intake';
import { suggestionParts } from '../../shared/stats/parts';
import { shanghaiDay } from '../../shared/stats/month';
import {
  SUGGESTION_READ_WITHIN_WORKING_DAYS,
  type SuggestionReplyNotice,
  type SuggestionTopic,
} from '../../shared/suggestions/topics';

/**
 * 解忧法空间 at the hub: the offices read the suggestions of their scope, tag, reply and close
 * them. The suggestion stays the kiosk's record (never edited); what staff add is a row of
 * `suggestion_notes`. Tagging moves the suggestion's monthly figure from its old topic to the new
 * one in the same transaction, so the statistics by topic always match the tags.
 */

/** Five working days, counted simply as a week of calendar days. */
const LATE_AFTER_MS = Math.ceil((SUGGESTION_READ_WITHIN_WORKING_DAYS * 7) / 5) * 24 * 3600_000;

const FROM = `FROM records r JOIN sites s ON s.id = r.site_id
  LEFT JOIN suggestion_notes n ON n.suggestion_id = r.id`;
const STATUS = `CASE WHEN n.closed_at IS NOT NULL THEN 'closed'
  WHEN n.topic IS NOT NULL OR n.reply IS NOT NULL THEN 'open' ELSE 'new' END`;
const COLUMNS = `r.id, r.site_id, s.street, r.body, r.kiosk_created_at, r.received_at,
  n.topic, n.reply, n.reply_public, ${STATUS} AS status`;

interface Row {
  id: string;
  site_id: string;
  street: StreetId;
  body: string;
  kiosk_created_at: string;
  received_at: number;
  topic: SuggestionTopic | null;
  reply: string | null;
  reply_public: number | null;
  status: SuggestionRow['status'];
}

function toView(row: Row, now: number): SuggestionRow {
  const record = Suggestion.parse(JSON.parse(row.body));
  return {
    id: row.id,
    siteId: row.site_id,
    street: row.street,
    text: record.text,
    writtenAt: row.kiosk_created_at,
    status: row.status,
    topic: row.topic,
    reply: row.reply,
    replyPublic: row.reply_public === 1,
    late: row.status === 'new' && now - row.received_at > LATE_AFTER_MS,
  };
}

/** The suggestions of a street (or the district, `null`), with counts by topic. */
export function listSuggestions(
  db: Db,
  street: StreetId | null,
  query: SuggestionsQuery,
  now: number,
): { rows: SuggestionRow[]; total: number; byTopic: Record<string, number> } {
  const scope: string[] = [`r.kind = 'suggestion'`];
  const args: string[] = [];
  if (street !== null) {
    scope.push('s.street = ?');
    args.push(street);
  }
  const byTopic: Record<string, number> = {};
  for (const r of db
    .prepare(
      `SELECT COALESCE(n.topic, 'untagged') AS topic, COUNT(*) AS n ${FROM}
      WHERE ${scope.join(' AND ')} GROUP BY 1`,
    )
    .all(...args) as { topic: string; n: number }[])
    byTopic[r.topic] = r.n;
  const where = [...scope];
  const filter = [...args];
  if (query.status !== 'all') {
    where.push(`${STATUS} = ?`);
    filter.push(query.status);
  }
  if (query.topic === 'untagged') where.push('n.topic IS NULL');
  else if (query.topic !== undefined) {
    where.push('n.topic = ?');
    filter.push(query.topic);
  }
  const clause = where.join(' AND ');
  const total = (
    db.prepare(`SELECT COUNT(*) AS n ${FROM} WHERE ${clause}`).get(...filter) as { n: number }
  ).n;
  const order = query.dir === 'asc' ? 'ASC' : 'DESC';
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} ${FROM} WHERE ${clause}
       ORDER BY r.kiosk_created_at ${order}, r.id ${order} LIMIT ? OFFSET ?`,
    )
    .all(...filter, query.pageSize, (query.page - 1) * query.pageSize) as Row[];
  return { rows: rows.map((r) => toView(r, now)), total, byTopic };
}

/** One suggestion's street, for the access guard's scope check; null if there is none. */
export function suggestionStreet(db: Db, id: string): StreetId | null {
  const row = statement(
    db,
    `SELECT s.street FROM records r JOIN sites s ON s.id = r.site_id
     WHERE r.id = ? AND r.kind = 'suggestion'`,
  ).get(id) as { street: StreetId } | undefined;
  return row?.street ?? null;
}

function readOne(db: Db, id: string, now: number): SuggestionRow {
  const row = db
    .prepare(`SELECT ${COLUMNS} ${FROM} WHERE r.id = ? AND r.kind = 'suggestion'`)
    .get(id) as Row | undefined;
  if (!row) throw new ConsoleRefusal('not_found', 'no such suggestion');
  return toView(row, now);
}

/**
 * Tag, reply, publish or close one suggestion, in one transaction with its audit line, the move
 * of its monthly figure between topics and the notice-board change for its room.
 */
export function updateSuggestion(
  db: Db,
  account: Account,
  id: string,
  change: SuggestionUpdateRequest,
  address: string,
  now: number,
): SuggestionRow {
  return db
    .transaction(() => {
      const before = readOne(db, id, now);
      const topic = change.topic === undefined ? before.topic : change.topic;
      const reply = change.reply === undefined ? before.reply : change.reply;
      const replyPublic = (change.replyPublic ?? before.replyPublic) && reply !== null;
      const closedAt =
        change.closed === undefined
          ? statement(db, 'SELECT closed_at FROM suggestion_notes WHERE suggestion_id = ?')
              .pluck()
              .get(id)
          : change.closed
            ? now
            : null;
      statement(
        db,
        `INSERT INTO suggestion_notes (suggestion_id, topic, reply, reply_public, closed_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (suggestion_id) DO UPDATE SET topic = excluded.topic, reply = excluded.reply,
           reply_public = excluded.reply_public, closed_at = excluded.closed_at,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      ).run(id, topic, reply, replyPublic ? 1 : 0, closedAt ?? null, now, account.id);
      if (topic !== before.topic) {
        const record = { id, kind: 'suggestion' as const, text: '-', createdAt: before.writtenAt };
        const stats = new StatsBatch(db);
        if (stats.enabled) {
          stats.add(before.siteId, suggestionParts(record, before.topic), -1);
          stats.add(before.siteId, suggestionParts(record, topic));
          stats.flush();
        }
      }
      const shown = before.replyPublic ? before.reply : null;
      const next = replyPublic ? reply : null;
      if (shown !== next || (next !== null && topic !== before.topic)) {
        const notice: SuggestionReplyNotice = {
          id,
          topic,
          day: shanghaiDay(before.writtenAt),
          reply: next,
        };
        appendChange(
          db,
          { siteId: before.siteId, kind: 'suggestionReply', key: id, body: notice },
          now,
        );
      }
      audit(
        db,
        {
          actor: actorOf(account),
          action: 'suggestion.update',
          target: { kind: 'suggestion', id },
          address,
          outcome: 'ok',
          // Which fields changed, never the words.
          detail: Object.keys(change).sort().join(','),
        },
        now,
      );
      return readOne(db, id, now);
    })
    .immediate();
}
