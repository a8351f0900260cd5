// A phrasebook of how English (wire, business, translated Chinese) and Chinese news write dates,
// each resolved against a publication date per data/eval/README.md's conventions. Written from
// general knowledge of news prose, not from the dev articles, so it measures whether the date
// rules are general rather than tuned.
//
// Decisions recorded here:
// - "last <weekday>" is the most recent such weekday before publication (as the dev labels use).
// - A weekend, a week or a fortnight is dated to its month (it names no single day).
// - "the following year", "a year later", "the previous year" are relative to a year elsewhere
//   in the story, not to publication: resolveDate gives null and the story context dates them.
// - Festival names ("618", "Double 11") are sales periods, not the day an act happened: null.
// - A future date ("from 1 July", "starting next month", "by the end of the year") is an
//   effective date; the event date is null (the caller dates the announcement by publication).
import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveDate } from "../src/classify/dates.ts";

/** [sentence, published, expected date (precision follows its form) or null, effective date] */
type Case = [string, string, string | null, string?];

const WED = "2024-05-15"; // a Wednesday
const JAN = "2024-01-10"; // a Wednesday, for year wrap-around

const precisionOf = (d: string | null) => (d === null ? null : d.length === 10 ? "day" : d.length === 7 ? "month" : "year");

const CASES: Record<string, Case[]> = {
  weekdays: [
    ["Alipay said on Monday it would accept WeChat Pay at checkout.", WED, "2024-05-13"],
    ["Tencent opened the mini-program to Taobao links last Friday.", WED, "2024-05-10"],
    ["JD.com began accepting Alipay on Friday last week, the company said.", WED, "2024-05-10"],
    ["Meituan confirmed this Monday that Douyin users can book through its app.", WED, "2024-05-13"],
    ["This Wednesday, WeChat Pay went live inside Taobao.", WED, "2024-05-15"],
    ["The regulator issued the order on Sunday night.", WED, "2024-05-12"],
    ["Douyin and Alibaba signed the deal over the weekend.", WED, "2024-05"],
    ["On Tuesday, the ministry told platforms to stop blocking links.", WED, "2024-05-14"],
    ["The two companies announced the partnership Thursday, sources said.", WED, "2024-05-09"],
    ["Xiaohongshu said on Saturday it had opened its store links to Taobao.", WED, "2024-05-11"],
    ["Tuesday's announcement ended a four-year blockade.", WED, "2024-05-14"],
    ["The links went live in the early hours of Monday, Beijing time.", WED, "2024-05-13"],
    ["Last Thursday, Ele.me turned up inside WeChat.", WED, "2024-05-09"],
    // "plans" as a noun looks nowhere: the month is this year's.
    ["Airtel added Apple TV+ to its postpaid and broadband plans in April.", WED, "2024-04"],
    // A weekday the sentence looks ahead to is the next one: an effective date, after the day it was said.
    ["eMedia said on Monday that it would pull its channels from DStv on Saturday.", WED, "2024-05-13", "2024-05-18"],
    ["Alipay said on Monday that its QR codes work in WeChat.", JAN, "2024-01-08"],
    // A weekday after "its" or "every" is a slot in a schedule, not when anything happened.
    ["The broadcaster will sublicense its Saturday afternoon matches to DAZN.", WED, null],
    ["Every Friday evening the app streams one live game.", WED, null],
  ],
  "reported days": [
    ["Alibaba said on Monday that Taobao began accepting WeChat Pay in January.", WED, "2024-01"],
    ["The ministry announced on Tuesday that the rules took effect last month.", WED, "2024-04"],
    ["Douyin will open its links to JD.com, the platform said on Monday, reopening a door it shut four years ago.", WED, "2024-05-13"],
    ["The regulator said on Monday it had fined Kakao Mobility.", WED, "2024-05-13"],
  ],
  datelines: [
    ["SEOUL, May 15 - The regulator said on Monday it had fined Kakao Mobility.", WED, "2024-05-13"],
    ["SINGAPORE/MILAN, May 15 - Ant International said on Tuesday that Alipay+ had connected Bancomat Pay.", WED, "2024-05-14"],
    ["TOKYO, May 15 (Wire) - The watchdog said on Monday it had fined Google.", WED, "2024-05-13"],
    ["SÃO PAULO, May 15 - A business court on Tuesday ordered iFood to pay Rappi.", WED, "2024-05-14"],
    ["SEOUL, May 15 - The regulator has fined Kakao Mobility.", WED, "2024-05-15"],
    // Translated Chinese press opens with its outlet's dateline ("科技星球讯 5月15日").
    ["Tech Star news on May 15, Boomplay announced on the 13th that it has connected with M-Pesa.", WED, "2024-05-13"],
    ["Tech Star news on May 15, Boomplay has connected with M-Pesa.", WED, "2024-05-15"],
  ],
  days: [
    // A holiday is its day: with a year, in the year; alone, the most recent one.
    ["On Christmas Eve 2021 the regulator ordered Apple to let dating apps take other payments.", WED, "2021-12-24"],
    ["On New Year's Day in 2021 the Huawei store removed the games of Tencent Games.", WED, "2021-01-01"],
    // Two months and one year: the first month shares the year.
    ["In April and October 2021 respectively, the regulator fined Alibaba and Meituan.", WED, "2021-04"],
    ["The links between the two apps were cut on New Year's Day.", WED, "2024-01-01"],
    ["Alipay went live inside Meituan on Christmas Day.", WED, "2023-12-25"],
    ["WeChat unblocked Taobao links on March 3.", WED, "2024-03-03"],
    ["WeChat unblocked Taobao links on 3 March.", WED, "2024-03-03"],
    ["WeChat unblocked Taobao links on March 3rd.", WED, "2024-03-03"],
    ["The integration went live on the 3rd, the company said.", WED, "2024-05-03"],
    ["Meituan opened its map service to Alipay on the 10th of this month.", WED, "2024-05-10"],
    ["UnionPay signed the agreement on Mar. 3, according to a filing.", WED, "2024-03-03"],
    ["Douyin began linking to JD stores on Sept. 12.", WED, "2023-09-12"],
    ["The service opened on 3/3, a spokesman said.", WED, null],
    ["Alibaba filed the complaint on May 20, 2023.", WED, "2023-05-20"],
    ["Alibaba filed the complaint on 20 May 2023.", WED, "2023-05-20"],
    ["On Monday, May 13, WeChat Pay went live on JD.", WED, "2024-05-13"],
    ["The deal was signed on Thursday, May 2, the companies said.", WED, "2024-05-02"],
    ["Last Wednesday, Xianyu added WeChat Pay at checkout.", WED, "2024-05-08"],
    ["Kuaishou said on Friday (3 May) that it would accept Alipay.", WED, "2024-05-03"],
    ["Bilibili signed a marketing deal with Alimama on 12 June.", WED, "2023-06-12"],
    ["The court ruled on December 28 that the blockade was unlawful.", JAN, "2023-12-28"],
    ["SAMR published the guideline on the 2nd.", JAN, "2024-01-02"],
    ["On the morning of the 9th, Tencent announced that WeChat Pay would support Taobao.", WED, "2024-05-09"],
    ["Alipay opened its QR codes to UnionPay in September of 2021.", WED, "2021-09"],
    ["WeChat lifted the ban on Jan. 5, a spokeswoman said.", JAN, "2024-01-05"],
  ],
  months: [
    ["Taobao began accepting WeChat Pay in March.", WED, "2024-03"],
    ["Taobao began accepting WeChat Pay last March.", WED, "2024-03"],
    ["Taobao began accepting WeChat Pay in March last year.", WED, "2023-03"],
    ["Taobao began accepting WeChat Pay this March.", WED, "2024-03"],
    // A timeline's item headed by its month.
    ["- March: Taobao began accepting WeChat Pay.", WED, "2024-03"],
    ["March: Taobao began accepting WeChat Pay.", WED, "2024-03"],
    // Without the colon a capitalised "May" at the start is a name, not a time.
    ["May said Taobao began accepting WeChat Pay.", WED, null],
    ["Taobao began accepting WeChat Pay earlier this month.", WED, "2024-05"],
    ["The regulator fined the company late last month.", WED, "2024-04"],
    ["WeChat opened links to Douyin at the start of the month.", WED, "2024-05"],
    ["Alipay opened its wallet to JD this past January.", WED, "2024-01"],
    ["Tencent Video licensed dramas to Douyin in December.", WED, "2023-12"],
    ["Tencent Video licensed dramas to Douyin in early April.", WED, "2024-04"],
    ["Tencent Video licensed dramas to Douyin in mid-April.", WED, "2024-04"],
    ["The watchdog opened its inquiry last month.", JAN, "2023-12"],
    ["Kuaishou opened its shop links to JD in late August.", WED, "2023-08"],
    ["Tencent said it would open links in the middle of last month.", WED, "2024-04"],
    ["The move came at the end of last month.", WED, "2024-04"],
  ],
  years: [
    // A year that names a thing ("the 2026 FIFA World Cup", "the 2024-25 season") is not the act's date.
    ["DAZN, which holds the rights to the 2026 FIFA World Cup, announced on the 13th that it will sublicense matches to ABEMA.", WED, "2024-05-13"],
    ["Sky will show three matches a round in the 2024-25 season under the deal.", WED, null],
    // A year in quotation marks is a title.
    ["Epic sued Apple with a parody of its famous \"1984\" advert.", WED, null],
    ["Alibaba and Tencent agreed to open links in 2021.", WED, "2021"],
    ["Alibaba and Tencent agreed to open links in late 2021.", WED, "2021"],
    ["The ban was lifted at the end of 2022.", WED, "2022"],
    ["The ban was lifted in the first half of 2023.", WED, "2023"],
    // The first or final days (or weeks) of a year name its first or last month.
    ["In the first days of 2021 Huawei took the games off its store.", WED, "2021-01"],
    ["The regulator fined Alibaba in the final weeks of 2020.", WED, "2020-12"],
    ["The ban was lifted in the third quarter of 2023.", WED, "2023"],
    ["The ban was lifted in Q3 2023, analysts said.", WED, "2023"],
    ["The ban was lifted in the spring of 2019.", WED, "2019"],
    ["WeChat let Taobao links through last spring.", WED, "2023"],
    ["WeChat let Taobao links through last summer.", WED, "2023"],
    ["The following year, Tencent reopened the links.", WED, null],
    ["A year later, Tencent reopened the links.", WED, null],
    ["Tencent blocked the links two years ago.", WED, "2022"],
    ["Tencent blocked the links last year.", WED, "2023"],
    ["Tencent opened the links earlier this year.", WED, "2024"],
    ["Tencent had blocked them the previous year.", WED, null],
    ["Alipay opened its checkout to UnionPay in H1 2023.", WED, "2023"],
    ["Alipay opened its checkout to UnionPay in the first quarter.", WED, "2024"],
    ["Alipay opened its checkout to UnionPay late last year.", WED, "2023"],
    ["Alipay opened its checkout to UnionPay at the end of last year.", WED, "2023"],
    ["The companies settled in the fourth quarter of last year.", WED, "2023"],
    ["The companies settled in Q4 last year.", JAN, "2023"],
    ["The companies settled in the summer of 2020.", WED, "2020"],
    ["The companies settled in the summer.", WED, "2023"],
    ["The companies settled in the spring.", WED, "2024"],
    ["The link has been tested since the summer.", WED, "2023"],
    ["The margin gains will be tested in the summer.", WED, null, "2024"],
    ["The platforms had received the draft in the summer, before it was published.", JAN, "2023"],
    ["WeChat opened its mini-programs to Douyin in the winter.", JAN, "2024"],
    ["Alipay opened its checkout to Meituan in early 2023.", WED, "2023"],
    ["Over the past year, the platforms have opened dozens of links.", WED, null],
    ["On the same day, Alibaba issued a statement.", WED, null],
  ],
  relative: [
    ["Douyin opened its store to Alipay two weeks ago.", WED, "2024-05"],
    ["Douyin opened its store to Alipay three weeks ago.", WED, "2024-04"],
    ["Douyin opened its store to Alipay a month ago.", WED, "2024-04"],
    ["Douyin opened its store to Alipay last week.", WED, "2024-05"],
    ["Douyin opened its store to Alipay this week.", WED, "2024-05"],
    ["Douyin opened its store to Alipay yesterday.", WED, "2024-05-14"],
    ["Douyin opened its store to Alipay today.", WED, "2024-05-15"],
    ["Douyin opened its store to Alipay three days ago.", WED, "2024-05-12"],
    ["Douyin opened its store to Alipay earlier this week.", WED, "2024-05"],
    ["Douyin opened its store to Alipay a fortnight ago.", WED, "2024-05"],
    ["Douyin opened its store to Alipay last weekend.", WED, "2024-05"],
    ["Douyin opened its store to Alipay last week.", JAN, "2024-01"],
    ["Douyin opened its store to Alipay two weeks ago.", JAN, "2023-12"],
    ["Two days later, Tencent reopened the links.", WED, null],
    ["Three weeks later, WeChat restored access.", WED, null],
    ["A few days ago, Taobao joined the scheme.", WED, "2024-05"],
    ["Several weeks ago, Taobao joined the scheme.", WED, "2024-04"],
    ["In the past two weeks, Alipay added ten banks.", WED, null],
    ["In recent days, regulators summoned the platforms.", WED, null],
    ["The function went online on 2024/3/3.", WED, "2024-03-03"],
    ["The function went online on 2024.3.3.", WED, "2024-03-03"],
    ["Platforms must comply within 30 days.", WED, null, "2024-06-14"],
  ],
  "ranges and starts": [
    ["WeChat has allowed Taobao links since April.", WED, "2024-04"],
    ["Users will be able to pay with Alipay from 1 July.", WED, null, "2024-07-01"],
    ["JD said on Tuesday that users can pay with WeChat Pay from 1 July.", WED, "2024-05-14", "2024-07-01"],
    // Told before it took effect, written after: still dated on the telling, the start its effective date.
    ["Shinsegae said in March that CJ Logistics would take over its deliveries from April.", WED, "2024-03", "2024-04"],
    ["Grab said last month that riders could pay with GoPay from 1 May.", WED, "2024-04", "2024-05-01"],
    ["Taobao will accept WeChat Pay starting next month.", WED, null, "2024-06"],
    ["Taobao will accept WeChat Pay from March, the company said.", WED, null, "2025-03"],
    ["Taobao has accepted WeChat Pay from March.", WED, "2024-03"],
    // Where, then when: "starting in three cities on March 2", "beginning with Android users in February".
    ["Shopee said on Monday it will accept GoPay, starting in three cities on March 2.", WED, "2024-05-13", "2025-03-02"],
    ["Spotify will be bundled in the plan, beginning with prepaid users in July.", WED, null, "2024-07"],
    ["Meituan will open its delivery service to Douyin by the end of the year.", WED, null, "2024"],
    // Told in the year's last months too: "before the end of the year" and "later this year" are still ahead.
    ["Citilink said on Tuesday that it would open the interface to Tiket.com before the end of the year.", "2024-10-23", "2024-10-22", "2024"],
    ["Uber Eats said Merpay would be added later this year.", WED, null, "2024"],
    ["The rules take effect on June 1, the regulator said.", WED, null, "2024-06-01"],
    ["The links will open next week.", WED, null, "2024-05"],
    ["From this month, Taobao merchants can buy adverts in WeChat Moments.", WED, "2024-05"],
    ["The two sides plan to extend the interface to Pinduoduo merchants in the second quarter.", JAN, null, "2024"],
    ["The function is expected to cover the whole country in the third quarter.", WED, null, "2024"],
    ["Revenue rose 12% in the first quarter, the company said.", WED, "2024"],
    ["Revenue rose 12% in the fourth quarter, the company said.", WED, "2023"],
    ["The deal was signed at the beginning of the year.", WED, "2024"],
  ],
  chinese: [
    ["去年，微信开放了淘宝外链。", WED, "2023"],
    ["今年3月，淘宝接入微信支付。", WED, "2024-03"],
    ["上月，抖音向京东开放了链接。", WED, "2024-04"],
    ["上个月，抖音向京东开放了链接。", WED, "2024-04"],
    ["上周，美团接入了支付宝。", WED, "2024-05"],
    ["3月10日，淘宝接入微信支付。", WED, "2024-03-10"],
    ["2021年底，阿里巴巴和腾讯开放了链接。", WED, "2021"],
    ["本月初，工信部要求平台停止屏蔽链接。", WED, "2024-05"],
    ["前年，腾讯屏蔽了抖音链接。", WED, "2022"],
    ["2023年第三季度，京东接入了微信支付。", WED, "2023"],
    ["自6月1日起，用户可使用支付宝付款。", WED, null, "2024-06-01"],
    ["昨日，微信支付接入淘宝。", WED, "2024-05-14"],
    ["近日，微信支付接入淘宝。", WED, null],
    ["上月，抖音向京东开放了链接。", JAN, "2023-12"],
    ["上周五，美团接入了支付宝。", WED, "2024-05-10"],
    ["周一，微信宣布开放淘宝链接。", WED, "2024-05-13"],
    ["腾讯于本周二宣布开放外链。", WED, "2024-05-14"],
    ["9日，工信部召开行政指导会。", WED, "2024-05-09"],
    ["据悉，该功能已于3月份上线。", WED, "2024-03"],
    ["日前，抖音与淘宝达成合作。", WED, null],
    ["该平台拥有3个月的试用期。", WED, null],
    ["截至2023年底，已有500万商户接入。", WED, "2023"],
  ],
  "background and undated": [
    ["Tencent had blocked Taobao links for years.", WED, null],
    ["Tencent blocked the links years ago.", WED, null],
    ["Tencent, which had blocked Taobao links since 2013, said on Monday it would open them.", WED, "2024-05-13"],
    ["After Apple had removed the app in 2020, the company said on Tuesday it would appeal.", WED, "2024-05-14"],
    ["WeChat has for years stopped users from opening Douyin links.", WED, null],
    ["Alipay recently opened its mini-programs to Douyin.", WED, null],
    ["Alibaba was founded in 1999 and opened Taobao to WeChat Pay in 2023.", WED, "2023"],
    // A weekday is this week's news, never a founding date.
    ["It was day one of a pilot, launched on Monday, that lets Airtel Money users pay at M-Pesa tills.", WED, "2024-05-13"],
    // A launch the act is timed by ("when it launched") dates the act; one that only describes a thing does not.
    ["The central bank made every large bank offer Pix when it launched in November 2020.", WED, "2020-11"],
    ["Pix, launched in November 2020, is now accepted by Uber.", WED, null],
    // A launch without another's app is the wall's own time.
    ["HBO Max launched in May 2020 without a Roku app.", WED, "2020-05"],
    // …unless the act dates itself from that launch.
    ["The Octopus app, launched in 2021, has taken Alipay payments from day one.", WED, "2021"],
    ["When Toss launched in early 2015, it accepted cards from every bank from the start.", WED, "2015"],
    ["Rides have been bookable in Kakao T since the new app launched in March 2023.", WED, "2023-03"],
    // A trailing comparison ("…, the second wallet the app has added this year") is not the act's time.
    ["Grab said on Monday that riders can now pay with ShopeePay, the second wallet the app has added this year.", WED, "2024-05-13"],
    ["Grab said on Monday that riders can now pay with ShopeePay, the first time it has taken a rival's wallet since 2019.", WED, "2024-05-13"],
  ],
  "numbers that are not dates": [
    ["WeChat Pay now reaches 5 million users on Taobao.", WED, null],
    // A half or quarter of something other than a year names a part, not a time.
    ["The two switches turned on the second half of their link on Monday.", WED, "2024-05-13"],
    ["Fans saw the last quarter of the match on the new app.", WED, null],
    ["JD opened its stores to Douyin ahead of the 618 festival.", WED, null],
    ["WeChat version 8.0 lets users open Taobao links.", WED, null],
    ["Alibaba opened its checkout to WeChat Pay before Double 11.", WED, null],
    ["More than 2,000 merchants accept both wallets.", WED, null],
    ["The phone sells for 1999 yuan on JD and Tmall.", WED, null],
    ["Regulators may order platforms to open their links.", WED, null],
    ["Tencent has blocked rivals since the 1990s, critics say.", WED, null],
    ["The service opens at 3 p.m. for 24 hours.", WED, null],
    ["Article 12 of the law bans blocking links.", WED, null],
    ["Apple's iPhone 15 supports Alipay in the App Store.", WED, null],
    ["The top 10 platforms must open their links.", WED, null],
  ],
};

for (const [group, cases] of Object.entries(CASES)) {
  for (const [sentence, published, date, effective] of cases) {
    test(`${group}: "${sentence}" (published ${published}) → ${date ?? "no event date"}${effective ? `, effective ${effective}` : ""}`, () => {
      const r = resolveDate(sentence, published);
      assert.deepEqual(
        { date: r?.date ?? null, precision: r?.precision ?? null, effective: r?.effectiveDate },
        { date, precision: precisionOf(date), effective },
      );
    });
  }
}

test("the phrasebook holds at least 80 cases", () => {
  assert.ok(Object.values(CASES).flat().length >= 80);
});
