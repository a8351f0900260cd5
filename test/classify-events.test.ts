// Event extraction through classifyArticle: one small self-written text per rule family.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { pluralAntecedent } from "../src/classify/coref.ts";
import { resolveDate } from "../src/classify/dates.ts";
import { defaultRegistry } from "../src/classify/entities.ts";
import { classifyArticle } from "../src/classify/index.ts";
import { findParties } from "../src/classify/parties.ts";
import { rulesOnly } from "./helpers/events.ts";

rulesOnly();

const PUB = "2025-03-12"; // a Wednesday
const classify = (text: string, published = PUB) => classifyArticle({ text, published });
const fixture = (name: string) => readFileSync(new URL(`./fixtures/classify/${name}`, import.meta.url), "utf8");

describe("dates relative to the publication date", () => {
  it("an act its actor reports now ('said it had fined') is dated by publication, not left as background", () => {
    const fine = classify("SAMR said it had fined Meituan for forcing merchants to choose one of two.").events[0];
    assert.equal(fine?.date, "2025-03-12");
    const old = classify("SAMR said it had long fined platforms for forcing merchants to choose one of two.").events[0];
    assert.notEqual(old?.date, "2025-03-12");
  });
  const cases: [string, string | null, string | null][] = [
    ["On Monday, the two firms said so.", "2025-03-10", "day"],
    ["Last year the feature arrived.", "2024", "year"],
    ["In the spring of 2019 merchants were told.", "2019", "year"],
    ["In March of this year the pilot began.", "2025-03", "month"],
    ["At the end of 2022 the two sides tested it.", "2022", "year"],
    ["Earlier this month the ban was lifted.", "2025-03", "month"],
    ["Earlier this week the ministry spoke.", "2025-03", "month"],
    ["The deal came a month after the first one.", "2025-02", "month"],
    ["On January 14, the two sides signed and will open interfaces.", "2025-01-14", "day"],
    ["Yesterday the ministry issued a notice.", "2025-03-11", "day"],
    ["Two weeks ago the ban ended.", "2025-02", "month"],
    ["Three days ago the ban ended.", "2025-03-09", "day"],
    ["On March 3 last year the ban ended.", "2024-03-03", "day"],
    ["In March last year the ban ended.", "2024-03", "month"],
    ["昨天，微信开放了外部链接。", "2025-03-11", "day"],
    ["Last August Apple told Tencent so.", "2024-08", "month"],
    ["On the 10th, the two apps opened links.", "2025-03-10", "day"],
    ["On the 16th, the two apps opened links.", "2025-02-16", "day"],
    ["去年，微信开放了链接。", "2024", "year"],
    ["今年3月，微信开放了链接。", "2025-03", "month"],
    ["上月，微信开放了链接。", "2025-02", "month"],
    ["前年，淘宝接入了微信支付。", "2023", "year"],
    ["The ban, imposed in 2021, was lifted on Monday.", "2025-03-10", "day"],
    ["Alipay, which had opened in 2019, said on Monday it will expand.", "2025-03-10", "day"],
    ["After Apple had removed the app in 2020, Epic sued on Monday.", "2025-03-10", "day"],
  ];
  for (const [sentence, date, precision] of cases) {
    it(`${sentence} -> ${date}`, () => {
      const d = resolveDate(sentence, PUB);
      assert.equal(d?.date, date);
      assert.equal(d?.precision, precision);
    });
  }

  it("month abbreviations are whole words ('last decade' is not December)", () => {
    assert.equal(resolveDate("For most of the last decade, the apps were walled off.", PUB), null);
  });

  it("a future date is the effective date, not the event date", () => {
    const d = resolveDate("The option will be open to all merchants from 1 July.", PUB);
    assert.equal(d?.date, null);
    assert.equal(d?.effectiveDate, "2025-07-01");
  });
});

