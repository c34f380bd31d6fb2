import type { RecordsDb } from '../../db/records-db';
import { intakesOfDay } from '../../db/records';
import { casesOfDay } from '../../db/cases';
import type { Intake } from '../../../shared/records/intake';
import type { CaseStatus } from '../../../shared/cases/derive';

/** A ticket in today's queue: the resident's intake and where its case stands. */
export interface QueueTicket {
  intake: Intake;
  /** `waiting` until a volunteer calls it; then the case's status. */
  status: 'waiting' | CaseStatus;
}

/** Today's tickets in ticket order. A ticket's case id is its intake's id. */
export async function queueOfDay(db: RecordsDb, day: string): Promise<QueueTicket[]> {
  const [intakes, cases] = await Promise.all([intakesOfDay(db, day), casesOfDay(db, day)]);
  const status = new Map(cases.map((c) => [c.caseId, c.status]));
  return intakes.map((intake) => ({ intake, status: status.get(intake.id) ?? 'waiting' }));
}

/** The first ticket nobody has called yet. */
export function nextToCall(queue: readonly QueueTicket[]): QueueTicket | undefined {
  return queue.find((t) => t.status === 'waiting');
}

/** The intake behind a ticket (its id is the case id), or undefined. */
export async function intakeById(db: RecordsDb, id: string): Promise<Intake | undefined> {
  const row = await db.records.get(id);
  return row?.record.kind === 'intake' ? row.record : undefined;
}
