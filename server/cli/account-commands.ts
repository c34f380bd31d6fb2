import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type CommandLineContext } from './args';
import { table } from './table';
import type { Db } from '../db/open';
import {
  accountView,
  findAccountByUsername,
  insertAccount,
  listAccounts,
  setPasswordHash,
  updateAccount,
} from '../console/accounts';
import { audit } from '../console/audit';
import { endAccountSessions } from '../console/sessions';
import { ServiceId } from '../../shared/catalogue/ids';
import {
  DisplayName,
  Role,
  scopeProblem,
  Username,
  type AccountScope,
} from '../../shared/console/roles';
import { StreetId } from '../../shared/sites';

/**
 * `npm run hub -- account ...`: the district console's accounts from the command line, above all
 * the first district admin (docs/console.md). After that, admins manage accounts in the console.
 * A password never goes on the command line: it is typed at a hidden prompt (twice) or piped in.
 * Every change is written to the audit log as done by "cli" from "local".
 */
export type AccountCommand =
  | {
      kind: 'account add';
      dataDir: string;
      username: string;
      displayName: string;
      role: Role;
      scope: AccountScope;
    }
  | { kind: 'account list'; dataDir: string }
  | { kind: 'account disable'; dataDir: string; username: string }
  | { kind: 'account enable'; dataDir: string; username: string }
  | { kind: 'account reset-password'; dataDir: string; username: string };