describe("classifyArticle", () => {
  it("the issue's payment example: type, parties, weekday date", () => {
    const out = classify("On Monday, Pinduoduo said shoppers can now pay with UnionPay QuickPass.");
    assert.equal(out.events.length, 1);
    const e = out.events[0]!;
    assert.equal(e.type, "payment");
    assert.deepEqual(e.parties, ["Pinduoduo", "UnionPay QuickPass"]);
    assert.equal(e.date, "2025-03-10");
    assert.equal(e.datePrecision, "day");
    assert.equal(e.status, "launched");
    assert.ok(out.relevant);
  });

  it("link access a year back, with an alias (JD → JD.com)", () => {
    const out = classify("Last year Xiaohongshu started letting notes link to JD stores.");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["link_access", ["JD.com", "Xiaohongshu"], "2024"]],
    );
  });

  it("coreference: 'the two malls' are the parties of the sentence before", () => {
    const out = classify(
      "For years Taobao and JD.com competed for the same merchants.\n\nIn the spring of 2019 merchants were told to choose between the two malls.",
    );
    const dispute = out.events.find((e) => e.type === "dispute");
    assert.ok(dispute, JSON.stringify(out.events));
    assert.deepEqual(dispute.parties, ["JD.com", "Taobao"]);
    assert.equal(dispute.date, "2019");
  });

  it("coreference: 'the platform' after two lead phrases, or after a year with no comma, is the sentence before's subject", () => {
    for (const second of [
      "In 2019, in order to build its own e-commerce closed loop, the platform cut off the external chains of Naughty Treasure in notes.",
      "In 2019 the platform cut off links to Naughty Treasure in notes.",
    ]) {
      const out = classify(`Little Red Book has long been wary of outside shops. ${second}`);
      assert.deepEqual(
        out.events.map((e) => [e.type, e.parties, e.date]),
        [["dispute", ["Taobao", "Xiaohongshu"], "2019"]],
        second,
      );
    }
  });

  it("coreference: 'it' after a sentence about 'the authority's' ruling is the regulator named paragraphs before", () => {
    const out = classify(
      [
        "The General Authority for Competition fined HungerStation on Monday.",
        "HungerStation said it would appeal.",
        "Jahez declined to comment.",
        "Rivals such as Keeta have courted restaurants with lower fees.",
        "The ruling is the authority's second in the sector. In August it ordered delivery platforms to stop dictating menu prices.",
      ].join("\n\n"),
    );
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [
        ["regulation", ["HungerStation", "Saudi General Authority for Competition"], "2025-03-10"],
        ["regulation", ["Saudi General Authority for Competition"], "2024-08"],
      ],
    );
  });

  it("'According to the plan, …' right after a dated launch keeps the launch's day", () => {
    const out = classify(
      'On Monday, Little Red Book and Taobao jointly released the "Red Cat Plan". According to the plan, brands that buy ads on Little Red Book can send users straight into their Taobao shops.',
    );
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["traffic", ["Taobao", "Xiaohongshu"], "2025-03-10"]],
    );
  });

  it("a narrated act right after a sentence telling only the time ('Last Tuesday that started to change.') keeps that time, whatever its purpose clause says will follow", () => {
    const out = classify("Last Tuesday that started to change. Blik signed an agreement to join EuroPA, so that phone-number transfers will one day work across borders.");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["payment", ["Blik", "EuroPA"], "2025-03-11"]],
    );
  });

  it("an opening told as now, right after a sentence that names no one and tells only when ('The last piece arrived in October.'), keeps that time", () => {
    const out = classify("The last piece arrived in October, when merchant codes joined the link. A shop's GCash till now takes payments from Maya, and the other way round.");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["payment", ["GCash", "Maya"], "2024-10"]],
    );
    // A sentence before that names a side tells an act of its own: the opening told as now is today's news.
    const news = classify("GCash joined the link in October. A shop's GCash till now takes payments from Maya, and the other way round.");
    assert.deepEqual(news.events.map((e) => e.date).slice(-1), ["2025-03-12"]);
  });

  it("'At that time' opening a sentence is the story's last time, as closely as it was told", () => {
    const out = classify("In July 2022 the two platforms settled their dispute over clips. At that time, iQiyi and Douyin announced cooperation on long-video editing.");
    assert.deepEqual(out.events.map((e) => [e.type, e.parties, e.date]).slice(-1), [["content", ["Douyin", "iQiyi"], "2022-07"]]);
  });

  it("an act told as following a dated one within days is known to that month, within months to that year", () => {
    const days = classify("On 12 June 2018 Douyin sued Tencent over blocked links, and within days Tencent filed a suit of its own accusing ByteDance of unfair competition.");
    assert.deepEqual(days.events.map((e) => [e.type, e.parties, e.date]), [
      ["dispute", ["Douyin", "Tencent"], "2018-06-12"],
      ["dispute", ["ByteDance", "Tencent"], "2018-06"],
    ]);
    const months = classify("Spotify arrived in Kenya in February 2021. Within months it added M-Pesa as a way to pay for Premium.");
    assert.deepEqual(months.events.map((e) => [e.type, e.parties, e.date]), [["payment", ["M-Pesa", "Spotify"], "2021"]]);
  });

  it("a second verb with a time of its own ('… in August 2024 and began accepting WeChat Pay the following month') is a second act by the same subject", () => {
    const out = classify("Taobao added JD Logistics as a delivery option for its merchants in August 2024 and began accepting WeChat Pay the following month.");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [
        ["service", ["JD Logistics", "Taobao"], "2024-08"],
        ["payment", ["Taobao", "WeChat Pay"], "2024-09"],
      ],
    );
  });

  it("coreference: 'the big platforms … each other' is a whole trade; 'the two platforms … each other' is the pair told before", () => {
    const history = [{ index: 0, paragraph: 0, parties: ["JD.com", "Kuaishou"] }];
    const here = { index: 1, paragraph: 0 };
    assert.deepEqual(pluralAntecedent("Since then, the big platforms have opened to each other step by step.", here, history), []);
    assert.deepEqual(pluralAntecedent("Since then, the two platforms have opened to each other step by step.", here, history), ["JD.com", "Kuaishou"]);
    assert.deepEqual(pluralAntecedent("Since then, they have opened to each other step by step.", here, history), ["JD.com", "Kuaishou"]);
  });
  it("coreference: in wire copy, one sentence to a paragraph, 'both apps' reaches back by sentences", () => {
    const wire = (gap: string) =>
      classify(["The Korea Fair Trade Commission fined Baemin on Monday over price-parity clauses.", gap, "The commission began investigating both apps in 2024."].join("\n\n")).events.map((e) => [e.type, e.parties, e.date]);
    assert.deepEqual(wire("A decision on Coupang Eats is expected later this year, the commission said."), [
      ["regulation", ["Baemin", "KFTC"], "2025-03-10"],
      ["regulation", ["Baemin", "Coupang Eats", "KFTC"], "2024"],
    ]);
    // A paragraph of two sentences in between keeps the old reach: the pair is not found.
    assert.deepEqual(wire("A decision on Coupang Eats is expected later this year, the commission said. Restaurants welcomed the fine."), [
      ["regulation", ["Baemin", "KFTC"], "2025-03-10"],
      ["regulation", ["KFTC"], "2024"],
    ]);
  });
  it("coreference: 'the two companies' reaches back across the paragraph before, five sentences away", () => {
    const out = classify(
      [
        "JPMorgan Chase and Plaid announced an agreement last week under which Plaid will pay the bank for access to customer data. Neither side disclosed the price. The bank says the pipes cost money. Both statements are probably true.",
        "What annoys me is the direction. Back in 2020 the two companies signed a data-access agreement that moved customers onto a proper API.",
      ].join("\n\n"),
    );
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [
        ["data", ["JPMorgan Chase", "Plaid"], "2025-03"],
        ["data", ["JPMorgan Chase", "Plaid"], "2020"],
      ],
    );
  });

  it("coreference: a regulator a filing went to ('in a filing to the Competition Authority of Kenya') is who 'the authority' means next", () => {
    const out = classify(
      "Kenya's central bank on Tuesday ordered Safaricom to open its tills to rival wallets. Last year Airtel accused Safaricom of keeping merchants on M-Pesa, in a filing to the Competition Authority of Kenya. The authority opened an inquiry into the merchant payments market in February.",
    );
    assert.deepEqual(
      out.events.filter((e) => e.type === "regulation").map((e) => [e.parties, e.date]),
      [
        [["Central Bank of Kenya", "Safaricom"], "2025-03-11"],
        [["Competition Authority of Kenya"], "2025-02"],
      ],
    );
  });

  it("a 'whose' clause tells the act of the name before it; the comment it hangs on names no side", () => {
    const out = classify("We see the deal as a clear win for Google's model business and a setback for OpenAI, whose ChatGPT Apple built into Siri in December 2024 as an optional extension.");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["service", ["OpenAI", "Siri"], "2024-12"]],
    );
  });

  it("owners and appositives are not parties ('Alibaba's Taobao', 'backed by Tencent')", () => {
    const out = classify("Meituan, the food delivery giant backed by Tencent, will let users pay with Alibaba's Alipay from April 1.");
    assert.equal(out.events.length, 1);
    assert.deepEqual(out.events[0]!.parties, ["Alipay", "Meituan"]);
    assert.equal(out.events[0]!.effectiveDate, "2025-04-01");
    assert.equal(out.events[0]!.date, PUB, "the announcement is dated by publication");
    assert.equal(out.events[0]!.status, "announced");
  });

  it("an appositive saying who runs a party is background ('GCash, run by … Mynt,')", () => {
    const out = classify("GCash, run by Globe Telecom's fintech unit Mynt, opened its scanner to Maya's codes last year.");
    assert.deepEqual(
      out.events.map((e) => e.parties),
      [["GCash", "Maya"]],
    );
  });

  it("a restatement is a mention of the first event, not a second event", () => {
    const out = classify(
      "Taobao began accepting WeChat Pay on Thursday. Shoppers can scan a QR code with WeChat to pay, Taobao said.",
      "2024-09-12",
    );
    assert.equal(out.events.length, 1, JSON.stringify(out.events));
    assert.deepEqual(out.events[0]!.parties, ["Taobao", "WeChat Pay"]);
    assert.equal(out.events[0]!.date, "2024-09-12");
    assert.deepEqual(out.events[0]!.alsoIn, [1]);
  });

  it("an undated sentence naming neither side ('The two companies were once opponents …') is a mention of the happening its sides come from; a wall it tells is not", () => {
    const kinds = (text: string) => classify(text, "2025-03-12").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${(e.alsoIn ?? []).join(",")}`);
    assert.deepEqual(kinds("Amap opened its place pages to Xiaohongshu notes on October 14. The two companies were once opponents in court."), ["link_access | Amap, Xiaohongshu | 2024-10-14 | 1"]);
    const walls = classify("Amap opened its place pages to Xiaohongshu notes on October 14. The two companies had blocked each other's links for years.", "2025-03-12").events;
    assert.deepEqual(walls.map((e) => `${e.type} | ${e.parties.join(", ")}`), ["link_access | Amap, Xiaohongshu", "dispute | Amap, Xiaohongshu"]);
  });

  it("an undated opening between the very names of an opening told paragraphs before is that opening again, unless it says 'now' or 'also'", () => {
    const told = "Lazada added GCash to its checkout in May 2021. Shoppers had asked for it for years. Sellers said sales rose.";
    const kinds = (last: string) => classify(`${told} ${last}`, "2025-03-12").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${(e.alsoIn ?? []).join(",")}`);
    assert.deepEqual(kinds("Lazada lets shoppers pay with GCash in its grocery app as well."), ["payment | GCash, Lazada | 2021-05 | 3"]);
    assert.equal(kinds("Lazada now lets shoppers pay with GCash in its grocery app as well.").length, 2);
    assert.equal(kinds("Lazada also lets shoppers pay with GCash in its grocery app.").length, 2);
  });

  it("what came 'the next summer, when …' after a regulator's order is a happening of its own, dated from the story's year", () => {
    const out = classify("In September 2021 the Ministry of Industry and Information Technology ordered the big platforms to stop blocking each other's links. The change we noticed came the next summer, when Alipay began accepting WeChat Pay.", "2025-05-20");
    assert.deepEqual(out.events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`), ["regulation | MIIT | 2021-09", "payment | Alipay, WeChat Pay | 2022"]);
  });

  it("a share told as a size ('made up less than 2% of retail payments') is no act of the regulator that counted it", () => {
    const rows = classify("In 2023 the Magyar Nemzeti Bank ordered every bank to accept instant payments by QR code. Qvik payments made up less than 2% of retail payments in January, by the central bank's own count.", "2025-03-18").events;
    assert.deepEqual(rows.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`), ["regulation | Magyar Nemzeti Bank | 2023"]);
  });

  it("market sizes ('handle most payments') and decisions still expected are no acts; a standard an opening runs under is no side", () => {
    assert.deepEqual(classify("Two wallets, GCash and Maya, handle most consumer payments in the country.").events, []);
    assert.deepEqual(classify("A decision on Coupang Eats is expected in the first half of the year, the Korea Fair Trade Commission said.").events, []);
    const rows = classify("GCash and Maya began accepting each other's merchant codes on Monday under the national QR Ph standard.").events;
    assert.deepEqual(rows.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`), ["payment | GCash, Maya | 2025-03-10"]);
  });

  it("an owner acting on its child's users or terms ('Tencent let WeChat Pay users …', 'Meta rewrote WhatsApp's terms') acts through the child", () => {
    const rows = (text: string) => classify(text, "2025-12-08").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(rows("In September Tencent finally let WeChat Pay users pay at Taobao stores."), ["payment | Taobao, WeChat Pay | 2025-09"]);
    assert.deepEqual(rows("In October Meta rewrote WhatsApp's business terms to shut out Perplexity."), ["dispute | Perplexity, WhatsApp | 2025-10"]);
  });

  it("a card scheme named '…Pay' (RuPay) is what wallets take: the wallet that 'followed' takes the first wallet's place", () => {
    const rows = classify("MobiKwik started accepting RuPay credit cards in March last year, and Google Pay followed in May.", "2024-02-14").events;
    assert.deepEqual(rows.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`), ["payment | MobiKwik, RuPay | 2023-03", "payment | Google Pay, RuPay | 2023-05"]);
  });

  it("two dated happenings between the same parties stay two events", () => {
    const out = classify("Douyin sued Tencent on Monday over link blocking. Tencent had sued Douyin in 2020 over user data.");
    assert.deepEqual(out.events.map((e) => e.date).sort(), ["2020", "2025-03-10"]);
    assert.ok(out.events.every((e) => e.type === "dispute"));
  });

  it("status words: pilot and reversed", () => {
    const pilot = classify("Meituan is piloting Alipay payments with some merchants in Shanghai.");
    assert.equal(pilot.events[0]?.status, "pilot");
    const reversed = classify("WeChat blocked Douyin links again on Tuesday, reversing last month's opening.");
    assert.equal(reversed.events[0]?.status, "reversed");
  });

  it("a regulator's order is a regulation event, with the companies a later sentence names", () => {
    const out = classify(
      "The Ministry of Industry and Information Technology has told internet companies to stop blocking links. At a meeting on Monday attended by Alibaba and Tencent, the ministry's officials ordered them to stop restricting links.",
    );
    assert.equal(out.events.length, 1, JSON.stringify(out.events));
    const e = out.events[0]!;
    assert.equal(e.type, "regulation");
    assert.deepEqual(e.parties, ["Alibaba", "MIIT", "Tencent"]);
    assert.equal(e.date, "2025-03-10", "the explicit date of the fuller sentence wins over publication");
  });

  it("Chinese aliases match in Chinese text", () => {
    const out = classify("淘宝宣布接入微信支付，用户可以扫码付款。");
    assert.equal(out.events.length, 1);
    assert.equal(out.events[0]!.type, "payment");
    assert.deepEqual(out.events[0]!.parties, ["Taobao", "WeChat Pay"]);
  });

  it("pinyin aliases match (Zhifubao → Alipay, Jingdong → JD.com)", () => {
    const out = classify("Jingdong began accepting Zhifubao at checkout on Monday.");
    assert.deepEqual(out.events[0]?.parties, ["Alipay", "JD.com"]);
  });

  it("an organisation the registry lacks is captured as a party and listed", () => {
    const out = classify("Taobao began accepting payments through Examplepay Technologies on Monday.");
    assert.equal(out.events.length, 1);
    assert.deepEqual(out.events[0]!.parties, ["Examplepay Technologies", "Taobao"]);
    assert.deepEqual(out.unknownEntities, ["Examplepay Technologies"]);
  });

  it("an unknown organisation named as a partner is captured too", () => {
    const out = classify("Meituan signed an agreement with Acme Mobile on Monday to let users pay with Alipay.");
    // The agreement's sides; the wallet written after them is what it is about (test/classify-sides.test.ts).
    assert.deepEqual(out.events[0]?.parties, ["Acme Mobile", "Meituan"]);
    assert.deepEqual(out.unknownEntities, ["Acme Mobile"]);
  });

  it("a technical word after a partner's verb ('added QR links with …') is no organisation", () => {
    const out = classify("Thailand's PromptPay has since added QR links with Indonesia's QRIS in August 2022.");
    assert.deepEqual(out.unknownEntities, []);
    assert.ok(out.events.every((e) => !e.parties.includes("QR")));
  });

  it("'Tencent's payment arm' is WeChat Pay; a lone rival mention is not an event", () => {
    const out = classify("Xiaohongshu shops have accepted Tencent's payment arm since April of last year.");
    assert.deepEqual(out.events[0]?.parties, ["WeChat Pay", "Xiaohongshu"]);
    assert.equal(out.events[0]?.date, "2024-04");
    assert.deepEqual(classify("Rival NetEase Cloud Music has been gaining younger listeners with licensed content.").events, []);
  });

  it("'the ByteDance wallet' is the group's own wallet; 'the Alipay wallet' is Alipay itself", () => {
    assert.deepEqual(findParties("Xiaohongshu shops accept the ByteDance wallet.", defaultRegistry()).map((p) => p.name), ["Xiaohongshu", "Douyin Pay"]);
    assert.deepEqual(findParties("Xiaohongshu shops accept the Alipay wallet.", defaultRegistry()).map((p) => p.name), ["Xiaohongshu", "Alipay"]);
  });

  it("a platform's named arm is its own party (Douyin Mall → Douyin E-commerce); a generic 'app' is the platform", () => {
    assert.deepEqual(findParties("Alipay appeared in Douyin Mall.", defaultRegistry()).map((p) => p.name), ["Alipay", "Douyin E-commerce"]);
    assert.deepEqual(findParties("Taobao links open in the Baidu App.", defaultRegistry()).map((p) => p.name), ["Taobao", "Baidu"]);
  });

  it("a sponsor named in a competition's title ('BRI Liga 1') is no party; Telkom Indonesia is not Kenya's Telkom", () => {
    assert.deepEqual(findParties("Vidio licensed its live BRI Liga 1 matches to MAXstream, Telkomsel's video app.", defaultRegistry()).map((p) => p.name), ["Vidio", "MAXstream"]);
    assert.deepEqual(findParties("Telkom Indonesia blocked Netflix in January 2016.", defaultRegistry()).map((p) => p.name), ["Telkom Indonesia", "Netflix"]);
  });

  it("a name before a word of geography ('the Amazon region of Loreto') is a place", () => {
    assert.deepEqual(findParties("In 2023 Telefónica tested AST SpaceMobile's satellites in the Amazon region of Loreto.", defaultRegistry()).map((p) => p.name), ["Telefonica", "AST SpaceMobile"]);
    assert.deepEqual(findParties("Amazon opened its store to Shopify merchants.", defaultRegistry()).map((p) => p.name), ["Amazon", "Shopify"]);
  });

  it("negative: earnings news naming Tencent and Alibaba has no event", () => {
    const out = classify(fixture("negative-earnings.txt"), "2024-05-15");
    assert.deepEqual(out.events, []);
    assert.equal(out.relevant, false);
  });

  it("a hypothetical or denied report is not an event", () => {
    assert.deepEqual(classify("Analysts speculate whether Taobao might accept WeChat Pay.").events, []);
    assert.deepEqual(classify("JD.com has not accepted Alipay.").events, []);
    // What a main clause says may happen, with no time, is not a report; a dated "could" is.
    assert.deepEqual(classify("Taobao could respond by opening its checkout to WeChat Pay.").events, []);
    assert.deepEqual(
      classify("Hyundai Card customers could add their cards to Apple Pay from 21 March 2023.").events.map((e) => e.parties),
      [["Apple Pay", "Hyundai Card"]],
    );
    // A trailing aside's negation is about the terms, not about whether the deal was signed.
    assert.deepEqual(
      classify("Far EasTone signed a five-year interconnection agreement with Chunghwa Telecom in 2024, the terms of which were not disclosed.").events.map((e) => e.parties),
      [["Chunghwa Telecom", "Far EasTone"]],
    );
    // So is a purpose clause's doubt, what came before the act, and where things stand now.
    assert.deepEqual(
      classify("In June, Zalando began sharing sales data with Meta so that brands can check whether their ads lead to purchases.").events.map((e) => [e.parties, e.date]),
      [[["Meta", "Zalando"], "2024-06"]],
    );
    assert.deepEqual(
      classify("Last spring Trenitalia began feeding live timetable data into Trainline's app, after years in which the booking site had relied on printed schedules.").events.map((e) => [e.parties, e.date]),
      [[["Trainline", "Trenitalia"], "2024"]],
    );
    assert.deepEqual(
      classify("Coupang has accepted Naver Pay since March 2022 and now handles about 40% of its orders that way.").events.map((e) => [e.parties, e.date]),
      [[["Coupang", "Naver Pay"], "2022-03"]],
    );
  });

  it("'A and B both …' is one event for each of the pair", () => {
    const out = classify("In July 2023, Alipay and WeChat Pay both began letting users link Visa cards.");
    assert.deepEqual(out.events.map((e) => e.parties.join(",")).sort(), ["Alipay,Visa", "Visa,WeChat Pay"]);
    assert.ok(out.events.every((e) => e.date === "2023-07"));
  });

  it("a pair connecting to a switch, 'so their customers can send money to each other', is one event each; a pair connected through it is one", () => {
    const each = classify("Airtel Money and MTN MoMo Zambia connected to the National Financial Switch in January, so their customers can send money to each other's wallets.", "2024-04-16");
    assert.deepEqual(each.events.map((e) => e.parties.join(",")).sort(), ["Airtel Money,National Financial Switch", "MTN Zambia,National Financial Switch"]);
    const through = classify("Airtel Money and MTN MoMo Zambia connected through the National Financial Switch in January, so their customers can send money to each other's wallets.", "2024-04-16");
    assert.deepEqual(through.events.map((e) => e.parties.join(",")), ["Airtel Money,MTN Zambia"]);
  });

  it("a switch a pair reaches each other through is the way between them, not a third side; one a pair each joins is a side", () => {
    const sides = (text: string) => classify(text, "2025-03-12").events.map((e) => e.parties.join(","));
    assert.deepEqual(sides("In 2023 Nagad and Rocket connected through Binimoy, so that their customers could send money to each other."), ["Nagad,Rocket"]);
    assert.deepEqual(sides("Nequi and DaviPlata began sending and receiving transfers through Bre-B on Monday.").sort(), ["Bre-B,DaviPlata", "Bre-B,Nequi"]);
  });

  it("a regulator named as the venue is not a party: a complaint is a dispute", () => {
    const out = classify("In 2019, Spotify had filed a complaint against Apple with the European Commission.");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["dispute", ["Apple", "Spotify"], "2019"]],
    );
  });

  it("a Chinese start date after 自 is read against publication", () => {
    const out = classify("拼多多宣布，自2月1日起，用户可以使用微信支付付款。", "2025-02-10");
    assert.equal(out.events[0]?.date, "2025-02-01");
    assert.deepEqual(out.events[0]?.parties, ["Pinduoduo", "WeChat Pay"]);
  });

  it("separate actors in separate clauses are not pooled into one event", () => {
    assert.deepEqual(classify("Meanwhile, Meituan launched a drone delivery service in Shenzhen, and JD.com opened a supermarket in Beijing.").events, []);
    assert.deepEqual(classify("WeChat Pay and Alipay together process more than 90% of mobile payments in China.").events, []);
  });

  it("a quote far from the only event still comments on it", () => {
    const out = classify(
      'Taobao began accepting WeChat Pay on Monday.\n\nShares rose.\n\nVolumes grew.\n\nMargins held.\n\n"This is a big step," said Chen Hao, an analyst at Example Securities.',
    );
    assert.equal(out.events.length, 1);
    assert.ok(out.quotes.length >= 1, "the quote extractor finds the quote");
    assert.ok(out.quotes.every((q) => q.eventIndex === 0));
  });

  it("an unnamed regulator's order is a regulation event about the company it names", () => {
    const out = classify("Regulators ordered Tencent Music to give up exclusive licensing rights last week.", "2021-07-22");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["regulation", ["Tencent Music"], "2021-07"]],
    );
  });

  it("Chinese possessive: 腾讯旗下微信 is WeChat acting, not Tencent beside it", () => {
    const out = classify("9月17日，腾讯旗下微信开始允许用户在单聊中打开淘宝外部链接。", "2021-09-18");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["link_access", ["Taobao", "WeChat"], "2021-09-17"]],
    );
  });

  it("a whole article: every event once, with quotes linked when quotes are found", () => {
    const out = classify(fixture("wire-two-events.txt"), "2024-10-24");
    const summary = out.events.map((e) => `${e.type}|${e.parties.join(",")}|${e.date}`).sort();
    assert.deepEqual(summary, ["payment|Alipay,JD.com|2024-10-24", "payment|Taobao,WeChat Pay|2024-09"]);
    for (const q of out.quotes) if (q.eventIndex !== undefined) assert.ok(out.events[q.eventIndex]);
  });

  it("a dated relative clause reports its own act (', which sued Meituan in May 2021')", () => {
    const out = classify("The ruling is a win for Pinduoduo, which sued Alibaba in May 2021 over exclusive deals with merchants.");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["dispute", ["Alibaba", "Pinduoduo"], "2021-05"]],
    );
  });

  it("an undated relative clause only describes its name", () => {
    const out = classify("The ruling is a win for Pinduoduo, which competes with Alibaba for merchants.");
    assert.deepEqual(out.events, []);
  });
});

