import type { FocusGroup, HomeVisitReason, ServiceId } from '../catalogue/ids';
import { phoneProblem, type PhoneProblem } from '../records/phone';
import { surnameProblem, type SurnameProblem } from '../records/surname';
import {
  ADDRESS_MAX,
  ADVICE_MAX,
  MATTER_MAX,
  NOTE_MAX,
  type ReportChannel,
  type Resident,
  type Urgency,
} from './events';

/**
 * The desk's forms, checked before anything is written. Each check answers with a problem code
 * per field (the UI maps codes to words) or the clean values, ready to become an event.
 */
export type FormProblem = 'required' | 'tooLong' | 'pastDate' | 'futureTime' | 'invalid';
export type FormResult<F extends string, V> =
  | { ok: true; value: V }
  | { ok: false; problems: Partial<Record<F, FormProblem | PhoneProblem | SurnameProblem>> };

const length = (s: string) => [...s.trim()].length;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function textProblem(text: string, max: number): FormProblem | null {
  if (length(text) === 0) return 'required';
  return length(text) > max ? 'tooLong' : null;
}

function dayProblem(day: string, today: string): FormProblem | null {
  if (day === '') return 'required';
  if (!DAY.test(day) || Number.isNaN(Date.parse(day))) return 'invalid';
  return day < today ? 'pastDate' : null;
}

function done<F extends string, V>(
  problems: Partial<Record<F, FormProblem | PhoneProblem | SurnameProblem | null>>,
  value: () => V,
): FormResult<F, V> {
  const found = Object.fromEntries(Object.entries(problems).filter(([, p]) => p !== null));
  return Object.keys(found).length === 0
    ? { ok: true, value: value() }
    : {
        ok: false,
        problems: found as Partial<Record<F, FormProblem | PhoneProblem | SurnameProblem>>,
      };
}

// ---- 首问登记 first-contact registration ----

export interface RegistrationInput {
  surname: string;
  salutation: 'mr' | 'ms' | null;
  phone: string;
  matter: string;
  category: ServiceId | null;
  urgency: Urgency | null;
  focusGroups: FocusGroup[];
  homeVisitReason: HomeVisitReason | null;
  /** The resident's consent: carried from the kiosk, or asked at the desk (null: not yet asked). */
  consent: boolean | null;
}
export type RegistrationField = 'surname' | 'phone' | 'matter' | 'category' | 'urgency' | 'consent';
export interface RegistrationValue {
  resident: Resident;
  matter: string;
  category: ServiceId;
  urgency: Urgency;
  focusGroups: FocusGroup[];
  homeVisit: { reason: HomeVisitReason } | null;
  consentGiven: boolean;
}

/** Without consent the desk keeps the matter only: personal details are dropped, not refused. */
export function checkRegistration(
  input: RegistrationInput,
): FormResult<RegistrationField, RegistrationValue> {
  const consent = input.consent === true;
  const surname = input.surname.trim();
  return done<RegistrationField, RegistrationValue>(
    {
      consent: input.consent === null ? 'required' : null,
      surname: consent ? surnameProblem(surname) : null,
      phone: consent && input.phone !== '' ? phoneProblem(input.phone) : null,
      matter: textProblem(input.matter, MATTER_MAX),
      category: input.category === null ? 'required' : null,
      urgency: input.urgency === null ? 'required' : null,
    },
    () => ({
      resident: consent
        ? {
            surname: surname === '' ? null : surname,
            salutation: input.salutation,
            phone: input.phone === '' ? null : input.phone,
          }
        : { surname: null, salutation: null, phone: null },
      matter: input.matter.trim(),
      category: input.category as ServiceId,
      urgency: input.urgency as Urgency,
      focusGroups: consent ? [...new Set(input.focusGroups)] : [],
      homeVisit: consent && input.homeVisitReason ? { reason: input.homeVisitReason } : null,
      consentGiven: consent,
    }),
  );
}

// ---- Outcomes ----

export interface SolvedInput {
  advice: string;
  services: ServiceId[];
}
export function checkSolved(
  input: SolvedInput,
): FormResult<'advice' | 'services', { advice: string; services: ServiceId[] }> {
  return done<'advice' | 'services', { advice: string; services: ServiceId[] }>(
    {
      advice: textProblem(input.advice, ADVICE_MAX),
      services: input.services.length === 0 ? 'required' : null,
    },
    () => ({ advice: input.advice.trim(), services: [...new Set(input.services)] }),
  );
}

