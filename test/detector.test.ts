import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, describe, test } from "node:test";
import { EVENT_TYPES } from "../src/classify/types.ts";
import { crossFitted, Detector, DETECTOR_VERSION, type DetectorFile, FOLDS, labelledEvidence, labelledSentences, sentenceFeatures, trainDetector, useDetector } from "../src/classify/detector.ts";
import { defaultRegistry } from "../src/classify/entities.ts";
import { classifyArticle } from "../src/classify/index.ts";
import { detectorFromDev } from "../scripts/train.ts";

const registry = defaultRegistry();
const fixed = (bias: number): Detector => new Detector({ version: DETECTOR_VERSION, event: { trainedOn: 0, sha: "", bias, weights: {} }, types: {} });
const eventsOf = (text: string) => classifyArticle({ text, published: "2025-03-12" }).events.map((e) => `${e.type} ${e.parties.join(" + ")} ${e.date}`);

after(() => useDetector(undefined));

describe("detector features", () => {
  test("names become their kind, years and numbers become placeholders, so what is learned is the phrasing", () => {
    const f = sentenceFeatures("In 2023 Alipay opened its codes to GCash at 500 shops.", registry);
    assert.ok(!f.some((x) => /alipay|gcash/i.test(x)), f.join(" | "));
    assert.ok(f.includes("opened its"));
    assert.ok(f.includes("YEAR"));
    assert.ok(f.includes("NUM"));
    assert.ok(f.includes("names=2"));
    assert.ok(f.some((x) => /^[A-Z_]+ opened$/.test(x)), "the name before the verb is a kind token");
  });

  test("a sentence naming no registry entity gets no score", () => {
    assert.equal(fixed(0).score("The weather in Seoul was mild on Monday.", registry), null);
    assert.equal(fixed(0).score("Alipay reported higher volumes.", registry), 0.5);
    // Trained on English sentences, it has no view on one in Chinese script.
    assert.equal(fixed(0).score("腾讯起诉字节跳动不正当竞争。", registry), null);
  });
});

describe("training", () => {
  const examples = labelledSentences(
    [
      {
        text: "Alipay opened its codes to GCash in 2023. Alipay reported higher profit. Kakao Pay linked up with Alipay in May. Kakao Pay hired a new chief executive.",
        events: [{ evidence: "Alipay opened its codes to GCash in 2023" }, { evidence: "Kakao Pay linked up with Alipay in May" }],
      },
      {
        text: "GrabPay connected with PromptPay last year. GrabPay posted a loss. DANA opened its wallet to GrabPay users. DANA raised new funding.",
        events: [{ evidence: "GrabPay connected with PromptPay last year" }, { evidence: "DANA opened its wallet to GrabPay users" }],
      },
    ],
    registry,
  );

  test("labels a sentence 1 when it holds a gold event's evidence", () => {
    assert.deepEqual(
      examples.map((e) => e.label),
      [1, 0, 1, 0, 1, 0, 1, 0],
    );
  });

  test("a small detector learns its own examples and reads a new sentence of the same kind the same way", () => {
    const d = new Detector(trainDetector(examples));
    assert.deepEqual(d.types("Alipay opened its codes to GCash.", registry), {}, "no kind models without typed examples");
    const opened = d.score("Touch 'n Go eWallet opened its codes to Alipay users in June.", registry)!;
    const profit = d.score("Touch 'n Go eWallet reported higher profit.", registry)!;
    assert.ok(opened > 0.5 && profit < 0.5, `opened ${opened}, profit ${profit}`);
  });

  test("kind models learn which kind of event a sentence tells, and their shares sum to one", () => {
    const typed = labelledEvidence(
      [
        { text: "Alipay opened its codes to GCash. DANA opened its wallet to Kakao Pay users.", events: [{ type: "payment", evidence: "Alipay opened its codes to GCash" }, { type: "payment", evidence: "DANA opened its wallet to Kakao Pay users" }] },
        { text: "Douyin sued Tencent over blocked links. Taobao sued WeChat over blocked links.", events: [{ type: "dispute", evidence: "Douyin sued Tencent over blocked links" }, { type: "dispute", evidence: "Taobao sued WeChat over blocked links" }] },
      ],
      registry,
    );
    const d = new Detector(trainDetector(examples, typed));
    const kinds = d.types("Kuaishou sued Meituan over blocked links.", registry);
    assert.ok((kinds.dispute ?? 0) > (kinds.payment ?? 0), JSON.stringify(kinds));
    assert.ok(Math.abs(Object.values(kinds).reduce((a, b) => a + (b ?? 0), 0) - 1) < 1e-9);
    assert.deepEqual(d.types("快手起诉美团屏蔽链接。", registry), {});
  });

  test("is deterministic, and the committed detector is the one the dev articles train", () => {
    const a = JSON.stringify(trainDetector(examples));
    assert.equal(JSON.stringify(trainDetector(examples)), a);
    const committed = JSON.parse(readFileSync(new URL("../data/models/detector.json", import.meta.url), "utf8")) as DetectorFile;
    assert.deepEqual(committed, detectorFromDev(), "data/models/detector.json is stale: run npm run train");
  });
});

