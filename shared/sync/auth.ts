/**
 * Every call except enroll and health carries `Authorization: Bearer <deviceId>.<credential>`.
 * Device ids never contain a dot and credentials are base64url, so the first dot splits them.
 */
export function authorizationHeader(deviceId: string, credential: string): string {
  return `Bearer ${deviceId}.${credential}`;
}

export interface BearerCredential {
  deviceId: string;
  secret: string;
}

/** The device id and secret from an Authorization header, or null if it is not one of ours. */
export function parseAuthorization(header: string | undefined): BearerCredential | null {
  if (header === undefined || header.length > 200) return null;
  const match = /^Bearer ([a-z0-9_]{1,40})\.([A-Za-z0-9_-]{1,100})$/.exec(header);
  if (!match?.[1] || !match[2]) return null;
  return { deviceId: match[1], secret: match[2] };
}
