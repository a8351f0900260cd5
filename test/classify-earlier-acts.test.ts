// Acts told around the news of the day: the one a later act "comes a month after", a rival that
// "got the same option" later, airtime a store takes as a way to pay, an act renewed or reached again
// through what it names ("the cards", "R1"), and a default placement bought.
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

describe("an act told again by what it names or by a time of its own", () => {
  it("'the cards' are the RuPay cards told just before, and the follower's bare month comes after the act it repeats", () => {
    assert.deepEqual(
      events("The first RuPay credit cards went live on UPI in September 2022. Paytm began accepting the cards in March 2023, and PhonePe followed in May.", "2025-12-10"),
      ["payment | Paytm, RuPay | 2023-03", "payment | PhonePe, RuPay | 2023-05"],
    );
  });
  it("'renewed that arrangement in April' is the same two sides again, at the new time", () => {
    assert.deepEqual(events("People Inc. has licensed its titles to Apple News+ since the service launched in 2019, and renewed that arrangement in April on better terms.", "2025-12-11"), [
      "content | Apple News, People Inc. | 2019",
      "content | Apple News, People Inc. | 2025-04",
    ]);
  });
  it("'…, and earlier this month signed a separate deal with …' shares the subject of the clause before", () => {
    assert.deepEqual(
      events("Google has paid Australian publishers since 2021. It renewed its agreement with Seven West Media last week, and earlier this month signed a separate deal with Country Press Australia.", "2026-06-24"),
      ["content | Google, Seven West Media | 2026-06", "content | Country Press Australia, Google | 2026-06"],
    );
  });
  it("a model version its maker's possessive introduced is that maker's, and 'the next day' counts from the clause before", () => {
    assert.deepEqual(
      events(
        "When DeepSeek's R1 model came out, investors panicked. Microsoft added R1 to the model catalogue on its Azure cloud on 29 January 2025, and Amazon Web Services made it available through Amazon Bedrock the next day.",
        "2026-01-27",
      ),
      ["service | Azure, DeepSeek | 2025-01-29", "service | Amazon Bedrock, DeepSeek | 2025-01-30"],
    );
  });
});

describe("a default placement bought", () => {
  it("'make Bing the default search engine' sends traffic", () => {
    assert.deepEqual(events("Firefox will make Microsoft's Bing the default search engine for 5% of new desktop installs from 1 July, Mozilla said on Tuesday.", "2026-06-10"), [
      "traffic | Bing, Firefox | 2026-06-09",
    ]);
  });
  it("a renewed search agreement is traffic too", () => {
    assert.deepEqual(events("Mozilla renewed its search agreement with Google in May for three years.", "2026-06-10"), ["traffic | Google, Mozilla | 2026-05"]);
  });
});
