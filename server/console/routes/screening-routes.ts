import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ConsoleDeps } from '../deps';
import { audit } from '../audit';
import { parseConsole } from '../parse';
import { ConsoleRefusal } from '../refusal';
import { actorOf, consoleOf } from '../request-context';
import { consoleRoute } from './route';
import { importFile, previewFile } from '../../screening/import';
import { correctOrder, listOrders, reclassifyAll } from '../../screening/orders';
import {
  addPetition,
  addPlanItem,
  holdMeeting,
  meetingView,
  publishPlanTheme,
  screeningStatus,
} from '../../screening/meeting';
import { getRules, saveMapping, setRules } from '../../screening/settings';
import type { AccessId } from '../../../shared/console/access';
import {
  OrderCorrection,
  OrdersQuery,
  UPLOAD_MAX_BYTES,
} from '../../../shared/screening/import-report';
import {
  HoldRequest,
  PetitionRequest,
  PlanItemRequest,
  ThemeFromPlanRequest,
} from '../../../shared/screening/meeting';
import { ClassificationRules } from '../../../shared/screening/rules';
import { ColumnMapping, OrderNo } from '../../../shared/screening/work-order';
import { Month } from '../../../shared/stats/month';
import { StreetId } from '../../../shared/sites';

const StreetMonth = z.strictObject({ street: StreetId, month: Month });

/**
 * The monthly screening (主动排摸, docs/screening.md): import a street's 12345 export, classify,
 * meet, plan. The access guard has already checked `:street` against the caller's scope.
 */
