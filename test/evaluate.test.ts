import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { loadEvalSet } from "../src/classify/eval-set.ts";
import { type Canonicalise, diffArticle, type EvalPair, type ScoredArticle, scoreArticles } from "../src/classify/evaluate.ts";
import { errorProfile } from "../src/classify/error-profile.ts";
import { EVENT_TYPES } from "../src/classify/types.ts";

// A tiny stand-in for the entity registry: aliases to canonical names.
const aliases: Record<string, string> = { "微信支付": "WeChat Pay", "Weixin Pay": "WeChat Pay", "淘宝": "Taobao", "Tencent Holdings": "Tencent" };
const canon: Canonicalise = (name) => aliases[name] ?? name;

const taobaoWechat = { type: "payment", parties: ["Taobao", "WeChat Pay"], date: "2024-09-12" };
const miitOrder = { type: "regulation", parties: ["MIIT"], date: "2021-09" };
const liSi = { speaker: "Li Si", affiliation: "Example Research", direct: true };

function article(over: Partial<ScoredArticle> = {}): ScoredArticle {
  return { relevant: true, events: [taobaoWechat, miitOrder], quotes: [liSi], ...over };
}
const pair = (gold: ScoredArticle, predicted: ScoredArticle, id = "001-x"): EvalPair => ({ id, gold, predicted });

test("a perfect prediction scores 1 everywhere", () => {
  const s = scoreArticles([pair(article(), article())], canon);
  assert.deepEqual([s.events.precision, s.events.recall, s.events.f1], [1, 1, 1]);
  assert.equal(s.typeAccuracy.value, 1);
  assert.equal(s.dateAccuracy.value, 1);
  assert.deepEqual([s.quotes.precision, s.quotes.recall], [1, 1]);
  assert.equal(s.affiliationAccuracy.value, 1);
  assert.equal(s.relevanceAccuracy.value, 1);
});

test("a missed event lowers recall only, and is listed", () => {
  const p = pair(article(), article({ events: [miitOrder] }));
  const s = scoreArticles([p], canon);
  assert.equal(s.events.precision, 1);
  assert.equal(s.events.recall, 0.5);
  assert.ok(Math.abs(s.events.f1 - 2 / 3) < 1e-9);
  assert.deepEqual(s.recallByType["payment"], { correct: 0, total: 1, value: 0 });
  assert.deepEqual(diffArticle(p, canon).missedEvents, [taobaoWechat]);
});

test("a false positive lowers precision, also on a negative article", () => {
  const extra = { type: "dispute", parties: ["Meituan", "Alibaba"], date: null };
  const s = scoreArticles([pair(article(), article({ events: [taobaoWechat, miitOrder, extra] })), pair(article({ relevant: false, events: [], quotes: [] }), article({ relevant: true, events: [extra] }), "002-neg")], canon);
  assert.equal(s.events.matched, 2);
  assert.equal(s.events.predicted, 4);
  assert.equal(s.events.precision, 0.5);
  assert.equal(s.events.recall, 1);
  assert.deepEqual(s.relevanceAccuracy, { correct: 1, total: 2, value: 0.5 });
});

test("a matched event with the wrong type counts against type accuracy, not against matching", () => {
  const s = scoreArticles([pair(article(), article({ events: [{ ...taobaoWechat, type: "service" }, miitOrder] }))], canon);
  assert.equal(s.events.f1, 1);
  assert.deepEqual(s.typeAccuracy, { correct: 1, total: 2, value: 0.5 });
});

test("a wrong date counts against date accuracy; a timestamp is compared as its day", () => {
  const s = scoreArticles([pair(article(), article({ events: [{ ...taobaoWechat, date: "2024-09-12T08:00:00Z" }, { ...miitOrder, date: "2021" }] }))], canon);
  assert.deepEqual(s.dateAccuracy, { correct: 1, total: 2, value: 0.5 });
});

test("two events between the same parties are matched to their own types", () => {
  const gold = article({ events: [{ type: "dispute", parties: ["Taobao", "WeChat Pay"], date: "2019" }, taobaoWechat] });
  const predicted = article({ events: [taobaoWechat, { type: "dispute", parties: ["WeChat Pay", "Taobao"], date: "2019" }] });
  const s = scoreArticles([pair(gold, predicted)], canon);
  assert.equal(s.typeAccuracy.value, 1);
  assert.equal(s.dateAccuracy.value, 1);
});

test("each gold event is matched at most once", () => {
  const s = scoreArticles([pair(article({ events: [taobaoWechat] }), article({ events: [taobaoWechat, taobaoWechat] }))], canon);
  assert.equal(s.events.matched, 1);
  assert.equal(s.events.precision, 0.5);
});

test("an anonymous source predicted as a speaker is a false positive", () => {
  const p = pair(article(), article({ quotes: [liSi, { speaker: "industry insiders", affiliation: null, direct: false }] }));
  const s = scoreArticles([p], canon);
  assert.equal(s.quotes.precision, 0.5);
  assert.equal(s.quotes.recall, 1);
  assert.deepEqual(diffArticle(p, canon).extraQuotes.map((q) => q.speaker), ["industry insiders"]);
});

