import type { Command } from './args';
import { UsageError } from './args';
import type { Db } from '../db/open';
import { isoTime } from '../clock';
import { table } from './table';
import {
  addVolunteer,
  listVolunteers,
  removeVolunteer,
  resetVolunteerPin,
  type VolunteerOutcome,
} from '../store/volunteers';
import type { PinHash } from '../../shared/desk/pin';
import { ROSTER_MAX } from '../../shared/desk/volunteers';

export type VolunteerCommand = Extract<
  Command,
  { kind: 'volunteer add' | 'volunteer list' | 'volunteer remove' | 'volunteer reset-pin' }
>;

/** Whether the command reads a new PIN from stdin (server/cli/pin-input.ts). */
export function needsNewPin(command: Command): boolean {
  return command.kind === 'volunteer add' || command.kind === 'volunteer reset-pin';
}

function refused(outcome: VolunteerOutcome, command: VolunteerCommand & { volunteerId: string }) {
  if (outcome.ok) return;
  const who = `volunteer ${command.volunteerId} at ${command.siteId}`;
  switch (outcome.refusal) {
    case 'duplicate':
      throw new UsageError(
        `${who} exists already (ids are never reused: case histories name them); choose another --id, or reset their PIN with: volunteer reset-pin`,
      );
    case 'rosterFull':
      throw new UsageError(
        `${command.siteId} has ${ROSTER_MAX} active volunteers, the most a desk shows; remove one first`,
      );
    case 'unknownVolunteer':
      throw new UsageError(`no ${who}; see: volunteer list --site ${command.siteId}`);
    case 'removed':
      throw new UsageError(`${who} was removed; add them again under a new --id`);
  }
}

/**
 * The desk volunteers' admin commands. Each change republishes the site's roster to its kiosks
 * (server/store/volunteers.ts). `pin` is the hash of the PIN read from stdin; no plain PIN reaches
 * this module, and nothing here prints a hash.
 */
export function runVolunteerCommand(
  db: Db,
  command: VolunteerCommand,
  now: number,
  out: (line: string) => void,
  pin: PinHash | undefined,
): void {
  const needPin = (): PinHash => {
    if (!pin) throw new UsageError(`${command.kind}: no PIN was read (use --pin-stdin)`);
    return pin;
  };
  switch (command.kind) {
    case 'volunteer add': {
      const volunteer = { id: command.volunteerId, name: command.name, pin: needPin() };
      refused(addVolunteer(db, command.siteId, volunteer, now), command);
      out(
        `added volunteer ${command.volunteerId} (${command.name}) at ${command.siteId}; its kiosks get the roster at their next sync`,
      );
      return;
    }
    case 'volunteer reset-pin': {
      refused(resetVolunteerPin(db, command.siteId, command.volunteerId, needPin(), now), command);
      out(
        `new PIN for ${command.volunteerId} at ${command.siteId}; the old one stops working at the kiosks' next sync`,
      );
      return;
    }
    case 'volunteer remove': {
      refused(removeVolunteer(db, command.siteId, command.volunteerId, now), command);
      out(
        `removed ${command.volunteerId} at ${command.siteId}; they can no longer open the desk after the kiosks' next sync`,
      );
      return;
    }
    case 'volunteer list': {
      const volunteers = listVolunteers(db, command.siteId);
      if (volunteers.length === 0)
        return out(
          `no volunteers at ${command.siteId}; add one with: volunteer add --site ${command.siteId} --id <id> --name <text> --pin-stdin`,
        );
      for (const line of table([
        ['volunteer', 'name', 'state', 'added', 'changed'],
        ...volunteers.map((v) => [
          v.id,
          v.name,
          v.active ? 'active' : 'removed',
          isoTime(v.createdAt),
          isoTime(v.updatedAt),
        ]),
      ]))
        out(line);
      return;
    }
  }
}
