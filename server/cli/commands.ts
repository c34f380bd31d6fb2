import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Command } from './args';
import { UsageError } from './args';
import type { Db } from '../db/open';
import { isoTime, SHANGHAI_ZONE, shanghaiTime } from '../clock';
import { describeIssues, tombstoneRecord } from '../store/records';
import { describePurge, purgeExpired } from '../store/retention';
import { describeRebuild, rebuildStats } from '../store/stats/rebuild';
import { issueCode, pendingCodes } from '../store/codes';
import { deviceState, listDevices, revokeDevice, type DeviceStatus } from '../store/devices';
import { markDeviceLost } from '../store/device-wipe';
import {
  addSite,
  getSite,
  listSites,
  publishCatalogue,
  setRota,
  setSiteSettings,
  setTheme,
  siteRetiredAt,
} from '../store/sites';
import { CataloguePublication, Rota, SiteSettings, ThemeActivity } from '../../shared/sync/content';
import { streetById } from '../../shared/sites';
import { uuidv7 } from '../../shared/ids';
import { addTeam, listTeams, revokeTeam } from '../store/teams';
import {
  listTeamCases,
  recordTeamEvent,
  teamCase,
  type TeamEventRequest,
} from '../store/team-cases';
import { describeTeamCase, visitWhen } from './case-show';
import type { PinHash } from '../../shared/desk/pin';
import { table } from './table';
import { runVolunteerCommand } from './volunteer-commands';
import { publishRelease, releasesRoot, ReleaseRefused } from '../store/releases';

export type AdminCommand = Exclude<Command, { kind: 'help' } | { kind: 'serve' }>;

/** Read a JSON file and check it with a shared schema; a bad file is a usage error (exit 2). */
export function readJsonFile<S extends z.ZodType>(
  file: string,
  schema: S,
  what: string,
): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${path.basename(file)} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new UsageError(
      `${path.basename(file)} is not a valid ${what}: ${describeIssues(parsed.error, what)}`,
    );
  return parsed.data;
}

function formatOffset(ms: number | null): string {
  if (ms === null) return '-';
  const s = ms / 1000;
  return `${s >= 0 ? '+' : ''}${s.toFixed(1)} s`;
}

/**
 * Run one admin command against the hub database; print plain lines through `out`. Refusals
 * (unknown site, bad file) throw UsageError or HubError for the caller to report.
 */
