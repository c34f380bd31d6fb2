/**
 * Refusals of the linkage teams' API (`/api/v1/team/...`), beside the sync protocol's codes
 * (shared/sync/errors.ts: `bad_request`, `unauthenticated`, ...), which it uses too. Kiosks never
 * call this API, so these codes live with the hub. Like every hub error the answer is
 * `{error, message}`; the message is plain English without personal data.
 */
export const TEAM_REFUSAL_STATUS = {
  /** No case with this id at the hub (yet: a kiosk may not have synced it). */
  case_not_found: 404,
  /** The case was never routed to this team's service. */
  case_not_routed: 403,
  /** This team already resolved the case; its part is done. */
  case_resolved_already: 409,
  /** The event id was already used for a different event. */
  event_id_reused: 409,
  team_revoked: 403,
} as const;
export type TeamRefusalCode = keyof typeof TEAM_REFUSAL_STATUS;

export class TeamRefusal extends Error {
  readonly status: number;

  constructor(
    readonly code: TeamRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'TeamRefusal';
    this.status = TEAM_REFUSAL_STATUS[code];
  }
}
