import type { z } from 'zod';
import type { ContentDb } from '../../db/content-db';

/**
 * The kiosk's own small settings in the content database, under `local:` keys that no hub
 * content overwrites and a factory reset deletes (the wizard's draft, the kiosk's name). What no
 * longer parses is read as nothing.
 */
export async function readLocalEntry<S extends z.ZodType>(
  db: ContentDb,
  key: `local:${string}`,
  schema: S,
): Promise<z.infer<S> | null> {
  const parsed = schema.safeParse((await db.content.get(key))?.value);
  return parsed.success ? parsed.data : null;
}

export async function putLocalEntry(
  db: ContentDb,
  key: `local:${string}`,
  value: unknown,
  now: Date = new Date(),
): Promise<void> {
  await db.content.put({ key, value, updatedAt: now.toISOString() });
}
