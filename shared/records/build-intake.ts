import type {
  PromptKey,
  SensitiveKind,
  ServiceId,
  FocusGroup,
  HomeVisitReason,
} from '../catalogue/ids';
import type { AnswerOption, Catalogue } from '../catalogue/schema';
import type { Answer, IntakeDraft, LegalAidPrescreen } from './intake';
import { CURRENT_CONSENT_VERSION } from './consent-terms';
import {
  SENSITIVE_FOCUS_GROUPS,
  SENSITIVE_HOME_VISIT_REASONS,
  contactSensitiveKinds,
} from './sensitive-contact';

/** What the resident chose on the contact screen, before validation. */
export interface ContactInput {
  surname: string;
  salutation: 'mr' | 'ms' | null;
  phone: string;
  homeVisitReason: HomeVisitReason | null;
  focusGroups: FocusGroup[];
}

export interface IntakeInput {
  catalogue: Catalogue;
  prompt: PromptKey;
  answers: Answer[];
  services: ServiceId[];
  legalAid: LegalAidPrescreen | null;
  /** Kinds of sensitive information the answers reveal. */
  sensitive: SensitiveKind[];
  consentGeneral: boolean;
  /** null when nothing sensitive was asked about. */
  consentSensitive: boolean | null;
  contact: ContactInput;
  locale: 'zh-CN' | 'en';
  now: string;
}

/**
 * Apply the resident's consent to what they entered (PIPL: collect the minimum, keep only what was
 * agreed). Without general consent the kiosk keeps only the prompt, the suggested services and the
 * ticket: an anonymous queue entry. Without the separate consent for sensitive information
 * (PIPL Art. 29) nothing sensitive is kept: not the answers that reveal it, not a legal-aid
 * pre-screen that only those answers named (e.g. 'abuseVictim' says domestic violence), and not
 * the contact choices that reveal health or a child's situation (a home visit for illness, the
 * focus group 残疾人).
 */
export function buildIntakeDraft(input: IntakeInput): IntakeDraft {
  const consent = {
    version: CURRENT_CONSENT_VERSION,
    general: input.consentGeneral,
    sensitive: input.consentGeneral ? input.consentSensitive : null,
    at: input.now,
  };
  const base = {
    prompt: input.prompt,
    catalogueVersion: input.catalogue.version,
    services: input.services,
    consent,
    locale: input.locale,
  };
  if (!input.consentGeneral) {
    return { ...base, answers: [], legalAid: null, sensitive: [], contact: null };
  }
  const keepSensitive = input.consentSensitive === true;
  const options = flowOptions(input.catalogue, input.prompt);
  const answers = keepSensitive
    ? input.answers
    : input.answers.filter(
        (a) => options.get(`${a.questionId}/${a.optionId}`)?.sensitive === undefined,
      );
  const c = input.contact;
  const surname = c.surname.trim();
  const homeVisitReason =
    keepSensitive || c.homeVisitReason === null || !SENSITIVE_HOME_VISIT_REASONS[c.homeVisitReason]
      ? c.homeVisitReason
      : null;
  const focusGroups = keepSensitive
    ? c.focusGroups
    : c.focusGroups.filter((g) => !SENSITIVE_FOCUS_GROUPS[g]);
  return {
    ...base,
    answers,
    legalAid: keepSensitive ? input.legalAid : namedBy(answers, options, input.legalAid),
    sensitive: keepSensitive
      ? [...new Set([...input.sensitive, ...contactSensitiveKinds(homeVisitReason, focusGroups)])]
      : [],
    contact: {
      surname: surname === '' ? null : surname,
      salutation: c.salutation,
      phone: c.phone === '' ? null : c.phone,
      homeVisit: homeVisitReason ? { reason: homeVisitReason } : null,
      focusGroups,
    },
  };
}

/** The flow's options by `questionId/optionId`. */
function flowOptions(catalogue: Catalogue, prompt: PromptKey): Map<string, AnswerOption> {
  const flow = catalogue.flows.find((f) => f.prompt === prompt);
  const options = new Map<string, AnswerOption>();
  for (const q of flow?.questions ?? []) {
    for (const o of q.options) options.set(`${q.id}/${o.id}`, o);
  }
  return options;
}

/**
 * The pre-screen, if an answer that is kept names its matter; otherwise null. The matter came
 * from the dropped sensitive answers, so it would reveal what they said.
 */
function namedBy(
  answers: Answer[],
  options: Map<string, AnswerOption>,
  legalAid: LegalAidPrescreen | null,
): LegalAidPrescreen | null {
  if (legalAid === null) return null;
  const named = answers.some(
    (a) => options.get(`${a.questionId}/${a.optionId}`)?.legalAid === legalAid.matterId,
  );
  return named ? legalAid : null;
}
