import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildElectron } from './build-electron';

/** The bundled `var KIOSK_BUILD = <expression>;`: esbuild substitutes the define into it. */
function kioskFlag(file: string): string | undefined {
  return /var KIOSK_BUILD = ([^;\n]+);/.exec(readFileSync(file, 'utf8'))?.[1];
}

describe('buildElectron', () => {
  it('bundles main and a tiny preload to CommonJS, with electron left to the runtime', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'dist-electron-'));
    await buildElectron({ kioskBuild: true, outDir: out });
    const main = readFileSync(path.join(out, 'main.cjs'), 'utf8');
    const preload = readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    expect(main).toContain('require("electron")');
    expect(main).toContain('enableSandbox');
    // The preload forwards calls only: zod and the schemas stay in main.
    expect(preload).toContain('exposeInMainWorld("kiosk"');
    expect(preload).not.toMatch(/zod|safeParse/);
    expect(preload.length).toBeLessThan(4_000);
    const required = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('bakes the kiosk flag in', async () => {
    const kiosk = mkdtempSync(path.join(tmpdir(), 'dist-electron-'));
    const dev = mkdtempSync(path.join(tmpdir(), 'dist-electron-'));
    await buildElectron({ kioskBuild: true, outDir: kiosk });
    await buildElectron({ kioskBuild: false, outDir: dev });
    // typeof __KIOSK_BUILD__ === 'boolean' ? __KIOSK_BUILD__ : false, with the define applied.
    expect(kioskFlag(path.join(kiosk, 'main.cjs'))).toBe('true ? true : false');
    expect(kioskFlag(path.join(dev, 'main.cjs'))).toBe('true ? false : false');
  });
});
