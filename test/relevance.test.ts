import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { classifyArticle } from "../src/classify/index.ts";
import { relevanceScore } from "../src/classify/relevance.ts";
import { buildModel, loadModel, MODEL_VERSION, parseTrainingSet, TextModel, typeScores } from "../src/classify/type-model.ts";
import { WallwatchError } from "../src/errors.ts";
import { rulesOnly } from "./helpers/events.ts";

rulesOnly();

const trainingFile = (name: string) => readFileSync(new URL(`../data/train/${name}.yaml`, import.meta.url), "utf8");

describe("relevance model", () => {
  test("ranks an interconnection paragraph above an earnings paragraph naming the same firms", () => {
    const opening = relevanceScore({
      title: "Pinduoduo opens checkout to Alipay",
      text: "Pinduoduo shoppers can now pay with Alipay, the wallet run by Ant Group. WeChat links to Pinduoduo stores were also unblocked this week after the ministry told platforms to stop restricting each other.",
    });
    const earnings = relevanceScore({
      title: "Pinduoduo profit beats estimates",
      text: "Pinduoduo reported quarterly revenue above forecasts as Temu grew. Ant Group and Tencent shares also rose in Hong Kong after the results.",
    });
    assert.ok(opening > earnings, `opening ${opening} should rank above earnings ${earnings}`);
    assert.ok(opening > 0.5 && earnings < 0.5, `scores on the wrong side of 0.5: ${opening} ${earnings}`);
  });

  test("scores stay in [0, 1] and text with no known words is undecided", () => {
    for (const text of ["", "zzqx vvbn", "Alipay WeChat Pay interoperable QR codes ".repeat(400)]) {
      const s = relevanceScore({ text });
      assert.ok(s >= 0 && s <= 1, `${s} out of range`);
    }
    assert.equal(relevanceScore({ text: "zzqx vvbn" }), 0.5);
  });

  test("an article the model is sure is ordinary news reports no event its body recalls in passing; its lead still reports one; its quotes stay", () => {
    const earnings =
      "Meituan reported third-quarter revenue of 95 billion yuan on Tuesday, up 22% from a year earlier, as its food delivery orders grew and losses at its new businesses narrowed. Net profit rose to 12.9 billion yuan. The company, which began accepting Alipay in its app in 2023, said it would spend more on overseas expansion next year. \"We remain disciplined on costs,\" said Wang Xing, the chief executive. Shares rose 4% in Hong Kong, while analysts raised their price targets and said the group's spending on discounts had peaked. Rival Alibaba reports its own results next week.";
    const out = classifyArticle({ text: earnings, published: "2025-03-12" });
    assert.deepEqual([out.relevant, out.events], [false, []]);
    assert.deepEqual(out.quotes.map((q) => q.speaker), ["Wang Xing"]);
    // The same opening told in the lead of an otherwise financial story is its news.
    const lead = classifyArticle({ text: `On Monday, Meituan said shoppers can now pay with WeChat Pay at checkout. ${earnings}`, published: "2025-03-12" });
    assert.deepEqual(lead.events.map((e) => `${e.type} ${e.parties.join(", ")} ${e.date}`), ["payment Meituan, WeChat Pay 2025-03-10"]);
    // A note's masthead ("Example Research | China internet | Update") comes before its lead.
    const note = classifyArticle({ text: `Example Research | China internet | Update\n\nOn Monday, Meituan said shoppers can now pay with WeChat Pay at checkout. ${earnings}`, published: "2025-03-12" });
    assert.deepEqual(note.events.map((e) => `${e.type} ${e.parties.join(", ")} ${e.date}`), ["payment Meituan, WeChat Pay 2025-03-10"]);
    // The same opening as the news itself is still an event, and a sentence alone is too short to judge.
    const news = classifyArticle({ text: "Meituan began accepting Alipay in its app on Tuesday, ending a long standoff between the two groups.", published: "2025-03-12" });
    assert.deepEqual(news.events.map((e) => `${e.type} ${e.parties.join(", ")}`), ["payment Alipay, Meituan"]);
  });

  test("a long article is not pushed to exactly 0 or 1", () => {
    const para = "JD.com said shoppers can pay with WeChat Pay and Alipay, and Taobao links open in WeChat chats. ";
    const s = relevanceScore({ title: "Platforms open up", text: para.repeat(30) });
    assert.ok(s > 0.5 && s < 1, `${s}`);
  });
});