describe("court cases", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);

  it("the payee of a ruling is a litigant; the product whose data was taken is not", () => {
    assert.deepEqual(rows("A court ruled on Monday that Douyin must pay Tencent 5 million yuan for scraping WeChat users' data."), [
      ["dispute", ["Douyin", "Tencent"], "2025-03-10"],
    ]);
  });

  it("a court is never a side", () => {
    assert.deepEqual(rows("The Beijing Internet Court ruled on Monday that Kuaishou had infringed copyrights held by Douyin."), [
      ["dispute", ["Douyin", "Kuaishou"], "2025-03-10"],
    ]);
  });

  it("a one-sided act of the case takes its opponent from the nearby lawsuit", () => {
    assert.deepEqual(rows("Pinduoduo sued Alibaba in May 2021 over exclusive deals. Alibaba won most of that case in 2022."), [
      ["dispute", ["Alibaba", "Pinduoduo"], "2021-05"],
      ["dispute", ["Alibaba", "Pinduoduo"], "2022"],
    ]);
  });

  it("a one-sided act with no opponent anywhere is no event", () => {
    assert.deepEqual(rows("Alibaba won most of that case in 2022."), []);
  });

  it("what a court found is the dispute, not the service it describes", () => {
    const out = rows("Tencent sued Douyin in 2020. The court found that Douyin had kept WeChat avatars after users stopped WeChat login.");
    assert.deepEqual(out.map((r) => r[0]), out.map(() => "dispute"));
  });
});

