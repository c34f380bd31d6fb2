import type { FocusGroup, HomeVisitReason, SensitiveKind } from '../catalogue/id-lists';

/**
 * Contact-screen choices that are sensitive personal information (PIPL Art. 28): a disability or
 * illness is health information, and a child's situation is a minor's. They are kept only with the
 * separate sensitive consent (Art. 29), like the answers the catalogue marks `sensitive`.
 * 'elderly', 'hardship' and 'migrantWorker' are not in Art. 28's list.
 */
export const SENSITIVE_HOME_VISIT_REASONS: Partial<Record<HomeVisitReason, SensitiveKind>> = {
  child: 'minor',
  disability: 'health',
  illness: 'health',
};

/** 青少年 and 妇女儿童 may be children (under 14: Art. 28), so both count as a minor's situation. */
export const SENSITIVE_FOCUS_GROUPS: Partial<Record<FocusGroup, SensitiveKind>> = {
  youth: 'minor',
  womenChildren: 'minor',
  disability: 'health',
};

/** The kinds of sensitive information these contact choices reveal, each once. */
export function contactSensitiveKinds(
  homeVisitReason: HomeVisitReason | null,
  focusGroups: readonly FocusGroup[],
): SensitiveKind[] {
  const kinds = new Set<SensitiveKind>();
  const visit =
    homeVisitReason === null ? undefined : SENSITIVE_HOME_VISIT_REASONS[homeVisitReason];
  if (visit) kinds.add(visit);
  for (const g of focusGroups) {
    const kind = SENSITIVE_FOCUS_GROUPS[g];
    if (kind) kinds.add(kind);
  }
  return [...kinds];
}
