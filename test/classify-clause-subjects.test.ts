// Who acts when the sentence opens with a clause of its own, whose name a story shortens, and
// revenue split between two sides as the terms of a deal rather than a company's results.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyArticle } from "../src/classify/index.ts";
import { kindsOn, rulesOnly } from "./helpers/events.ts";

rulesOnly();

const PUB = "2025-11-02";
const events = kindsOn(PUB);
const sides = (text: string) => classifyArticle({ text, published: PUB }).events.map((e) => e.parties.join(", "));

describe("'it' after a leading 'When …' clause", () => {
  it("'When it launched in April 2023, it began accepting MoMo': the company told before acts", () => {
    assert.deepEqual(events("Xanh SM started in Hanoi. When it launched in April 2023, it began accepting MoMo for rides."), ["payment | MoMo, Xanh SM | 2023-04"]);
  });
  it("'When the Italian station went online at the end of March, it signed a logistics cooperation with SF Express': the station's owner acts", () => {
    assert.deepEqual(
      events("TikTok Shop opened a station in Italy this year. When the Italian station went online at the end of March, it signed a logistics cooperation with SF Express."),
      ["service | SF Express, TikTok | 2025-03"],
    );
  });
  it("a 'When' clause with a subject of its own keeps 'its' for that subject, not for the company told before", () => {
    assert.deepEqual(
      sides("Beeper Mini let Android phones send iMessages. When the Justice Department sued Apple in March 2024, its complaint cited the company's hostility to cross-platform messaging.").filter((s) => s.includes("DOJ")),
      ["Apple, DOJ"],
    );
  });
});

describe("revenue split between two sides is the deal's terms", () => {
  it("'licensed Douyin to carry clips …, with the two sides splitting the advertising revenue' is a content deal", () => {
    assert.deepEqual(
      events("Bilibili said on Tuesday it has licensed Douyin to carry clips of about 400 anime titles, with the two sides splitting the advertising revenue the clips earn."),
      ["content | Bilibili, Douyin | 2025-10-28"],
    );
  });
  it("revenue told as results still makes no event", () => {
    assert.deepEqual(events("Bilibili said on Tuesday its advertising revenue rose 12% as Douyin creators cut more clips."), []);
  });
});

describe("a full name later shortened to its last words", () => {
  it("'the Winnipeg Free Press … The Free Press has signed a licensing deal with ProRata.ai' is the newspaper, not the French carrier Free", () => {
    assert.deepEqual(
      sides("I worked nine years at the Winnipeg Free Press, so I read the news twice. The Free Press has signed a licensing deal with ProRata.ai, the California start-up."),
      ["ProRata.ai, Winnipeg Free Press"],
    );
  });
});

describe("a newcomer that joined an aggregator", () => {
  it("'Amap opened its aggregation page, listing Cao Cao Mobility … Meituan's ride-hailing service joined in April 2019' is Amap's next partner", () => {
    const text =
      "Amap opened its ride-hailing aggregation page in 2017, listing smaller operators such as Cao Cao Mobility so that users could book a car without leaving the map. Meituan's ride-hailing service joined in April 2019, a year after it had launched in Shanghai.";
    assert.deepEqual(sides(text), ["Amap, Cao Cao Mobility", "Amap, Meituan Dache"]);
  });
  it("after 'T3 connected its capacity to Amap', a newcomer that joined did what T3 did", () => {
    assert.deepEqual(sides("In 2020, T3 Mobility connected its capacity to Amap, and Cao Cao Mobility joined in the following year."), ["Amap, T3 Mobility", "Amap, Cao Cao Mobility"]);
  });
});

describe("what a deal just told says of itself", () => {
  it("'According to the agreement, WeTV will authorize dramas … popular last year' is the deal's terms, not a deal of last year", () => {
    const text =
      "On Tuesday, WeTV and Vidio announced a copyright cooperation. According to the agreement, WeTV will authorize more than 30 Chinese dramas, including several that were popular in the mainland last year, to be broadcast on Vidio.";
    assert.deepEqual(events(text), ["content | Tencent Video, Vidio | 2025-10-28"]);
  });
  it("'This is the first formal data cooperation of the two companies since … 2017' counts deals, it is none", () => {
    const text =
      "On Tuesday, SF Express and Cainiao signed a logistics data interface agreement. This is the first formal data cooperation of the two companies since the so-called data door of 2017.";
    assert.deepEqual(events(text), ["data | Cainiao, SF Express | 2025-10-28"]);
  });
});

