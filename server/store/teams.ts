import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { HubError } from '../hub-error';
import { TeamRefusal } from './team-refusal';
import { hashSecret } from './devices';
import type { ServiceId } from '../../shared/catalogue/ids';

/**
 * Linkage-team credentials (联动团队). A team is one credential for one service (the district's
 * volunteer lawyers, the notary office, ...); it may update every case routed to that service at
 * any site. The token is `<teamId>.<secret>`, sent as `Authorization: Bearer <token>`; it is shown
 * once when issued and only the secret's SHA-256 is kept.
 */
export interface LinkageTeam {
  id: string;
  service: ServiceId;
  name: string;
}

export interface TeamRow extends LinkageTeam {
  createdAt: number;
  revokedAt: number | null;
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const TEAM_ID_PATTERN = /^team_[a-z2-7]{16}$/;

function newTeamId(): string {
  let id = 'team_';
  for (let i = 0; i < 16; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

export function addTeam(
  db: Db,
  service: ServiceId,
  name: string,
  now: number,
): { team: LinkageTeam; token: string } {
  const secret = randomBytes(32).toString('base64url');
  return db
    .transaction(() => {
      let id = newTeamId();
      while (db.prepare('SELECT 1 FROM teams WHERE id = ?').get(id)) id = newTeamId();
      db.prepare(
        'INSERT INTO teams (id, service, name, secret_sha256, created_at) VALUES (?, ?, ?, ?, ?)',
      ).run(id, service, name, hashSecret(secret), now);
      return { team: { id, service, name }, token: `${id}.${secret}` };
    })
    .immediate();
}

export function listTeams(db: Db): TeamRow[] {
  const rows = db
    .prepare('SELECT id, service, name, created_at, revoked_at FROM teams ORDER BY created_at, id')
    .all() as {
    id: string;
    service: ServiceId;
    name: string;
    created_at: number;
    revoked_at: number | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    service: r.service,
    name: r.name,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

/** Returns false when there is no such team. Revoking twice keeps the first time. */
export function revokeTeam(db: Db, teamId: string, now: number): boolean {
  return (
    db
      .prepare('UPDATE teams SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?')
      .run(now, teamId).changes === 1
  );
}

/**
 * Check a team token. Unknown team and wrong secret give the same answer; only the holder of a
 * correct secret learns that its credential was revoked.
 */
export function authenticateTeam(db: Db, teamId: string, secret: string): LinkageTeam {
  const row = statement(
    db,
    'SELECT service, name, secret_sha256, revoked_at FROM teams WHERE id = ?',
  ).get(teamId) as
    | { service: ServiceId; name: string; secret_sha256: string; revoked_at: number | null }
    | undefined;
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(row?.secret_sha256 ?? hashSecret('no team'), 'hex');
  if (!row || !timingSafeEqual(given, stored))
    throw new HubError('unauthenticated', 'unknown team or wrong token');
  if (row.revoked_at !== null)
    throw new TeamRefusal('team_revoked', 'this team token was revoked; ask the hub for a new one');
  return { id: teamId, service: row.service, name: row.name };
}
