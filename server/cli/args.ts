import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorsOrigins } from '../http/cors';
import { parseTrustedProxies } from '../http/trust-proxy';
import { StreetId, STREETS } from '../../shared/sites';
import { ServiceId } from '../../shared/catalogue/ids';
import { TEAM_CASE_FILTERS, type TeamCaseFilter } from '../store/team-cases';
import { VolunteerId } from '../../shared/cases/fields';
import { ACCOUNT_USAGE } from './account-usage';

/** A wrong command line: print the message and exit with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

interface Data {
  dataDir: string;
}

export type Command =
  | { kind: 'help' }
  | (Data & {
      kind: 'serve';
      port: number;
      host: string;
      demo: boolean;
      corsOrigins: string[];
      trustedProxies: string[];
    })
  | (Data & {
      kind: 'site add';
      street: StreetId;
      room: string;
      roomEn?: string;
      address: string;
      addressEn?: string;
      hours?: string;
      hoursEn?: string;
    })
  | (Data & { kind: 'site list' })
  | (Data & { kind: 'site set'; siteId: string; file: string })
  | (Data & { kind: 'code issue'; siteId: string; ttlMs: number })
  | (Data & { kind: 'device list' })
  | (Data & { kind: 'device revoke'; deviceId: string })
  | (Data & { kind: 'device lost'; deviceId: string; sendFirst: boolean })
  | (Data & { kind: 'status' })
  | (Data & { kind: 'rota set'; siteId: string; file: string })
  | (Data & { kind: 'theme set'; siteId: string; file: string })
  | (Data & { kind: 'catalogue publish'; file: string })
  | (Data & { kind: 'release publish'; dir: string; keyFile: string })
  | (Data & { kind: 'record delete'; recordId: string; reason: string })
  | (Data & { kind: 'records purge'; dryRun: boolean })
  | (Data & { kind: 'stats rebuild'; dryRun: boolean })
  | (Data & { kind: 'team add'; service: ServiceId; name: string })
  | (Data & { kind: 'team list' })
  | (Data & { kind: 'team revoke'; teamId: string })
  | (Data & { kind: 'case list'; service: ServiceId; filter: TeamCaseFilter })
  | (Data & { kind: 'case show'; caseId: string; service: ServiceId })
  | (Data & { kind: 'case accept'; caseId: string; service: ServiceId })
  | (Data & { kind: 'case note'; caseId: string; service: ServiceId; text: string })
  | (Data & { kind: 'case resolve'; caseId: string; service: ServiceId; result: string })
  | (Data & { kind: 'volunteer add'; siteId: string; volunteerId: VolunteerId; name: string })
  | (Data & { kind: 'volunteer list'; siteId: string })
  | (Data & { kind: 'volunteer remove'; siteId: string; volunteerId: VolunteerId })
  | (Data & { kind: 'volunteer reset-pin'; siteId: string; volunteerId: VolunteerId });

export const USAGE = `Usage: npm run hub -- <command> [options]

  serve [--port 8787] [--host 127.0.0.1] [--demo]   run the hub (--demo seeds a Xujiahui room and code DEMO-2026)
        [--trust-proxy <ip,cidr>]                    believe X-Forwarded-For from these reverse proxies only
  site add --street <id> --room <name> --address <text> [--room-en <name>] [--address-en <text>] [--hours <text>] [--hours-en <text>]
  site list
  site set --site <id> --file <settings.json>        replace a site's settings (SiteSettings JSON)
  code issue --site <id> [--ttl 24h]                 a single-use enrollment code (ttl: 30m, 24h, 7d; at most 30d)
  device list                                        kiosks: device id, site, label (named in the wizard), enrolled, state
  device revoke <deviceId>
  device lost <deviceId> [--send-first]              a lost or stolen kiosk: at its next contact it erases every
                                                     resident's data, confirms and locks; then its credential is
                                                     revoked (--send-first: take its unsent records first)
  status                                             devices, records received, high-water marks, clock offsets, pending codes
  rota set --site <id> --file <rota.json>            the weekly duty rota ({"entries": [...]})
  theme set --site <id> --file <theme.json>          a month's theme activity
  catalogue publish --file <catalogue.json>          a full catalogue for every kiosk
  release publish <dir> [--key <public.pem>]         a signed renderer release (dist/renderer with release.json) for Electron kiosks;
                                                     --key defaults to <data>/renderer-release.pub.pem
  record delete <recordId> [--reason <text>]         delete a stored record and tombstone its id
  records purge [--dry-run]                          delete records and cases past the retention period (serve does it daily); prints counts only
  stats rebuild [--dry-run]                          recount the monthly statistics from the records (purged months kept) and report differences
  team add --service <id> --name <text>              a linkage team's API token (shown once)
  team list
  team revoke <teamId>
  case list --team <service> [--status open|resolved|all]   the cases routed to a service
  case show <caseId> --team <service>                what the team needs: matter, due date, phone (if consented), home visit
  case accept <caseId> --team <service>              the team takes the case on
  case note <caseId> --team <service> --text <text>  the team's progress note
  case resolve <caseId> --team <service> --result <text>    the team's result for the resident
  volunteer add --site <id> --id <volunteerId> --name <text> --pin-stdin   a desk volunteer; the PIN (4-8 digits) is read from stdin
  volunteer list --site <id>                         the site's volunteers (never their PINs)
  volunteer remove --site <id> --id <volunteerId>    the volunteer can no longer open the desk
  volunteer reset-pin --site <id> --id <volunteerId> --pin-stdin   a new PIN, read from stdin
${ACCOUNT_USAGE}

--site takes a site id from "site list": a street's first room gets the street's id (tianping), the
next ones -2, -3 (tianping-2). Times are printed in Shanghai time (Asia/Shanghai).
Every command takes --data <dir> (or HUB_DATA_DIR; default .hub-data/ in the project).
serve also reads HUB_PORT, HUB_HOST and HUB_CORS_ORIGINS (comma-separated origins that may call
the API from a page, besides the kiosk's app://kiosk) and HUB_TRUST_PROXY (like --trust-proxy:
the TLS proxy's addresses, e.g. 127.0.0.1,::1; default none). Streets: ${STREETS.map((s) => s.id).join(', ')}.`;

const TTL_MAX_MS = 30 * 24 * 3600_000;

/** "30m", "24h", "7d" -> ms. */
export function parseTtl(text: string): number {
  const match = /^(\d{1,4})([mhd])$/.exec(text);
  if (!match?.[1] || !match[2])
    throw new UsageError(`--ttl must look like 30m, 24h or 7d (got "${text}")`);
  const unit = { m: 60_000, h: 3600_000, d: 24 * 3600_000 }[match[2] as 'm' | 'h' | 'd'];
  const ms = Number(match[1]) * unit;
  if (ms <= 0 || ms > TTL_MAX_MS) throw new UsageError('--ttl must be more than 0 and at most 30d');
  return ms;
}

