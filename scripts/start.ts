import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildElectron } from './build-electron';
import { DEMO_ENROLLMENT_CODE, firstRunHelp, startPlan } from './start-plan';
import { createStaticServer } from './static-server';

/**
 * `npm start`: build the renderer if it is stale, start the district hub with demo data beside
 * it, then open the kiosk in Electron, or, where Electron's binary is not installed (it cannot be
 * downloaded on every machine), serve the same kiosk to a browser. Ctrl+C stops everything.
 * `npm start -- --no-demo`: the real first-run path instead (start-plan.ts).
 */

const RENDERER_SOURCES = ['renderer', 'shared', 'assets/public', 'vite.config.ts'];
/** The district console (docs/console.md), built beside the kiosk and served by the hub. */
const CONSOLE_SOURCES = ['console', 'shared', 'vite.console.config.ts'];

/** The newest modification time under the given paths (tests excluded), in ms. */
export function newestSourceTime(
  root: string,
  sources: readonly string[] = RENDERER_SOURCES,
): number {
  let newest = 0;
  const visit = (p: string) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules') visit(path.join(p, entry));
    } else if (!/\.test\.tsx?$/.test(p)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const source of sources) visit(path.join(root, source));
  return newest;
}

export function rendererIsStale(
  root: string,
  sources: readonly string[] = RENDERER_SOURCES,
  dist = 'renderer',
): boolean {
  const index = path.join(root, 'dist', dist, 'index.html');
  if (!existsSync(index)) return true;
  return statSync(index).mtimeMs < newestSourceTime(root, sources);
}

/**
 * The Electron executable, or null when it is not installed. Never `require('electron')` to find
 * out: without the binary that call starts a download.
 */
export function electronBinary(root: string): string | null {
  const electronDir = path.join(root, 'node_modules', 'electron');
  let relative: string;
  try {
    relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (relative === '') return null;
  const binary = path.join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

export async function waitForHealth(
  url: string,
  hub: ChildProcess,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hub.exitCode !== null)
      throw new Error(`the hub exited with code ${hub.exitCode} before it was ready`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the hub did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** Children run in their own process group (POSIX) so stopping one stops what it spawned too. */
function startChild(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): ChildProcess {
  return spawn(command, args, { stdio: 'inherit', env, detached: process.platform !== 'win32' });
}

function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const force = setTimeout(() => signal('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    function signal(sig: NodeJS.Signals) {
      try {
        if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(pid), '/T', '/F']);
        else process.kill(-pid, sig);
      } catch {
        // already gone
      }
    }
    signal('SIGTERM');
  });
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const plan = startPlan(process.argv.slice(2), process.env, root);
  const { kioskPort, hubPort } = plan;
  const hubUrl = `http://127.0.0.1:${hubPort}`;
  const withData = plan.demo ? 'with demo data' : 'without a room (first-run mode)';
  const node = process.execPath;
  const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file);

  if (rendererIsStale(root)) {
    console.info('Building the kiosk renderer (vite build)…');
    const built = spawnSync(node, [bin('vite', 'bin/vite.js'), 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  if (rendererIsStale(root, CONSOLE_SOURCES, 'console')) {
    console.info('Building the district console (vite build --config vite.console.config.ts)…');
    const built = spawnSync(
      node,
      [bin('vite', 'bin/vite.js'), 'build', '--config', 'vite.console.config.ts'],
      { cwd: root, stdio: 'inherit' },
    );
    if (built.status !== 0) throw new Error('vite build of the console failed');
  }

  let hub: ChildProcess | null = null;
  let electron: ChildProcess | null = null;
  let server: Server | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server?.close();
    await Promise.all([stopChild(electron), stopChild(hub)]);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    await startAll();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }

  async function startAll(): Promise<void> {
    console.info(`Starting the district hub ${withData} on ${hubUrl} …`);
    hub = startChild(node, [
      bin('tsx', 'dist/cli.mjs'),
      path.join(root, 'server/cli.ts'),
      'serve',
      ...plan.hubArgs,
    ]);
    hub.on('exit', (code) => {
      if (!stopping) {
        console.error(`The hub stopped (exit code ${code}).`);
        void stop(1);
      }
    });
    await waitForHealth(`${hubUrl}/api/v1/health`, hub);

    const binary = plan.browserOnly ? null : electronBinary(root);
    if (binary) {
      await buildElectron({ kioskBuild: false, root });
      console.info(`Opening the kiosk in Electron — district hub (${withData}): ${hubUrl}/`);
      console.info(`District console: ${hubUrl}/console/`);
      if (!plan.demo) console.info(firstRunHelp(plan, root, null).join('\n'));
      electron = startChild(binary, [root], { ...process.env, ...plan.electronEnv });
      electron.on('exit', () => void stop(0));
      return;
    }

    server = createStaticServer({
      root: path.join(root, 'dist', 'renderer'),
      hubOrigin: hubUrl,
      bootConfig: plan.bootConfig,
    });
    await new Promise<void>((resolve, reject) => {
      server?.once('error', reject);
      server?.listen(kioskPort, '127.0.0.1', resolve);
    });
    const kioskUrl = `http://localhost:${kioskPort}/`;
    console.info(
      [
        '',
        ...(plan.browserOnly
          ? [`Serving the kiosk for a browser (--browser): open ${kioskUrl}`]
          : [
              "Electron's binary is not installed on this machine (it cannot be downloaded here).",
              `Serving the same kiosk for a browser instead: open ${kioskUrl}`,
            ]),
        plan.demo
          ? `District hub (demo data): ${hubUrl}/   Enrollment code: ${DEMO_ENROLLMENT_CODE}`
          : `District hub (no room yet): ${hubUrl}/`,
        ...(plan.demo
          ? [
              `District console: ${hubUrl}/console/   demo logins admin, zhongtai, xujiahui, lawyer, mediation, supervisor … (password demo-console-2026; all in README)`,
            ]
          : [`District console: ${hubUrl}/console/ (add its first account: see docs/console.md)`]),
        ...(plan.demo ? [] : firstRunHelp(plan, root, kioskUrl)),
        'Press Ctrl+C to stop both.',
        '',
      ].join('\n'),
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
