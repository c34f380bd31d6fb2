import { z } from 'zod';
import type { ContentDb } from '../../db/content-db';
import type { Locale } from '../../../shared/catalogue/schema';
import { putLocalEntry, readLocalEntry } from './local-entry';
import { SETUP_STEPS, type SetupFields, type SetupStep } from './setup-store';

/**
 * The wizard's typing, kept through a reload or a power cut in the middle of setting up: the hub
 * address, the enrollment code, the label, the printer's name, the step and the language. None of
 * it is personal data, and the code is worth nothing once spent. Kept under a `local:` key of the
 * content database, which no hub content overwrites and no idle reset wipes; deleted when the
 * wizard finishes (and by a factory reset, with the rest of the database).
 */
export const SETUP_DRAFT_KEY = 'local:setupDraft' as const;

const SetupDraft = z.object({
  step: z.enum(SETUP_STEPS).optional(),
  hubUrl: z.string().max(200),
  code: z.string().max(32),
  deviceLabel: z.string().max(64),
  printer: z.string().max(256).nullable(),
  locale: z.enum(['zh-CN', 'en']),
});
export type SetupDraft = z.infer<typeof SetupDraft>;

export function setupDraft(fields: SetupFields & { step: SetupStep }, locale: Locale): SetupDraft {
  const { step, hubUrl, code, deviceLabel, printer } = fields;
  return { step, hubUrl, code, deviceLabel, printer, locale };
}

/** The draft a reload left, or null (none, or one that no longer parses: start afresh). */
export function readSetupDraft(db: ContentDb): Promise<SetupDraft | null> {
  return readLocalEntry(db, SETUP_DRAFT_KEY, SetupDraft);
}

export function writeSetupDraft(db: ContentDb, draft: SetupDraft, now?: Date): Promise<void> {
  return putLocalEntry(db, SETUP_DRAFT_KEY, draft, now);
}

export async function clearSetupDraft(db: ContentDb): Promise<void> {
  await db.content.delete(SETUP_DRAFT_KEY);
}
