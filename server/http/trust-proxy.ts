import { isIP } from 'node:net';

/**
 * The reverse proxies whose `X-Forwarded-For` the hub believes (HUB_TRUST_PROXY / --trust-proxy):
 * comma-separated IP addresses or CIDR ranges, blanks ignored. Behind a TLS proxy every kiosk
 * reaches the hub from the proxy's address, so per-address limits (wrong enrollment codes) would
 * count all kiosks together; trusting the proxy gives each kiosk its own address again. Nothing is
 * trusted by default: without a proxy a kiosk could forge the header and dodge the limit.
 * Names (`loopback`, `localhost`) are refused on purpose: an address says exactly what is trusted.
 */
export function parseTrustedProxies(text: string | undefined): string[] {
  if (text === undefined) return [];
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const entry of entries) {
    if (!isAddressOrRange(entry))
      throw new Error(
        `"${entry}" is not an IP address or CIDR range like 127.0.0.1, ::1 or 10.0.0.0/8`,
      );
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...more] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || more.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  // A /0 would trust every address, which is no trust at all (Fastify refuses it too).
  return bits >= 1 && bits <= (family === 4 ? 32 : 128);
}
