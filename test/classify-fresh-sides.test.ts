// Sides told in ways the first rules did not know: an owner's channels listed by name, …
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyArticle } from "../src/classify/index.ts";

const PUB = "2025-11-02";
const events = (text: string) => classifyArticle({ text, published: PUB }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);

describe("sides named through what they own", () => {
  it("'ESPN, ABC and other Disney channels': the listed channels are the owner's, and the owner is the side", () => {
    assert.deepEqual(events("ESPN, ABC and other Disney channels went dark on YouTube TV on Friday."), ["dispute | Disney, YouTube TV | 2025-10-31"]);
    assert.deepEqual(events("WeChat Pay, QQ and other Tencent services were blocked by Taobao in 2019."), ["dispute | Taobao, Tencent | 2019"]);
  });
  it("a listed channel stays the side when no owner is named after it", () => {
    assert.deepEqual(events("ESPN went dark on YouTube TV on Friday."), ["dispute | ESPN, YouTube TV | 2025-10-31"]);
  });
});
