import type { Db } from '../db/open';
import { findAccountByUsername } from '../console/accounts';
import { ensureDemoAccounts, generateDemo, SERVE_DEMO } from './generator';
import { DEMO_ACCOUNTS, DEMO_CONSOLE_PASSWORD } from './demo-accounts';

/**
 * `serve --demo`: the district console's demo, once per data directory: rooms in several streets,
 * a few hundred cases in every state over the past months, and a demo account per role. Later
 * starts only put back demo accounts someone removed. Returns the lines to print.
 */
export async function seedConsoleDemo(db: Db, now: number): Promise<string[]> {
  if (findAccountByUsername(db, 'admin') === null) {
    await generateDemo(db, { ...SERVE_DEMO, now });
  } else {
    await ensureDemoAccounts(db, now);
  }
  return [
    `Console demo logins (password ${DEMO_CONSOLE_PASSWORD} for each; demo only):`,
    ...DEMO_ACCOUNTS.map(
      (a) =>
        `  ${a.username.padEnd(11)} ${a.role}${a.scope.street ? ` (${a.scope.street})` : ''}${a.scope.service ? ` (${a.scope.service})` : ''}`,
    ),
  ];
}
