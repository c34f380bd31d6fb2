import { build, type BuildOptions } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ElectronBuildOptions {
  kioskBuild: boolean;
  root?: string;
  /** Relative to root; electron-builder packages `dist-electron`. */
  outDir?: string;
  /** The renderer release public key (PEM) to build in; none: no renderer-only updates. */
  releasePublicKeyPem?: string;
}

/**
 * Bundles the Electron main process and preload to CommonJS in dist-electron/. `electron` stays
 * external (the runtime provides it). A kiosk build (the default, and what `npm run dist`
 * packages) locks the machine down; `--dev` (what `npm start` uses) keeps devtools and a window.
 */
export async function buildElectron({
  kioskBuild,
  root = process.cwd(),
  outDir = 'dist-electron',
  releasePublicKeyPem = '',
}: ElectronBuildOptions): Promise<void> {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: false,
    logLevel: 'warning',
    absWorkingDir: root,
    define: {
      __KIOSK_BUILD__: String(kioskBuild),
      __RENDERER_RELEASE_PUBLIC_KEY__: JSON.stringify(releasePublicKeyPem),
    },
  };
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outDir, 'main.cjs') }),
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: path.join(outDir, 'preload.cjs'),
    }),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const kioskBuild = !process.argv.includes('--dev');
  // docs/deploy.md, "Renderer-only updates": the district's public key, never the private one.
  const keyFile = process.env.RENDERER_RELEASE_PUBLIC_KEY;
  const releasePublicKeyPem = keyFile ? readFileSync(keyFile, 'utf8') : '';
  if (kioskBuild && !keyFile)
    console.warn('RENDERER_RELEASE_PUBLIC_KEY not set: this build takes no renderer-only updates');
  await buildElectron({
    kioskBuild,
    releasePublicKeyPem,
    root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  });
  console.info(
    `dist-electron/main.cjs and preload.cjs built (${kioskBuild ? 'kiosk' : 'developer'} build)`,
  );
}