describe("regulators and the companies they act on", () => {
  it("'the office' and 'the board' acting are the competition authority named before", () => {
    const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);
    assert.deepEqual(rows("The Bundeskartellamt has long watched Google's car deals. The office sent Google its preliminary concerns about the car bundle in June 2023."), [
      ["regulation", ["Bundeskartellamt", "Google"], "2023-06"],
    ]);
    assert.deepEqual(rows("The Turkish Competition Authority is looking at Yemeksepeti. Last December the board imposed interim measures that barred Yemeksepeti from signing new exclusive deals."), [
      ["regulation", ["Turkish Competition Authority", "Yemeksepeti"], "2024-12"],
    ]);
  });
  it("coreference: with no sentence naming a pair, 'both apps' are the two named one by one just before", () => {
    const out = classify("Rakuten Mobile launched its network in April. KDDI already had the towers it needed. Both companies signed a roaming deal in 2019.");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [["service", ["KDDI", "Rakuten Mobile"], "2019"]],
    );
  });

  it("'the two companies' after a regulator's sentence names the companies, not the regulator", () => {
    const out = classify(
      "In June 2024, the National Diet passed the Mobile Software Competition Act, a law written with Apple and Google in mind. This spring the Japan Fair Trade Commission formally designated the two companies as subject to its obligations.",
    );
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [
        ["regulation", ["National Diet"], "2024-06"],
        ["regulation", ["Apple", "Google", "JFTC"], "2025"],
      ],
    );
  });

  it("a dated act is no share statistic because a colon spells out its terms", () => {
    const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);
    assert.deepEqual(rows("NPCI first announced the cap in November 2020: no single third-party app was to handle more than 30% of UPI transactions."), [
      ["regulation", ["NPCI"], "2020-11"],
    ]);
  });

  it("machine-translated names match (Flying Book is Feishu, Nail is DingTalk)", () => {
    const out = classify("Last month, Nail and Flying Book agreed to let users open each other's documents through links.");
    assert.deepEqual(out.events.map((e) => e.parties), [["DingTalk", "Feishu"]]);
  });
});

describe("dates the story already gave", () => {
  it("'two months later', 'three years later' count from the story's month or year", () => {
    const dates = (text: string) => classify(text, "2025-06-20").events.map((e) => e.date);
    assert.deepEqual(dates("In October 2022 the FTC opened a probe into Mastercard. Two months later the FTC ordered Mastercard to stop blocking merchants from routing debit transactions."), ["2022-10", "2022-12"]);
    assert.deepEqual(dates("Tencent blocked Douyin links in 2019. Three years later WeChat unblocked Douyin links."), ["2019", "2022"]);
  });
  it("a relative clause after a glossed name ('the Ministry … (MIIT), which in September 2021 told …') is the body's act and sets the story's year", () => {
    const out = classify(
      "Bilibili sued Douyin in September 2023. The case follows a campaign by the Ministry of Industry and Information Technology (MIIT), which in September 2021 told large platforms to stop blocking each other's links. WeChat began letting Taobao links open inside its chat app later that year.",
      "2024-04-24",
    );
    assert.deepEqual(out.events.map((e) => [e.type, e.parties, e.date]), [
      ["dispute", ["Bilibili", "Douyin"], "2023-09"],
      ["regulation", ["MIIT"], "2021-09"],
      ["link_access", ["Taobao", "WeChat"], "2021"],
    ]);
  });
  it("'before the month was out' is the month the story last named", () => {
    const out = classify(
      "In September 2021, the MIIT told platforms to stop blocking each other's links. Before the month was out, WeChat let users open Taobao links in chats.",
    );
    const link = out.events.find((e) => e.type === "link_access");
    assert.equal(link?.date, "2021-09");
    assert.equal(link?.datePrecision, "month");
  });
});

describe("quotations and what the two mean", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);

  it("the end of a quotation the splitter cut from its start is the speaker's, and so is the speaker's description", () => {
    assert.deepEqual(rows('"Two years ago we counted clips so we could sue. Now we count clips so we can get paid," said Li Na, a producer whose company makes dramas for Youku and iQiyi.'), []);
  });

  it("'the two companies' after a sentence naming three is its subject and the first it dealt with; a data-licensing deal is data", () => {
    const out = rows("Reddit lifted its block on Bing's crawler in 2024, and posts appeared in Bing and DuckDuckGo within days.\n\nThe two companies signed a data-licensing agreement last month.");
    assert.deepEqual(out.at(-1), ["data", ["Bing", "Reddit"], "2025-02"]);
  });

  it("'the same three companies' names the three a recent sentence named", () => {
    const text = "On July 18, SAMR interviewed Ele.me, Meituan and JD.com over their subsidy war. This is already the second interview in two months. On May 13, the regulator interviewed the same three companies.";
    assert.deepEqual(classifyArticle({ text, published: "2025-07-22" }).events.map((e) => [e.parties, e.date]).at(-1), [["Ele.me", "JD.com", "Meituan", "SAMR"], "2025-05-13"]);
  });
});

describe("a platform named by its owner", () => {
  it("'Youku went further. … the Alibaba-owned platform sued Douyin': the owner names which of its platforms the story just told of", () => {
    const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);
    assert.deepEqual(rows("Youku went further. In June 2021 the Alibaba-owned platform sued Douyin in Beijing."), [["dispute", ["Douyin", "Youku"], "2021-06"]]);
    assert.deepEqual(rows("In June 2021 the Alibaba-owned platform sued Douyin in Beijing."), [["dispute", ["Alibaba", "Douyin"], "2021-06"]]);
  });
});

describe("a company's name as a person's surname", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);

  it("'said Mark Coles, an analyst' and 'according to Jane Lawson' are people; 'Rival Coles moved first' is the grocer", () => {
    assert.deepEqual(rows("Taobao began accepting WeChat Pay on Monday, said Mark Coles, an analyst at Example Research."), [["payment", ["Taobao", "WeChat Pay"], "2025-03-10"]]);
    assert.deepEqual(rows("Taobao began accepting WeChat Pay on Monday, according to Jane Lawson, a partner at Example Law."), [["payment", ["Taobao", "WeChat Pay"], "2025-03-10"]]);
    assert.deepEqual(rows("Rival Coles moved first on Monday, linking its shopper data with Seven West Media."), [["data", ["Coles", "Seven West Media"], "2025-03-10"]]);
  });
});

describe("the day the story's news was told", () => {
  const rows = (text: string, published = PUB) => classify(text, published).events.map((e) => [e.type, e.parties, e.date]);
  const dates = (text: string, published = PUB) => classify(text, published).events.map((e) => e.date);

  it("news dated only by publication happened on the day the story says it was told", () => {
    assert.deepEqual(dates("The reporter learned on the 10th that Cainiao has officially connected to the WeChat Store. Merchants can now pick Cainiao couriers."), ["2025-03-10"]);
    assert.deepEqual(
      rows("SEOUL, March 12 - South Korea's antitrust regulator has fined Kakao Mobility for cutting off ride requests to drivers on rival apps. The Korea Fair Trade Commission said on Tuesday that the blocking lasted two years."),
      [["regulation", ["KFTC", "Kakao Mobility"], "2025-03-11"]],
    );
    assert.deepEqual(dates("Cainiao has officially connected to the WeChat Store. The company said on the 2nd that merchants can pick its couriers.", "2025-03-05"), ["2025-03-02"]);
  });

  it("a day told weeks before publication is not the news", () => {
    assert.deepEqual(dates("Cainiao has officially connected to the WeChat Store. The company said on the 2nd that merchants can pick its couriers.", "2025-03-28"), ["2025-03-28"]);
  });
});

describe("a regulator's act and what elaborates it", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);

  it("'Its 2021 decision' after a regulator is that regulator's act, not the company named before", () => {
    assert.deepEqual(
      rows("SAMR fined Meituan on Monday for exclusivity. The regulator has been here before. Its 2021 decision forced Tencent Music to drop exclusive music licences."),
      [
        ["regulation", ["Meituan", "SAMR"], "2025-03-10"],
        ["regulation", ["SAMR", "Tencent Music"], "2021"],
      ],
    );
  });

  it("'each other' in a regulator's order is the platforms it addresses, not an earlier pair", () => {
    const out = classify("In 2015 WeChat blocked Alipay red envelopes. In September 2021, MIIT told the largest platforms to stop blocking each other's links.");
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [
        ["dispute", ["Alipay", "WeChat"], "2015"],
        ["regulation", ["MIIT"], "2021-09"],
      ],
    );
  });

  it("companies listed under a draft join the regulator's event", () => {
    assert.deepEqual(
      rows(
        "On Monday, the CAC released draft measures on the interconnection of super-large platforms. According to the appendix, WeChat, Taobao and Douyin are listed and shall not block each other's links.",
      ),
      [["regulation", ["CAC", "Douyin", "Taobao", "WeChat"], "2025-03-10"]],
    );
  });
});

