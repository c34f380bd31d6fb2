import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ConsoleDeps } from '../deps';
import { isoTime } from '../../clock';
import { parseConsole } from '../parse';
import {
  checkNewPassword,
  findAccountByUsername,
  recordFailedLogin,
  recordLogin,
  setPasswordHash,
  type Account,
} from '../accounts';
import { audit } from '../audit';
import { decoyHash, hashPassword, passwordMatches } from '../passwords';
import { ConsoleRefusal } from '../refusal';
import { actorOf, consoleOf } from '../request-context';
import { createSession, endAccountSessions, endSession } from '../sessions';
import { SESSION_COOKIE } from '../access-guard';
import { consoleRoute } from './route';
import { LoginRequest, PasswordChangeRequest } from '../../../shared/console/requests';
import type { SessionView } from '../../../shared/console/views';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** `Secure` everywhere but plain HTTP on loopback (npm start, tests), where no TLS exists. */
function secureCookie(request: FastifyRequest): boolean {
  return !(request.protocol === 'http' && LOOPBACK.has(request.hostname.replace(/:\d+$/, '')));
}

function sessionView(account: Account, csrfToken: string, deps: ConsoleDeps): SessionView {
  return {
    account: {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      scope: account.scope,
      mustChangePassword: account.mustChangePassword,
    },
    csrfToken,
    idleTimeoutMs: deps.sessionTimes.idleMs,
    hubTime: isoTime(deps.now()),
  };
}

function clearCookie(reply: FastifyReply, request: FastifyRequest): void {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookie(request),
  });
}

export function sessionRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db } = deps;

  consoleRoute(
    app,
    'session.login',
    async (request, reply) => {
      const body = parseConsole(LoginRequest, request.body, 'body');
      const account = findAccountByUsername(db, body.username);
      const attempt = { username: body.username.slice(0, 40), address: request.ip };
      const failed = (
        detail: string,
        code: 'bad_credentials' | 'account_locked' | 'account_disabled',
      ) => {
        audit(
          db,
          {
            actor: account
              ? actorOf(account)
              : { accountId: null, username: attempt.username, role: null },
            action: 'session.login',
            address: attempt.address,
            outcome: 'failed',
            detail,
          },
          deps.now(),
        );
        return new ConsoleRefusal(code, `login refused: ${code}`);
      };
      if (!account) {
        await passwordMatches(await decoyHash(), body.password);
        throw failed('unknown_username', 'bad_credentials');
      }
      if (account.lockedUntil !== null && account.lockedUntil > deps.now())
        throw failed('locked', 'account_locked');
      const ok = await passwordMatches(account.passwordHash, body.password);
      const now = deps.now();
      if (!ok) {
        const locked = db.transaction(() => recordFailedLogin(db, account.id, now)).immediate();
        throw failed(
          locked ? 'wrong_password_locked' : 'wrong_password',
          locked ? 'account_locked' : 'bad_credentials',
        );
      }
      // Only someone who knows the password learns the account is disabled.
      if (account.disabledAt !== null) throw failed('disabled', 'account_disabled');
      const started = db
        .transaction(() => {
          recordLogin(db, account.id, now);
          audit(
            db,
            {
              actor: actorOf(account),
              action: 'session.login',
              address: request.ip,
              outcome: 'ok',
            },
            now,
          );
          return createSession(db, account.id, request.ip, now, deps.sessionTimes);
        })
        .immediate();
      void reply.setCookie(SESSION_COOKIE, started.cookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookie(request),
      });
      return sessionView(account, started.csrfToken, deps);
    },
    { config: { rateLimit: deps.loginRateLimit } },
  );

  consoleRoute(app, 'session.read', (request) => {
    const { account, session } = consoleOf(request);
    return sessionView(account, session.csrfToken, deps);
  });

  consoleRoute(app, 'session.logout', (request, reply) => {
    const { account, session } = consoleOf(request);
    const now = deps.now();
    db.transaction(() => {
      endSession(db, session.idHash, 'logout', now);
      audit(
        db,
        { actor: actorOf(account), action: 'session.logout', address: request.ip, outcome: 'ok' },
        now,
      );
    }).immediate();
    clearCookie(reply, request);
    return { ok: true };
  });

  consoleRoute(app, 'session.password', async (request) => {
    const { account, session } = consoleOf(request);
    const body = parseConsole(PasswordChangeRequest, request.body, 'body');
    if (!(await passwordMatches(account.passwordHash, body.current))) {
      audit(
        db,
        {
          actor: actorOf(account),
          action: 'account.changePassword',
          address: request.ip,
          outcome: 'failed',
          detail: 'current_password_wrong',
        },
        deps.now(),
      );
      throw new ConsoleRefusal('current_password_wrong', 'the current password is wrong');
    }
    checkNewPassword(body.next, account.username);
    if (body.next === body.current)
      throw new ConsoleRefusal('password_too_weak', 'the new password is the old one');
    const hash = await hashPassword(body.next);
    const now = deps.now();
    db.transaction(() => {
      setPasswordHash(db, account.id, hash, false, now);
      // Other sessions of this account end: whoever else held the old password is out.
      endAccountSessions(db, account.id, 'password', now, session.idHash);
      audit(
        db,
        {
          actor: actorOf(account),
          action: 'account.changePassword',
          target: { kind: 'account', id: account.id },
          address: request.ip,
          outcome: 'ok',
        },
        now,
      );
    }).immediate();
    return sessionView({ ...account, mustChangePassword: false }, session.csrfToken, deps);
  });
}
