import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommand, UsageError, USAGE } from './cli/args';
import { runAdminCommand } from './cli/commands';
import { readNewPinHash } from './cli/pin-input';
import { needsNewPin } from './cli/volunteer-commands';
import { openHubDb } from './db/open';
import { HubError } from './hub-error';
import { TeamRefusal } from './store/team-refusal';
import { ConsoleRefusal } from './console/refusal';

/** `npm run hub -- <command>`: the district hub and its admin commands. Exit 2 on bad input. */
async function main(argv: string[]): Promise<number> {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const context = { env: process.env, projectRoot, cwd: process.env.INIT_CWD ?? process.cwd() };
  if (argv[0] === 'account') {
    // Console accounts (server/cli/account-commands.ts): a new password is read from stdin,
    // checked against the policy and hashed here; only the hash goes further. Loaded only for
    // these commands, so the others start as fast as before (argon2 is a native module).
    const { accountNeedsPassword, parseAccountCommand, passwordOwner, runAccountCommand } =
      await import('./cli/account-commands');
    const { readNewPassword } = await import('./cli/password-input');
    const { checkNewPassword } = await import('./console/accounts');
    const { hashPassword } = await import('./console/passwords');
    const command = parseAccountCommand(argv.slice(1), context);
    let hash: string | undefined;
    if (accountNeedsPassword(command)) {
      const password = await readNewPassword(process.stdin, process.stderr);
      checkNewPassword(password, passwordOwner(command));
      hash = await hashPassword(password);
    }
    const db = openHubDb(command.dataDir);
    try {
      runAccountCommand(db, command, Date.now(), (line) => console.log(line), hash);
    } finally {
      db.close();
    }
    return 0;
  }
  const command = parseCommand(argv, context);
  if (command.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command.kind === 'serve') {
    // Loaded only to serve: the admin commands need none of the HTTP stack.
    const { serve } = await import('./cli/serve');
    await serve(command);
    return -1; // keeps running until a signal
  }
  // A new volunteer PIN comes from stdin and is hashed at once; only the hash goes further.
  const secrets = needsNewPin(command)
    ? { pin: await readNewPinHash(process.stdin, process.stderr) }
    : {};
  const db = openHubDb(command.dataDir);
  try {
    runAdminCommand(db, command, Date.now(), (line) => console.log(line), secrets);
  } finally {
    db.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      error instanceof HubError ||
      error instanceof TeamRefusal ||
      error instanceof ConsoleRefusal
    ) {
      console.error(`error: ${error.message}`);
      process.exitCode = 2;
    } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error(
        `error: the port is already in use (${error.message}); pick another with --port or HUB_PORT`,
      );
      process.exitCode = 1;
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    }
  },
);
