import {
  openRecordsDb,
  type Counter,
  type OutboxEntry,
  type RecordsDb,
  type StoredRecord,
} from '../../renderer/db/records-db';
import { saveIntake } from '../../renderer/db/records';
import { PROMPT_KEYS } from '../../shared/catalogue/ids';
import { uuidv7 } from '../../shared/ids';
import type { Intake } from '../../shared/records/intake';
import { formatTicket, localDay, localIso } from '../../shared/records/ticket';
import { intakeDraft } from '../../tests/fixtures/intake-draft';

/**
 * Browser entry of the save bench (bundled by Vite into a page served beside the kiosk): it hands
 * the bench the app's own openRecordsDb and saveIntake, so the figure is of our code and Dexie,
 * not of a re-implementation. The bench drives it through `window.kioskSaveBench`.
 */

const SEED_PER_DAY = 200;
const SEED_BATCH = 5_000;
const MS_PER_DAY = 86_400_000;

const dbs = new Map<string, RecordsDb>();

async function open(name: string): Promise<void> {
  const db = openRecordsDb(name);
  await db.open();
  dbs.set(name, db);
}

function dbNamed(name: string): RecordsDb {
  const db = dbs.get(name);
  if (!db) throw new Error(`database ${name} is not open`);
  return db;
}

/** Stored records and outbox entries, counted the way the app counts them. */
async function counts(name: string): Promise<{ records: number; outbox: number }> {
  const db = dbNamed(name);
  return { records: await db.records.count(), outbox: await db.outbox.count() };
}

/**
 * `count` intakes from the days before today, SEED_PER_DAY a day, each with its outbox entry and
 * its day's ticket counter: a kiosk that has not reached the hub for months. Written in bulk
 * through the raw IndexedDB connection Dexie holds (relaxed durability: only the timed saves need
 * to be the real thing).
 */
async function seed(name: string, count: number): Promise<void> {
  const idb = dbNamed(name).backendDB();
  const days = Math.ceil(count / SEED_PER_DAY);
  const first = new Date(new Date().setHours(9, 0, 0, 0) - days * MS_PER_DAY);
  for (let from = 0; from < count; from += SEED_BATCH) {
    const tx = idb.transaction(['records', 'outbox', 'counters'], 'readwrite', {
      durability: 'relaxed',
    });
    const records = tx.objectStore('records');
    const outbox = tx.objectStore('outbox');
    const counters = tx.objectStore('counters');
    for (let i = from; i < Math.min(count, from + SEED_BATCH); i++) {
      const nth = (i % SEED_PER_DAY) + 1;
      const at = new Date(
        first.getTime() + Math.floor(i / SEED_PER_DAY) * MS_PER_DAY + nth * 60_000,
      );
      const day = localDay(at);
      const intake: Intake = {
        ...intakeDraft({ prompt: PROMPT_KEYS[i % PROMPT_KEYS.length] }),
        id: uuidv7(at.getTime()),
        kind: 'intake',
        ticket: { number: formatTicket(nth), day },
        createdAt: localIso(at),
      };
      const row: StoredRecord = {
        id: intake.id,
        kind: 'intake',
        day,
        createdAt: intake.createdAt,
        record: intake,
      };
      const entry: OutboxEntry = { recordId: intake.id, enqueuedAt: at.toISOString(), attempts: 0 };
      records.add(row);
      outbox.add(entry);
      // The day's counter ends at its last ticket; one put per day, not per record.
      if (nth === SEED_PER_DAY || i === count - 1) {
        const counter: Counter = { key: `ticket:${day}`, value: nth };
        counters.put(counter);
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seed transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('seed transaction aborted'));
    });
  }
}

/** Time one real save: saveIntake's strict-durability transaction over records, outbox and counters. */
async function timeSave(db: RecordsDb): Promise<number> {
  const start = performance.now();
  const saved = await saveIntake(db, intakeDraft());
  const took = performance.now() - start;
  if (!saved.ok) throw new Error(`save failed: ${saved.error}`);
  return took;
}

/**
 * `warmUp` then `rounds` saves into each database, alternating, so that whatever the disk or the
 * machine is doing at a moment falls on both alike. Returns the timed rounds only.
 */
async function alternateSaves(
  names: readonly string[],
  warmUp: number,
  rounds: number,
): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < warmUp + rounds; i++) {
    for (const name of names) {
      const took = await timeSave(dbNamed(name));
      if (i >= warmUp) samples[name]?.push(took);
    }
  }
  return samples;
}

export interface SaveBenchApi {
  open: typeof open;
  seed: typeof seed;
  counts: typeof counts;
  alternateSaves: typeof alternateSaves;
}

const api: SaveBenchApi = { open, seed, counts, alternateSaves };
Object.assign(window, { kioskSaveBench: api });
