import type { FocusGroup, HomeVisitReason, SensitiveKind } from '../catalogue/id-lists';
import { REJECT_REASONS } from '../sync/reject-reasons';
import { SENSITIVE_FOCUS_GROUPS, SENSITIVE_HOME_VISIT_REASONS } from './sensitive-contact';

/** The parts of an intake its consent governs (the shape `Intake` checks, before its rules). */
export interface ConsentedParts {
  consent: { general: boolean; sensitive: boolean | null };
  sensitive: readonly SensitiveKind[];
  contact: {
    surname: string | null;
    salutation: string | null;
    phone: string | null;
    homeVisit: { reason: HomeVisitReason } | null;
    focusGroups: readonly FocusGroup[];
  } | null;
}

/** Why an intake keeps what its consent does not allow (a fixed code), or null. */
export type ConsentProblem = 'contactWithoutConsent' | 'sensitiveWithoutConsent';

/**
 * The rules `buildIntakeDraft` applies on the kiosk, checked again wherever an intake is accepted
 * (PIPL Art. 13-14 and 29): an old or faulty kiosk could send what the resident refused to give.
 * Without general consent no contact detail is kept; without the separate sensitive consent
 * (`true`, not false or "never asked") no sensitive kind and no contact choice that reveals one.
 */
export function consentProblem(intake: ConsentedParts): ConsentProblem | null {
  const c = intake.contact;
  if (!intake.consent.general && c !== null) {
    const anything =
      c.surname !== null ||
      c.salutation !== null ||
      c.phone !== null ||
      c.homeVisit !== null ||
      c.focusGroups.length > 0;
    if (anything) return 'contactWithoutConsent';
  }
  if (intake.consent.sensitive !== true) {
    const revealing =
      intake.sensitive.length > 0 ||
      (c?.homeVisit != null && SENSITIVE_HOME_VISIT_REASONS[c.homeVisit.reason] !== undefined) ||
      (c?.focusGroups.some((g) => SENSITIVE_FOCUS_GROUPS[g] !== undefined) ?? false);
    if (revealing) return 'sensitiveWithoutConsent';
  }
  return null;
}

/** The field a problem is reported on, and the reason code a hub answers in its `rejected` ack. */
export const CONSENT_REJECT_REASON: Record<ConsentProblem, { path: string; reason: string }> = {
  contactWithoutConsent: { path: 'contact', reason: REJECT_REASONS.consentMissing },
  sensitiveWithoutConsent: { path: 'sensitive', reason: REJECT_REASONS.sensitiveConsentMissing },
};