describe("talks and possibilities are not happenings", () => {
  for (const text of [
    "Xiaohongshu has reportedly held talks with Taobao about opening links.",
    "Alibaba could start accepting WeChat Pay next year, analysts said.",
    "Last September, Taobao and WeChat Pay were discussing logistics.",
  ]) {
    it(text, () => assert.deepEqual(classify(text).events, []));
  }
});

describe("walls and cases outweigh what they are about", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);
  const cases: [string, string[], string][] = [
    ["NetEase Cloud Music sued Tencent Music in 2023 over playlist copying.", ["NetEase Cloud Music", "Tencent Music"], "2023"],
    ["Alibaba's Taobao has barred Baidu's search engine from crawling its listings since 2008.", ["Baidu", "Taobao"], "2008"],
    ["In September 2008, Taobao blocked Baidu's search crawler from its product pages.", ["Baidu", "Taobao"], "2008-09"],
    // An opening told as refused is a wall too.
    ["In October 2020 Kuaishou announced that live rooms could no longer carry Taobao links.", ["Kuaishou", "Taobao"], "2020-10"],
    ["As early as 2019, Xiaohongshu changed its robots file to prohibit Baidu's crawler from indexing its notes.", ["Baidu", "Xiaohongshu"], "2019"],
    // Talks that broke down over advertising are a wall, whatever they were about.
    ["HBO Max launched in May 2020 without a Roku app, after talks between the two companies over advertising inventory broke down.", ["HBO Max", "Roku"], "2020-05"],
  ];
  for (const [text, parties, date] of cases) it(text, () => assert.deepEqual(rows(text), [["dispute", parties, date]]));

  it("a wall taken down stays an opening", () => {
    assert.deepEqual(rows("In March 2025, Taobao stopped blocking Baidu's search crawler."), [["link_access", ["Baidu", "Taobao"], "2025-03"]]);
    assert.deepEqual(rows("In March 2025 Kuaishou said Taobao links can no longer be blocked in live rooms."), [["link_access", ["Kuaishou", "Taobao"], "2025-03"]]);
  });

  it("'Tencent's music unit' is the company Tencent Music, 'Tencent's payment arm' its wallet", () => {
    assert.deepEqual(rows("Two weeks ago, NetEase Cloud Music accused Tencent's music unit of signing exclusive windows with labels.")[0]?.[1], [
      "NetEase Cloud Music",
      "Tencent Music",
    ]);
  });

  it("'Kuaishou's e-commerce arm' is Kuaishou E-commerce, as the README's convention names Douyin's", () => {
    assert.deepEqual(rows("In March, Kuaishou's e-commerce arm began accepting Alipay at checkout.")[0]?.[1], ["Alipay", "Kuaishou E-commerce"]);
  });
});

describe("regulators named by what they regulate", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);

  it("'China's top internet regulator' is the CAC and its order is regulation", () => {
    assert.deepEqual(rows("China's top internet regulator on Tuesday ordered Alibaba and Tencent to stop restricting links to rival platforms."), [
      ["regulation", ["Alibaba", "CAC", "Tencent"], "2025-03-11"],
    ]);
  });

  it("'the market regulator' written lower-case is still SAMR", () => {
    assert.deepEqual(rows("The move comes after the market regulator fined Meituan 3.44 billion yuan in October 2021."), [
      ["regulation", ["Meituan", "SAMR"], "2021-10"],
    ]);
  });

  it("the terms 'under the new order' add no event of their own", () => {
    const out = rows(
      "On Tuesday, MIIT ordered Alibaba and Tencent to stop restricting links to rival platforms. Under the new order, WeChat must let users open Taobao links directly in chats.",
    );
    assert.deepEqual(out, [["regulation", ["Alibaba", "MIIT", "Tencent"], "2025-03-11"]]);
  });
});

describe("datelines restate publication", () => {
  for (const line of [
    "Beijing, March 12 (Xinhua) -- ",
    "HONG KONG, March 12, 2025 /PRNewswire/ -- ",
    "Hangzhou, 12 March: ",
    "March 12, 2025 - ",
    "SHANGHAI, March 12 - ",
    "SINGAPORE/MILAN, March 12 - ",
    "SÃO PAULO, March 12 - ",
  ]) {
    it(`${line}… on Monday`, () => {
      const out = classify(`${line}Alibaba's Taobao began accepting WeChat Pay on Monday.`);
      assert.deepEqual(out.events.map((e) => e.date), ["2025-03-10"]);
    });
  }

  it("a trailing 'a year after …' is context, not a party", () => {
    const out = classify("Taobao started accepting WeChat Pay earlier this month, a year after Alipay opened to JD.com.");
    assert.deepEqual(out.events.map((e) => [e.parties, e.date]), [[["Taobao", "WeChat Pay"], "2025-03"]]);
  });
});

describe("who a clause's pronouns and names mean", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);

  it("'…, and ByteDance sued it in 2021': the object pronoun is the subject before, past a trailing comment", () => {
    assert.deepEqual(rows("Tencent had blocked the links since 2018, citing security concerns, and ByteDance sued it in 2021."), [
      ["dispute", ["ByteDance", "Tencent"], "2021"],
    ]);
  });

  it("'The Ministry of Industry …' is a name, not 'the ministry' of an earlier company", () => {
    assert.deepEqual(
      rows("She expects Taobao links to follow. The Ministry of Industry and Information Technology ordered platforms to stop blocking links in September 2021."),
      [["regulation", ["MIIT"], "2021-09"]],
    );
  });
});

describe("translated business press", () => {
  const rows = (text: string, published = "2025-11-20") => classify(text, published).events.map((e) => [e.type, e.parties, e.date]);

  it("'Jingdong announced that Jingdong Logistics will …': the child named as actor is the party", () => {
    assert.deepEqual(rows("Jingdong (京东) announced on the 5th that Jingdong Logistics will provide delivery services for merchants on Douyin."), [
      ["service", ["Douyin", "JD Logistics"], "2025-11-05"],
    ]);
  });

  it("'Byte Beat' is ByteDance, and the litigant company outranks the product it accused", () => {
    assert.deepEqual(rows("In 2021, Byte Beat sued Tencent for monopoly, accusing WeChat of restricting the sharing of Douyin content."), [
      ["dispute", ["ByteDance", "Tencent"], "2021"],
    ]);
  });

  it("a feud said to go on is not a happening", () => {
    assert.deepEqual(rows("The dispute between Tencent (腾讯) and Byte Beat (字节跳动) has not ended."), []);
    assert.deepEqual(rows("Douyin's lawsuit against Tencent is still pending."), []);
  });

  it("'the market supervision department' is SAMR", () => {
    assert.deepEqual(rows('The market supervision department issued the "Anti-monopoly Guidelines for the Platform Economy" in February 2021.'), [
      ["regulation", ["SAMR"], "2021-02"],
    ]);
  });
});

describe("one group named twice in one act", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);

  it("the wallet, not the app that announces it, is the payment party", () => {
    assert.deepEqual(rows("On Monday WeChat said it would let Taobao shops use WeChat Pay."), [["payment", ["Taobao", "WeChat Pay"], "2025-03-10"]]);
  });

  it("'cutting Tencent's ad network out of' is a wall against the ad arm; 'That was the year' takes the story's year", () => {
    assert.deepEqual(rows("Remember 2013? That was the year WeChat started blocking Taobao links."), [["dispute", ["Taobao", "WeChat"], "2013"]]);
    assert.deepEqual(rows("In 2013 Alibaba responded by cutting Tencent's ad network out of its marketplaces."), [["dispute", ["Alibaba", "Tencent Ads"], "2013"]]);
  });
});

describe("the sentence before tells who and when", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);

  it("', the company said' names the subject; 'an announcement on Monday' lends its day", () => {
    assert.deepEqual(rows("Meituan made an announcement on Monday. From now on, users can pay for food orders with Alipay, the company said."), [
      ["payment", ["Alipay", "Meituan"], "2025-03-10"],
    ]);
  });

  it("'The Shanghai-based company' is the subject told before, as 'the company' is", () => {
    assert.deepEqual(rows("Pinduoduo reported strong sales in March. The Shanghai-based company began accepting Alipay at checkout on Monday."), [
      ["payment", ["Alipay", "Pinduoduo"], "2025-03-10"],
    ]);
  });

  it("'the state-owned railway' and 'the public broadcaster' are the company told before, never a regulator", () => {
    assert.deepEqual(
      rows("The Bundeskartellamt ordered Deutsche Bahn to share delay data with booking platforms. In April, the state-owned railway began feeding live delay data to Omio."),
      [
        ["regulation", ["Bundeskartellamt", "Deutsche Bahn"], "2025-03-12"],
        ["data", ["Deutsche Bahn", "Omio"], "2024-04"],
      ],
    );
    assert.deepEqual(rows("KBS is South Korea's largest broadcaster. In 2024 the public broadcaster stopped supplying new episodes to Tving."), [["dispute", ["KBS", "Tving"], "2024"]]);
  });

  it("'the industry group Colombia Fintech' names someone new", () => {
    const parties = (text: string) => classify(text).events.map((e) => e.parties).filter((p) => p.includes("Colombia Fintech"));
    assert.deepEqual(
      parties("Banco de la República set the deadline for every bank. In June, the industry group Colombia Fintech accused Bancolombia and Davivienda of hoarding the testing slots and delaying the connection of smaller wallets."),
      [
        ["Bancolombia", "Colombia Fintech", "Davivienda"],
      ],
    );
  });

  it("an opening told in a clause of its own after a regulator's order is its own event; the order's terms are not", () => {
    const sides = (text: string) => classify(text).events.map((e) => [e.parties, e.date]);
    assert.deepEqual(
      sides("In 2021 the Central Bank of Uzbekistan ordered UzCard and Humo to make their cards work at each other's terminals, and the two networks completed the integration later that year."),
      [
        [["Central Bank of Uzbekistan", "Humo", "UzCard"], "2021"],
        [["Humo", "UzCard"], "2021"],
      ],
    );
    assert.deepEqual(sides("In 2021 the Central Bank of Uzbekistan ordered UzCard and Humo to make their cards work at each other's terminals."), [[["Central Bank of Uzbekistan", "Humo", "UzCard"], "2021"]]);
  });

  it("'joined it' is a cue to read: the system just told of is the other side", () => {
    const sides = (text: string) => classify(text).events.map((e) => [e.parties, e.date]);
    assert.deepEqual(sides("Transfiya is a transfer service run by ACH Colombia. Daviplata joined it in 2020."), [[["DaviPlata", "Transfiya"], "2020"]]);
  });

  it("'Back then' is the story's year", () => {
    assert.deepEqual(rows("The change came in 2019. Back then, Alipay started accepting UnionPay cards for top-ups."), [["payment", ["Alipay", "UnionPay"], "2019"]]);
  });
});