export interface RouteInput {
  teams: ServiceId[];
  dueDate: string;
  /**
   * Optional group session of a joint consultation: both empty means none; a day alone is a
   * session whose time is still open; a time needs its day.
   */
  sessionDate: string;
  sessionTime: string;
}
export type RouteField = 'teams' | 'dueDate' | 'sessionDate' | 'sessionTime';
export interface RouteValue {
  teams: ServiceId[];
  dueDate: string;
  jointSession: { date: string; time: string | null } | null;
}
export function checkRoute(input: RouteInput, today: string): FormResult<RouteField, RouteValue> {
  const joint = input.teams.length >= 2;
  const wantsSession = joint && (input.sessionDate !== '' || input.sessionTime !== '');
  return done<RouteField, RouteValue>(
    {
      teams: input.teams.length === 0 ? 'required' : null,
      dueDate: dayProblem(input.dueDate, today),
      sessionDate: wantsSession ? dayProblem(input.sessionDate, today) : null,
      sessionTime: wantsSession ? optionalTimeProblem(input.sessionTime) : null,
    },
    () => ({
      teams: [...new Set(input.teams)],
      dueDate: input.dueDate,
      jointSession: wantsSession
        ? { date: input.sessionDate, time: input.sessionTime === '' ? null : input.sessionTime }
        : null,
    }),
  );
}

function optionalTimeProblem(time: string): FormProblem | null {
  return time === '' || TIME.test(time) ? null : 'invalid';
}

export interface HomeVisitInput {
  team: ServiceId | null;
  reason: HomeVisitReason | null;
  /** The day of the visit (with a time) or the last day for it (without). */
  visitBy: string;
  /** Optional agreed time, HH:MM. */
  time: string;
  /** Optional; kept only when the resident consented to personal details (`consented`). */
  address: string;
  consented: boolean;
}
export type HomeVisitField = 'team' | 'reason' | 'visitBy' | 'time' | 'address';
export interface HomeVisitValue {
  team: ServiceId;
  reason: HomeVisitReason;
  visitBy: string;
  time: string | null;
  address: string | null;
}
export function checkHomeVisit(
  input: HomeVisitInput,
  today: string,
): FormResult<HomeVisitField, HomeVisitValue> {
  const address = input.consented ? input.address.trim() : '';
  return done<HomeVisitField, HomeVisitValue>(
    {
      team: input.team === null ? 'required' : null,
      reason: input.reason === null ? 'required' : null,
      visitBy: dayProblem(input.visitBy, today),
      time: optionalTimeProblem(input.time),
      address: length(address) > ADDRESS_MAX ? 'tooLong' : null,
    },
    () => ({
      team: input.team as ServiceId,
      reason: input.reason as HomeVisitReason,
      visitBy: input.visitBy,
      time: input.time === '' ? null : input.time,
      address: address === '' ? null : address,
    }),
  );
}

// ---- 信息反馈: the result reported back ----

export interface ReportInput {
  how: ReportChannel | null;
  /**
   * As a datetime-local field gives it: YYYY-MM-DDTHH:MM, the kiosk's local time; empty means
   * "now", the moment the form is saved (not when it was opened: a call can take a while).
   */
  when: string;
  note: string;
}
export type ReportField = 'how' | 'when' | 'note';
export function checkReport(
  input: ReportInput,
  now: Date,
): FormResult<ReportField, { how: ReportChannel; when: Date; note: string | null }> {
  const when = input.when === '' ? now : parseLocalDateTime(input.when);
  const note = input.note.trim();
  return done<ReportField, { how: ReportChannel; when: Date; note: string | null }>(
    {
      how: input.how === null ? 'required' : null,
      // A minute of grace: the field has no seconds.
      when:
        when === null ? 'invalid' : when.getTime() > now.getTime() + 60_000 ? 'futureTime' : null,
      note: length(note) > NOTE_MAX ? 'tooLong' : null,
    },
    () => ({
      how: input.how as ReportChannel,
      when: when as Date,
      note: note === '' ? null : note,
    }),
  );
}

/** YYYY-MM-DDTHH:MM in the kiosk's local time, or null. */
export function parseLocalDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  return date.getMonth() === mo - 1 && date.getDate() === d && h < 24 && mi < 60 ? date : null;
}
