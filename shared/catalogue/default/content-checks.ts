import { allResults, type WalkedPath } from '../../intake/all-paths';
import type { Catalogue, Tip } from '../schema';

/**
 * Lookups for the content tests (`routing-*.test.ts`): every walked path with its result, and
 * text by key or by tip, in both languages.
 */
export function contentChecks(catalogue: Catalogue) {
  const paths = allResults(catalogue);
  const zh = (key: string | undefined) => (key ? (catalogue.strings['zh-CN'][key] ?? '') : '');
  const en = (key: string | undefined) => (key ? (catalogue.strings.en[key] ?? '') : '');
  const tip = (id: string): Tip => {
    const found = catalogue.tips.find((t) => t.id === id);
    if (!found) throw new Error(`no tip ${id}`);
    return found;
  };
  return {
    paths,
    zh,
    en,
    tip,
    /** A tip's items joined, in Chinese or in English. */
    tipZh: (id: string) => tip(id).itemKeys.map(zh).join('\n'),
    tipEn: (id: string) => tip(id).itemKeys.map(en).join('\n'),
    /** A path as a failure message shows it: `prompt: question/option → ...`. */
    where: (path: WalkedPath) =>
      `${path.state.prompt}: ${path.state.answers.map((a) => `${a.questionId}/${a.optionId}`).join(' → ')}`,
    /**
     * The paths that match. Throws when none does, so a renamed answer cannot turn a check into
     * one that passes over nothing.
     */
    pathsWhere: (filter: (path: WalkedPath) => boolean): WalkedPath[] => {
      const found = paths.filter(filter);
      if (found.length === 0) throw new Error('no path matches: the check would prove nothing');
      return found;
    },
  };
}
