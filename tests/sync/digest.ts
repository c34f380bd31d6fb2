import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal records give equal text on both sides. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 over the records sorted by id: one line per record, its id and its canonical JSON. */
export function recordsDigest(records: readonly { id: string; body: unknown }[]): string {
  const hash = createHash('sha256');
  for (const r of [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    hash.update(`${r.id}\t${canonicalJson(r.body)}\n`);
  return hash.digest('hex');
}
