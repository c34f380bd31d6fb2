import path from 'node:path';
import type { KioskBootConfig } from '../shared/ipc';

/**
 * What `npm start` runs. By default the demo: a hub with the demo room and its reusable code,
 * and a kiosk that enrolls itself. `npm start -- --no-demo` is the real first-run path a
 * technician meets: a hub with no room at all (its own data folder, so a demo run's room is not
 * there either) and a kiosk that opens the setup wizard. It uses other ports than the demo, so
 * both can run side by side and the browser keeps a separate, empty kiosk profile.
 */
export interface StartPlan {
  demo: boolean;
  /** Serve the kiosk to a browser even where Electron's binary is installed. */
  browserOnly: boolean;
  kioskPort: number;
  hubPort: number;
  /** After `serve`: how the hub is started. */
  hubArgs: string[];
  /** The hub's data folder when the plan sets one (first-run mode); null: the hub's default. */
  hubDataDir: string | null;
  /** The browser build's boot config (kiosk-config.json). */
  bootConfig: KioskBootConfig;
  /** What Electron's main process reads (electron/settings.ts). */
  electronEnv: Record<string, string>;
}

export const DEMO_ENROLLMENT_CODE = 'DEMO-2026';
export const USAGE = 'usage: npm start [-- --no-demo] [-- --browser]';

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new Error(`${name} must be a port number`);
  return value;
}

export function startPlan(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  root: string,
): StartPlan {
  const unknown = argv.filter((a) => a !== '--no-demo' && a !== '--browser');
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')}; ${USAGE}`);
  const demo = !argv.includes('--no-demo');
  const kioskPort = port(env, 'KIOSK_PORT', demo ? 5174 : 5175);
  const hubPort = port(env, 'HUB_PORT', demo ? 8787 : 8788);
  const hubUrl = `http://127.0.0.1:${hubPort}`;
  const hubDataDir = demo ? null : (env.HUB_DATA_DIR ?? path.join(root, '.hub-data', 'no-demo'));
  const common = ['--host', '127.0.0.1', '--port', String(hubPort)];
  return {
    demo,
    browserOnly: argv.includes('--browser'),
    kioskPort,
    hubPort,
    hubArgs: demo ? ['--demo', ...common] : ['--data', hubDataDir ?? '', ...common],
    hubDataDir,
    // An empty hubUrl: the page reaches the hub through its own origin (the /api proxy).
    bootConfig: demo
      ? { hubUrl: '', enrollmentCode: DEMO_ENROLLMENT_CODE, demo: true }
      : { hubUrl: '', demo: false },
    electronEnv: demo
      ? { KIOSK_HUB_URL: hubUrl, KIOSK_DEMO: '1', KIOSK_ENROLLMENT_CODE: DEMO_ENROLLMENT_CODE }
      : { KIOSK_HUB_URL: hubUrl, KIOSK_DEMO: '0' },
  };
}

/** What first-run mode prints: where the hub keeps its data, and how to give the wizard a room. */
export function firstRunHelp(plan: StartPlan, root: string, kioskUrl: string | null): string[] {
  const dir = plan.hubDataDir ?? root;
  const inside = path.relative(root, dir);
  // Short when it is in the project (the default), whole when it is elsewhere (HUB_DATA_DIR).
  const data =
    inside === '' ? '.' : inside.startsWith('..') || path.isAbsolute(inside) ? dir : inside;
  const dataArg = /\s/.test(data) ? `"${data}"` : data;
  return [
    '',
    'First-run mode (--no-demo): a hub with no room, and a kiosk that opens the setup wizard.',
    `Hub data: ${data}/ (delete it to start again from nothing).`,
    'In another terminal, add the room and issue its enrollment code (it lives 24 hours):',
    `  npm run hub -- site add --street xujiahui --room 徐家汇街道公共法律服务客厅 --address 一楼 --data ${dataArg}`,
    `  npm run hub -- code issue --site xujiahui --data ${dataArg}`,
    ...(kioskUrl
      ? [
          `In the browser build the hub is reached through the page's own address: the wizard`,
          `offers ${kioskUrl.replace(/\/$/, '')} as the hub address; keep it (${kioskUrl}api/ goes on to the hub).`,
        ]
      : [
          'An Electron profile that is already enrolled opens Home: technician mode, Factory reset,',
          'brings the wizard back.',
        ]),
    '',
  ];
}
