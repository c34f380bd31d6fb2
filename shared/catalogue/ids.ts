import { z } from 'zod';
import {
  CORE_SERVICE_IDS,
  FOCUS_GROUPS,
  HOME_VISIT_REASONS,
  PROMPT_KEYS,
  SENSITIVE_KINDS,
} from './id-lists';

/**
 * Schemas for the catalogue's vocabularies (the lists themselves are in `id-lists.ts`, free of
 * zod for the resident's first screens). Every boundary that reads an id validates it with these.
 */
export {
  CORE_SERVICE_IDS,
  FOCUS_GROUPS,
  HOME_VISIT_REASONS,
  PROMPT_KEYS,
  SENSITIVE_KINDS,
  isCoreServiceId,
} from './id-lists';

export const PromptKey = z.enum(PROMPT_KEYS);
export type PromptKey = z.infer<typeof PromptKey>;

export const CoreServiceId = z.enum(CORE_SERVICE_IDS);
export type CoreServiceId = z.infer<typeof CoreServiceId>;

/** A street/town's own "X" service (自选式), e.g. `x:elder-care-law`. */
export const XServiceId = z.string().regex(/^x:[a-z0-9-]{1,40}$/);
export const ServiceId = z.union([CoreServiceId, XServiceId]);
export type ServiceId = z.infer<typeof ServiceId>;

export const FocusGroup = z.enum(FOCUS_GROUPS);
export type FocusGroup = z.infer<typeof FocusGroup>;

export const HomeVisitReason = z.enum(HOME_VISIT_REASONS);
export type HomeVisitReason = z.infer<typeof HomeVisitReason>;

export const SensitiveKind = z.enum(SENSITIVE_KINDS);
export type SensitiveKind = z.infer<typeof SensitiveKind>;
