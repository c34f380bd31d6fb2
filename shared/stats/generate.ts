import { CORE_SERVICE_IDS, FOCUS_GROUPS, type ServiceId } from '../catalogue/ids';
import { caseWriter, registeredBody, shanghaiIso } from '../cases/fixtures';
import type { KioskCaseEvent, TeamCaseEvent } from '../cases/events';
import { uuidv7 } from '../ids';
import type { Intake } from '../records/intake';
import { makeIntake } from '../sync/fixtures';
import { shanghaiDay } from './month';

/**
 * Plausible intakes and case histories for the statistics' tests and benchmarks (never used by the
 * product). Every record is valid under the shared schemas; a seeded `random` makes a run repeat.
 * Roughly: 5% no-shows, 45% solved on the spot, 40% routed (a quarter of them joint), 7% home
 * visits, the rest still pending; most teams resolve within a month, most results are reported
 * and closed, half the residents rate the service.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T;

/** An intake made at `ms`, varied like makeIntake, with focus groups and pre-screens sometimes. */
export function generateIntake(n: number, ms: number, random: () => number): Intake {
  const base = makeIntake(n, ms);
  if (!base.contact) return base;
  const focusGroups = random() < 0.3 ? [pick(['elderly', 'migrantWorker'] as const, random)] : [];
  const legalAid =
    base.prompt === 'labour' && random() < 0.5
      ? {
          matterId: 'labourPay',
          article: 31 as const,
          hardship: pick(['yes', 'no', 'unsure'] as const, random),
        }
      : null;
  const homeVisit = random() < 0.03 ? { reason: 'elderly' as const } : null;
  return {
    ...base,
    services: base.prompt === 'labour' && legalAid ? ['legalAid', 'lawyer'] : base.services,
    legalAid,
    contact: { ...base.contact, focusGroups, homeVisit },
  };
}

export interface GeneratedCase {
  caseId: string;
  /** The intake for a kiosk ticket; null for a walk-in. */
  intake: Intake | null;
  /** Front-desk events, in the order the desk wrote them. */
  desk: KioskCaseEvent[];
  /** Linkage-team events, in the order each team wrote them (the hub writes them). */
  team: TeamCaseEvent[];
}

/**
 * A case for `intake` (a kiosk ticket), or a walk-in registered at `walkInAt`. `deviceId` is the
 * desk kiosk that writes the desk events.
 */
export function generateCase(
  random: () => number,
  { intake, walkInAt, deviceId }: { intake?: Intake; walkInAt?: number; deviceId: string },
): GeneratedCase {
  const caseId = intake?.id ?? uuidv7(walkInAt ?? 0);
  const desk = caseWriter(caseId, { deviceId, random, volunteer: 'demo-zhang' });
  const deskEvents: KioskCaseEvent[] = [];
  const teamEvents: TeamCaseEvent[] = [];
  let t = intake ? Date.parse(intake.createdAt) + (5 + random() * 55) * 60_000 : (walkInAt ?? 0);
  const step = (minMs: number, spreadMs: number) => (t += minMs + random() * spreadMs);

  if (intake) {
    const ticket = intake.ticket;
    deskEvents.push(desk.desk('called', t, { ticket }));
    if (random() < 0.05) {
      deskEvents.push(desk.desk('noShow', step(60_000, 5 * 60_000), { ticket }));
      return { caseId, intake, desk: deskEvents, team: [] };
    }
  }
  const consented = intake ? intake.consent.general : random() < 0.9;
  const source = intake
    ? ({ from: 'kiosk', intakeId: intake.id, ticket: intake.ticket } as const)
    : ({ from: 'walkIn', ticket: { number: 'W-001', day: shanghaiDay(t) } } as const);
  const category = pick(CORE_SERVICE_IDS, random);
  deskEvents.push(
    desk.desk(
      'registered',
      step(60_000, 5 * 60_000),
      registeredBody(caseId, {
        source,
        category,
        focusGroups: consented && random() < 0.3 ? [pick(FOCUS_GROUPS, random)] : [],
        resident: consented
          ? { surname: '王', salutation: 'ms', phone: null }
          : { surname: null, salutation: null, phone: null },
        consent: {
          from: intake ? 'kiosk' : 'desk',
          version: 'v2',
          general: consented,
          sensitive: null,
          at: shanghaiIso(t),
        },
      }),
    ),
  );

  const roll = random();
  let resultAt: number | null = null;
  const teams: ServiceId[] = [];
  if (roll < 0.47) {
    deskEvents.push(
      desk.desk('solvedOnSpot', step(5 * 60_000, 30 * 60_000), {
        advice: '当场解答',
        services: [category],
      }),
    );
    resultAt = t;
  } else if (roll < 0.87) {
    const joint = random() < 0.25;
    teams.push(category);
    if (joint)
      teams.push(
        pick(
          CORE_SERVICE_IDS.filter((s) => s !== category),
          random,
        ),
      );
    step(5 * 60_000, 20 * 60_000);
    deskEvents.push(
      desk.desk('routed', t, {
        teams,
        dueDate: shanghaiDay(t + (3 + Math.floor(random() * 18)) * DAY),
        jointSession:
          joint && random() < 0.5 ? { date: shanghaiDay(t + 2 * DAY), time: '10:00' } : null,
      }),
    );
  } else if (roll < 0.94) {
    const team = pick(CORE_SERVICE_IDS, random);
    teams.push(team);
    step(5 * 60_000, 20 * 60_000);
    deskEvents.push(
      desk.desk('homeVisitArranged', t, {
        team,
        reason: 'elderly',
        visitBy: shanghaiDay(t + 7 * DAY),
      }),
    );
  }
  if (teams.length > 0) {
    let allResolved = true;
    let last = t;
    for (const team of teams) {
      let at = t + HOUR + random() * 2 * DAY;
      teamEvents.push(desk.team('teamAccepted', team, at, {}));
      if (random() < 0.3)
        teamEvents.push(
          desk.team('teamProgress', team, (at += random() * 5 * DAY), { note: '已联系居民' }),
        );
      if (random() < 0.85) {
        at += HOUR + random() * 25 * DAY;
        teamEvents.push(desk.team('teamResolved', team, at, { result: '已答复居民' }));
        last = Math.max(last, at);
      } else allResolved = false;
    }
    if (allResolved) resultAt = last;
  }
  if (resultAt !== null && random() < 0.85) {
    t = resultAt + HOUR + random() * 3 * DAY;
    const report = desk.desk('resultReported', t, {
      how: pick(['phone', 'inPerson'] as const, random),
      reportedAt: shanghaiIso(t - 10 * 60_000),
      note: null,
    });
    deskEvents.push(report);
    if (random() < 0.9)
      deskEvents.push(desk.desk('closed', step(60_000, HOUR), { reportedEventId: report.id }));
    if (random() < 0.5)
      deskEvents.push(
        desk.desk('satisfaction', step(60_000, 10 * 60_000), {
          score: 1 + Math.floor(random() * 5),
          tags: random() < 0.5 ? ['clear'] : [],
        }),
      );
  }
  if (random() < 0.1) deskEvents.push(desk.desk('note', step(60_000, DAY), { text: '已回访' }));
  return { caseId, intake: intake ?? null, desk: deskEvents, team: teamEvents };
}
