import { afterEach, describe, expect, it } from 'vitest';
import {
  enroll,
  kioskTime,
  postJson,
  rowCounts,
  seedSite,
  startTestHub,
  type TestHub,
} from '../testing/test-hub';
import { makeIntake } from '../../shared/sync/fixtures';
import { BENCH_FLOOR_PATH } from './bench-floor';

let hub: TestHub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

const floorBody = (count: number, time: string) =>
  JSON.stringify({
    batch: Array.from({ length: count }, (_, i) => ({
      seq: i + 1,
      record: makeIntake(i),
      kioskTime: time,
    })),
    kioskTime: time,
  });

describe('the benchmark floor route', () => {
  it('exists only when the app is built with benchFloor, and then inserts every row it is sent', async () => {
    hub = await startTestHub();
    const plain = await postJson(hub.url + BENCH_FLOOR_PATH, floorBody(1, kioskTime(hub.clock.ms)));
    expect(plain.status).toBe(404);
    await hub.close();

    hub = await startTestHub({ benchFloor: true });
    const kiosk = await enroll(hub, seedSite(hub).code);
    // Bigger than the API's 1 MiB limit: the floor takes all of a benchmark's rows at once.
    const body = floorBody(2_000, kioskTime(hub.clock.ms));
    expect(body.length).toBeGreaterThan(1024 * 1024);
    expect(await postJson(hub.url + BENCH_FLOOR_PATH, body)).toMatchObject({ status: 401 });
    const res = await postJson(hub.url + BENCH_FLOOR_PATH, body, kiosk.headers);
    expect(res).toEqual({ status: 200, body: { stored: 2_000 } });
    expect(rowCounts(hub.db).records).toBe(2_000);
  });
});
