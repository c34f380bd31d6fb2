import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Home must draw from a small first download (issue 2: cold load within 1.5x a bare React page,
 * under 200 kB of initial JS). Dexie and zod are most of the kiosk's JavaScript, and nothing on
 * Home needs them, nor the whole catalogue, nor the English strings: they arrive after the first
 * paint (main.tsx, app/open-kiosk). This walks the static imports from main.tsx and fails if any
 * of them sneaks back in, naming the chain.
 */

const RENDERER = path.resolve(import.meta.dirname, '..');
const HEAVY = ['zod', 'dexie', 'dexie-react-hooks'];
/** Our own modules that are too big for the first download, relative to the renderer. */
const HEAVY_LOCAL = ['../shared/catalogue/default/index.ts', 'i18n/locales/en.json'];

/** Static value imports and re-exports; `import type` and dynamic `import()` are not followed. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  if (base.endsWith('.json')) return existsSync(base) ? base : null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

function heavyChains(entry: string): string[] {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const found: string[] = [];
  const chain = (file: string): string => {
    const names: string[] = [];
    for (let f: string | null | undefined = file; f; f = parent.get(f))
      names.unshift(path.relative(RENDERER, f));
    return names.join(' -> ');
  };
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (!spec) continue;
      if (!spec.startsWith('.')) {
        const pkg = spec.split('/')[0] ?? spec;
        if (HEAVY.includes(pkg)) found.push(`${chain(file)} -> ${pkg}`);
        continue;
      }
      const next = resolveLocal(file, spec);
      if (next && HEAVY_LOCAL.includes(path.relative(RENDERER, next)))
        found.push(`${chain(file)} -> ${path.relative(RENDERER, next)}`);
      if (next && !next.endsWith('.json') && !parent.has(next)) {
        parent.set(next, file);
        queue.push(next);
      }
    }
  }
  return found;
}

describe('the first download', () => {
  it('reaches neither Dexie, zod, the whole catalogue nor English through static imports from main.tsx', () => {
    expect(heavyChains(path.join(RENDERER, 'main.tsx'))).toEqual([]);
  });

  it('would notice if one did (the walker follows re-exports and index files)', () => {
    // open-kiosk opens the databases: walked from there, Dexie must be found.
    const chains = heavyChains(path.join(RENDERER, 'app/open-kiosk.ts'));
    expect(chains.some((c) => c.endsWith('-> dexie'))).toBe(true);
    expect(chains.some((c) => c.endsWith('-> zod'))).toBe(true);
    expect(chains.some((c) => c.endsWith('-> ../shared/catalogue/default/index.ts'))).toBe(true);
  });

  it('would notice the English strings (JSON imports count)', () => {
    const chains = heavyChains(path.join(RENDERER, 'test-utils/render-kiosk.tsx'));
    expect(chains.some((c) => c.endsWith('-> i18n/locales/en.json'))).toBe(true);
  });
});
