import type { Dexie } from 'dexie';

/**
 * v7: the "told, not closed" list (已告知、未办结): a case whose stored status is `reported` is on
 * the `reported` list. Cases stored before were on no list at all: add them. (The rule is
 * written out here rather than imported, so this step stays what it was when it shipped.)
 */
export function recordsV7(db: Dexie): void {
  db.version(7)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('cases')
        .toCollection()
        .modify((row: { status?: string; lists?: string[] }) => {
          const lists = row.lists ?? [];
          if (row.status === 'reported' && !lists.includes('reported'))
            row.lists = [...lists, 'reported'];
        }),
    );
}
