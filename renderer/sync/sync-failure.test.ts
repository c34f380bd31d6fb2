import { describe, expect, it } from 'vitest';
import { failureAction, failureFromResponse, isOffline } from './sync-failure';

describe('failureFromResponse', () => {
  it('takes the hub’s own fixed code from its error body', () => {
    const f = failureFromResponse(403, '{"error":"device_revoked","message":"revoked"}');
    expect([f.code, f.status, failureAction(f.code)]).toEqual(['device_revoked', 403, 'enroll']);
  });

  it('reads the local proxy’s bare {"error":"hub_unreachable"} as offline', () => {
    const f = failureFromResponse(502, '{"error":"hub_unreachable"}');
    expect(f.code).toBe('hub_unreachable');
    expect(isOffline(f.code)).toBe(true);
  });

  it('never lets an error page from something in between say "enroll again"', () => {
    expect(failureFromResponse(401, '<html>login</html>').code).toBe('bad_response');
    expect(failureFromResponse(403, '{"error":"forbidden"}').code).toBe('bad_response');
    expect(failureAction('bad_response')).toBe('retry');
  });

  it('maps bare statuses it can trust by themselves', () => {
    expect(failureFromResponse(413, '').code).toBe('body_too_large');
    expect(failureFromResponse(429, '').code).toBe('rate_limited');
    expect(failureFromResponse(504, 'Gateway Timeout').code).toBe('hub_unreachable');
  });
});
