/** A surname: 1-4 Chinese or Latin letters (王, 欧阳, Li). Never a full name: we keep the minimum. */
const SURNAME = /^[\p{Script=Han}A-Za-z·]+$/u;
export const SURNAME_MAX = 4;

export type SurnameProblem = 'tooLong' | 'invalid';

/** Why a typed surname cannot be kept, or null (an empty surname is fine: it is optional). */
export function surnameProblem(value: string): SurnameProblem | null {
  const s = value.trim();
  if (s === '') return null;
  if (!SURNAME.test(s)) return 'invalid';
  return [...s].length > SURNAME_MAX ? 'tooLong' : null;
}