export function parseAccountCommand(
  argv: readonly string[],
  context: CommandLineContext,
): AccountCommand {
  const [sub, ...rest] = argv;
  const name = `account ${sub ?? ''}`.trim();
  if (rest.some((a) => /^--password(=|$)/.test(a)))
    throw new UsageError(
      `${name}: never type a password on the command line (it stays in the shell history); type it when asked, or pipe it in`,
    );
  const str = { type: 'string' } as const;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: {
        data: str,
        role: str,
        username: str,
        name: str,
        street: str,
        team: str,
        streets: str,
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { values, positionals } = parsed;
  const dataDir = path.resolve(
    context.cwd,
    values.data ?? context.env.HUB_DATA_DIR ?? path.join(context.projectRoot, '.hub-data'),
  );
  const one = () => {
    if (positionals.length !== 1) throw new UsageError(`${name}: give one username`);
    return positionals[0] ?? '';
  };
  switch (sub) {
    case 'add': {
      const role = Role.safeParse(values.role);
      if (!role.success)
        throw new UsageError(`${name}: --role must be one of ${Role.options.join(', ')}`);
      const username = Username.safeParse(values.username);
      if (!username.success)
        throw new UsageError(
          `${name}: --username is 3-40 letters, digits, dots, dashes or underscores`,
        );
      const displayName = DisplayName.safeParse(values.name ?? values.username);
      if (!displayName.success) throw new UsageError(`${name}: --name is 1-40 characters`);
      const street = values.street === undefined ? null : StreetId.safeParse(values.street);
      if (street && !street.success)
        throw new UsageError(`${name}: --street must be a street id (see help)`);
      const team = values.team === undefined ? null : ServiceId.safeParse(values.team);
      if (team && !team.success)
        throw new UsageError(
          `${name}: --team must be a service: lawyer, notary, mediation, legalAid, forensic, publicity or x:<id>`,
        );
      const streets = (values.streets ?? '')
        .split(',')
        .filter((s) => s !== '')
        .map((s) => StreetId.safeParse(s));
      if (streets.some((s) => !s.success))
        throw new UsageError(`${name}: --streets must be street ids`);
      const scope: AccountScope = {
        street: street?.data ?? null,
        service: team?.data ?? null,
        streets: streets.flatMap((s) => (s.success ? [s.data] : [])),
      };
      const problem = scopeProblem(role.data, scope);
      if (problem) throw new UsageError(`${name}: ${problem}`);
      return {
        kind: 'account add',
        dataDir,
        username: username.data,
        displayName: displayName.data,
        role: role.data,
        scope,
      };
    }
    case 'list':
      return { kind: 'account list', dataDir };
    case 'disable':
    case 'enable':
    case 'reset-password':
      return { kind: `account ${sub}`, dataDir, username: one() };
    default:
      throw new UsageError(`unknown command "${name}"; run "npm run hub -- help" for the list`);
  }
}

export function accountNeedsPassword(
  command: AccountCommand,
): command is Extract<AccountCommand, { kind: 'account add' | 'account reset-password' }> {
  return command.kind === 'account add' || command.kind === 'account reset-password';
}

/** The username a password is checked against (the policy refuses one containing it). */
export function passwordOwner(command: AccountCommand): string {
  return 'username' in command ? command.username : '';
}

const CLI_ACTOR = { accountId: null, username: 'cli', role: null };

/** Run an account command; `passwordHash` is the hash of the password read from stdin. */
export function runAccountCommand(
  db: Db,
  command: AccountCommand,
  now: number,
  out: (line: string) => void,
  passwordHash?: string,
): void {
  const find = (username: string) => {
    const account = findAccountByUsername(db, username);
    if (!account) throw new UsageError(`no account ${username}; see: account list`);
    return account;
  };
  const record = (action: string, id: string, detail: string | null = null) =>
    audit(
      db,
      {
        actor: CLI_ACTOR,
        action,
        target: { kind: 'account', id },
        address: 'local',
        outcome: 'ok',
        detail,
      },
      now,
    );
  switch (command.kind) {
    case 'account add': {
      if (!passwordHash) throw new UsageError('account add: no password was read');
      if (findAccountByUsername(db, command.username))
        throw new UsageError(`account add: the username ${command.username} is taken`);
      const account = db
        .transaction(() => {
          const created = insertAccount(db, { ...command, password: '', hash: passwordHash }, now);
          record(
            'account.create',
            created.id,
            JSON.stringify({ role: created.role, scope: created.scope }),
          );
          return created;
        })
        .immediate();
      out(
        `added ${account.role} account ${account.username} (${account.id}); the password must be changed at the first login`,
      );
      return;
    }
    case 'account list': {
      const { rows } = listAccounts(db, { page: 1, pageSize: 100, dir: 'asc', sort: 'username' });
      if (rows.length === 0)
        return out(
          'no accounts yet; add the first admin with: account add --role district-admin --username <name>',
        );
      for (const line of table([
        ['username', 'role', 'scope', 'state', 'last login'],
        ...rows.map((a) => {
          const v = accountView(a, now);
          const scope = [v.scope.street, v.scope.service, v.scope.streets.join('+')]
            .filter((s) => s)
            .join(' ');
          return [
            v.username,
            v.role,
            scope || 'district',
            v.disabled ? 'disabled' : v.lockedUntil ? 'locked' : 'active',
            v.lastLoginAt ?? 'never',
          ];
        }),
      ]))
        out(line);
      return;
    }
    case 'account disable':
    case 'account enable': {
      const account = find(command.username);
      const disabled = command.kind === 'account disable';
      db.transaction(() => {
        updateAccount(db, account.id, { disabled }, now);
        if (disabled) endAccountSessions(db, account.id, 'revoked', now);
        record('account.update', account.id, JSON.stringify({ disabled }));
      }).immediate();
      out(
        `${disabled ? 'disabled' : 'enabled'} ${account.username}${disabled ? '; its sessions ended' : ''}`,
      );
      return;
    }
    case 'account reset-password': {
      if (!passwordHash) throw new UsageError('account reset-password: no password was read');
      const account = find(command.username);
      db.transaction(() => {
        setPasswordHash(db, account.id, passwordHash, true, now);
        endAccountSessions(db, account.id, 'password', now);
        record('account.resetPassword', account.id);
      }).immediate();
      out(`new password for ${account.username}; they must choose their own at the next login`);
      return;
    }
  }
}
