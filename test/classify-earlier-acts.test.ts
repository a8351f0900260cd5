// Acts told around the news of the day: the one a later act "comes a month after", a rival that
// "got the same option" later, and airtime a store takes as a way to pay.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { kindsOn, rulesOnly } from "./helpers/events.ts";

rulesOnly();

const events = (text: string, published = "2025-08-14") => kindsOn(published)(text);

describe("what the news 'comes a month after'", () => {
  it("is an act of its own, that long before the news, not a restatement of it", () => {
    assert.deepEqual(
      events("Douyin Mall added JD Pay to its checkout on Monday. It comes a month after JD.com's own app began accepting Douyin Pay, so each wallet now sits in the other's cashier."),
      ["payment | Douyin E-commerce, JD Pay | 2025-08-11", "payment | Douyin Pay, JD.com | 2025-07"],
    );
  });
  it("keeps the time the earlier act tells itself", () => {
    assert.deepEqual(events("The move comes four months after WhatsApp opened to BirdyChat in March."), ["data | BirdyChat, WhatsApp | 2025-03"]);
  });
  it("says nothing of time when the gap is only 'weeks'", () => {
    assert.deepEqual(events("It comes weeks after JD.com's own app began accepting Douyin Pay."), ["payment | Douyin Pay, JD.com | 2025-08-14"]);
  });
});

describe("a rival that got the same option", () => {
  it("'…, and Airtel Kenya customers got the same option in 2022' is the act again with Airtel in its carrier's place", () => {
    assert.deepEqual(events("Google Play has taken Safaricom airtime since 2016, and Airtel Kenya customers got the same option in 2022.", "2024-07-17"), [
      "payment | Google Play, Safaricom | 2016",
      "payment | Airtel, Google Play | 2022",
    ]);
  });
  it("a store that takes a carrier's airtime lets people pay with it", () => {
    assert.deepEqual(events("Since March the App Store has taken Globe airtime in the Philippines.", "2024-07-17"), ["payment | App Store, Globe Telecom | 2024-03"]);
  });
});
