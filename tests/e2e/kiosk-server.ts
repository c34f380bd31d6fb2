import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createStaticServer } from '../../scripts/static-server';

export interface KioskServer {
  url: string;
  close(): Promise<void>;
}

const RENDERER_DIR = join(import.meta.dirname, '../../dist/renderer');

/**
 * The built kiosk served to Chromium exactly as `npm start` serves it (same files, CSP and
 * `/api` proxy). Without a hub the proxy answers 502, which the kiosk must treat as offline.
 */
export async function startKioskServer(
  options: {
    hubOrigin?: string;
    enrollmentCode?: string;
    root?: string;
    /**
     * false: a kiosk straight from the box (no demo flag), which opens the first-run wizard.
     * Default: a demo run, which lands on Home as every suite before the wizard expects.
     */
    provisioned?: false;
  } = {},
): Promise<KioskServer> {
  const server = createStaticServer({
    root: options.root ?? RENDERER_DIR,
    hubOrigin: options.hubOrigin ?? 'http://127.0.0.1:9',
    bootConfig: {
      hubUrl: '',
      demo: options.provisioned !== false,
      ...(options.enrollmentCode ? { enrollmentCode: options.enrollmentCode } : {}),
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
