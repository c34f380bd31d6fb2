import { z } from 'zod';
import { PromptKey, ServiceId, FocusGroup, HomeVisitReason, SensitiveKind } from '../catalogue/ids';
import { ConsentRecord } from './consent';
import { isMainlandMobile } from './phone';
import { surnameProblem } from './surname';
import { UUID_V7_PATTERN } from '../ids';
import { KioskCaseEvent } from '../cases/events';
import { CONSENT_REJECT_REASON, consentProblem } from './intake-consent';

export const RecordId = z.string().regex(UUID_V7_PATTERN, 'record ids are UUID v7');
export const DayString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A queue number unique for the device and day, e.g. A-007. */
export const TicketNumber = z.string().regex(/^[A-Z]-\d{3,4}$/);
export const Ticket = z.strictObject({ number: TicketNumber, day: DayString });
export type Ticket = z.infer<typeof Ticket>;

export const Answer = z.strictObject({
  questionId: z.string().max(64),
  optionId: z.string().max(64),
});
export type Answer = z.infer<typeof Answer>;

/** The Chinese polite address: surname + 先生/女士, or nothing at all. */
export const Salutation = z.enum(['mr', 'ms']);

export const Contact = z.strictObject({
  /** Surname only (1-4 characters, e.g. 王 or 欧阳); never a full name. */
  surname: z
    .string()
    .min(1)
    .refine(
      (s) => s.trim() === s && surnameProblem(s) === null,
      'surname: 1-4 Chinese or Latin letters',
    )
    .nullable(),
  salutation: Salutation.nullable(),
  phone: z.string().refine(isMainlandMobile, 'phone: a mainland mobile number').nullable(),
  homeVisit: z.strictObject({ reason: HomeVisitReason }).nullable(),
  focusGroups: z.array(FocusGroup).max(5),
});
export type Contact = z.infer<typeof Contact>;

export const LegalAidPrescreen = z.strictObject({
  matterId: z.string().max(64),
  article: z.union([z.literal(31), z.literal(32)]),
  /** Art. 31 only: the resident's own answer on financial hardship; never verified here. */
  hardship: z.enum(['yes', 'no', 'unsure']).nullable(),
});
export type LegalAidPrescreen = z.infer<typeof LegalAidPrescreen>;

/**
 * An intake's fields without the consent rules: for reading intakes stored before those rules
 * were checked (the hub's `records`, a kiosk's own database). Accept new ones with `Intake`.
 */
export const IntakeFields = z.strictObject({
  id: RecordId,
  kind: z.literal('intake'),
  prompt: PromptKey,
  catalogueVersion: z.string().max(32),
  answers: z.array(Answer).max(12),
  services: z.array(ServiceId).max(12),
  legalAid: LegalAidPrescreen.nullable(),
  /** Kinds of sensitive information kept (only with consent.sensitive === true). */
  sensitive: z.array(SensitiveKind).max(3),
  consent: ConsentRecord,
  contact: Contact.nullable(),
  ticket: Ticket,
  locale: z.enum(['zh-CN', 'en']),
  /** The kiosk's clock when the record was made (ISO with offset). */
  createdAt: z.iso.datetime({ offset: true }),
});

/**
 * An intake: what a resident told the kiosk, saved on the device before the ticket shows.
 * When consent is declined only the prompt, the suggested services and the ticket are kept, and
 * this schema refuses anything more (`consentProblem`): the kiosk builds it so, and the hub
 * refuses an old or faulty kiosk's intake that keeps what the resident did not agree to.
 */
export const Intake = IntakeFields.superRefine((intake, ctx) => {
  const problem = consentProblem(intake);
  if (problem === null) return;
  const { path, reason } = CONSENT_REJECT_REASON[problem];
  ctx.addIssue({ code: 'custom', path: [path], message: reason, params: { reason } });
});
export type Intake = z.infer<typeof Intake>;

/** What the intake screens collect; the id, ticket and time are added at the moment of saving. */
export type IntakeDraft = Omit<Intake, 'id' | 'kind' | 'ticket' | 'createdAt'>;

/** 解忧法空间: an anonymous suggestion from the suggestion box. */
export const Suggestion = z.strictObject({
  id: RecordId,
  kind: z.literal('suggestion'),
  text: z.string().trim().min(1).max(500),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Suggestion = z.infer<typeof Suggestion>;

/**
 * Every record the kiosk creates and sends to the hub through the outbox. Case events (kind
 * `caseEvent`, shared/cases/events.ts) are the front desk's.
 */
export const KioskRecord = z.discriminatedUnion('kind', [Intake, Suggestion, KioskCaseEvent]);
export type KioskRecord = z.infer<typeof KioskRecord>;
