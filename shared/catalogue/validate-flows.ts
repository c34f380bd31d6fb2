import { CoreServiceId } from './ids';
import type { AnswerOption, Flow, Question } from './schema';

/** Every path from the first question to the end asks at least this many and at most this many. */
export const MIN_PATH_QUESTIONS = 3;
export const MAX_PATH_QUESTIONS = 6;

/**
 * The shape of one flow's question graph: ids unique, every `start`/`next` pointing at a question
 * of this flow, no loops, every question reachable, every path 3 to 6 questions long and every
 * path suggesting at least one core service (so the result screen is never empty, even on a site
 * that offers no "X" services).
 *
 * Option ids need only be unique within their question: an answer is stored as
 * (questionId, optionId), so "unsure" may appear under several questions.
 */
export function checkFlowGraph(flow: Flow): string[] {
  const where = `flow "${flow.prompt}"`;
  const errors: string[] = [];
  const byId = new Map<string, Question>();
  for (const q of flow.questions) {
    if (byId.has(q.id)) errors.push(`${where}: question id "${q.id}" is used twice`);
    else byId.set(q.id, q);
    const seen = new Set<string>();
    for (const o of q.options) {
      if (seen.has(o.id))
        errors.push(`${where}, question "${q.id}": option id "${o.id}" is used twice`);
      seen.add(o.id);
    }
  }
  if (!byId.has(flow.start))
    errors.push(`${where}: start "${flow.start}" is not a question in this flow`);
  for (const q of flow.questions) {
    for (const o of q.options) {
      if (o.next !== undefined && !byId.has(o.next)) {
        errors.push(
          `${where}, question "${q.id}", option "${o.id}": next "${o.next}" is not a question in this flow`,
        );
      }
    }
  }
  // The walks below need a well-formed graph.
  if (errors.length > 0) return errors;

  const cycle = findCycle(flow.questions, byId);
  if (cycle) return [`${where}: the questions go round in a loop: ${cycle.join(' → ')}`];

  const reachable = reachableFrom(flow.start, byId);
  for (const q of flow.questions) {
    if (!reachable.has(q.id))
      errors.push(`${where}: question "${q.id}" can never be reached from the start`);
  }

  const paths = new PathMemo(byId);
  const shortest = paths.shortest(flow.start);
  const longest = paths.longest(flow.start);
  if (shortest.length < MIN_PATH_QUESTIONS) {
    errors.push(
      `${where}: the path ${shortest.join(' → ')} asks only ${shortest.length} question(s); every path needs ${MIN_PATH_QUESTIONS} to ${MAX_PATH_QUESTIONS}`,
    );
  }
  if (longest.length > MAX_PATH_QUESTIONS) {
    errors.push(
      `${where}: the path ${longest.join(' → ')} asks ${longest.length} questions; every path needs ${MIN_PATH_QUESTIONS} to ${MAX_PATH_QUESTIONS}`,
    );
  }
  const bare = pathWithoutCoreService(flow.start, byId, new Map());
  if (bare) errors.push(`${where}: the answers ${bare.join(' → ')} suggest no core service`);
  return errors;
}

/** The first loop found, as question ids ending where it started; null when there is none. */
function findCycle(questions: readonly Question[], byId: Map<string, Question>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    const s = state.get(id);
    if (s === 'done') return null;
    if (s === 'open') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'open');
    stack.push(id);
    for (const next of nextIds(byId.get(id))) {
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const q of questions) {
    const found = visit(q.id);
    if (found) return found;
  }
  return null;
}

function reachableFrom(start: string, byId: Map<string, Question>): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...nextIds(byId.get(id)));
  }
  return seen;
}

function nextIds(question: Question | undefined): string[] {
  return (question?.options ?? []).flatMap((o) => (o.next === undefined ? [] : [o.next]));
}

/** Shortest and longest question paths from a question to the end (the graph has no loops). */
class PathMemo {
  private readonly short = new Map<string, string[]>();
  private readonly long = new Map<string, string[]>();
  constructor(private readonly byId: Map<string, Question>) {}

  shortest(id: string): string[] {
    return this.pick(
      id,
      this.short,
      (a, b) => a.length < b.length,
      (next) => this.shortest(next),
    );
  }

  longest(id: string): string[] {
    return this.pick(
      id,
      this.long,
      (a, b) => a.length > b.length,
      (next) => this.longest(next),
    );
  }

  private pick(
    id: string,
    memo: Map<string, string[]>,
    better: (a: string[], b: string[]) => boolean,
    from: (next: string) => string[],
  ): string[] {
    const known = memo.get(id);
    if (known) return known;
    let best: string[] | null = null;
    for (const o of this.byId.get(id)?.options ?? []) {
      const tail = o.next === undefined ? [] : from(o.next);
      if (best === null || better(tail, best)) best = tail;
    }
    const path = [id, ...(best ?? [])];
    memo.set(id, path);
    return path;
  }
}

/** An example path (question/option pairs) on which no answer suggests a core service. */
function pathWithoutCoreService(
  id: string,
  byId: Map<string, Question>,
  memo: Map<string, string[] | null>,
): string[] | null {
  if (memo.has(id)) return memo.get(id) ?? null;
  let found: string[] | null = null;
  for (const o of byId.get(id)?.options ?? []) {
    if (suggestsCoreService(o)) continue;
    const step = `${id}/${o.id}`;
    if (o.next === undefined) {
      found = [step];
      break;
    }
    const rest = pathWithoutCoreService(o.next, byId, memo);
    if (rest) {
      found = [step, ...rest];
      break;
    }
  }
  memo.set(id, found);
  return found;
}

function suggestsCoreService(option: AnswerOption): boolean {
  return option.services.some((s) => CoreServiceId.safeParse(s.id).success);
}