describe("detector in classification", () => {
  test("an event in a sentence the detector reads as no event is dropped", () => {
    const text = "On Monday, Pinduoduo said shoppers can now pay with UnionPay QuickPass.";
    useDetector(null);
    assert.deepEqual(eventsOf(text), ["payment Pinduoduo + UnionPay QuickPass 2025-03-10"]);
    useDetector(fixed(-20));
    assert.deepEqual(eventsOf(text), []);
  });

  test("a sentence it reads as an event counts as a generic cue: the rules then find parties, kind and date", () => {
    const text = "Since March, riders in Jakarta have used GoPay inside the Grab app.";
    useDetector(null);
    assert.deepEqual(eventsOf(text), []);
    useDetector(fixed(20));
    assert.deepEqual(eventsOf(text), ["payment GoPay + Grab 2025-03"]);
    // From 0.6 on, not below.
    useDetector(fixed(Math.log(0.65 / 0.35)));
    assert.deepEqual(eventsOf(text), ["payment GoPay + Grab 2025-03"]);
    useDetector(fixed(Math.log(0.55 / 0.45)));
    assert.deepEqual(eventsOf(text), []);
  });

  test("a sentence it reads as an event between two groups keeps its event when the kind model is torn: the model only picks the kind", () => {
    // Kind heads that cannot tell the kinds apart halve every kind's belief.
    const flat = { trainedOn: 0, sha: "", bias: 0, weights: {} };
    useDetector(new Detector({ version: DETECTOR_VERSION, event: { ...flat, bias: 20 }, types: Object.fromEntries(EVENT_TYPES.map((t) => [t, flat])) }));
    // The kind is whatever the model leans to; the event and its sides are what the detector keeps.
    const sidesOf = (text: string) => eventsOf(text).map((e) => e.replace(/^\S+ /, ""));
    assert.deepEqual(sidesOf("In March, Alibaba's Taobao opened its stores to WeChat Pay."), ["Taobao + WeChat Pay 2025-03"]);
    // One group alone is still no opening.
    assert.deepEqual(eventsOf("In March, Alibaba's Taobao opened its stores to Alipay."), []);
  });

  test("a rivalry told as a state ('at each other's throats since 2022', 'must also face …', 'a three-way fight between …') is no act, though the detector finds it likely", () => {
    useDetector(fixed(Math.log(0.75 / 0.25)));
    assert.deepEqual(eventsOf("Meituan and Douyin have been at each other's throats over restaurant deals since 2022."), []);
    assert.deepEqual(eventsOf("JD.com and Meituan have been locked in a price war since February 2025."), []);
    assert.deepEqual(eventsOf("In Indonesia, Tencent Cloud must also face Alibaba Cloud, Huawei Cloud and Google Cloud, which all opened data centres there in 2024."), []);
    assert.deepEqual(eventsOf("Food delivery in Jakarta is a three-way fight between GrabFood, GoFood and ShopeeFood since 2023."), []);
  });

  test("figures a regulator publishes ('Data of the central bank show …', '…, the central bank estimates') are no act of it, though the detector finds them likely", () => {
    useDetector(fixed(Math.log(0.75 / 0.25)));
    assert.deepEqual(eventsOf("Data of the Bank of Thailand show that fewer than one in five adults holds a credit card, while TrueMoney claims 30 million users."), []);
    assert.deepEqual(eventsOf("About 60% of retail payments in Peru are still made in cash, the Central Reserve Bank of Peru estimates."), []);
  });

  test("what a law says, told in the present without a time ('EU rules allow …'), is no act, though the detector finds it likely", () => {
    useDetector(fixed(Math.log(0.75 / 0.25)));
    assert.deepEqual(eventsOf("EU rules allow rival messengers to connect to WhatsApp, but not chatbots."), []);
    // With a time of its own it tells when the act was done.
    assert.deepEqual(eventsOf("In 2022 EU rules required WhatsApp to connect to rival messengers."), ["regulation European Union + WhatsApp 2022"]);
  });

  test("ownership changing hands ('agreed to buy', 'was sold to') is no opening, unless it is only what another act came after", () => {
    useDetector(fixed(Math.log(0.75 / 0.25)));
    assert.deepEqual(eventsOf("Last month Uber agreed to buy Trendyol Go, the group's food delivery arm, for about $700 million."), []);
    assert.deepEqual(eventsOf("In December 2023 TikTok Shop reopened, running on Tokopedia's fulfilment systems, after its owner, ByteDance, agreed to buy a stake in the Indonesian platform."), ["service TikTok + Tokopedia 2023-12"]);
  });

  test("a sentence it reads as an event, whose main clause reports nothing, is read whole: the act may sit in the part the main clause cut", () => {
    const text = "Until now, riders who did not want to use cash could pay only with cards or with M-Pesa, Safaricom's wallet, which Bolt has accepted since 2021.";
    useDetector(null);
    assert.deepEqual(eventsOf(text), []);
    useDetector(fixed(20));
    assert.deepEqual(eventsOf(text), ["payment Bolt Technology + M-Pesa 2021"]);
  });

  test("a sentence it is all but sure of keeps its two sides though a no-event word vetoed the rules' reading, at a confidence that makes no article relevant alone", () => {
    const text = "Tokopedia began accepting GoPay in 2021 and has never looked back.";
    const read = () => classifyArticle({ text, published: "2025-03-12" }).events.map((e) => `${e.type} ${e.parties.join(" + ")} ${e.date} ${e.confidence < 0.6}`);
    useDetector(null);
    assert.deepEqual(read(), []);
    // Likely (0.85) is not sure enough.
    useDetector(fixed(Math.log(0.85 / 0.15)));
    assert.deepEqual(read(), []);
    useDetector(fixed(20));
    assert.deepEqual(read(), ["payment GoPay + Tokopedia 2021 true"]);
  });

  test("cross-fitting reads each article once, with a detector trained without its fold, then restores the committed one", () => {
    useDetector(fixed(-20));
    const articles = Array.from({ length: FOLDS + 2 }, (_, i) => ({ text: `Alipay opened its codes to GCash in ${2010 + i}. Alipay reported profit.`, events: [{ type: "payment", evidence: `Alipay opened its codes to GCash in ${2010 + i}` }] }));
    const seen = crossFitted(articles, registry, (i) => i);
    assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6]);
    // Back to the committed detector, not the one set before.
    assert.deepEqual(eventsOf("On Monday, Pinduoduo said shoppers can now pay with UnionPay QuickPass."), ["payment Pinduoduo + UnionPay QuickPass 2025-03-10"]);
  });
});