export function parsePort(text: string, from: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`${from} must be a port number 0-65535 (got "${text}")`);
  return port;
}

function corsOrigins(text: string | undefined): string[] {
  try {
    return parseCorsOrigins(text);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function trustedProxies(text: string | undefined, from: string): string[] {
  try {
    return parseTrustedProxies(text);
  } catch (error) {
    throw new UsageError(`${from}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

type Spec = Record<string, { type: 'string' | 'boolean' }>;

export interface CommandLineContext {
  env: Record<string, string | undefined>;
  /** Where the default data dir lives. */
  projectRoot: string;
  /** What relative --data and --file paths are relative to (npm's INIT_CWD: where the user typed). */
  cwd: string;
}

/** Read `npm run hub -- <command> ...`. Pure: environment and paths come in through `context`. */
export function parseCommand(argv: readonly string[], context: CommandLineContext): Command {
  const { env, projectRoot, cwd } = context;
  const [first, second] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h')
    return { kind: 'help' };
  const twoWords = [
    'site',
    'code',
    'device',
    'rota',
    'theme',
    'catalogue',
    'record',
    'records',
    'stats',
    'team',
    'case',
    'volunteer',
    'release',
  ].includes(first);
  const name = twoWords ? `${first} ${second ?? ''}`.trim() : first;
  const rest = argv.slice(twoWords ? 2 : 1);

  const read = (spec: Spec, positionals = 0) => {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { data: { type: 'string' }, ...spec },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (parsed.positionals.length !== positionals) {
      throw new UsageError(
        `${name}: expected ${positionals} argument(s), got ${parsed.positionals.length}`,
      );
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    const data =
      typeof values.data === 'string'
        ? values.data
        : (env.HUB_DATA_DIR ?? path.join(projectRoot, '.hub-data'));
    return { values, positionals: parsed.positionals, dataDir: path.resolve(cwd, data) };
  };
  const required = (values: Record<string, string | boolean | undefined>, key: string): string => {
    const value = values[key];
    if (typeof value !== 'string' || value.trim() === '')
      throw new UsageError(`${name}: --${key} is required`);
    return value.trim();
  };
  const optional = (
    values: Record<string, string | boolean | undefined>,
    key: string,
  ): string | undefined => {
    const value = values[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const str = { type: 'string' } as const;
  const service = (values: Record<string, string | boolean | undefined>, key: string) => {
    const parsed = ServiceId.safeParse(required(values, key));
    if (!parsed.success)
      throw new UsageError(
        `${name}: --${key} must be a service: lawyer, notary, mediation, legalAid, forensic, publicity or x:<id>`,
      );
    return parsed.data;
  };

  const volunteerId = (values: Record<string, string | boolean | undefined>) => {
    const parsed = VolunteerId.safeParse(required(values, 'id'));
    if (!parsed.success)
      throw new UsageError(
        `${name}: --id must be 2-40 lower-case letters, digits and dashes (e.g. wang-fang)`,
      );
    return parsed.data;
  };

  switch (name) {
    case 'serve': {
      const { values, dataDir } = read({
        port: str,
        host: str,
        demo: { type: 'boolean' },
        'trust-proxy': str,
      });
      const proxyFlag = values['trust-proxy'];
      const portText = optional(values, 'port') ?? env.HUB_PORT ?? '8787';
      return {
        kind: 'serve',
        dataDir,
        port: parsePort(portText, values.port ? '--port' : env.HUB_PORT ? 'HUB_PORT' : 'port'),
        host: optional(values, 'host') ?? env.HUB_HOST ?? '127.0.0.1',
        demo: values.demo === true,
        corsOrigins: corsOrigins(env.HUB_CORS_ORIGINS),
        trustedProxies:
          typeof proxyFlag === 'string'
            ? trustedProxies(proxyFlag, '--trust-proxy')
            : trustedProxies(env.HUB_TRUST_PROXY, 'HUB_TRUST_PROXY'),
      };
    }
    case 'site add': {
      const spec = {
        street: str,
        room: str,
        'room-en': str,
        address: str,
        'address-en': str,
        hours: str,
        'hours-en': str,
      };
      const { values, dataDir } = read(spec);
      const street = StreetId.safeParse(required(values, 'street'));
      if (!street.success)
        throw new UsageError(
          `site add: --street must be one of ${STREETS.map((s) => s.id).join(', ')}`,
        );
      return {
        kind: 'site add',
        dataDir,
        street: street.data,
        room: required(values, 'room'),
        roomEn: optional(values, 'room-en'),
        address: required(values, 'address'),
        addressEn: optional(values, 'address-en'),
        hours: optional(values, 'hours'),
        hoursEn: optional(values, 'hours-en'),
      };
    }
    case 'site list':
    case 'device list':
    case 'status': {
      const { dataDir } = read({});
      return { kind: name, dataDir };
    }
    case 'site set':
    case 'rota set':
    case 'theme set': {
      const { values, dataDir } = read({ site: str, file: str });
      return {
        kind: name,
        dataDir,
        siteId: required(values, 'site'),
        file: path.resolve(cwd, required(values, 'file')),
      };
    }
    case 'release publish': {
      const { values, positionals, dataDir } = read({ key: str }, 1);
      const key = optional(values, 'key');
      return {
        kind: name,
        dataDir,
        dir: path.resolve(cwd, positionals[0] ?? ''),
        keyFile: key ? path.resolve(cwd, key) : path.join(dataDir, 'renderer-release.pub.pem'),
      };
    }
    case 'catalogue publish': {
      const { values, dataDir } = read({ file: str });
      return { kind: name, dataDir, file: path.resolve(cwd, required(values, 'file')) };
    }
    case 'code issue': {
      const { values, dataDir } = read({ site: str, ttl: str });
      return {
        kind: name,
        dataDir,
        siteId: required(values, 'site'),
        ttlMs: parseTtl(optional(values, 'ttl') ?? '24h'),
      };
    }
    case 'device revoke': {
      const { positionals, dataDir } = read({}, 1);
      return { kind: name, dataDir, deviceId: positionals[0] ?? '' };
    }
    case 'device lost': {
      const { values, positionals, dataDir } = read({ 'send-first': { type: 'boolean' } }, 1);
      return {
        kind: name,
        dataDir,
        deviceId: positionals[0] ?? '',
        sendFirst: values['send-first'] === true,
      };
    }
    case 'record delete': {
      const { values, positionals, dataDir } = read({ reason: str }, 1);
      return {
        kind: name,
        dataDir,
        recordId: positionals[0] ?? '',
        reason: optional(values, 'reason') ?? 'deleted by an administrator',
      };
    }
    case 'records purge':
    case 'stats rebuild': {
      const { values, dataDir } = read({ 'dry-run': { type: 'boolean' } });
      return { kind: name, dataDir, dryRun: values['dry-run'] === true };
    }
    case 'team add': {
      const { values, dataDir } = read({ service: str, name: str });
      const teamName = required(values, 'name');
      if ([...teamName].length > 80)
        throw new UsageError('team add: --name is at most 80 characters');
      return { kind: 'team add', dataDir, service: service(values, 'service'), name: teamName };
    }
    case 'team list': {
      const { dataDir } = read({});
      return { kind: name, dataDir };
    }
    case 'team revoke': {
      const { positionals, dataDir } = read({}, 1);
      return { kind: name, dataDir, teamId: positionals[0] ?? '' };
    }
    case 'case list': {
      const { values, dataDir } = read({ team: str, status: str });
      const filter = optional(values, 'status') ?? 'open';
      if (!(TEAM_CASE_FILTERS as readonly string[]).includes(filter))
        throw new UsageError(`case list: --status must be one of ${TEAM_CASE_FILTERS.join(', ')}`);
      return {
        kind: name,
        dataDir,
        service: service(values, 'team'),
        filter: filter as TeamCaseFilter,
      };
    }
    case 'case show':
    case 'case accept': {
      const { values, positionals, dataDir } = read({ team: str }, 1);
      return {
        kind: name,
        dataDir,
        caseId: positionals[0] ?? '',
        service: service(values, 'team'),
      };
    }
    case 'case note': {
      const { values, positionals, dataDir } = read({ team: str, text: str }, 1);
      return {
        kind: name,
        dataDir,
        caseId: positionals[0] ?? '',
        service: service(values, 'team'),
        text: required(values, 'text'),
      };
    }
    case 'case resolve': {
      const { values, positionals, dataDir } = read({ team: str, result: str }, 1);
      return {
        kind: name,
        dataDir,
        caseId: positionals[0] ?? '',
        service: service(values, 'team'),
        result: required(values, 'result'),
      };
    }
    case 'volunteer add':
    case 'volunteer reset-pin': {
      // Checked before parsing: `--pin 1234` would already sit in the shell history.
      if (rest.some((a) => /^--pin(=|$)/.test(a)))
        throw new UsageError(
          `${name}: never type a PIN on the command line (it stays in the shell history); use --pin-stdin and type it when asked, or pipe it in`,
        );
      const spec = { site: str, id: str, 'pin-stdin': { type: 'boolean' as const } };
      const { values, dataDir } = read(name === 'volunteer add' ? { ...spec, name: str } : spec);
      if (values['pin-stdin'] !== true)
        throw new UsageError(`${name}: --pin-stdin is required (the PIN is read from stdin)`);
      const base = { dataDir, siteId: required(values, 'site'), volunteerId: volunteerId(values) };
      if (name === 'volunteer reset-pin') return { kind: name, ...base };
      const volunteerName = required(values, 'name');
      if ([...volunteerName].length > 40)
        throw new UsageError('volunteer add: --name is at most 40 characters');
      return { kind: name, ...base, name: volunteerName };
    }
    case 'volunteer list': {
      const { values, dataDir } = read({ site: str });
      return { kind: name, dataDir, siteId: required(values, 'site') };
    }
    case 'volunteer remove': {
      const { values, dataDir } = read({ site: str, id: str });
      return {
        kind: name,
        dataDir,
        siteId: required(values, 'site'),
        volunteerId: volunteerId(values),
      };
    }
    default:
      throw new UsageError(`unknown command "${name}"; run "npm run hub -- help" for the list`);
  }
}
