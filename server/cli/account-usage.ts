/** The account commands' lines in `npm run hub -- help` (server/cli/account-commands.ts). */
export const ACCOUNT_USAGE = `  account add --role <role> --username <name> --name <display name> [--street <id>] [--team <service>] [--streets <id,id>]
                                                     a console account; the password is typed at a hidden prompt (twice) or piped in.
                                                     Roles: district-admin, middle-office, street-office (--street), team-member (--team, optional --streets), supervisor
  account list                                       the console's accounts (never their passwords)
  account disable <username> / account enable <username>   stop (or allow again) an account's logins; its sessions end at once
  account reset-password <username>                  a new password from the prompt or stdin; the holder must change it at the next login`;