export function runAdminCommand(
  db: Db,
  command: AdminCommand,
  now: number,
  out: (line: string) => void,
  /** What the entry point read from stdin: the hash of a new volunteer PIN (pin-input.ts). */
  secrets: { pin?: PinHash } = {},
): void {
  switch (command.kind) {
    case 'volunteer add':
    case 'volunteer list':
    case 'volunteer remove':
    case 'volunteer reset-pin':
      return runVolunteerCommand(db, command, now, out, secrets.pin);
    case 'site add': {
      const site = addSite(
        db,
        {
          street: command.street,
          roomName: { 'zh-CN': command.room, en: command.roomEn },
          address: { 'zh-CN': command.address, en: command.addressEn },
          openingHours: command.hours ? { 'zh-CN': command.hours, en: command.hoursEn } : undefined,
        },
        now,
      );
      out(`added site ${site.siteId} (${streetById(site.street).zh}): ${site.roomName['zh-CN']}`);
      return;
    }
    case 'site list': {
      const sites = listSites(db);
      if (sites.length === 0)
        return out(
          'no sites yet; add one with: site add --street <id> --room <name> --address <text>',
        );
      for (const line of table([
        ['site', 'street', 'room', 'address'],
        ...sites.map((s) => [
          s.siteId,
          streetById(s.street).zh,
          s.roomName['zh-CN'],
          s.address['zh-CN'],
        ]),
      ]))
        out(line);
      return;
    }
    case 'site set': {
      const settings = readJsonFile(command.file, SiteSettings, 'site');
      if (settings.siteId !== command.siteId)
        throw new UsageError(`the file is for site ${settings.siteId}, not ${command.siteId}`);
      out(
        setSiteSettings(db, settings, now)
          ? `updated site ${settings.siteId}`
          : `site ${settings.siteId} unchanged`,
      );
      return;
    }
    case 'code issue': {
      if (siteRetiredAt(db, command.siteId) !== null)
        throw new UsageError(`site ${command.siteId} was retired; it takes no new kiosks`);
      const issued = issueCode(db, command.siteId, command.ttlMs, now);
      out(
        `${issued.code}  (site ${issued.siteId}, single use, expires ${shanghaiTime(issued.expiresAt)} ${SHANGHAI_ZONE})`,
      );
      return;
    }
    case 'device list': {
      const devices = listDevices(db);
      if (devices.length === 0) return out('no devices enrolled yet');
      const rows = devices.map((d) => [
        d.id,
        d.siteId,
        d.label ?? '-',
        shanghaiTime(d.enrolledAt),
        deviceStateAt(d),
      ]);
      for (const line of table([
        ['device', 'site', 'label', `enrolled (${SHANGHAI_ZONE})`, 'state'],
        ...rows,
      ]))
        out(line);
      return;
    }
    case 'device revoke': {
      if (!revokeDevice(db, command.deviceId, now))
        throw new UsageError(`no device ${command.deviceId}; see: device list`);
      out(`revoked ${command.deviceId}: its credential no longer works`);
      return;
    }
    case 'device lost': {
      const outcome = markDeviceLost(db, command.deviceId, {
        sendFirst: command.sendFirst,
        by: { kind: 'cli' },
        now,
      });
      if (outcome === 'no_device')
        throw new UsageError(`no device ${command.deviceId}; see: device list`);
      if (outcome === 'wiped') throw new UsageError(`${command.deviceId} was wiped already`);
      if (outcome === 'revoked')
        throw new UsageError(
          `${command.deviceId} is revoked: it can no longer reach the hub, so it cannot be told to wipe`,
        );
      out(
        command.sendFirst
          ? `${command.deviceId} marked lost: at its next contact the hub takes its unsent records, then it erases its data and locks`
          : `${command.deviceId} marked lost: at its next contact it erases its data (unsent records too) and locks`,
      );
      out('its credential is revoked once it confirms; see: device list');
      return;
    }
    case 'status': {
      const devices = listDevices(db);
      out(`devices: ${devices.length}`);
      if (devices.length > 0) {
        const rows = devices.map((d) => [
          d.id,
          d.siteId,
          d.label ?? '-',
          deviceState(d),
          d.lastSeen === null ? 'never' : shanghaiTime(d.lastSeen),
          String(d.recordsReceived),
          String(d.highWaterSeq),
          formatOffset(d.lastOffsetMs),
        ]);
        for (const line of table([
          [
            'device',
            'site',
            'label',
            'state',
            `last seen (${SHANGHAI_ZONE})`,
            'records',
            'high-water seq',
            'clock offset',
          ],
          ...rows,
        ]))
          out(`  ${line}`);
      }
      const codes = pendingCodes(db, now);
      out(`pending enrollment codes: ${codes.length}`);
      for (const c of codes)
        out(
          `  ${c.code}  site ${c.siteId}  ${c.reusable ? 'reusable (demo)' : 'single use'}  ${c.expiresAt === null ? 'never expires' : `expires ${shanghaiTime(c.expiresAt)} ${SHANGHAI_ZONE}`}`,
        );
      return;
    }
    case 'rota set': {
      getSite(db, command.siteId);
      const rota = readJsonFile(command.file, Rota, 'rota');
      out(
        setRota(db, command.siteId, rota, now)
          ? `published the rota of ${command.siteId} (${rota.entries.length} slots)`
          : `rota of ${command.siteId} unchanged`,
      );
      return;
    }
    case 'theme set': {
      getSite(db, command.siteId);
      const theme = readJsonFile(command.file, ThemeActivity, 'theme');
      out(
        setTheme(db, command.siteId, theme, now)
          ? `published the ${theme.month} theme of ${command.siteId}`
          : `theme ${theme.month} of ${command.siteId} unchanged`,
      );
      return;
    }
    case 'catalogue publish': {
      const catalogue = readJsonFile(command.file, CataloguePublication, 'catalogue');
      out(
        publishCatalogue(db, catalogue, now)
          ? `published catalogue ${catalogue.version} to every kiosk`
          : `catalogue ${catalogue.version} unchanged`,
      );
      return;
    }
    case 'release publish': {
      let publicKeyPem: string;
      try {
        publicKeyPem = readFileSync(command.keyFile, 'utf8');
      } catch {
        throw new UsageError(
          `cannot read the release public key ${command.keyFile}; pass --key <renderer-release.pub.pem>`,
        );
      }
      try {
        const published = publishRelease(releasesRoot(command.dataDir), command.dir, publicKeyPem);
        out(
          `published renderer ${published.version} to Electron kiosks (${published.files} files, ${published.reused} already stored)`,
        );
      } catch (error) {
        if (error instanceof ReleaseRefused)
          throw new UsageError(`release refused: ${error.message}`);
        throw error;
      }
      return;
    }
    case 'team add': {
      const { team, token } = addTeam(db, command.service, command.name, now);
      out(`added team ${team.id} for ${team.service} (${team.name})`);
      out(`token (shown once; send it as "Authorization: Bearer <token>"): ${token}`);
      return;
    }
    case 'team list': {
      const teams = listTeams(db);
      if (teams.length === 0)
        return out('no teams yet; add one with: team add --service <id> --name <text>');
      for (const line of table([
        ['team', 'service', 'name', 'created', 'state'],
        ...teams.map((t) => [
          t.id,
          t.service,
          t.name,
          isoTime(t.createdAt),
          t.revokedAt === null ? 'active' : `revoked ${isoTime(t.revokedAt)}`,
        ]),
      ]))
        out(line);
      return;
    }
    case 'team revoke': {
      if (!revokeTeam(db, command.teamId, now))
        throw new UsageError(`no team ${command.teamId}; see: team list`);
      out(`revoked ${command.teamId}: its token no longer works`);
      return;
    }
    case 'case list': {
      const cases = listTeamCases(db, command.service, command.filter);
      if (cases.length === 0) return out(`no ${command.filter} cases for ${command.service}`);
      // No resident details or free text here (a terminal's scrollback is not the place for
      // them): `case show` prints one case's matter, phone and visit address.
      for (const line of table([
        [
          'case',
          'site',
          'ticket',
          'category',
          'urgency',
          'stage',
          'due',
          'home visit',
          'case status',
        ],
        ...cases.map((c) => [
          c.caseId,
          c.siteId,
          c.ticket ? `${c.ticket.number} ${c.ticket.day}` : '-',
          c.category ?? '-',
          c.urgency ?? '-',
          c.stage,
          c.openDue ?? c.dueDate ?? '-',
          c.homeVisit ? visitWhen(c.homeVisit) : c.homeVisitAsked ? 'asked' : '-',
          c.status,
        ]),
      ]))
        out(line);
      return;
    }
    case 'case show': {
      for (const line of describeTeamCase(teamCase(db, command.service, command.caseId).summary))
        out(line);
      return;
    }
    case 'case accept':
    case 'case note':
    case 'case resolve': {
      const base = { id: uuidv7(now), at: isoTime(now) };
      const input: TeamEventRequest =
        command.kind === 'case accept'
          ? { ...base, type: 'teamAccepted' }
          : command.kind === 'case note'
            ? { ...base, type: 'teamProgress', note: command.text }
            : { ...base, type: 'teamResolved', result: command.result };
      const outcome = recordTeamEvent(
        db,
        { service: command.service, teamId: null },
        command.caseId,
        input,
        now,
      );
      out(
        `${command.service}: ${outcome.case.stage} on case ${command.caseId} (case status ${outcome.case.status})`,
      );
      return;
    }
    case 'records purge': {
      out(describePurge(purgeExpired(db, now, { dryRun: command.dryRun }), command.dryRun));
      return;
    }
    case 'stats rebuild': {
      for (const line of describeRebuild(rebuildStats(db, { dryRun: command.dryRun }))) out(line);
      return;
    }
    case 'record delete': {
      out(
        tombstoneRecord(db, command.recordId, command.reason, now)
          ? `deleted ${command.recordId}; a re-send will be answered "gone"`
          : `${command.recordId} was already deleted`,
      );
      return;
    }
  }
}

/** `device list`'s state column: the state, with its time where it has one. */
function deviceStateAt(d: DeviceStatus): string {
  const state = deviceState(d);
  const at = d.wipedAt ?? d.lostAt ?? d.revokedAt;
  return at === null ? state : `${state} ${shanghaiTime(at)}`;
}
