import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { RouteContext } from './context';

/** Bench only: registered when buildApp gets `benchFloor: true`, which the CLI never sets. */
export const BENCH_FLOOR_PATH = '/bench/floor';

/** Room for 10,000 intakes in one body (about 6 MB); the real API keeps its 1 MiB limit. */
const FLOOR_BODY_LIMIT = 64 * 1024 * 1024;

/** What the floor reads. Deliberately not validated: skipping validation is what it measures. */
interface FloorBody {
  batch: {
    seq: number;
    record: { id: string; kind: string; createdAt: string };
    kioskTime: string;
  }[];
}

/**
 * The floor of scripts/bench/hub-ingest.ts: "the same rows inserted by one bulk POST into one
 * SQLite transaction". It pays what any ingest must (authentication, HTTP, JSON parsing of the
 * body, serialising each record, one prepared INSERT per row, one commit) and nothing the protocol
 * adds (schema validation, batches of at most 500, tombstone, owner and high-water checks, acks).
 */
export function benchFloorRoute(
  app: FastifyInstance,
  ctx: RouteContext,
  authenticate: onRequestHookHandler,
): void {
  app.post(
    BENCH_FLOOR_PATH,
    { onRequest: authenticate, bodyLimit: FLOOR_BODY_LIMIT },
    (request): { stored: number } => {
      const device = request.device;
      if (!device) throw new Error('no device');
      const { batch } = request.body as FloorBody;
      const insert = ctx.db.prepare(
        `INSERT INTO records (id, device_id, site_id, seq, kind, body, kiosk_created_at, kiosk_queued_at, received_at, kiosk_offset_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const now = ctx.now();
      ctx.db
        .transaction(() => {
          for (const item of batch) {
            const { record } = item;
            insert.run(
              record.id,
              device.id,
              device.siteId,
              item.seq,
              record.kind,
              JSON.stringify(record),
              record.createdAt,
              item.kioskTime,
              now,
              0,
            );
          }
        })
        .immediate();
      return { stored: batch.length };
    },
  );
}
