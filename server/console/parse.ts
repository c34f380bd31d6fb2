import type { z } from 'zod';
import { describeIssues } from '../store/records';
import { ConsoleRefusal } from './refusal';

/** Parse a request part with its shared schema, or refuse with 400 `bad_request` naming the fields. */
export function parseConsole<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ConsoleRefusal('bad_request', describeIssues(parsed.error, what));
  return parsed.data;
}
