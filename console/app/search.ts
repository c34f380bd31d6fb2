import { useNavigate, useSearch } from '@tanstack/react-router';
import type { z } from 'zod';

/**
 * A list's query lives in the URL (paging, sorting, filters), so back and forward and a copied
 * link show the same page. It is parsed with the request's shared schema; anything odd in the URL
 * falls back to the defaults rather than sending the hub a query it would refuse.
 */
export function useListQuery<S extends z.ZodType<Record<string, unknown>>>(schema: S) {
  const parsed = schema.safeParse(useSearch({ strict: false }));
  const query: z.infer<S> = parsed.success ? parsed.data : schema.parse({});
  const navigate = useNavigate();
  const set = (change: Partial<z.infer<S>>) =>
    void navigate({ to: '.', search: { ...query, ...change } });
  return [query, set] as const;
}
