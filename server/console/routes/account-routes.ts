import type { FastifyInstance } from 'fastify';
import type { ConsoleDeps } from '../deps';
import {
  accountView,
  checkNewPassword,
  getAccount,
  insertAccount,
  listAccounts,
  prepareAccount,
  setPasswordHash,
  updateAccount,
} from '../accounts';
import { audit, listAudit } from '../audit';
import { hashPassword } from '../passwords';
import { parseConsole } from '../parse';
import { ConsoleRefusal } from '../refusal';
import { actorOf, consoleOf } from '../request-context';
import { endAccountSessions } from '../sessions';
import { consoleRoute } from './route';
import {
  AccountCreateRequest,
  AccountsQuery,
  AccountUpdateRequest,
  AuditQuery,
  PasswordResetRequest,
} from '../../../shared/console/requests';

function accountIdOf(params: unknown): string {
  const id = (params as { accountId?: unknown }).accountId;
  if (typeof id !== 'string' || !/^acc_[a-z2-7]{16}$/.test(id))
    throw new ConsoleRefusal('bad_request', 'accountId: not an account id');
  return id;
}

/** Accounts (district admin): list, add, change role/scope, disable, reset a password; all audited. */
export function accountRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db } = deps;

  consoleRoute(app, 'accounts.list', (request) => {
    const query = parseConsole(AccountsQuery, request.query, 'query');
    const now = deps.now();
    const { rows, total } = listAccounts(db, query);
    return {
      rows: rows.map((a) => accountView(a, now)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });

  consoleRoute(app, 'accounts.create', async (request, reply) => {
    const { account: admin } = consoleOf(request);
    const body = parseConsole(AccountCreateRequest, request.body, 'body');
    const prepared = await prepareAccount(body);
    const now = deps.now();
    const created = db
      .transaction(() => {
        const account = insertAccount(db, prepared, now);
        audit(
          db,
          {
            actor: actorOf(admin),
            action: 'account.create',
            target: { kind: 'account', id: account.id },
            address: request.ip,
            outcome: 'ok',
            detail: JSON.stringify({ role: account.role, scope: account.scope }),
          },
          now,
        );
        return account;
      })
      .immediate();
    void reply.code(201);
    return { account: accountView(created, now) };
  });

  consoleRoute(app, 'accounts.update', (request) => {
    const { account: admin, session } = consoleOf(request);
    const id = accountIdOf(request.params);
    const body = parseConsole(AccountUpdateRequest, request.body, 'body');
    if (
      id === admin.id &&
      (body.disabled === true || (body.role !== undefined && body.role !== admin.role))
    )
      throw new ConsoleRefusal(
        'bad_request',
        'an admin cannot disable or demote their own account',
      );
    const now = deps.now();
    const after = db
      .transaction(() => {
        const before = getAccount(db, id);
        const account = updateAccount(db, id, body, now);
        // A new role or scope, or a disabled account: its sessions end now, so nobody keeps
        // rights they no longer have until their session runs out.
        const scopeChanged =
          before.role !== account.role ||
          JSON.stringify(before.scope) !== JSON.stringify(account.scope);
        if (scopeChanged || account.disabledAt !== null)
          endAccountSessions(db, id, 'revoked', now, id === admin.id ? session.idHash : null);
        audit(
          db,
          {
            actor: actorOf(admin),
            action: 'account.update',
            target: { kind: 'account', id },
            address: request.ip,
            outcome: 'ok',
            detail: JSON.stringify({
              role: account.role,
              scope: account.scope,
              disabled: account.disabledAt !== null,
              displayName: body.displayName === undefined ? undefined : 'changed',
            }),
          },
          now,
        );
        return account;
      })
      .immediate();
    return { account: accountView(after, now) };
  });

  consoleRoute(app, 'accounts.resetPassword', async (request) => {
    const { account: admin } = consoleOf(request);
    const id = accountIdOf(request.params);
    const body = parseConsole(PasswordResetRequest, request.body, 'body');
    const target = getAccount(db, id);
    checkNewPassword(body.password, target.username);
    const hash = await hashPassword(body.password);
    const now = deps.now();
    const after = db
      .transaction(() => {
        // The holder must choose their own at the next login; their sessions end now.
        setPasswordHash(db, id, hash, true, now);
        endAccountSessions(db, id, 'password', now);
        audit(
          db,
          {
            actor: actorOf(admin),
            action: 'account.resetPassword',
            target: { kind: 'account', id },
            address: request.ip,
            outcome: 'ok',
          },
          now,
        );
        return getAccount(db, id);
      })
      .immediate();
    return { account: accountView(after, now) };
  });

  consoleRoute(app, 'audit.list', (request) => {
    const query = parseConsole(AuditQuery, request.query, 'query');
    return { ...listAudit(db, query), page: query.page, pageSize: query.pageSize };
  });
}
