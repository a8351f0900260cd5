// Two subjects acting together: a pair that said it jointly, transfers switched on between two
// systems; a trial behind an act does not make it a pilot; "the corporation" after a regulator's act.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyArticle } from "../src/classify/index.ts";
import { defaultTriggers, statusOf } from "../src/classify/triggers.ts";
import { rulesOnly } from "./helpers/events.ts";

rulesOnly();

const PUB = "2025-09-30"; // a Tuesday
const events = (text: string) => classifyArticle({ text, published: PUB }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${e.status ?? "-"}`);

describe("a pair acting together", () => {
  it("'X and Y will let visitors pay …, the two card networks said' is one opening between them", () => {
    assert.deepEqual(events("JCB and UnionPay International will let Chinese visitors pay by scanning codes at JCB's merchants from November 1, the two card networks said on Tuesday."), [
      "payment | JCB, UnionPay International | 2025-09-30 | announced",
    ]);
  });
  it("two subjects doing the same thing alone still open nothing between them", () => {
    assert.deepEqual(events("Google and Apple kept commissions of up to 26% on Tuesday."), []);
  });
  it("'switched on transfers between Portuguese and Italian numbers' opens the two wallets to each other", () => {
    assert.deepEqual(events("MB Way and Bancomat Pay switched on transfers between Portuguese and Italian mobile numbers last Thursday."), ["payment | Bancomat Pay, MB Way | 2025-09-25 | -"]);
  });
});

describe("a trial behind the act", () => {
  it("'…, extending a trial that ran at the Expo' widens the trial; the act is no pilot", () => {
    const [first] = events("JCB and UnionPay International will let visitors pay at JCB's merchants from November 1, the two networks said on Tuesday, extending a trial that ran at the Expo.");
    assert.equal(first, "payment | JCB, UnionPay International | 2025-09-30 | expanded");
  });
  it("a trial told as the act is still a pilot", () => {
    assert.equal(statusOf("The two networks began a trial at 300 shops in Osaka this spring.", defaultTriggers()), "pilot");
    assert.equal(statusOf("The wallet went live after a trial in Osaka.", defaultTriggers()), "launched");
  });
});

describe("'the corporation' a regulator acts on", () => {
  it("'forced the corporation to open the chip' is aimed at the company told before", () => {
    assert.deepEqual(events("Apple did not open the chip. In July 2024 the European Commission forced the corporation to open the chip to rival wallets."), [
      "regulation | Apple, European Commission | 2024-07 | -",
    ]);
  });
});

describe("the same subject following elsewhere", () => {
  it("'… in Singapore in May 2023 and followed in Malaysia in March' is the act again, at its own time", () => {
    assert.deepEqual(events("Grab added GCash in Singapore in May 2023 and followed in Malaysia in March of this year."), ["payment | GCash, Grab | 2023-05 | -", "payment | GCash, Grab | 2025-03 | -"]);
  });
  it("a name of its own side after 'followed' ('under the MobilePay brand') names no newcomer", () => {
    assert.deepEqual(events("Vipps switched on tap-to-pay for Apple's iPhones in Norway in November 2024 and followed in Denmark under the MobilePay brand in March of this year.").length, 2);
  });
});
