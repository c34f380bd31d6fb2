import type { FastifyInstance } from 'fastify';
import type { ConsoleDeps } from '../deps';
import { parseConsole } from '../parse';
import { consoleOf } from '../request-context';
import { listSuggestions, updateSuggestion } from '../suggestions';
import { consoleRoute } from './route';
import { SuggestionsQuery, SuggestionUpdateRequest } from '../../../shared/console/requests';

/** 解忧法空间: the offices read, tag, answer and close the suggestions of their scope. */
export function suggestionRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db } = deps;

  consoleRoute(app, 'suggestions.list', (request) => {
    const { account, scope } = consoleOf(request);
    const query = parseConsole(SuggestionsQuery, request.query, 'query');
    // A street office sees its street whatever it asks for; the district may pick a street.
    const street = scope === 'street' ? account.scope.street : (query.street ?? null);
    const page = listSuggestions(db, street, query, deps.now());
    return { ...page, page: query.page, pageSize: query.pageSize };
  });

  consoleRoute(app, 'suggestions.update', (request) => {
    const { account } = consoleOf(request);
    const body = parseConsole(SuggestionUpdateRequest, request.body, 'body');
    const { suggestionId } = request.params as { suggestionId: string };
    const suggestion = updateSuggestion(db, account, suggestionId, body, request.ip, deps.now());
    return { suggestion };
  });
}