describe("a pilot and its rollout", () => {
  it("a trial told with words of another kind ('tested the link', 'testing the format') is the opening's pilot", () => {
    const kinds = (text: string) => classify(text, "2025-06-20").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${e.status ?? ""}`);
    assert.deepEqual(kinds("MTN Mobile Money and Airtel Money customers in Uganda can now send money to each other directly, the two companies said on Thursday. The two operators have tested the link with about 40,000 customers since March."), [
      "payment | Airtel Money, MTN Mobile Money | 2025-06-19 | launched",
      "payment | Airtel Money, MTN Mobile Money | 2025-03 | pilot",
    ]);
    assert.deepEqual(kinds("Amazon will place shopping ads inside LINE that send LINE users straight to Amazon's store, the companies said on Wednesday. The two companies have been testing the format with a few brands since November."), [
      "traffic | Amazon, LINE | 2025-06-18 | announced",
      "traffic | Amazon, LINE | 2024-11 | pilot",
    ]);
  });
  it("a trial told as what the opening follows, as 'grey testing', as testing any feature somewhere, or as a pilot that ran through a time is the opening's pilot", () => {
    const kinds = (text: string) => classify(text, "2025-06-20").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${e.status ?? ""}`);
    const opening = "Amazon will place shopping ads inside LINE that send LINE users straight to Amazon's store, the companies said on Wednesday. ";
    for (const trial of [
      "The move follows a smaller test in Osaka last November.",
      "The function started grey testing with a few brands last November.",
      "The two companies have been testing the placements in Osaka since November.",
      "A pilot limited to two hundred brands ran through November 2024.",
    ]) {
      assert.deepEqual(kinds(opening + trial), ["traffic | Amazon, LINE | 2025-06-18 | announced", "traffic | Amazon, LINE | 2024-11 | pilot"], trial);
    }
    // Testing the waters is no trial.
    assert.equal(kinds(`${opening}The two companies had tested the waters with each other in November.`).length, 1);
  });
  it("a trial that names the opening's platform by its shorter name ('paid by Weixin' for WeChat Pay) is still that opening's pilot", () => {
    const kinds = (text: string) => classify(text, "2025-12-04").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${e.status ?? ""}`);
    assert.deepEqual(kinds("On December 3, the reporter learned that the Freshippo app has officially accessed WeChat Pay. The function has been tested in some Shanghai stores since September, and the share of orders paid by WeChat exceeded 20%."), [
      "payment | Freshippo, WeChat Pay | 2025-12-03 | ",
      "payment | Freshippo, WeChat Pay | 2025-09 | pilot",
    ]);
  });
  it("a trial between another product of the opening's group, named outright, is a happening of its own", () => {
    const kinds = (text: string) => classify(text, "2022-08-16").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${e.status ?? ""}`);
    assert.deepEqual(kinds("On the 15th, Feishu announced that its calendar has officially accessed Tencent Meeting. Feishu and WeCom have since last week carried out a grey test of address book interconnection."), [
      "service | Feishu, Tencent Meeting | 2022-08-15 | announced",
      "data | Feishu, WeCom | 2022-08 | pilot",
    ]);
  });
  it("a pilot that names nobody but 'the link' or 'the two networks' tries the opening told however far back; 'since the summer' dates it", () => {
    const kinds = (text: string) => classify(text, "2025-06-12").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${e.status ?? ""}`);
    const opening = "QPay and SocialPay switched on a two-way link between their QR codes on Wednesday. The Bank of Mongolia ordered the change in January. Merchants had complained for years. Golomt Bank accused QPay of refusing to read its codes in 2023. ";
    assert.deepEqual(kinds(`${opening}The two networks had been testing the link since March with about 400 merchants.`), [
      "payment | QPay, SocialPay | 2025-06-11 | ",
      "regulation | Bank of Mongolia | 2025-01 | ",
      "dispute | Golomt Bank, QPay | 2023 | ",
      "payment | QPay, SocialPay | 2025-03 | pilot",
    ]);
    assert.deepEqual(kinds(`${opening}The link has been tested in Darkhan since the spring.`).at(-1), "payment | QPay, SocialPay | 2025 | pilot");
    // Naming nobody and no opening: a test of something else.
    assert.equal(kinds(`${opening}A test ran in Darkhan since the summer.`).length, 3);
  });
  it("'for years' in a who-clause leaves the lead the day's news; the same act told with a date long before it is an earlier happening", () => {
    const kinds = (text: string) => classify(text, "2025-06-11").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    const lead = "Kenya's telecoms regulator has ordered Safaricom to cut the fee it charges rival networks, siding with smaller operators who have argued for years that the rate props up the market leader. ";
    assert.deepEqual(kinds(`${lead}The Communications Authority of Kenya had already fined Safaricom for blocking rival networks in late 2022.`), [
      "regulation | Communications Authority of Kenya, Safaricom | 2025-06-11",
      "regulation | Communications Authority of Kenya, Safaricom | 2022",
    ]);
    // Told again with this week's date, it is the same order.
    assert.deepEqual(kinds(`${lead}The Communications Authority of Kenya ordered Safaricom on Tuesday to cut the rate.`), ["regulation | Communications Authority of Kenya, Safaricom | 2025-06-10"]);
  });
  it("'…, expanding a pilot that began in September' reports the pilot as its own event, which 'The pilot …' restates", () => {
    const out = classify(
      "Taobao will accept WeChat Pay for all purchases from next month, Alibaba said on Wednesday, expanding a pilot that began in September. The pilot let some Taobao shoppers pay with WeChat Pay at checkout.",
    );
    assert.deepEqual(
      out.events.map((e) => [e.type, e.parties, e.date]),
      [
        ["payment", ["Taobao", "WeChat Pay"], "2025-03-12"],
        ["payment", ["Taobao", "WeChat Pay"], "2024-09"],
      ],
    );
    assert.equal(out.events[1]?.status, "pilot");
    assert.notEqual(out.events[0]?.status, "pilot");
    assert.deepEqual(out.events[1]?.alsoIn, [1]);
  });
  it("a pilot, trial or beta told after the main clause ('…, ending a trial in two cities that began in …') is its own earlier happening", () => {
    const pilots = (text: string) => classify(text).events.map((e) => `${e.type} | ${[...e.parties].sort().join(", ")} | ${e.date} | ${e.status ?? "-"}`);
    assert.deepEqual(pilots("Vodafone began offering Netflix in its TV bundles on Monday, after a beta that began in January."), [
      "content | Netflix, Vodafone | 2025-03-10 | -",
      "content | Netflix, Vodafone | 2025-01 | pilot",
    ]);
    assert.deepEqual(pilots("Grab began accepting MoMo across Vietnam on Monday, ending a trial in Hanoi and Da Nang that began in November."), [
      "payment | Grab, MoMo | 2025-03-10 | launched",
      "payment | Grab, MoMo | 2024-11 | pilot",
    ]);
  });
});

describe("within one group", () => {
  it("a group's company named as the partner ('cooperated with Sogou') is a happening between the two", () => {
    const out = classify("In 2014 Tencent had cooperated with Sogou to open official account articles to Sogou search.");
    assert.deepEqual(out.events.map((e) => [e.type, e.parties, e.date]), [["link_access", ["Sogou", "Tencent"], "2014"]]);
  });

  it("a group's own product named beside it is not a second side", () => {
    assert.deepEqual(classify("On Monday Tencent opened WeChat links to more users.").events, []);
  });
});

describe("a relative clause after an appositive", () => {
  it("'Jahez, the delivery app listed in Riyadh, which accused its larger rival in 2023 …' is Jahez's act", () => {
    const text = "The fine follows a complaint from Jahez, the delivery app listed on the Saudi exchange, which accused HungerStation in 2023 of tying commission discounts to exclusivity.";
    assert.deepEqual(classify(text, "2024-10-09").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`), ["dispute | HungerStation, Jahez | 2023"]);
  });
});

