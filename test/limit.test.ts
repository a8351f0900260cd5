// The crawl's small concurrency helpers: a bound on tasks in flight, and a value made once.
import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { limiter, once } from "../src/crawl/limit.ts";

test("once: callers asking at the same moment share one making (one browser per crawl, not one per source)", async () => {
  let made = 0;
  const get = once(async () => {
    made++;
    await sleep(20);
    return { browser: made };
  });
  const [a, b, c] = await Promise.all([get(), get(), get()]);
  assert.equal(made, 1);
  assert.equal(a, b);
  assert.equal(b, c);
  assert.equal(await get(), a, "a later caller gets the same value");
});

test("limiter: never more tasks in flight than the bound, and every task runs", async () => {
  const slot = limiter(2);
  let inFlight = 0;
  let most = 0;
  const done = await Promise.all(
    [1, 2, 3, 4, 5].map((n) =>
      slot(async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await sleep(10);
        inFlight--;
        return n;
      }),
    ),
  );
  assert.deepEqual(done, [1, 2, 3, 4, 5]);
  assert.equal(most, 2);
});
