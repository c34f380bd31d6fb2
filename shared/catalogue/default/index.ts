import type { Catalogue, Flow } from '../schema';
import type { FlowSource } from './text';
import { splitLocales } from './text';
import { services, servicesText, reasonsText } from './services';
import { tips } from './tips';
import { promptsText } from './prompts';
import { checklistTipsText } from './tips-checklists';
import { lawTipsText } from './tips-law';
import { familyTipsText } from './tips-family';
import { inheritanceTipsText } from './tips-inheritance';
import { labourTipsText } from './tips-labour';
import { legalAidTipsText } from './tips-legal-aid';
import { legalAid, legalAidText } from './legal-aid';
import { contractFlow, contractText } from './flows/contract';
import { propertyFlow, propertyText } from './flows/property';
import { paymentFlow, paymentText } from './flows/payment';
import { disputeFlow, disputeText } from './flows/dispute';
import { familyFlow, familyText } from './flows/family';
import { inheritanceFlow, inheritanceText } from './flows/inheritance';
import { labourFlow, labourText } from './flows/labour';

/** Bump on every content change: the kiosk keeps whichever catalogue has the later version. */
export const DEFAULT_CATALOGUE_VERSION = '2026.12.07';

/**
 * The catalogue shipped with the build. It is the source material written as input types (so an
 * option without services may leave them out); `parseCatalogue` is run over it in
 * `default.test.ts`, so a broken edit fails the tests rather than a resident.
 */
export const defaultCatalogue: Catalogue = {
  version: DEFAULT_CATALOGUE_VERSION,
  services,
  // In the order the prompts are printed in every room (PROMPT_KEYS).
  flows: [
    contractFlow,
    propertyFlow,
    paymentFlow,
    disputeFlow,
    familyFlow,
    inheritanceFlow,
    labourFlow,
  ].map(toFlow),
  tips,
  legalAid,
  strings: splitLocales([
    promptsText,
    servicesText,
    reasonsText,
    checklistTipsText,
    lawTipsText,
    familyTipsText,
    inheritanceTipsText,
    labourTipsText,
    legalAidTipsText,
    legalAidText,
    contractText,
    propertyText,
    paymentText,
    disputeText,
    familyText,
    inheritanceText,
    labourText,
  ]),
};

// Flows are written against zod's input types; fill in the defaults zod would.
function toFlow(flow: FlowSource): Flow {
  return {
    ...flow,
    questions: flow.questions.map((q) => ({
      ...q,
      options: q.options.map((o) => ({ ...o, services: o.services ?? [], tips: o.tips ?? [] })),
    })),
  };
}