describe("mergers and opinions", () => {
  const events = (text: string) => classify(text, "2025-11-20").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  it("a merger joins owners and opens nothing between platforms; the opening told beside it stands, and a regulator acting on a merger is news", () => {
    assert.deepEqual(events("Two years later Tokopedia merged with Gojek to form GoTo."), []);
    assert.deepEqual(events("Tokopedia merged with Gojek in 2021, and GoPay was added to Tokopedia's checkout the same year."), ["payment | GoPay, Tokopedia | 2021"]);
    assert.deepEqual(events("In July 2021 SAMR blocked the merger of Huya and Douyu."), ["regulation | Douyu, Huya, SAMR | 2021-07"]);
  });
  it("a person speaking for an organisation ('Omar Khalil, director … at the Central Bank of Jordan, told …') reports a view; the organisation saying so reports its act", () => {
    assert.deepEqual(events("Park Ji-won, head of partnerships at Naver Financial, called the deal a door and said Naver Pay expected Coupang to follow."), []);
    assert.deepEqual(events("Laura Ferrer, who runs payments at Wallapop, told Expansión that Bizum was the most requested feature."), []);
    assert.deepEqual(events("Coupang said on Monday it had added Naver Pay as a payment option."), ["payment | Coupang, Naver Pay | 2025-11-17"]);
  });
  it("the state before a change told as a need ('Until now, merchants … had to sign up with PayPay') is no happening", () => {
    assert.deepEqual(events("Until now, merchants who wanted a code payment inside LINE had to sign up with PayPay."), []);
    assert.deepEqual(events("Before this, Douyin merchants had to connect with JD through third-party software."), []);
    // A past act told after "Previously" is background, and still an event.
    assert.equal(events("Previously, WeChat had blocked Taobao links in 2013.").length, 1);
  });
  it("'He thinks that …' is a view, not a happening, whatever the view names", () => {
    const text = "On Monday Xiaohongshu and Tencent Video announced a licensing deal for drama clips. Chen Li, an analyst at Example Research, spoke about the deal. He thinks that a deal between Tencent Video and Douyin is still far off, because their lawsuit is not finished.";
    assert.deepEqual(events(text), ["content | Tencent Video, Xiaohongshu | 2025-11-17"]);
  });
  it("'She thinks …:' before a colon introduces a fact told after it; a named analyst's reasons after a colon stay a view", () => {
    const lead = "Leila Rad runs a shoe shop that sells on Shopee. ";
    assert.deepEqual(events(`${lead}She thinks the real change came quietly: Shopee added Maya to its checkout in June.`), ["payment | Maya, Shopee | 2025-06"]);
    assert.deepEqual(events("Chen Li, an analyst at Example Research, believes the market has changed: Shopee's arrival in 2018 gave Maya more merchants."), []);
  });
  it("'In his view, …' is a view too, whatever act it explains", () => {
    const text = "On Monday Feishu and WeCom opened their calendars to each other. Chen Li, an analyst at Example Research, spoke about the deal. In his view, WeCom agreed to open the calendar because many of its customers also use Feishu, and forcing them to choose one would only push them away.";
    assert.deepEqual(events(text), ["data | Feishu, WeCom | 2025-11-17"]);
  });
  it("'He added that …' carries on a person's view; with a year of its own it may report background", () => {
    const lead = "Telebirr customers can now send money to M-Pesa Ethiopia wallets, the two operators said on Wednesday. Dawit Alemu, a payments analyst at Example Capital, welcomed the link. ";
    assert.deepEqual(events(`${lead}He added that fees on transfers into bank accounts remained a sore point for both sides.`), ["payment | M-Pesa Ethiopia, Telebirr | 2025-11-19"]);
    assert.equal(events(`${lead}He added that Telebirr had blocked transfers to M-Pesa Ethiopia in 2024.`).length, 2);
  });
});

describe("names held up for comparison", () => {
  it("'features similar to Douyin's' is no opening to Douyin", () => {
    assert.deepEqual(classify("Kuaishou launched an upgraded version of its e-commerce app in March, adding live-stream shopping features similar to Douyin's.").events, []);
  });
  it("rivals in 'as competition with Rappi and Uber Eats intensifies' are no sides", () => {
    const parties = (s: string) => findParties(s, defaultRegistry()).map((p) => p.name);
    assert.deepEqual(parties("iFood will invest 2 billion reais in logistics, as competition with Colombia's Rappi and Uber Eats intensifies."), ["iFood"]);
    assert.deepEqual(parties("Rappi is competing with iFood for restaurants."), ["Rappi"]);
    // A partner is still one ("in partnership with Rappi").
    assert.deepEqual(parties("iFood will deliver orders in partnership with Rappi."), ["iFood", "Rappi"]);
  });
});

describe("a regulator's reason and a regulator as cause", () => {
  const rows = (text: string) => classify(text).events.map((e) => [e.type, e.parties, e.date]);

  it("who the reason names ('for forcing merchants not to sell on JD.com') is not the fined party", () => {
    assert.deepEqual(rows("SAMR fined Alibaba 18.2 billion yuan in April 2021 for forcing merchants not to sell on rival platforms such as JD.com and Pinduoduo."), [
      ["regulation", ["Alibaba", "SAMR"], "2021-04"],
    ]);
  });

  it("'Under pressure from MIIT' makes no regulation event of an opening", () => {
    assert.deepEqual(rows("Under pressure from MIIT, Tencent began allowing Taobao links in WeChat in September 2021.").map((r) => r[0]), ["link_access"]);
  });
});

describe("background without a date of its own", () => {
  for (const text of ["Years ago, WeChat blocked Taobao links.", "WeChat once blocked Taobao links.", "Pinduoduo has since added WeChat Pay at checkout."]) {
    it(`${text} -> no date`, () => assert.deepEqual(classify(text).events.map((e) => e.date), [null]));
  }
  it("'once the deal closes' is not background", () => {
    assert.deepEqual(classify("On Monday Taobao said it will accept WeChat Pay once the deal closes.").events.map((e) => e.date), ["2025-03-10"]);
  });
});

describe("filings told inside another act's sentence", () => {
  it("'in a case Meituan brought in 2022' is its own, earlier dispute between the same sides", () => {
    const out = classify("A court ruled on Monday that Alibaba must pay Meituan 10 million yuan for blocking its links. The judge gave the ruling in a case Meituan brought in 2022.");
    const disputes = out.events.filter((e) => e.type === "dispute");
    assert.deepEqual(disputes.map((e) => `${e.parties.join("+")}@${e.date}`).sort(), ["Alibaba+Meituan@2022", "Alibaba+Meituan@2025-03-10"]);
  });
  it("a complaint to a regulator is a dispute against the company the regulator acted on", () => {
    const out = classify("The KFTC said on Monday it had fined Google for pressuring game publishers. One Store first complained to the watchdog in 2019.");
    const dispute = out.events.find((e) => e.type === "dispute");
    assert.deepEqual(dispute && [dispute.parties, dispute.date], [["Google", "One Store"], "2019"]);
  });
  it("a case with no filing date adds nothing", () => {
    const out = classify("A court ruled on Monday that Alibaba must pay Meituan 10 million yuan for blocking its links, in a case Meituan brought.");
    assert.equal(out.events.filter((e) => e.type === "dispute").length, 1);
  });
});

describe("the most specific party the text names", () => {
  it("a named arm is the party ('Douyin e-commerce', 'WeChat official accounts'); a generic 'app' rolls up", () => {
    const pay = classify("Douyin e-commerce began accepting Alipay at checkout on Monday.").events[0];
    assert.deepEqual(pay?.parties, ["Alipay", "Douyin E-commerce"]);
    const search = classify("On Monday Baidu began indexing articles from WeChat official accounts in its search results.").events[0];
    assert.deepEqual(search?.parties, ["Baidu", "WeChat Official Accounts"]);
  });
  it("'Tencent's mapping unit' is its maps arm", () => {
    assert.deepEqual(classify("Tencent's mapping unit filed a lawsuit against Amap in August 2023.").events.map((e) => e.parties), [["Amap", "Tencent Maps"]]);
  });
  it("a registry name followed by a word of another trade is another organisation ('Octopus Energy' is not Octopus Cards)", () => {
    const vrp = classify("This month Octopus Energy began offering variable recurring payments through TrueLayer's connection.").events[0];
    assert.deepEqual(vrp?.parties, ["Octopus Energy", "TrueLayer"]);
  });
  it("a brand the registry spells in lower case is named ('foodpanda')", () => {
    const notice = classify("The Competition Commission of Pakistan said on Tuesday it had served a show-cause notice on foodpanda.").events[0];
    assert.deepEqual(notice?.parties, ["Competition Commission of Pakistan", "Foodpanda"]);
  });
  it("a plus written onto a name is the other service ('Disney+' is not Disney)", () => {
    const bundle = classify("In 2023 MercadoLibre added Disney+ to its subscription bundle.").events[0];
    assert.deepEqual(bundle && [bundle.type, bundle.parties], ["content", ["Disney+", "MercadoLibre"]]);
  });
});

describe("content sold and supplied", () => {
  const events = (text: string) => classify(text, "2025-06-20").events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  it("rights awarded to a rival platform and news fed into an app are content deals (the app its owner feeds is the side)", () => {
    assert.deepEqual(events("In March 2021 Lega Serie A awarded DAZN the rights to all ten matches of every round for three seasons."), ["content | DAZN, Lega Serie A | 2021-03"]);
    assert.deepEqual(events("In January 2025 Google signed a deal with the Associated Press to feed the agency's news into the Gemini app."), ["content | Associated Press, Gemini | 2025-01"]);
  });
});

describe("carriers and services opened to each other", () => {
  const events = (text: string) => classify(text).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  it("roaming on a rival's network and a shared radio network are service openings", () => {
    assert.deepEqual(events("Zain customers have roamed on Mobily's network since March 2019."), ["service | Mobily, Zain | 2019-03"]);
    assert.deepEqual(events("China Unicom signed a network-sharing agreement with China Telecom on Monday."), ["service | China Telecom, China Unicom | 2025-03-10"]);
  });
  it("a model put on a cloud platform is a service opening", () => {
    assert.deepEqual(events("On Monday Volcano Engine began offering Alibaba's Qwen models to its customers."), ["service | Qwen, Volcano Engine | 2025-03-10"]);
  });
  it("paying a rival a fee under a deal is not a payment opening", () => {
    assert.deepEqual(events("Zain will pay stc a wholesale rate per gigabyte that neither company disclosed."), []);
  });
});

