import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSize {
  /** The JS a cold start must fetch: the entry script and every modulepreload in index.html. */
  initialGzip: number;
  initialFiles: string[];
  /** Every .js file in the build (lazy chunks and the service worker included). */
  totalGzip: number;
  totalFiles: number;
}

/** Level 9, as Vite's own build report uses, so the figures can be checked against it. */
const gzipSize = (body: Buffer): number => gzipSync(body, { level: 9 }).length;

/** The JS files index.html makes the browser fetch before the first screen. */
export function initialScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const preloads = [
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set([...srcs, ...preloads])];
}

async function jsFilesUnder(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !skip.has(path.relative(dir, file).split(path.sep)[0] ?? ''));
}

/** Gzip sizes of a built page's JS; `skip` names top-level folders that are not part of it. */
export async function jsSize(
  outDir: string,
  skip: ReadonlySet<string> = new Set(),
): Promise<JsSize> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const initialFiles = initialScripts(html);
  let initialGzip = 0;
  for (const src of initialFiles) initialGzip += gzipSize(await readFile(path.join(outDir, src)));
  const all = await jsFilesUnder(outDir, skip);
  let totalGzip = 0;
  for (const file of all) totalGzip += gzipSize(await readFile(file));
  return { initialGzip, initialFiles, totalGzip, totalFiles: all.length };
}
