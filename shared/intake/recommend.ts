import type { SensitiveKind, ServiceId } from '../catalogue/ids';
import { isCoreServiceId } from '../catalogue/id-lists';
import type { Catalogue, LegalAidMatter, ServiceHint, Tip } from '../catalogue/schema';
import { replay, type FlowState } from './flow';

export interface Recommendation {
  /** Services that fit, each once, in the order the answers first suggested them. */
  services: ServiceHint[];
  tips: Tip[];
  /** The matter for the legal-aid pre-screen, or null when no answer named one. */
  legalAid: LegalAidMatter | null;
  /** Kinds of sensitive information the answers reveal, each once. */
  sensitive: SensitiveKind[];
}

/** What this site offers beyond the six fixed services (its "X", 自选式). */
export interface SiteOffer {
  xServices: ServiceId[];
}

/**
 * What the room can do for the resident, from the answers given so far. A service keeps the
 * reason of the answer that first suggested it. "X" services appear only where the site offers
 * them. If answers name several legal-aid matters, an Art. 32 matter wins (no hardship test,
 * so the resident is never asked about money needlessly); otherwise the first one named.
 */
export function recommend(
  catalogue: Catalogue,
  state: FlowState,
  site?: SiteOffer,
): Recommendation {
  const { chosen } = replay(catalogue, state);
  const offered = new Set<string>(site?.xServices ?? []);
  const services = new Map<string, ServiceHint>();
  const tipIds = new Set<string>();
  const matterIds: string[] = [];
  const sensitive = new Set<SensitiveKind>();
  for (const { option } of chosen) {
    for (const hint of option.services) {
      const available = isCoreServiceId(hint.id) || offered.has(hint.id);
      if (available && !services.has(hint.id)) services.set(hint.id, hint);
    }
    for (const id of option.tips) tipIds.add(id);
    if (option.legalAid !== undefined) matterIds.push(option.legalAid);
    if (option.sensitive !== undefined) sensitive.add(option.sensitive);
  }
  const tips = [...tipIds].flatMap((id) => catalogue.tips.filter((t) => t.id === id));
  const matters = matterIds.flatMap((id) => catalogue.legalAid.matters.filter((m) => m.id === id));
  const legalAid = matters.find((m) => m.article === 32) ?? matters[0] ?? null;
  return { services: [...services.values()], tips, legalAid, sensitive: [...sensitive] };
}
