import { buildApp, type HubOptions } from '../app';
import { openHubDb } from '../db/open';
import { KIOSK_ORIGIN } from '../http/cors';
import { seedDemo, seedDemoVolunteers } from '../demo';
import { DEMO_CODE } from '../store/codes';
import { scheduleDailyPurge } from '../store/retention';
import { seedConsoleDemo } from '../demo/console-demo';

export interface ServeOptions {
  dataDir: string;
  host: string;
  port: number;
  demo: boolean;
  /** Origins allowed besides app://kiosk (HUB_CORS_ORIGINS). */
  corsOrigins: readonly string[];
  /** Reverse proxies whose X-Forwarded-For is believed (HUB_TRUST_PROXY); none when absent. */
  trustedProxies?: readonly string[];
}

/**
 * Run the hub until SIGINT/SIGTERM; close the server, then the database. `extra` exists for the
 * benchmark (scripts/bench/hub-floor-server.lib.ts), which needs the same hub plus its floor route.
 */
export async function serve(
  options: ServeOptions,
  extra: Pick<HubOptions, 'benchFloor'> = {},
): Promise<void> {
  const db = openHubDb(options.dataDir);
  let consoleDemo: string[] = [];
  if (options.demo) {
    seedDemo(db, Date.now());
    await seedDemoVolunteers(db, Date.now());
    consoleDemo = await seedConsoleDemo(db, Date.now());
  }
  const app = buildApp({
    ...extra,
    db,
    log: { stream: process.stdout, level: 'info' },
    corsOrigins: options.corsOrigins,
    trustedProxies: options.trustedProxies ?? [],
  });
  // The retention promise on the consent screen (docs/privacy.md), kept while the hub runs.
  const stopPurge = scheduleDailyPurge(db);
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    stopPurge();
    app.close().then(
      () => {
        db.close();
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  console.info(`District hub listening on http://${host}:${port}/  (data: ${options.dataDir})`);
  console.info(
    `Pages allowed to call /api/v1: ${[KIOSK_ORIGIN, ...options.corsOrigins].join(', ')}`,
  );
  if (options.demo)
    console.info(
      `Demo data loaded: site xujiahui, enrollment code ${DEMO_CODE} (reusable, never expires; demo only), desk volunteers demo-zhang and demo-li (PINs in docs/cases.md)`,
    );
  console.info(`District console: http://${host}:${port}/console/`);
  for (const line of consoleDemo) console.info(line);
}
