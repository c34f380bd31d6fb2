import type { Db } from '../../db/open';
import { insertAccount, prepareAccount, type Account, type NewAccount } from '../accounts';
import { CSRF_HEADER } from '../../../shared/console/errors';
import type { AccountScope, Role } from '../../../shared/console/roles';

/**
 * A console user for tests: real HTTP to a real hub, the session cookie kept like a browser keeps
 * it, and the CSRF token sent on changes unless a test leaves it out on purpose.
 */
export interface ConsoleClient {
  cookie: string | null;
  csrf: string | null;
  login(username: string, password: string): Promise<{ status: number; body: unknown }>;
  get(path: string): Promise<{ status: number; body: unknown; text: string }>;
  post(
    path: string,
    body: unknown,
    options?: { csrf?: boolean; raw?: string },
  ): Promise<{ status: number; body: unknown; text: string }>;
  /** A file as the console uploads it: the raw bytes, application/octet-stream. */
  upload(path: string, file: Uint8Array): Promise<{ status: number; body: unknown; text: string }>;
}

export function consoleClient(baseUrl: () => string): ConsoleClient {
  const client: ConsoleClient = {
    cookie: null,
    csrf: null,
    async login(username, password) {
      const res = await client.post('/api/v1/console/session/login', { username, password });
      const body = res.body as { csrfToken?: string };
      if (res.status === 200 && body.csrfToken) client.csrf = body.csrfToken;
      return res;
    },
    async get(path) {
      return read(
        await fetch(baseUrl() + path, { headers: client.cookie ? { cookie: client.cookie } : {} }),
      );
    },
    async post(path, body, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (client.cookie) headers.cookie = client.cookie;
      if (options.csrf !== false && client.csrf) headers[CSRF_HEADER] = client.csrf;
      return read(
        await fetch(baseUrl() + path, {
          method: 'POST',
          headers,
          body: options.raw ?? JSON.stringify(body),
        }),
      );
    },
    async upload(path, file) {
      const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
      if (client.cookie) headers.cookie = client.cookie;
      if (client.csrf) headers[CSRF_HEADER] = client.csrf;
      return read(
        await fetch(baseUrl() + path, {
          method: 'POST',
          headers,
          body: new Blob([new Uint8Array(file)]),
        }),
      );
    },
  };
  async function read(res: Response) {
    const set = res.headers.getSetCookie();
    for (const line of set) {
      const [pair] = line.split(';');
      if (pair?.startsWith('lr_console=')) client.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    let body: unknown;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body, text };
  }
  return client;
}

export const TEST_PASSWORD = 'long enough password 1';

const NO_SCOPE: AccountScope = { street: null, service: null, streets: [] };

/** An account ready to log in with TEST_PASSWORD (no first-login change unless asked). */
export async function seedAccount(
  db: Db,
  username: string,
  role: Role,
  scope: Partial<AccountScope> = {},
  extra: Partial<NewAccount> = {},
): Promise<Account> {
  const prepared = await prepareAccount({
    username,
    displayName: username,
    role,
    scope: { ...NO_SCOPE, ...scope },
    password: TEST_PASSWORD,
    mustChangePassword: false,
    ...extra,
  });
  return insertAccount(db, prepared, Date.now());
}
