import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ConsoleDeps } from '../deps';
import { parseConsole } from '../parse';
import { consoleOf } from '../request-context';
import {
  approveTypicalCase,
  createTypicalCase,
  listTypicalCases,
  PersonalInfoFound,
  publishTypicalCase,
  readTypicalCase,
  updateTypicalCase,
} from '../typical-cases';
import { typicalCasesDocx } from '../typical-docx';
import { audit } from '../audit';
import { actorOf } from '../request-context';
import { consoleRoute } from './route';
import { shanghaiDay } from '../time';
import { TypicalCasesQuery, TypicalPublishRequest } from '../../../shared/console/requests';
import { TypicalCaseDraft } from '../../../shared/typical-cases/schema';
import { streetById } from '../../../shared/sites';

/** The most cases one compilation holds: a book, not a database dump. */
const EXPORT_MAX = 500;

/** 典型案事例: write from a closed case, edit, approve (a second person), publish, the library, DOCX. */
export function typicalCaseRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db } = deps;
  const idOf = (params: unknown) => (params as { typicalCaseId: string }).typicalCaseId;
  /** Personal information found: where and which kind (the form points at it), never the words. */
  const guarded = <T>(reply: FastifyReply, write: () => T): T | FastifyReply => {
    try {
      return write();
    } catch (error) {
      if (error instanceof PersonalInfoFound)
        return reply.code(400).send({ error: 'personal_info_found', problems: error.problems });
      throw error;
    }
  };

  /** Drafts are the offices' own work: only they list them, each within its scope. */
  const scopeOf = (request: Parameters<typeof consoleOf>[0], query: TypicalCasesQuery) => {
    const { account, scope } = consoleOf(request);
    const offices = account.role !== 'team-member' && account.role !== 'supervisor';
    const status = offices ? query.status : 'approved';
    const street = scope === 'street' ? account.scope.street : (query.street ?? null);
    return { account, query: { ...query, status }, street };
  };

  consoleRoute(app, 'typicalCases.list', (request) => {
    const parsed = parseConsole(TypicalCasesQuery, request.query, 'query');
    const { account, query, street } = scopeOf(request, parsed);
    const page = listTypicalCases(db, account, street, query);
    return { ...page, page: query.page, pageSize: query.pageSize };
  });

  consoleRoute(app, 'typicalCases.export', async (request, reply) => {
    const parsed = parseConsole(TypicalCasesQuery, request.query, 'query');
    const { account, query, street } = scopeOf(request, { ...parsed, status: 'approved' });
    const { rows } = listTypicalCases(db, account, street, query, {
      page: 1,
      pageSize: EXPORT_MAX,
    });
    const now = deps.now();
    const day = shanghaiDay(now);
    const where = street === null ? '徐汇区' : `徐汇区${streetById(street).zh}`;
    const file = await typicalCasesDocx(rows, {
      title: '公共法律服务客厅典型案例汇编',
      subtitle: `${where}司法局 编`,
      date: day,
    });
    // Exports are recorded like every other use of the data (docs/console.md, "The audit log").
    audit(
      db,
      {
        actor: actorOf(account),
        action: 'typicalCase.export',
        address: request.ip,
        outcome: 'ok',
        detail: String(rows.length),
      },
      now,
    );
    return reply
      .header(
        'content-type',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      )
      .header('content-disposition', `attachment; filename="typical-cases-${day}.docx"`)
      .send(file);
  });

  consoleRoute(app, 'typicalCases.create', (request, reply) => {
    const ctx = consoleOf(request);
    const draft = parseConsole(TypicalCaseDraft, request.body, 'body');
    if (!ctx.case) throw new Error('case route without its case');
    const target = ctx.case;
    return guarded(reply, () => {
      const created = createTypicalCase(db, ctx.account, target, draft, request.ip, deps.now());
      void reply.code(201);
      return { typicalCase: created };
    });
  });

  consoleRoute(app, 'typicalCases.read', (request) => ({
    typicalCase: readTypicalCase(db, idOf(request.params), consoleOf(request).account),
  }));

  consoleRoute(app, 'typicalCases.update', (request, reply) => {
    const { account } = consoleOf(request);
    const draft = parseConsole(TypicalCaseDraft, request.body, 'body');
    return guarded(reply, () => ({
      typicalCase: updateTypicalCase(
        db,
        account,
        idOf(request.params),
        draft,
        request.ip,
        deps.now(),
      ),
    }));
  });

  consoleRoute(app, 'typicalCases.approve', (request, reply) => {
    const { account } = consoleOf(request);
    return guarded(reply, () => ({
      typicalCase: approveTypicalCase(db, account, idOf(request.params), request.ip, deps.now()),
    }));
  });

  consoleRoute(app, 'typicalCases.publish', (request) => {
    const { account } = consoleOf(request);
    const { published } = parseConsole(TypicalPublishRequest, request.body, 'body');
    return {
      typicalCase: publishTypicalCase(
        db,
        account,
        idOf(request.params),
        published,
        request.ip,
        deps.now(),
      ),
    };
  });
}
