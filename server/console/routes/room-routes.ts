import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ConsoleDeps } from '../deps';
import { audit } from '../audit';
import { parseConsole } from '../parse';
import { ConsoleRefusal } from '../refusal';
import { actorOf, consoleOf } from '../request-context';
import { assertRunning, deviceList, roomDetail, roomRow, roomRows } from '../rooms';
import { streetInScope } from '../case-scope';
import { consoleRoute } from './route';
import { issueCode, revokeCode } from '../../store/codes';
import { revokeDevice } from '../../store/devices';
import { addSite, retireSite, setRota, setSiteSettings, setTheme } from '../../store/sites';
import {
  addVolunteer,
  listVolunteers,
  removeVolunteer,
  resetVolunteerPin,
  type VolunteerOutcome,
} from '../../store/volunteers';
import { isoTime } from '../../clock';
import { VolunteerId } from '../../../shared/cases/fields';
import { hashPin } from '../../../shared/desk/pin';
import { DeviceId } from '../../../shared/sync/protocol';
import {
  CodeIssueRequest,
  CodeParam,
  PinResetRequest,
  RoomCreateRequest,
  RoomUpdateRequest,
  RotaRequest,
  ThemeRequest,
  VolunteerAddRequest,
} from '../../../shared/console/rooms';

/** A path parameter past `:siteId` (which the guard checked), parsed with its shared schema. */
function param<S extends z.ZodType>(request: FastifyRequest, name: string, schema: S): z.infer<S> {
  return parseConsole(schema, (request.params as Record<string, unknown>)[name], name);
}

function refuseVolunteer(outcome: VolunteerOutcome): void {
  if (outcome.ok) return;
  switch (outcome.refusal) {
    case 'duplicate':
      throw new ConsoleRefusal('volunteer_exists', 'this volunteer id exists at this room');
    case 'rosterFull':
      throw new ConsoleRefusal('roster_full', 'the roster is full');
    case 'unknownVolunteer':
      throw new ConsoleRefusal('not_found', 'no such volunteer at this room');
    case 'removed':
      throw new ConsoleRefusal('volunteer_removed', 'this volunteer was removed');
  }
}

/**
 * Running the rooms (街镇司法所, 区司法局): rooms, rota, theme, X services, volunteers, enrollment
 * codes and kiosks, through the very store functions the hub's CLI calls, so both refuse the same
 * input and publish to kiosks the same way. The guard has checked the room's street
 * (`object: 'site'`); each change is audited in its own transaction.
 */
