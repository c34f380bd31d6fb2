import { defaultCatalogue } from '../../shared/catalogue/default';
import {
  CORE_SERVICE_IDS,
  FOCUS_GROUPS,
  HOME_VISIT_REASONS,
  PROMPT_KEYS,
} from '../../shared/catalogue/ids';
import type { KioskCaseEvent } from '../../shared/cases/events';
import type { Intake } from '../../shared/records/intake';
import type { TeamActionRequest } from '../../shared/console/requests';
import { CURRENT_CONSENT_VERSION } from '../../shared/records/consent';
import { uuidv7 } from '../../shared/ids';
import type { ServiceId } from '../../shared/catalogue/ids';

/**
 * One demo case's life, made from a seeded random source: the kiosk intake (if it came through
 * the kiosk), the desk's events, and the teams' actions with their times. Pure: the generator
 * pushes the kiosk part through the push route's store function and the team part through the
 * workbench's, so every case is derived the way a real one is.
 */
export interface CasePlan {
  records: (Intake | KioskCaseEvent)[];
  team: { at: number; service: ServiceId; action: TeamActionRequest }[];
  /** The phone number the resident left (tests look for it where it must not be). */
  phone: string | null;
}

const DAY = 24 * 3600_000;
const SHANGHAI = 8 * 3600_000;
type Rand = () => number;