test("speakers match despite case and spacing; affiliations despite case and a leading 'the'", () => {
  const gold = article({ quotes: [{ speaker: "Wang Wu", affiliation: "Example Institute", direct: false }] });
  const predicted = article({ quotes: [{ speaker: " wang  WU", affiliation: "the example institute", direct: false }] });
  const s = scoreArticles([pair(gold, predicted)], canon);
  assert.equal(s.quotes.f1, 1);
  assert.equal(s.affiliationAccuracy.value, 1);
  assert.equal(s.directAccuracy.value, 1);
  const wrong = scoreArticles([pair(gold, article({ quotes: [{ speaker: "Wang Wu", affiliation: "Example University", direct: true }] }))], canon);
  assert.deepEqual(wrong.affiliationAccuracy, { correct: 0, total: 1, value: 0 });
  assert.equal(wrong.directAccuracy.value, 0);
});

test("canonicalisation merges aliases in party sets and affiliations", () => {
  const gold = article({ events: [{ type: "payment", parties: ["淘宝", "微信支付"], date: "2024-09-12" }], quotes: [{ speaker: "Zhao Liu", affiliation: "Tencent", direct: true }] });
  const predicted = article({ events: [{ type: "payment", parties: ["Weixin Pay", "Taobao", "Taobao"], date: "2024-09-12" }], quotes: [{ speaker: "Zhao Liu", affiliation: "Tencent Holdings", direct: true }] });
  const s = scoreArticles([pair(gold, predicted)], canon);
  assert.equal(s.events.f1, 1);
  assert.equal(s.affiliationAccuracy.value, 1);
  const noCanon = scoreArticles([pair(gold, predicted)], (n) => n);
  assert.equal(noCanon.events.matched, 0);
});

test("quotes in articles gold marks irrelevant are not scored", () => {
  const neg = article({ relevant: false, events: [], quotes: [liSi] });
  const s = scoreArticles([pair(neg, article({ relevant: false, events: [], quotes: [] }))], canon);
  assert.equal(s.quotes.gold, 0);
  assert.equal(s.events.f1, 1);
});

// The labelled set itself: valid, complete and split as the README promises.
const evalRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "eval");

test("data/eval: every file is valid, ids are unique, the holdout is a quarter, every type is covered", () => {
  const set = loadEvalSet(evalRoot);
  assert.ok(set.length >= 48, `only ${set.length} articles`);
  const ids = set.map((l) => l.article.id);
  assert.equal(new Set(ids).size, ids.length, "duplicate ids");
  const numbers = ids.map((id) => id.split("-")[0]);
  assert.equal(new Set(numbers).size, numbers.length, "duplicate article numbers");
  const holdout = set.filter((l) => l.split === "holdout");
  // A quarter, give or take the two articles a batch written for it may tip the balance by.
  assert.ok(Math.abs(holdout.length - set.length / 4) <= 2, `holdout ${holdout.length} of ${set.length}`);
  for (const split of ["dev", "holdout"] as const) {
    const types = new Set(set.filter((l) => l.split === split).flatMap((l) => l.article.events.map((e) => e.type)));
    for (const t of EVENT_TYPES) assert.ok(types.has(t), `${split} has no ${t} event`);
  }
  assert.ok(set.filter((l) => !l.article.relevant).length >= 10, "fewer than 10 negatives");
  for (const l of set) assert.ok(l.article.published >= "2015-01-01", `${l.file}: implausible date`);
});

test("the error profile tells wrong party sets from events never found, and sorts date misses", () => {
  const gold = article({
    events: [taobaoWechat, miitOrder, { type: "dispute", parties: ["Douyin", "Tencent"], date: "2021-02" }, { type: "payment", parties: ["JD.com", "UnionPay"], date: "2023" }],
  });
  const predicted = article({
    events: [
      { ...taobaoWechat, date: "2025-01-02" },
      { ...miitOrder, parties: ["MIIT", "Taobao"], date: "2021-09" },
      { type: "dispute", parties: ["Douyin", "Tencent"], date: "2021" },
      { type: "payment", parties: ["Meituan", "Alipay"], date: "2025-01-02" },
    ],
  });
  const p = errorProfile([pair(gold, predicted)], canon, () => "2025-01-02");
  assert.deepEqual(p.missed, { extraParties: 1, fewerParties: 0, otherParties: 0, notFound: 1 });
  assert.deepEqual(p.extra, { partiesDiffer: 1, spurious: 1 });
  assert.equal(p.dates.publishedInstead, 1);
  assert.equal(p.dates.coarser, 1);
  assert.equal(p.dates.otherPeriod + p.dates.finer + p.dates.datedUndated + p.dates.undatedDated, 0);
});

test("names an article makes equal by defining an acronym match in that article only", () => {
  const lfp = { type: "content", parties: ["LFP", "DAZN"], date: "2024-07" };
  const written = { type: "content", parties: ["Ligue de Football Professionnel", "DAZN"], date: "2024-07" };
  const own: Canonicalise = (name) => (name === "LFP" ? "Ligue de Football Professionnel" : canon(name));
  const defining = { ...pair(article({ events: [lfp] }), article({ events: [written] })), canon: own };
  const other = pair(article({ events: [lfp] }), article({ events: [written] }), "002-y");
  const s = scoreArticles([defining, other], canon);
  assert.equal(s.events.matched, 1);
  assert.deepEqual(diffArticle(defining, canon).missedEvents, []);
  assert.deepEqual(diffArticle(other, canon).missedEvents, [lfp]);
});