describe("event-type model", () => {
  test("picks payment for a clear payment sentence and normalises the probabilities", () => {
    const scores = typeScores("Customers of the bakery chain can now pay with WeChat Pay and Alipay at the counter.");
    const ranked = Object.entries(scores).sort((a, b) => b[1]! - a[1]!);
    assert.equal(ranked[0]![0], "payment");
    const total = Object.values(scores).reduce((a, b) => a + b!, 0);
    assert.ok(Math.abs(total - 1) < 1e-9, `probabilities sum to ${total}`);
  });

  test("picks dispute for a lawsuit over blocking", () => {
    const ranked = Object.entries(typeScores("The video platform sued the messaging app for blocking its links.")).sort((a, b) => b[1]! - a[1]!);
    assert.equal(ranked[0]![0], "dispute");
  });

  test("is empty for a sentence with no known word", () => {
    assert.deepEqual(typeScores("zzqx vvbn"), {});
  });
});

describe("training", () => {
  test("is deterministic: training twice on the shipped data gives identical JSON, equal to the committed model", () => {
    for (const name of ["relevance", "types"]) {
      const text = trainingFile(name);
      const examples = parseTrainingSet(text, name);
      const a = JSON.stringify(buildModel(examples, text));
      const b = JSON.stringify(buildModel(examples, text));
      assert.equal(a, b);
      const committed = readFileSync(new URL(`../data/models/${name}.json`, import.meta.url), "utf8").trim();
      assert.equal(a, committed, `data/models/${name}.json is stale: run npm run train`);
    }
  });

  test("model files carry version, count and the training data's sha", () => {
    const text = trainingFile("types");
    const model = buildModel(parseTrainingSet(text, "types"), text);
    assert.equal(model.version, MODEL_VERSION);
    assert.equal(model.trainedOn, parseTrainingSet(text, "types").length);
    assert.match(model.sha, /^[0-9a-f]{64}$/);
  });

  test("the training sets are large enough: 150 relevance examples, 25 sentences per type", () => {
    const rel = parseTrainingSet(trainingFile("relevance"), "relevance");
    assert.ok(rel.length >= 150);
    const counts = new Map<string, number>();
    for (const e of parseTrainingSet(trainingFile("types"), "types")) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
    assert.equal(counts.size, 8);
    for (const [label, n] of counts) assert.ok(n >= 25, `${label}: ${n}`);
  });

  test("a tiny model learns its own examples", () => {
    const model = new TextModel(
      buildModel(
        [
          { label: "fruit", text: "apple banana cherry" },
          { label: "tool", text: "hammer wrench screwdriver" },
        ],
        "",
      ),
      "tiny",
    );
    assert.ok(model.probabilities("a ripe banana").get("fruit")! > 0.5);
    assert.ok(model.probabilities("a heavy hammer").get("tool")! > 0.5);
  });

  test("bad training data is refused with the file named", () => {
    assert.throws(
      () => parseTrainingSet("examples:\n  - label: x\n", "data/train/bad.yaml"),
      (err: unknown) => err instanceof WallwatchError && err.kind === "config.invalid" && err.message.startsWith("train: data/train/bad.yaml:"),
    );
    assert.throws(() => loadModel("no-such-model.json"), (err: unknown) => err instanceof WallwatchError && err.kind === "config.missing");
  });
});

test("an analyst note that lists cloud deals among talk of investment and data centres reads as relevant to the model", () => {
  const text = `Thematic note - Nordic AI infrastructure

Thesis. Nordic governments want sovereign AI, but almost every large model deployment in the region still runs on a US hyperscaler or on US chips. The investments announced over the past year are partnerships of necessity. We expect more of them, and we expect the local partner to keep the customer while the US partner keeps the technology and most of the margin.

The deals that matter:
- Telia and Google Cloud. Telia signed with Google Cloud in March to build a cloud region, reselling Google's services to public bodies.
- Elisa and Microsoft. Elisa agreed in May to run its AI applications on Azure.

Why it matters. Data-residency rules require sensitive data to stay in the country. Hyperscalers cannot meet those rules alone, and local champions cannot build competitive models alone. Hence the investment, the data centres and the power contracts.`;
  assert.ok(relevanceScore({ title: "Sovereign AI in the Nordics: who is renting whose cloud", text }) >= 0.5);
});