function pick<T>(rand: Rand, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** A kiosk clock reading in Shanghai time with its offset, as kiosks write them. */
export function kioskIso(ms: number): string {
  return `${new Date(ms + SHANGHAI).toISOString().slice(0, 19)}+08:00`;
}
const day = (ms: number) => kioskIso(ms).slice(0, 10);

/** Walk a prompt's questions from the start, choosing an answer at random each time. */
function answersFor(rand: Rand, prompt: (typeof PROMPT_KEYS)[number]) {
  const flow = defaultCatalogue.flows.find((f) => f.prompt === prompt);
  const answers: { questionId: string; optionId: string }[] = [];
  let legalAid: string | null = null;
  let next: string | undefined = flow?.start;
  while (next && answers.length < 8) {
    const question = flow?.questions.find((q) => q.id === next);
    if (!question) break;
    const option = pick(rand, question.options);
    answers.push({ questionId: question.id, optionId: option.id });
    legalAid ??= option.legalAid ?? null;
    next = option.next;
  }
  return { answers, legalAid };
}

/** The stages a routed case reached, earliest first; weights give every state a few hundred. */
const ROUTED_OUTCOMES = [
  'routed',
  'accepted',
  'inProgress',
  'resolved',
  'reported',
  'closed',
  'closed',
  'closed',
  'handedBack',
] as const;

export function planCase(
  rand: Rand,
  opts: { openedAt: number; now: number; ticketNumber: number; deviceId: string },
): CasePlan {
  const { openedAt, now } = opts;
  const kiosk = rand() < 0.75;
  const caseId = uuidv7(openedAt, (b) => fill(rand, b));
  const id = (at: number) => uuidv7(at, (b) => fill(rand, b));
  const ticket = {
    number: `${kiosk ? 'A' : 'W'}-${String(opts.ticketNumber).padStart(3, '0')}`,
    day: day(openedAt),
  };
  const consent = rand() < 0.85;
  const phone = consent ? `13${Math.floor(100_000_000 + rand() * 899_999_999)}` : null;
  const prompt = pick(rand, PROMPT_KEYS);
  const records: CasePlan['records'] = [];
  const team: CasePlan['team'] = [];
  const volunteer = { kind: 'volunteer' as const, id: pick(rand, ['demo-zhang', 'demo-li']) };
  const base = (at: number) => ({
    id: id(at),
    kind: 'caseEvent' as const,
    caseId,
    createdAt: kioskIso(at),
    deviceId: opts.deviceId,
    actor: volunteer,
  });
  const consentRecord = {
    version: CURRENT_CONSENT_VERSION,
    general: consent,
    sensitive: null,
    at: kioskIso(openedAt),
  };
  let t = openedAt;
  const step = (maxHours: number) => (t += Math.floor((0.2 + rand()) * maxHours * 3600_000));

  if (kiosk) {
    const { answers, legalAid } = answersFor(rand, prompt);
    const services = [pick(rand, CORE_SERVICE_IDS)];
    records.push({
      id: caseId,
      kind: 'intake',
      prompt,
      catalogueVersion: defaultCatalogue.version,
      answers,
      services,
      legalAid: legalAid
        ? {
            matterId: legalAid,
            article: 31,
            hardship: pick(rand, ['yes', 'no', 'unsure'] as const),
          }
        : null,
      sensitive: [],
      consent: consentRecord,
      contact: consent
        ? {
            surname: pick(rand, ['王', '李', '张', '陈', '刘']),
            salutation: pick(rand, ['mr', 'ms'] as const),
            phone,
            homeVisit: null,
            focusGroups: [],
          }
        : null,
      ticket,
      locale: 'zh-CN',
      createdAt: kioskIso(openedAt),
    });
    records.push({ ...base(step(0.3)), type: 'called', ticket });
    if (rand() < 0.04) {
      records.push({ ...base(step(0.2)), type: 'noShow', ticket });
      return { records, team, phone };
    }
  }
  // Called but not registered yet (a walk-in always starts with its registration).
  if (kiosk && rand() < 0.04) return { records, team, phone };
  const category = pick(rand, CORE_SERVICE_IDS);
  const homeVisit = consent && rand() < 0.08 ? { reason: pick(rand, HOME_VISIT_REASONS) } : null;
  records.push({
    ...base(step(0.3)),
    type: 'registered',
    source: kiosk ? { from: 'kiosk', intakeId: caseId, ticket } : { from: 'walkIn', ticket },
    resident: consent
      ? {
          surname: pick(rand, ['王', '李', '张', '陈', '刘', '赵']),
          salutation: pick(rand, ['mr', 'ms'] as const),
          phone,
        }
      : { surname: null, salutation: null, phone: null },
    matter: pick(rand, [
      '邻里漏水纠纷，协商未果',
      '工资拖欠三个月',
      '遗嘱继承咨询',
      '房屋买卖合同审查',
      '物业费争议',
      '离婚财产分割咨询',
      '工伤认定咨询',
    ]),
    category,
    urgency: pick(rand, ['normal', 'normal', 'soon', 'urgent'] as const),
    focusGroups: consent && rand() < 0.3 ? [pick(rand, FOCUS_GROUPS)] : [],
    homeVisit,
    consent: { ...consentRecord, from: kiosk ? 'kiosk' : 'desk' },
  });
  // Registered, the desk still deciding what to do with it.
  if (rand() < 0.04) return { records, team, phone };
  const solved = rand() < 0.22;
  const report = (at: number) => {
    const reportId = id(at);
    records.push({
      ...base(at),
      id: reportId,
      type: 'resultReported',
      how: pick(rand, ['phone', 'inPerson'] as const),
      reportedAt: kioskIso(at),
      note: null,
    });
    return reportId;
  };
  if (solved) {
    records.push({
      ...base(step(0.5)),
      type: 'solvedOnSpot',
      advice: '已当场解答并提供材料清单',
      services: [category],
    });
    if (rand() < 0.7) {
      const reportId = report(step(0.2));
      records.push({ ...base(step(0.1)), type: 'closed', reportedEventId: reportId });
      if (rand() < 0.6)
        records.push({
          ...base(step(0.1)),
          type: 'satisfaction',
          score: 3 + Math.floor(rand() * 3),
          tags: ['quick'],
        });
    }
    return { records, team, phone };
  }
  const joint = rand() < 0.15;
  const teams: ServiceId[] = joint
    ? [category, category === 'lawyer' ? 'mediation' : 'lawyer']
    : [category];
  const routedAt = step(1);
  const dueDate = day(routedAt + (3 + Math.floor(rand() * 12)) * DAY);
  const session =
    joint && rand() < 0.6
      ? { date: day(routedAt + 2 * DAY), time: pick(rand, ['09:30', '14:00', '15:30']) }
      : null;
  records.push({ ...base(routedAt), type: 'routed', teams, dueDate, jointSession: session });
  if (homeVisit)
    records.push({
      ...base(step(0.2)),
      type: 'homeVisitArranged',
      team: teams[0] ?? category,
      reason: homeVisit.reason,
      visitBy: dueDate,
    });

  // How far it got depends on its age: recent cases are still open, old ones mostly closed.
  const ageDays = (now - openedAt) / DAY;
  const outcome =
    ageDays < 2
      ? pick(rand, ROUTED_OUTCOMES.slice(0, 3))
      : ageDays < 20
        ? pick(rand, ROUTED_OUTCOMES)
        : pick(rand, ['closed', 'closed', 'closed', 'reported', 'routed', 'handedBack'] as const);
  const rank = ['routed', 'accepted', 'inProgress', 'resolved', 'reported', 'closed'].indexOf(
    outcome === 'handedBack' ? 'accepted' : outcome,
  );
  const teamAct = (service: ServiceId, action: TeamActionRequest) => {
    const at = Math.min(step(24), now - 60_000);
    team.push({ at, service, action: { ...action, id: id(at) } });
  };
  for (const service of teams) {
    if (rank >= 1) teamAct(service, { id: '', type: 'teamAccepted' });
    if (rank >= 2)
      teamAct(service, { id: '', type: 'teamProgress', note: '已联系居民，约定面谈时间' });
    if (rank >= 3)
      teamAct(service, {
        id: '',
        type: 'teamResolved',
        result: '已出具法律意见，建议居民先与对方书面协商，必要时申请人民调解',
      });
  }
  if (outcome === 'handedBack')
    teamAct(teams[0] ?? category, {
      id: '',
      type: 'teamHandedBack',
      reason: '不属于本团队业务范围，请中台重新分派',
    });
  if (rank >= 4) {
    const reportId = report(Math.min(t + 3600_000, now - 30_000));
    if (rank >= 5) {
      records.push({
        ...base(Math.min(t + 7200_000, now - 20_000)),
        type: 'closed',
        reportedEventId: reportId,
      });
      if (rand() < 0.6)
        records.push({
          ...base(Math.min(t + 7300_000, now - 10_000)),
          type: 'satisfaction',
          score: 1 + Math.floor(rand() * 5),
          tags: [],
        });
    }
  }
  return { records, team, phone };
}

function fill(rand: Rand, bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
}
