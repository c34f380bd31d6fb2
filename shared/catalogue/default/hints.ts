import type { CoreServiceId } from '../ids';

/**
 * A service hint with its shared reason sentence: `hint('lawyer', 'readBeforeSigning')` points to
 * `reason.lawyer.readBeforeSigning` (see `services.ts`). Keeps the flow files short and readable.
 */
export function hint(id: CoreServiceId, reason: string): { id: CoreServiceId; reasonKey: string } {
  return { id, reasonKey: `reason.${id}.${reason}` };
}
