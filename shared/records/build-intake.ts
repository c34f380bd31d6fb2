import type {
  PromptKey,
  SensitiveKind,
  ServiceId,
  FocusGroup,
  HomeVisitReason,
} from '../catalogue/ids';
import type { Catalogue } from '../catalogue/schema';
import type { Answer, IntakeDraft, LegalAidPrescreen } from './intake';
import { CURRENT_CONSENT_VERSION } from './consent-terms';

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
 * ticket: an anonymous queue entry. Without the separate consent for sensitive information, the
 * answers that reveal it are dropped.
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
  const sensitiveOptions = sensitiveOptionIds(input.catalogue, input.prompt);
  const answers = keepSensitive
    ? input.answers
    : input.answers.filter((a) => !sensitiveOptions.has(`${a.questionId}/${a.optionId}`));
  const c = input.contact;
  const surname = c.surname.trim();
  return {
    ...base,
    answers,
    legalAid: input.legalAid,
    sensitive: keepSensitive ? input.sensitive : [],
    contact: {
      surname: surname === '' ? null : surname,
      salutation: c.salutation,
      phone: c.phone === '' ? null : c.phone,
      homeVisit: c.homeVisitReason ? { reason: c.homeVisitReason } : null,
      focusGroups: c.focusGroups,
    },
  };
}

function sensitiveOptionIds(catalogue: Catalogue, prompt: PromptKey): Set<string> {
  const flow = catalogue.flows.find((f) => f.prompt === prompt);
  const ids = new Set<string>();
  for (const q of flow?.questions ?? []) {
    for (const o of q.options) if (o.sensitive) ids.add(`${q.id}/${o.id}`);
  }
  return ids;
}
