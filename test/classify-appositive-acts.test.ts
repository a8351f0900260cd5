// Acts told inside a name's appositive or after its first object: "Careem, the app that added
// GCash in 2019 and Maya a year later", and ways to pay an app store connects.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultRegistry } from "../src/classify/entities.ts";
import { classifyArticle } from "../src/classify/index.ts";
import { findParties } from "../src/classify/parties.ts";
import { rulesOnly } from "./helpers/events.ts";

rulesOnly();

const PUB = "2025-11-02";
const events = (text: string) => classifyArticle({ text, published: PUB }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);

describe("an appositive's own past act", () => {
  it("'Careem, the Dubai-founded app that added GCash in 2019 and Maya a year later' is Careem's act twice, not Bolt's", () => {
    assert.deepEqual(events("The change puts Bolt level with Careem, the Dubai-founded app that added GCash in 2019 and Maya a year later."), [
      "payment | Careem, GCash | 2019",
      "payment | Careem, Maya | 2020",
    ]);
  });
  it("'a change that took effect last month' is no such act", () => {
    assert.deepEqual(events("It has already put Lazada back on the list, the company said, a change that took effect last month."), []);
  });
});

describe("a bare second object with a time of its own", () => {
  it("'added GCash in 2019 and Maya a year later' is the act again with Maya", () => {
    assert.deepEqual(events("Careem added GCash in 2019 and Maya a year later."), ["payment | Careem, GCash | 2019", "payment | Careem, Maya | 2020"]);
  });
  it("'has accepted LINE Pay Taiwan since 2019 and JKOPay since 2021' is two acceptances, each from its own year", () => {
    assert.deepEqual(events("Momo Shopping has accepted LINE Pay Taiwan since 2019 and JKOPay since 2021."), ["payment | LINE Pay Taiwan, momo Shopping | 2019", "payment | JKOPay, momo Shopping | 2021"]);
  });
});

describe("a wallet or carrier bill an app store connects is a way to pay", () => {
  it("'has officially accessed (接入) GCash' is payment", () => {
    assert.deepEqual(events("In March 2023 Huawei AppGallery officially accessed (接入) GCash in the Philippines."), ["payment | GCash, Huawei AppGallery | 2023-03"]);
  });
  it("'connected to the operator billing of Vodacom' is payment", () => {
    assert.deepEqual(events("In 2021 Huawei AppGallery connected to the operator billing of Vodacom."), ["payment | Huawei AppGallery, Vodacom | 2021"]);
  });
  it("'Huawei Consumer Business Group announced at its developer conference in Dubai that the Huawei Application Market …': the store acts, not its owner", () => {
    assert.deepEqual(
      events("On June 2, Huawei Consumer Business Group announced at its developer conference in Dubai that the Huawei Application Market has officially accessed the operator billing of Vodacom."),
      ["payment | Huawei AppGallery, Vodacom | 2025-06-02"],
    );
  });
});

describe("a carrier following a carrier", () => {
  it("'Google Play switched on Safaricom's carrier billing in 2019, and Airtel followed in 2020' keeps Google Play as the store", () => {
    assert.deepEqual(events("Google Play switched on Safaricom's direct carrier billing in 2019, and Airtel followed in 2020."), [
      "payment | Google Play, Safaricom | 2019",
      "payment | Airtel, Google Play | 2020",
    ]);
  });
});

describe("a follower joined by 'and'", () => {
  it("'BiTaksi began accepting İstanbulkart balances in March and Uber followed in May' is two acts", () => {
    assert.deepEqual(events("BiTaksi began accepting İstanbulkart balances in March and Uber followed in May."), [
      "payment | BiTaksi, İstanbulkart | 2025-03",
      "payment | Uber, İstanbulkart | 2025-05",
    ]);
  });
});

describe("a partner added after the first", () => {
  it("'Last summer TikTok rolled out its button with Spotify. Deezer was added in November' adds Deezer as TikTok's partner", () => {
    const sides = classifyArticle({ text: "Last summer TikTok rolled out its save-to-library button with Spotify. Deezer was added in November.", published: PUB }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides, ["Spotify, TikTok | 2025", "Deezer, TikTok | 2025-11"]);
  });
});

describe("an owner's product named as what the act moves", () => {
  it("'Google pays Samsung to preinstall the Gemini app on Galaxy phones' is Gemini's, not Google's", () => {
    const named = findParties("Under a contract that took effect in January 2025, Google pays Samsung a fixed monthly sum to preinstall the Gemini app on Galaxy phones.", defaultRegistry()).map((p) => p.name);
    assert.deepEqual(named, ["Samsung", "Gemini"]);
    // Not a product named as what its owner is known by.
    assert.deepEqual(findParties("Reddit sued Anthropic, the maker of the Claude chatbot, in June.", defaultRegistry()).map((p) => p.name), ["Reddit", "Anthropic"]);
  });
  it("an aside of whom a subject is tied to (', long tied to Microsoft,') names no side", () => {
    const sides = classifyArticle({ text: "OpenAI, long tied to Microsoft, put its two open-weight models on Amazon Bedrock in August.", published: PUB }).events.map((e) => e.parties.join(", "));
    assert.deepEqual(sides, ["Amazon Bedrock, OpenAI"]);
  });
});
