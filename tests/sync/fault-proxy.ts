import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAuthorization } from '../../shared/sync/auth';
import { seededRandom } from '../../shared/testing/seeded-random';

/**
 * A bad network between kiosks and the hub, on purpose. Per request it may:
 * - `drop`: cut the connection before forwarding (the hub never sees the request);
 * - `cut`: forward, wait for the hub's whole answer (so the hub has committed), then cut the
 *   connection instead of answering (the kiosk never learns the outcome);
 * - `duplicate`: forward the request twice at once (the kiosk gets one of the answers);
 * - `delay`: hold the request a while before forwarding.
 * Decisions come from a seeded random source, or from a script for a test that needs one exact
 * fault. If the hub is down, the kiosk sees its connection cut, as it would on a real network.
 */
export type FaultAction = 'pass' | 'drop' | 'cut' | 'duplicate' | 'delay';

export interface FaultRates {
  drop: number;
  cut: number;
  duplicate: number;
  delay: number;
  delayMaxMs: number;
}

export const NO_FAULTS: FaultRates = { drop: 0, cut: 0, duplicate: 0, delay: 0, delayMaxMs: 0 };

export interface FaultCounts {
  requests: number;
  dropped: number;
  cut: number;
  duplicated: number;
  delayed: number;
  /** The hub was not there (killed, restarting). */
  upstreamFailures: number;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  deviceId: string | null;
}

export interface FaultProxy {
  url: string;
  counts: FaultCounts;
  setTarget(origin: string): void;
  setRates(rates: FaultRates): void;
  /** The next requests whose path starts with `pathPrefix` get these actions, in order. */
  script(pathPrefix: string, ...actions: FaultAction[]): void;
  onRequest(listener: (request: ProxiedRequest) => void): () => void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startFaultProxy(options: {
  target: string;
  seed: number;
  rates?: FaultRates;
}): Promise<FaultProxy> {
  let target = new URL(options.target);
  let rates = options.rates ?? NO_FAULTS;
  const random = seededRandom(options.seed);
  const scripted: { prefix: string; action: FaultAction }[] = [];
  const listeners = new Set<(r: ProxiedRequest) => void>();
  const counts: FaultCounts = {
    requests: 0,
    dropped: 0,
    cut: 0,
    duplicated: 0,
    delayed: 0,
    upstreamFailures: 0,
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  const forward = (req: http.IncomingMessage, body: Buffer): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host, 'content-length': String(body.length) },
          agent,
          timeout: 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 502,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        },
      );
      upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
      upstream.on('error', reject);
      upstream.end(body);
    });

  const pick = (path: string): FaultAction => {
    const i = scripted.findIndex((s) => path.startsWith(s.prefix));
    if (i >= 0) return scripted.splice(i, 1)[0]!.action;
    const r = random();
    const order: [Exclude<FaultAction, 'pass'>, number][] = [
      ['drop', rates.drop],
      ['cut', rates.cut],
      ['duplicate', rates.duplicate],
      ['delay', rates.delay],
    ];
    let edge = 0;
    for (const [action, rate] of order) {
      edge += rate;
      if (r < edge) return action;
    }
    return 'pass';
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = req.url ?? '/';
      counts.requests += 1;
      const auth = parseAuthorization(req.headers.authorization);
      for (const l of listeners)
        l({ method: req.method ?? 'GET', path, deviceId: auth?.deviceId ?? null });
      const action = pick(path);
      const cutConnection = () => req.socket.destroy();
      try {
        switch (action) {
          case 'drop':
            counts.dropped += 1;
            return cutConnection();
          case 'cut':
            counts.cut += 1;
            await forward(req, body);
            return cutConnection();
          case 'duplicate': {
            counts.duplicated += 1;
            const [first] = await Promise.allSettled([forward(req, body), forward(req, body)]);
            if (first.status === 'rejected') throw first.reason;
            return relay(res, first.value);
          }
          case 'delay':
            counts.delayed += 1;
            await sleep(Math.floor(random() * rates.delayMaxMs));
            return relay(res, await forward(req, body));
          case 'pass':
            return relay(res, await forward(req, body));
        }
      } catch {
        counts.upstreamFailures += 1;
        cutConnection();
      }
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    setTarget: (origin) => {
      target = new URL(origin);
    },
    setRates: (next) => {
      rates = next;
    },
    script: (prefix, ...actions) => {
      for (const action of actions) scripted.push({ prefix, action });
    },
    onRequest: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function relay(res: http.ServerResponse, answer: Answer): void {
  const type = answer.headers['content-type'];
  res.writeHead(answer.status, {
    ...(type ? { 'content-type': type } : {}),
    'content-length': String(answer.body.length),
  });
  res.end(answer.body);
}
