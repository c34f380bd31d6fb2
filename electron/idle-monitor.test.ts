import { describe, expect, it } from 'vitest';
import { startIdleReports } from './idle-monitor';

describe('startIdleReports', () => {
  it('reports each change of the system idle time, once', () => {
    let idle = 0;
    let tick = () => {};
    const sent: number[] = [];
    let stopped = false;
    const stop = startIdleReports({
      getIdleSeconds: () => idle,
      send: (r) => sent.push(r.idleSeconds),
      setInterval: (fn) => (tick = fn),
      clearInterval: () => (stopped = true),
    });
    for (const value of [0, 0, 1, 2.7, 2, 0]) {
      idle = value;
      tick();
    }
    expect(sent).toEqual([0, 1, 2, 0]);
    stop();
    expect(stopped).toBe(true);
  });
});
