import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ElectronBuildOptions {
  kioskBuild: boolean;
  root?: string;
  /** Relative to root; electron-builder packages `dist-electron`. */
  outDir?: string;
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
    define: { __KIOSK_BUILD__: String(kioskBuild) },
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
  await buildElectron({
    kioskBuild,
    root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  });
  console.info(
    `dist-electron/main.cjs and preload.cjs built (${kioskBuild ? 'kiosk' : 'developer'} build)`,
  );
}