export function roomRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db } = deps;

  /** Run a change and its audit line in one transaction. */
  const change = <T>(
    request: FastifyRequest,
    action: string,
    detail: string | null,
    run: (now: number) => T,
  ): T => {
    const ctx = consoleOf(request);
    const now = deps.now();
    return db
      .transaction(() => {
        const result = run(now);
        audit(
          db,
          {
            actor: actorOf(ctx.account),
            action,
            target: ctx.site ? { kind: 'site', id: ctx.site.siteId } : null,
            address: request.ip,
            outcome: 'ok',
            detail,
          },
          now,
        );
        return result;
      })
      .immediate();
  };
  const siteOf = (request: FastifyRequest): string => {
    const site = consoleOf(request).site;
    if (!site) throw new Error('room route without its room');
    return site.siteId;
  };

  consoleRoute(app, 'rooms.list', (request) => {
    const { account, scope } = consoleOf(request);
    return { rooms: roomRows(db, scope === 'street' ? account.scope.street : null) };
  });

  consoleRoute(app, 'rooms.create', (request, reply) => {
    const { account, scope } = consoleOf(request);
    const body = parseConsole(RoomCreateRequest, request.body, 'body');
    if (!streetInScope(scope, account, body.street)) {
      audit(
        db,
        {
          actor: actorOf(account),
          action: 'access.rooms.create',
          target: null,
          address: request.ip,
          outcome: 'denied',
          detail: 'out_of_scope',
        },
        deps.now(),
      );
      throw new ConsoleRefusal('out_of_scope', 'a street office adds rooms in its own street');
    }
    const site = change(request, 'room.create', null, (now) => addSite(db, body, now));
    void reply.code(201);
    return { room: roomRow(db, site.siteId) };
  });

  consoleRoute(app, 'rooms.read', (request) => roomDetail(db, siteOf(request), deps.now()));

  consoleRoute(app, 'rooms.update', (request) => {
    const siteId = siteOf(request);
    const body = parseConsole(RoomUpdateRequest, request.body, 'body');
    if (body.siteId !== siteId)
      throw new ConsoleRefusal('bad_request', 'the settings are for another room');
    assertRunning(db, siteId);
    const changed = change(request, 'room.update', null, (now) => setSiteSettings(db, body, now));
    return { changed };
  });

  consoleRoute(app, 'rooms.retire', (request) => {
    const siteId = siteOf(request);
    assertRunning(db, siteId);
    return { changed: change(request, 'room.retire', null, (now) => retireSite(db, siteId, now)) };
  });

  consoleRoute(app, 'rooms.rota', (request) => {
    const siteId = siteOf(request);
    const rota = parseConsole(RotaRequest, request.body, 'body');
    assertRunning(db, siteId);
    const detail = JSON.stringify({ slots: rota.entries.length });
    return {
      changed: change(request, 'room.rota', detail, (now) => setRota(db, siteId, rota, now)),
    };
  });

  consoleRoute(app, 'rooms.theme', (request) => {
    const siteId = siteOf(request);
    const theme = parseConsole(ThemeRequest, request.body, 'body');
    assertRunning(db, siteId);
    const detail = JSON.stringify({ month: theme.month });
    return {
      changed: change(request, 'room.theme', detail, (now) => setTheme(db, siteId, theme, now)),
    };
  });

  consoleRoute(app, 'rooms.volunteers', (request) => ({
    volunteers: listVolunteers(db, siteOf(request)).map((v) => ({
      id: v.id,
      name: v.name,
      active: v.active,
      createdAt: isoTime(v.createdAt),
      updatedAt: isoTime(v.updatedAt),
    })),
  }));

  consoleRoute(app, 'rooms.volunteerAdd', async (request, reply) => {
    const siteId = siteOf(request);
    const body = parseConsole(VolunteerAddRequest, request.body, 'body');
    assertRunning(db, siteId);
    // Hashed here at once, as the CLI's PIN prompt does; only the hash goes further.
    const pin = await hashPin(body.pin);
    const detail = JSON.stringify({ volunteer: body.id });
    change(request, 'volunteer.add', detail, (now) =>
      refuseVolunteer(addVolunteer(db, siteId, { id: body.id, name: body.name, pin }, now)),
    );
    void reply.code(201);
    return { changed: true };
  });

  consoleRoute(app, 'rooms.volunteerRemove', (request) => {
    const siteId = siteOf(request);
    const id = param(request, 'volunteerId', VolunteerId);
    assertRunning(db, siteId);
    change(request, 'volunteer.remove', JSON.stringify({ volunteer: id }), (now) =>
      refuseVolunteer(removeVolunteer(db, siteId, id, now)),
    );
    return { changed: true };
  });

  consoleRoute(app, 'rooms.volunteerPin', async (request) => {
    const siteId = siteOf(request);
    const id = param(request, 'volunteerId', VolunteerId);
    const body = parseConsole(PinResetRequest, request.body, 'body');
    assertRunning(db, siteId);
    const pin = await hashPin(body.pin);
    change(request, 'volunteer.resetPin', JSON.stringify({ volunteer: id }), (now) =>
      refuseVolunteer(resetVolunteerPin(db, siteId, id, pin, now)),
    );
    return { changed: true };
  });

  consoleRoute(app, 'rooms.devices', (request) => deviceList(db, siteOf(request), deps.now()));

  consoleRoute(app, 'rooms.codeIssue', (request, reply) => {
    const siteId = siteOf(request);
    const body = parseConsole(CodeIssueRequest, request.body, 'body');
    assertRunning(db, siteId);
    // The code itself stays out of the audit line: it is a credential while it is valid.
    const issued = change(request, 'code.issue', JSON.stringify({ hours: body.hours }), (now) =>
      issueCode(db, siteId, body.hours * 3600_000, now),
    );
    void reply.code(201);
    return {
      code: { code: issued.code, expiresAt: isoTime(issued.expiresAt), reusable: false },
    };
  });

  consoleRoute(app, 'rooms.codeRevoke', (request) => {
    const siteId = siteOf(request);
    const code = param(request, 'code', CodeParam);
    change(request, 'code.revoke', null, (now) => {
      // Thrown inside the transaction, so the audit line goes with it: nothing changed.
      if (!revokeCode(db, siteId, code, now))
        throw new ConsoleRefusal('not_found', 'no usable code like this at this room');
    });
    return { changed: true };
  });

  consoleRoute(app, 'rooms.deviceRevoke', (request) => {
    const siteId = siteOf(request);
    const deviceId = param(request, 'deviceId', DeviceId);
    const owner = db.prepare('SELECT site_id FROM devices WHERE id = ?').get(deviceId) as
      { site_id: string } | undefined;
    if (owner?.site_id !== siteId)
      throw new ConsoleRefusal('not_found', 'no such kiosk at this room');
    change(request, 'device.revoke', JSON.stringify({ device: deviceId }), (now) =>
      revokeDevice(db, deviceId, now),
    );
    return { changed: true };
  });
}