describe("a time the arrangement starts at", () => {
  it("'which starts in March', told in February, is next month, when the arrangement takes effect, not last March", () => {
    const out = classifyArticle({
      text: "The arrangement between Noon and Snap, which starts in March, lets sellers on Noon run shoppable ads inside Snapchat's Stories.",
      published: "2026-02-10",
    }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${e.effectiveDate ?? "-"}`);
    assert.deepEqual(out, ["traffic | Noon, Snap | 2026-02-10 | 2026-03"]);
  });
});

describe("a source that is also who acts", () => {
  it("'the reporter learned from Hungry Me that the takeaway platform has officially opened Weixin payment' is Ele.me's opening", () => {
    assert.deepEqual(events("On the 9th, the reporter learned from Hungry Me (饿了么) that the takeaway platform has officially opened Weixin payment (微信支付) to users in the whole country."), [
      "payment | Ele.me, WeChat Pay | 2025-10-09",
    ]);
  });
  it("a source that only tells another's news stays out ('learned from UnionPay that Meituan has added QuickPass')", () => {
    assert.deepEqual(sides("The reporter learned from JD.com that Meituan has added UnionPay QuickPass at its checkout."), ["Meituan, UnionPay QuickPass"]);
  });
});

describe("a newcomer that joined the same network", () => {
  it("'Meituan Pay joined the same network last month' after Douyin Pay joined UnionPay's is Meituan Pay joining UnionPay's", () => {
    const text =
      "Douyin Pay said on Monday that it has joined UnionPay's QR code network, so that its users can pay at any merchant displaying a UnionPay code. Meituan Pay joined the same network last month for the same reason.";
    assert.deepEqual(events(text), ["payment | Douyin Pay, UnionPay | 2025-10-27", "payment | Meituan Pay, UnionPay | 2025-10"]);
  });
});

describe("the two ends of a link", () => {
  it("'NPCI International and PayNet … switched on the link between UPI and DuitNow' is an opening between UPI and DuitNow", () => {
    assert.deepEqual(
      events("NPCI International and PayNet, the company that runs Malaysia's national payment network, switched on the link between UPI and DuitNow last month."),
      ["payment | DuitNow, UPI | 2025-10"],
    );
  });
});

describe("who got there first", () => {
  it("'It is worth noting that Pay Treasure walked in front' compares, it reports no opening", () => {
    const text = "On the 22nd, WeChat Pay completed the interconnection with PromptPay. It is worth noting that Pay Treasure (支付宝) walked in front.";
    assert.deepEqual(sides(text), ["PromptPay, WeChat Pay"]);
  });
});

describe("the owner's product the act shows in", () => {
  it("'Tencent gave Pinduoduo a shopping entrance in WeChat's services panel' opens WeChat", () => {
    assert.deepEqual(events("In 2018, Tencent gave Pinduoduo a shopping entrance in WeChat's services panel that sends users to its mini-program."), [
      "traffic | Pinduoduo, WeChat | 2018",
    ]);
  });
});

describe("a count of services plugged in", () => {
  it("'This is the first service GoTo has plugged directly into TikTok's app' counts, after the service itself was told", () => {
    const text =
      "Since June, GoSend has been available as a same-day delivery option for TikTok Shop orders. This is the first service GoTo has plugged directly into TikTok's app since the Tokopedia sale.";
    assert.deepEqual(sides(text), ["GoSend, TikTok"]);
  });
});

describe("an act that names no one", () => {
  it("'Since 2021, when regulators told platforms to stop blocking each other's links, …' gives no event without a party", () => {
    const out = classifyArticle({
      text: "Since 2021, when regulators told platforms to stop blocking each other's links, Taobao links have opened in WeChat chats only after users tapped through an interstitial page.",
      published: "2026-03-08",
    });
    assert.ok(out.events.every((e) => e.parties.length > 0), JSON.stringify(out.events.map((e) => e.parties)));
  });
});
