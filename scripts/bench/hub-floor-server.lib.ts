import { serve } from '../../server/cli/serve';

/**
 * The hub for the ingest benchmark's floor: exactly `npm run hub -- serve --demo` (same serve(),
 * same request log to stdout), plus the bench-only POST /bench/floor route, which the CLI can
 * never turn on. Usage: tsx scripts/bench/hub-floor-server.lib.ts <dataDir>
 */
const dataDir = process.argv[2];
if (dataDir === undefined) {
  console.error('usage: tsx scripts/bench/hub-floor-server.lib.ts <dataDir>');
  process.exit(2);
}
await serve(
  { dataDir, host: '127.0.0.1', port: 0, demo: true, corsOrigins: [] },
  { benchFloor: true },
);
