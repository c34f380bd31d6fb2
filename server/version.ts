import { readFileSync } from 'node:fs';

/** The hub's version, from package.json (reported by /api/v1/health). */
export function hubVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