export async function screeningRoutes(app: FastifyInstance, deps: ConsoleDeps): Promise<void> {
  const { db } = deps;
  const streetOf = (request: FastifyRequest) =>
    parseConsole(z.looseObject({ street: StreetId }), request.params, 'params').street;
  const streetMonth = (request: FastifyRequest) =>
    parseConsole(StreetMonth.loose(), request.params, 'params');
  /** Record a change in the audit log (ids and counts only, never a citizen's words). */
  const record = (request: FastifyRequest, id: AccessId, target: string, detail: object) => {
    const { account } = consoleOf(request);
    audit(
      db,
      {
        actor: actorOf(account),
        action: id,
        target: { kind: 'street', id: target },
        address: request.ip,
        outcome: 'ok',
        detail: JSON.stringify(detail),
      },
      deps.now(),
    );
  };

  // Uploads are the raw file (application/octet-stream), in a context of their own so that no
  // other console route accepts anything but JSON.
  await app.register((uploads, _options, done) => {
    uploads.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: UPLOAD_MAX_BYTES },
      (_request, body, next) => next(null, body),
    );
    const fileOf = (request: FastifyRequest): Buffer => {
      if (!Buffer.isBuffer(request.body))
        throw new ConsoleRefusal('file_type', 'send the file as application/octet-stream');
      return request.body;
    };
    const options = { bodyLimit: UPLOAD_MAX_BYTES };
    consoleRoute(
      uploads,
      'screening.preview',
      (request) => previewFile(db, streetOf(request), fileOf(request)),
      options,
    );
    consoleRoute(
      uploads,
      'screening.import',
      async (request) => {
        const street = streetOf(request);
        const report = await importFile(db, street, fileOf(request), deps.now());
        record(request, 'screening.import', street, {
          format: report.format,
          added: report.added,
          updated: report.updated,
          failed: report.failed,
        });
        return report;
      },
      options,
    );
    done();
  });

  consoleRoute(app, 'screening.status', (request) => {
    const { account, scope } = consoleOf(request);
    const streets =
      scope === 'district' ? null : account.scope.street ? [account.scope.street] : [];
    return screeningStatus(db, streets, deps.now());
  });

  consoleRoute(app, 'screening.mapping', (request) => {
    const street = streetOf(request);
    const mapping = parseConsole(ColumnMapping, request.body, 'body');
    db.transaction(() => {
      saveMapping(db, street, mapping, consoleOf(request).account.id, deps.now());
      record(request, 'screening.mapping', street, {});
    }).immediate();
    return { mapping };
  });

  consoleRoute(app, 'screening.orders', (request) => {
    const street = streetOf(request);
    const query = parseConsole(OrdersQuery, request.query, 'query');
    return { ...listOrders(db, street, query), page: query.page, pageSize: query.pageSize };
  });

  consoleRoute(app, 'screening.correct', (request) => {
    const street = streetOf(request);
    const orderNo = parseConsole(
      z.looseObject({ orderNo: OrderNo }),
      request.params,
      'params',
    ).orderNo;
    const body = parseConsole(OrderCorrection, request.body, 'body');
    db.transaction(() => {
      correctOrder(
        db,
        street,
        orderNo,
        body,
        getRules(db),
        consoleOf(request).account.id,
        deps.now(),
      );
      record(request, 'screening.correct', street, { orderNo, topic: body.topic });
    }).immediate();
    return { ok: true };
  });

  consoleRoute(app, 'screening.meeting', (request) => {
    const { street, month } = streetMonth(request);
    return meetingView(db, street, month);
  });

  consoleRoute(app, 'screening.petition', (request, reply) => {
    const { street, month } = streetMonth(request);
    const body = parseConsole(PetitionRequest, request.body, 'body');
    const id = db
      .transaction(() => {
        const id = addPetition(db, street, month, body, consoleOf(request).account.id, deps.now());
        record(request, 'screening.petition', street, { month, petition: id });
        return id;
      })
      .immediate();
    void reply.code(201);
    return { id };
  });

  consoleRoute(app, 'screening.plan', (request, reply) => {
    const { street, month } = streetMonth(request);
    const body = parseConsole(PlanItemRequest, request.body, 'body');
    const id = db
      .transaction(() => {
        const id = addPlanItem(db, street, month, body, consoleOf(request).account.id, deps.now());
        record(request, 'screening.plan', street, { month, item: id });
        return id;
      })
      .immediate();
    void reply.code(201);
    return { id };
  });

  consoleRoute(app, 'screening.theme', (request) => {
    const params = parseConsole(
      StreetMonth.extend({ itemId: z.coerce.number().int().positive() }).loose(),
      request.params,
      'params',
    );
    const body = parseConsole(ThemeFromPlanRequest, request.body, 'body');
    const rooms = db
      .transaction(() => {
        const rooms = publishPlanTheme(
          db,
          params.street,
          params.month,
          params.itemId,
          body.place,
          deps.now(),
        );
        record(request, 'screening.theme', params.street, { item: params.itemId, rooms });
        return rooms;
      })
      .immediate();
    return { rooms };
  });

  consoleRoute(app, 'screening.hold', (request) => {
    const { street, month } = streetMonth(request);
    const body = parseConsole(HoldRequest, request.body, 'body');
    db.transaction(() => {
      holdMeeting(db, street, month, body.notes, consoleOf(request).account.id, deps.now());
      record(request, 'screening.hold', street, { month });
    }).immediate();
    return meetingView(db, street, month);
  });

  consoleRoute(app, 'screening.rules', () => getRules(db));

  consoleRoute(app, 'screening.rulesSave', (request) => {
    const rules = parseConsole(ClassificationRules, request.body, 'body');
    const reclassified = db
      .transaction(() => {
        const n = setRules(db, rules, consoleOf(request).account.id, deps.now(), (r) =>
          reclassifyAll(db, r),
        );
        audit(
          db,
          {
            actor: actorOf(consoleOf(request).account),
            action: 'screening.rulesSave',
            address: request.ip,
            outcome: 'ok',
            detail: JSON.stringify({ topics: rules.topics.length, reclassified: n }),
          },
          deps.now(),
        );
        return n;
      })
      .immediate();
    return { rules, reclassified };
  });
}
