import type { z } from 'zod';
import { CatalogueShape, type Catalogue } from './schema';
import { checkFlowGraph } from './validate-flows';
import { checkReferences, checkStrings } from './validate-refs';

export type ParseCatalogueResult = { ok: true; value: Catalogue } | { ok: false; errors: string[] };

/**
 * Parse a catalogue from any source (the build, the hub, storage) and check it in full: the zod
 * shape, then the rules a shape cannot express (see `validate-flows.ts` and `validate-refs.ts`).
 * A catalogue that fails any check is rejected whole, with one readable line per problem, so the
 * kiosk keeps the catalogue it has.
 */
export function parseCatalogue(input: unknown): ParseCatalogueResult {
  const shape = CatalogueShape.safeParse(input);
  if (!shape.success) return { ok: false, errors: shape.error.issues.map(describeIssue) };
  const catalogue = shape.data;
  const errors = [
    ...checkReferences(catalogue),
    ...catalogue.flows.flatMap(checkFlowGraph),
    ...checkStrings(catalogue),
  ];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: catalogue };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}
