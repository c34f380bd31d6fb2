import { buildApp } from '../app';
import { openHubDb } from '../db/open';
import { seedDemo } from '../demo';
import { DEMO_CODE } from '../store/codes';

export interface ServeOptions {
  dataDir: string;
  host: string;
  port: number;
  demo: boolean;
}

/** Run the hub until SIGINT/SIGTERM; close the server, then the database. */
export async function serve(options: ServeOptions): Promise<void> {
  const db = openHubDb(options.dataDir);
  if (options.demo) seedDemo(db, Date.now());
  const app = buildApp({ db, log: { stream: process.stdout, level: 'info' } });
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
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
  if (options.demo)
    console.info(
      `Demo data loaded: site xujiahui, enrollment code ${DEMO_CODE} (reusable, never expires; demo only)`,
    );
}
