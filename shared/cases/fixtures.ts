import { uuidv7 } from '../ids';
import type { ServiceId } from '../catalogue/ids';
import type { EventOf, KioskCaseEvent, TeamCaseEvent } from './events';
import type { Ticket } from './fields';

/**
 * Valid case events for tests and benchmarks (never used by the product itself). Times are
 * written in Shanghai time (+08:00), as a kiosk there writes them; `at` is epoch ms.
 */
export function shanghaiIso(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 23)}+08:00`;
}

type KioskBody<T extends KioskCaseEvent['type']> = Omit<
  EventOf<T>,
  'id' | 'kind' | 'caseId' | 'createdAt' | 'deviceId' | 'actor' | 'type'
>;
type TeamBody<T extends TeamCaseEvent['type']> = Omit<
  EventOf<T>,
  'id' | 'kind' | 'caseId' | 'createdAt' | 'deviceId' | 'actor' | 'type' | 'team'
>;

export interface EventWriter {
  caseId: string;
  desk<T extends KioskCaseEvent['type']>(type: T, at: number, body: KioskBody<T>): EventOf<T>;
  team<T extends TeamCaseEvent['type']>(
    type: T,
    team: ServiceId,
    at: number,
    body: TeamBody<T>,
  ): EventOf<T>;
}

/** Events of one case, written by a volunteer on a device, or by the hub for a team. */
export function caseWriter(
  caseId: string,
  options: { volunteer?: string; deviceId?: string; random?: () => number } = {},
): EventWriter {
  const volunteer = options.volunteer ?? 'demo-zhang';
  const deviceId = options.deviceId ?? 'dev_aaaaaaaaaaaaaaaa';
  const random = options.random ?? Math.random;
  const id = (at: number) =>
    uuidv7(at, (bytes) => {
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
    });
  return {
    caseId,
    desk: (type, at, body) =>
      ({
        id: id(at),
        kind: 'caseEvent',
        caseId,
        createdAt: shanghaiIso(at),
        deviceId,
        actor: { kind: 'volunteer', id: volunteer },
        type,
        ...body,
      }) as unknown as EventOf<typeof type>,
    team: (type, team, at, body) =>
      ({
        id: id(at),
        kind: 'caseEvent',
        caseId,
        createdAt: new Date(at).toISOString(),
        deviceId: 'hub',
        actor: { kind: 'team', id: team },
        type,
        team,
        ...body,
      }) as unknown as EventOf<typeof type>,
  };
}

export const TICKET: Ticket = { number: 'A-007', day: '2026-11-29' };

/** A registration with consent and a minimal resident. */
export function registeredBody(
  intakeId: string,
  overrides: Partial<KioskBody<'registered'>> = {},
): KioskBody<'registered'> {
  return {
    source: { from: 'kiosk', intakeId, ticket: TICKET },
    resident: { surname: '王', salutation: 'ms', phone: '13812345678' },
    matter: '房东不退押金，想咨询怎么办',
    category: 'lawyer',
    urgency: 'normal',
    focusGroups: ['elderly'],
    homeVisit: null,
    consent: {
      from: 'kiosk',
      version: 'v1',
      general: true,
      sensitive: null,
      at: '2026-11-29T09:30:00+08:00',
    },
    ...overrides,
  };
}

/** 2026-11-29 09:00 Shanghai, plus minutes. */
export function minutes(n: number): number {
  return Date.UTC(2026, 10, 29, 1, 0, 0) + n * 60_000;
}

export { seededRandom } from '../testing/seeded-random';

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
