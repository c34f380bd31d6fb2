import { z } from 'zod';

/** The seven plain-language prompts (七条宣传语), in the order they are printed in every room. */
export const PROMPT_KEYS = [
  'contract',
  'property',
  'payment',
  'dispute',
  'family',
  'inheritance',
  'labour',
] as const;
export const PromptKey = z.enum(PROMPT_KEYS);
export type PromptKey = z.infer<typeof PromptKey>;

/** The six fixed services, the "6" of "6+X" (菜单式). */
export const CORE_SERVICE_IDS = [
  'lawyer', // 律师咨询
  'notary', // 公证服务
  'mediation', // 人民调解
  'legalAid', // 法律援助
  'forensic', // 司法鉴定
  'publicity', // 法治宣传
] as const;
export const CoreServiceId = z.enum(CORE_SERVICE_IDS);
export type CoreServiceId = z.infer<typeof CoreServiceId>;

/** A street/town's own "X" service (自选式), e.g. `x:elder-care-law`. */
export const XServiceId = z.string().regex(/^x:[a-z0-9-]{1,40}$/);
export const ServiceId = z.union([CoreServiceId, XServiceId]);
export type ServiceId = z.infer<typeof ServiceId>;

/** Focus groups with special needs (重点群体). */
export const FOCUS_GROUPS = [
  'elderly',
  'youth',
  'womenChildren',
  'disability',
  'migrantWorker',
] as const;
export const FocusGroup = z.enum(FOCUS_GROUPS);
export type FocusGroup = z.infer<typeof FocusGroup>;

/** Why a resident asks for the home-visit green channel (上门绿色通道). */
export const HOME_VISIT_REASONS = [
  'elderly',
  'child',
  'disability',
  'illness',
  'hardship',
  'other',
] as const;
export const HomeVisitReason = z.enum(HOME_VISIT_REASONS);
export type HomeVisitReason = z.infer<typeof HomeVisitReason>;

/** Kinds of sensitive personal information an answer can reveal (PIPL Art. 28). */
export const SENSITIVE_KINDS = ['health', 'minor', 'domesticViolence'] as const;
export const SensitiveKind = z.enum(SENSITIVE_KINDS);
export type SensitiveKind = z.infer<typeof SensitiveKind>;
