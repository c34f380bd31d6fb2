/**
 * The catalogue's fixed vocabularies as plain lists, with no zod. The resident's first screens
 * import these (and never the schemas in `ids.ts`), so zod is not in the kiosk's first download.
 */

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
export type PromptKey = (typeof PROMPT_KEYS)[number];

/** The six fixed services, the "6" of "6+X" (菜单式). */
export const CORE_SERVICE_IDS = [
  'lawyer', // 律师咨询
  'notary', // 公证服务
  'mediation', // 人民调解
  'legalAid', // 法律援助
  'forensic', // 司法鉴定
  'publicity', // 法治宣传
] as const;
export type CoreServiceId = (typeof CORE_SERVICE_IDS)[number];

export function isCoreServiceId(id: string): id is CoreServiceId {
  return (CORE_SERVICE_IDS as readonly string[]).includes(id);
}

/** Focus groups with special needs (重点群体). */
export const FOCUS_GROUPS = [
  'elderly',
  'youth',
  'womenChildren',
  'disability',
  'migrantWorker',
] as const;
export type FocusGroup = (typeof FOCUS_GROUPS)[number];

/** Why a resident asks for the home-visit green channel (上门绿色通道). */
export const HOME_VISIT_REASONS = [
  'elderly',
  'child',
  'disability',
  'illness',
  'hardship',
  'other',
] as const;
export type HomeVisitReason = (typeof HOME_VISIT_REASONS)[number];

/** Kinds of sensitive personal information an answer can reveal (PIPL Art. 28). */
export const SENSITIVE_KINDS = ['health', 'minor', 'domesticViolence'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];
