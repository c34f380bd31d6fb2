import { z } from 'zod';
import { ServiceId } from '../catalogue/ids';
import { StreetId } from '../sites';

/**
 * Who uses the district console (docs/console.md). Each role is scoped:
 * - `district-admin` (区司法局): everything, every street; accounts; the audit log.
 * - `middle-office` (中台 dispatcher): every case in the district.
 * - `street-office` (街镇司法所): its own street's rooms and their cases.
 * - `team-member` (联动团队): the cases routed to one linkage team's service, optionally only
 *   those of some streets.
 * - `supervisor` (检查组, 特邀监督员): read-only, never any personal information.
 */
export const ROLES = [
  'district-admin',
  'middle-office',
  'street-office',
  'team-member',
  'supervisor',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Login names: what people type, so plain and short. Compared without regard to case. */
export const Username = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, dot, dash and underscore');
export const DisplayName = z.string().trim().min(1).max(40);

/** The scope an account's role works in; which fields matter depends on the role. */
export const AccountScope = z.strictObject({
  /** street-office: its street. */
  street: StreetId.nullable(),
  /** team-member: its linkage team's service. */
  service: ServiceId.nullable(),
  /** team-member: only cases of these streets; empty = every street. */
  streets: z.array(StreetId).max(13),
});
export type AccountScope = z.infer<typeof AccountScope>;

/** An account as the console sees it: never its password hash. */
export const AccountView = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  scope: AccountScope,
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AccountView = z.infer<typeof AccountView>;

/** Which scope fields a role needs; anything else is refused, so a scope always means one thing. */
export function scopeProblem(role: Role, scope: AccountScope): string | null {
  if (role === 'street-office' && scope.street === null) return 'a street office needs a street';
  if (role !== 'street-office' && scope.street !== null) return 'only a street office has a street';
  if (role === 'team-member' && scope.service === null) return 'a team member needs a team';
  if (role !== 'team-member' && (scope.service !== null || scope.streets.length > 0))
    return 'only a team member has a team and streets';
  return null;
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/**
 * A new password: long rather than clever (NIST SP 800-63B §5.1.1.2: length, no composition
 * rules), not the username, not one character repeated.
 */
export function passwordProblem(
  password: string,
  username: string,
): 'short' | 'long' | 'weak' | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'short';
  if (length > PASSWORD_MAX) return 'long';
  if (password.toLowerCase().includes(username.toLowerCase()) || new Set(password).size < 4)
    return 'weak';
  return null;
}
