import { z } from 'zod';
import { PromptKey, ServiceId, SensitiveKind, CORE_SERVICE_IDS, PROMPT_KEYS } from './ids';

/**
 * The catalogue is content as data: prompts, questions, services, tips and the legal-aid
 * pre-screen. It ships with the build and can be replaced by a newer version from the hub without
 * a new build, so it is validated here in full before the kiosk uses it.
 *
 * Text is never inline: every `...Key` names a string in the catalogue's own i18next namespace
 * (`strings`), which carries Simplified Chinese and English side by side.
 */
export const TextKey = z
  .string()
  .regex(/^[a-zA-Z0-9_.-]{1,120}$/, 'text keys are dotted identifiers');
export type TextKey = z.infer<typeof TextKey>;

const Id = z.string().regex(/^[a-z0-9][a-zA-Z0-9-]{0,60}$/);

/** A service recommended by an answer, with the one plain sentence that says why it fits. */
export const ServiceHint = z.strictObject({ id: ServiceId, reasonKey: TextKey });
export type ServiceHint = z.infer<typeof ServiceHint>;

export const AnswerOption = z.strictObject({
  id: Id,
  labelKey: TextKey,
  /** The next question; absent means the questions end here. */
  next: Id.optional(),
  services: z.array(ServiceHint).default([]),
  tips: z.array(Id).default([]),
  /** A matter the Legal Aid Law lists (Art. 31 or 32): triggers the pre-screen. */
  legalAid: Id.optional(),
  /** The answer reveals sensitive personal information: needs separate consent to be kept. */
  sensitive: SensitiveKind.optional(),
});
export type AnswerOption = z.infer<typeof AnswerOption>;

export const Question = z.strictObject({
  id: Id,
  textKey: TextKey,
  helpKey: TextKey.optional(),
  options: z.array(AnswerOption).min(2).max(6),
});
export type Question = z.infer<typeof Question>;

export const Flow = z.strictObject({
  prompt: PromptKey,
  /**
   * The Home tile's picture, always beside the text (never the only signal): the name of one of
   * the kiosk's drawings (renderer/ui/drawn-icons.tsx, e.g. `contract`), else shown as text.
   */
  icon: z.string().min(1).max(8),
  titleKey: TextKey,
  blurbKey: TextKey,
  start: Id,
  questions: z.array(Question).min(1),
});
export type Flow = z.infer<typeof Flow>;

export const Service = z.strictObject({
  id: ServiceId,
  nameKey: TextKey,
  /** Which linkage team (联动组) takes the matter. */
  teamKey: TextKey,
  summaryKey: TextKey,
});
export type Service = z.infer<typeof Service>;

/** A topic tip, e.g. the anti-fraud checklist; legal statements name their source. */
export const Tip = z.strictObject({
  id: Id,
  titleKey: TextKey,
  itemKeys: z.array(TextKey).min(1).max(8),
  sourceKey: TextKey.optional(),
});
export type Tip = z.infer<typeof Tip>;

/** A matter listed in the PRC Legal Aid Law (法律援助法) Art. 31 (hardship test) or Art. 32 (none). */
export const LegalAidMatter = z.strictObject({
  id: Id,
  article: z.union([z.literal(31), z.literal(32)]),
  labelKey: TextKey,
});
export type LegalAidMatter = z.infer<typeof LegalAidMatter>;

export const LegalAidScreen = z.strictObject({
  matters: z.array(LegalAidMatter).min(1),
  /** "Is paying a lawyer hard for your household?" Asked only for Art. 31 matters. */
  hardshipQuestionKey: TextKey,
  mayQualifyKey: TextKey,
  noHardshipTestKey: TextKey,
  unlikelyKey: TextKey,
  /** The legal aid centre decides; the kiosk only pre-screens. */
  decidesKey: TextKey,
  bringKeys: z.array(TextKey).min(1),
  sourceArt31Key: TextKey,
  sourceArt32Key: TextKey,
});
export type LegalAidScreen = z.infer<typeof LegalAidScreen>;

export const LOCALES = ['zh-CN', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

const Strings = z.record(TextKey, z.string().min(1).max(2000));

export const CatalogueShape = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(-\d+)?$/, 'version is a date, e.g. 2026.11.29'),
  services: z.array(Service).min(CORE_SERVICE_IDS.length),
  flows: z.array(Flow).length(PROMPT_KEYS.length),
  tips: z.array(Tip),
  legalAid: LegalAidScreen,
  strings: z.strictObject({ 'zh-CN': Strings, en: Strings }),
});
export type Catalogue = z.infer<typeof CatalogueShape>;