describe("a regulator's approval of a deal told before", () => {
  const events = (text: string, published = PUB) => classify(text, published).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  it("'approved the integration' acts on the integration's sides", () => {
    assert.deepEqual(events("Google Maps began showing Careem rides in the Gulf on Tuesday. Dubai's Roads and Transport Authority approved the integration in December.", "2026-02-11"), [
      "service | Careem, Google Maps | 2026-02-10",
      "regulation | Careem, Dubai Roads and Transport Authority, Google Maps | 2025-12",
    ]);
  });
  it("a regulator whose name has a comma in it is still named", () => {
    assert.deepEqual(events("Zain and stc signed a national roaming agreement on Tuesday. The Communications, Space and Technology Commission approved the terms last month, the regulator said."), [
      "service | Zain, stc | 2025-03-11",
      "regulation | Communications, Space and Technology Commission, Zain, stc | 2025-02",
    ]);
  });
  it("its inquiry into a whole sector borrows no company from the regulator's other act", () => {
    const out = events("The Competition Commission of Pakistan said on Tuesday it had served a show-cause notice on foodpanda. The commission opened its inquiry into the food delivery sector in August.", "2026-03-18");
    assert.deepEqual(out, ["regulation | Competition Commission of Pakistan, Foodpanda | 2026-03-17", "regulation | Competition Commission of Pakistan | 2025-08"]);
  });
  it("an act told as lasting for many years or for as long as the writer remembers is undated background", () => {
    assert.deepEqual(events("Dingdong Maicai has run its mini-program inside WeChat for many years.", "2025-11-20"), ["link_access | Dingdong Maicai, WeChat | null"]);
    assert.deepEqual(events("For as long as I have used the two apps, WeChat folded every Quark link behind a warning page.", "2025-11-03"), ["dispute | Quark, WeChat | null"]);
  });
  it("an undated state told before is background, not the deal approved", () => {
    const out = events("Uber's rides have long been bookable through Google Maps. Dubai's Roads and Transport Authority approved the integration in December.", "2026-02-11");
    assert.deepEqual(out.filter((e) => e.startsWith("regulation")), ["regulation | Dubai Roads and Transport Authority | 2025-12"]);
  });
});

describe("a rival that followed", () => {
  const events = (text: string) => classify(text).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  it("'X followed suit on Tuesday' is the act told before, with X in its subject's place", () => {
    assert.deepEqual(events("Alipay began accepting UnionPay cards on Monday. Tenpay followed suit on Tuesday."), ["payment | Alipay, UnionPay | 2025-03-10", "payment | UnionPay, WeChat Pay | 2025-03-11"]);
  });
  it("'X followed with Y' is the act told before, between X and the partner named after 'with'", () => {
    assert.deepEqual(events("In February 2025 Tabby began offering its instalments on Foodics terminals. Tamara followed in March 2025 with Geidea, whose terminals sit in many shops."), [
      "payment | Foodics, Tabby | 2025-02",
      "payment | Geidea, Tamara | 2025-03",
    ]);
  });
  it("a follower in a later clause counts its date from the clause before", () => {
    assert.deepEqual(events("JD.com began accepting UnionPay QuickPass in 2020, and Meituan followed the following year."), ["payment | JD.com, UnionPay QuickPass | 2020", "payment | Meituan, UnionPay QuickPass | 2021"]);
    // "before the year was out": the story's year.
    assert.deepEqual(events("In 2023 MoMo began accepting VietQR codes. ZaloPay followed before the year was out."), ["payment | MoMo, VietQR | 2023", "payment | VietQR, ZaloPay | 2023"]);
  });
  it("'X has been testing the same arrangement since December' is the act told before, with X in its subject's place", () => {
    assert.deepEqual(events("Shoppers on Pinduoduo can now collect parcels at Cainiao Post stations. JD.com has been testing the same arrangement since December."), [
      "service | Cainiao Post, Pinduoduo | 2025-03-12",
      "service | Cainiao Post, JD.com | 2024-12",
    ]);
  });
  it("'A link with Malaysia's DuitNow followed' keeps the subject of the act before, even one it reached through 'it'", () => {
    const sides = classify("QRIS now has 50 million users. It first crossed a border in August 2021, when it was linked to Thailand's PromptPay. A link with Malaysia's DuitNow followed in May 2023.").events;
    assert.deepEqual(sides.map((e) => `${e.parties.join(", ")} | ${e.date}`), ["PromptPay, QRIS | 2021-08", "DuitNow, QRIS | 2023-05"]);
  });
  it("'A did X in May, B did Y in July': a series of acts with subjects and times of their own, told with commas alone, is one event each", () => {
    const rows = classify("Kakao Pay went live on Coupang's checkout in May, Naver Pay reached Baemin in July, and Toss joined later.", "2025-10-14").events;
    assert.deepEqual(rows.map((e) => `${e.parties.join(", ")} | ${e.date}`), ["Coupang, Kakao Pay | 2025-05", "Baemin, Naver Pay | 2025-07"]);
    // A time that opens the sentence is no act before the comma.
    assert.equal(classify("In May, Kakao Pay went live on Coupang's checkout in Seoul.", "2025-10-14").events.length, 1);
  });
  it("'connected to A in 2021, to B in 2022 and to C in 2023': each later partner with a time of its own is the first act again", () => {
    const sides = classify("Alipay opened its checkout to UnionPay in 2019, to Visa in 2021 and to Mastercard in March 2023.").events;
    assert.deepEqual(sides.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`), [
      "payment | Alipay, UnionPay | 2019",
      "payment | Alipay, Visa | 2021",
      "payment | Alipay, Mastercard | 2023-03",
    ]);
    // Partners without times of their own are one list, one happening with each (data/eval's conventions).
    assert.deepEqual(
      classify("Alipay opened its checkout to UnionPay, to Visa and to Mastercard in 2023.").events.map((e) => e.date),
      ["2023", "2023", "2023"],
    );
  });
  it("'…, and Y did so in 2023' is the act told before, with Y in its subject's place", () => {
    assert.deepEqual(events("GoTyme Bank connected its app to QR Ph merchant payments in the fourth quarter of 2024, and UnionBank of the Philippines did so in 2023."), [
      "payment | GoTyme Bank, QR Ph | 2024",
      "payment | QR Ph, UnionBank of the Philippines | 2023",
    ]);
  });
  it("'A link with X followed in May, and one with Y in November' are new partners of the same subject; 'was linked with' is a generic opening", () => {
    assert.deepEqual(
      events("In August 2022 QRIS was linked with Thailand's PromptPay so visitors could scan codes. A link with Malaysia's DuitNow followed in May 2023, and one with Singapore's NETS in November of that year."),
      ["payment | PromptPay, QRIS | 2022-08", "payment | DuitNow, QRIS | 2023-05", "payment | NETS, QRIS | 2023-11"],
    );
  });
  it("a day written without a year just after a day the story told years ago is that story's year; after a year or a month it is publication's", () => {
    assert.deepEqual(events("On 2 May 2019 X started blocking links to Substack posts. On 20 May, the block was lifted."), ["dispute | Substack, X | 2019-05-02", "link_access | Substack, X | 2019-05-20"]);
    assert.deepEqual(events("In 2019 X started blocking links to Substack posts. On 20 May, the block was lifted.").at(-1), "link_access | Substack, X | 2024-05-20");
  });
  it("'The block was lifted on 20 June' reopens the wall just told, between its sides; 'about a week later' stays in the story's month", () => {
    assert.deepEqual(events("In May X started blocking links to Substack posts. The block was lifted on 20 June."), ["dispute | Substack, X | 2024-05", "link_access | Substack, X | 2024-06-20"]);
    assert.deepEqual(events("In April 2023 X started blocking links to Substack posts. About a week later the restriction was quietly lifted."), [
      "dispute | Substack, X | 2023-04",
      "link_access | Substack, X | 2023-04",
    ]);
    // No wall told just before: nothing to reopen.
    assert.deepEqual(events("Substack grew fast in April. The block was lifted on 20 June."), []);
  });
  it("translated 'accessed Alipay+' is an opening, and '…, and in March Y also completed the access' is the same act with Y", () => {
    assert.deepEqual(events("In December last year, Kyrgyzstan's MBANK accessed Alipay+, and in March this year Uzbekistan's Uzum Bank (Uzum) also completed the access."), [
      "payment | Alipay, MBANK Kyrgyzstan | 2024-12",
      "payment | Alipay, Uzum | 2025-03",
    ]);
  });
  it("a follower with no time of its own, or one that names its own other side, copies nothing", () => {
    assert.equal(events("Alipay began accepting UnionPay cards on Monday. Tenpay followed suit.").length, 1);
  });
});

describe("a deal's terms and date told after its main clause", () => {
  it("the terms after 'under which' say what kind of deal it is, and 'the companies said on Monday' dates it", () => {
    const out = classify(
      "DUBAI, Feb 10 - Noon has struck a deal with Snap under which Snapchat users in the Gulf will see Noon products and be sent straight into Noon's app to buy them, the two companies said on Monday.",
      "2026-02-10",
    ).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(out, ["traffic | Noon, Snap | 2026-02-09"]);
  });
});

describe("accepting a wallet is a payment opening", () => {
  const events = (text: string) => classify(text).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  it("'began accepting TrueMoney' needs no word 'payment' beside the wallet's name", () => {
    assert.deepEqual(events("LINE MAN Wongnai began accepting TrueMoney in 2022."), ["payment | LINE MAN Wongnai, TrueMoney | 2022"]);
  });
  it("accepting a wallet by name is a payment opening whatever it is accepted for", () => {
    assert.deepEqual(events("Ele.me will accept Douyin Pay for food delivery and hotel bookings."), ["payment | Douyin Pay, Ele.me | 2025-03-12"]);
  });
  it("'Smart' in a story set in the Philippines is Smart Communications", () => {
    assert.deepEqual(events("Netflix added Smart to its payment options in the Philippines in 2024."), ["payment | Netflix, Smart Communications | 2024"]);
  });
  it("accepting a ruling is not", () => {
    assert.deepEqual(events("Tencent accepted the ruling against it in 2022."), []);
  });
  it("a wallet whose name says nothing of paying is still a way to pay when a business accepts it", () => {
    assert.deepEqual(events("Rappi has accepted Nequi since 2021."), ["payment | Nequi, Rappi | 2021"]);
  });
  it("accepting another company's terms is no payment opening", () => {
    assert.deepEqual(events("Rappi accepted Nequi's terms in 2021."), []);
  });
});

describe("two sides connecting their own systems", () => {
  const events = (text: string) => classify(text).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  it("'connected their networks' needs no counterpart after a preposition", () => {
    assert.deepEqual(events("Uzcard and Humo, the two domestic card schemes, connected their networks in 2020."), ["payment | Humo, UzCard | 2020"]);
  });
});
