import { z } from 'zod';
import { PromptKey, ServiceId } from '../catalogue/ids';
import { StreetId } from '../sites';
import { PERSONAL_INFO_KINDS } from './anonymise';

/**
 * 典型案事例: a typical case staff write from a closed case: the facts, how it was resolved, the
 * services that worked together, the law applied. Anonymised before it is stored
 * (./anonymise.ts), approved by a second person, then in the library, the DOCX compilation and,
 * if published, on the kiosks under the prompt it belongs to.
 */
export const TYPICAL_TITLE_MAX = 60;
export const TYPICAL_TEXT_MAX = 2000;
export const TYPICAL_LAW_MAX = 500;

const Text = (max: number) => z.string().trim().min(1).max(max);

export const TypicalCaseDraft = z.strictObject({
  /** The kiosk prompt it is published under: its topic in the library. */
  prompt: PromptKey,
  title: Text(TYPICAL_TITLE_MAX),
  facts: Text(TYPICAL_TEXT_MAX),
  resolution: Text(TYPICAL_TEXT_MAX),
  /** The law applied, by name and article (法律 + 条), e.g. 《民法典》第一千零六十七条. */
  law: Text(TYPICAL_LAW_MAX),
  services: z.array(ServiceId).min(1).max(8),
});
export type TypicalCaseDraft = z.infer<typeof TypicalCaseDraft>;

/** The fields anonymisation reads. */
export const TYPICAL_TEXT_FIELDS = ['title', 'facts', 'resolution', 'law'] as const;

export const TYPICAL_STATUSES = ['draft', 'approved'] as const;
export type TypicalStatus = (typeof TYPICAL_STATUSES)[number];

export const TypicalCaseView = z.object({
  id: z.string(),
  caseId: z.string(),
  street: StreetId,
  year: z.number().int(),
  status: z.enum(TYPICAL_STATUSES),
  published: z.boolean(),
  prompt: PromptKey,
  title: z.string(),
  facts: z.string(),
  resolution: z.string(),
  law: z.string(),
  services: z.array(ServiceId),
  author: z.string(),
  approvedBy: z.string().nullable(),
  /** Whether the caller wrote it (then someone else must approve it). */
  mine: z.boolean(),
  updatedAt: z.string(),
});
export type TypicalCaseView = z.infer<typeof TypicalCaseView>;

/** Where the hub found personal information, for the form to point at (never echoed text). */
export const PersonalInfoProblem = z.object({
  field: z.enum(TYPICAL_TEXT_FIELDS),
  kind: z.enum(PERSONAL_INFO_KINDS),
  start: z.number().int(),
  end: z.number().int(),
});
export type PersonalInfoProblem = z.infer<typeof PersonalInfoProblem>;

/**
 * A typical case as published to every kiosk (content feed kind `typicalCase`, keyed by its id):
 * `withdrawn` takes it off again. Residents read it under its prompt.
 */
export const TypicalCasePublication = z.strictObject({
  id: z.string().min(1).max(64),
  prompt: PromptKey,
  year: z.int().min(2000).max(2100),
  title: Text(TYPICAL_TITLE_MAX),
  facts: Text(TYPICAL_TEXT_MAX),
  resolution: Text(TYPICAL_TEXT_MAX),
  law: Text(TYPICAL_LAW_MAX),
  services: z.array(ServiceId).max(8),
  withdrawn: z.boolean(),
});
export type TypicalCasePublication = z.infer<typeof TypicalCasePublication>;
