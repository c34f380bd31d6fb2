import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { z } from 'zod';
import { HubError } from '../hub-error';
import { parseOrRefuse } from '../http/validate';
import { latestRelease, releaseFile, releasesRoot } from '../store/releases';
import type { Db } from '../db/open';
import { RELEASE_PATHS, Sha256Hex } from '../../shared/release/manifest';

const FileParams = z.strictObject({ sha256: Sha256Hex });

/**
 * Renderer releases for Electron kiosks: the signed manifest on offer, and each file by its
 * SHA-256. Enrolled devices only. The hub does not vouch for the bytes: the kiosk checks the
 * signature with its built-in key and every hash itself.
 */
export function releasesRoutes(
  app: FastifyInstance,
  db: Db,
  authenticate: onRequestHookHandler,
): void {
  // The releases live beside the database file, in the hub's data dir.
  const root = releasesRoot(path.dirname(db.name));

  app.get(RELEASE_PATHS.latest, { onRequest: authenticate }, () => {
    const signed = latestRelease(root);
    if (!signed) throw new HubError('not_found', 'no renderer release has been published');
    return signed;
  });

  app.get(RELEASE_PATHS.filePattern, { onRequest: authenticate }, (request, reply) => {
    const { sha256 } = parseOrRefuse(FileParams, request.params, 'path');
    const found = releaseFile(root, sha256);
    if (!found) throw new HubError('not_found', 'no release file with that SHA-256');
    return reply
      .type('application/octet-stream')
      .header('content-length', found.size)
      .send(createReadStream(found.file));
  });
}
