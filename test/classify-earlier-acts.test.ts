// Acts told around the news of the day: the one a later act "comes a month after", a rival that
// "got the same option" later, airtime a store takes as a way to pay, an act renewed or reached again
// through what it names ("the cards", "R1"), a default placement bought, a second side told with the
// first act's words, newcomers to an act told before, and "on the same day".
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

describe("a second side told with the first act's words", () => {
  it("'Epic sued Apple in Australia in November 2020 and Google in March 2021' is two suits", () => {
    assert.deepEqual(events("Epic sued Apple in Australia in November 2020 and Google in March 2021; the two cases were heard together.", "2026-07-24"), [
      "dispute | Apple, Epic Games | 2020-11",
      "dispute | Epic Games, Google | 2021-03",
    ]);
  });
  it("'Earlier this year it signed data-access agreements with A, B and C' is one deal with each", () => {
    assert.deepEqual(events("Glean was founded in 2019. Earlier this year it signed data-access agreements with Atlassian, Zoom and Dropbox.", "2025-07-11"), [
      "data | Atlassian, Glean | 2025",
      "data | Glean, Zoom | 2025",
      "data | Dropbox, Glean | 2025",
    ]);
  });
  it("'the commission began enforcing the law against Apple and Google' is the regulator's act", () => {
    assert.deepEqual(events("The Japan Fair Trade Commission fined Apple in 2024. The commission began enforcing the law against Apple and Google on Dec. 18.", "2026-03-11"), [
      "regulation | Apple, JFTC | 2024",
      "regulation | Apple, Google, JFTC | 2025-12-18",
    ]);
  });
});

describe("newcomers to an act told before", () => {
  it("after 'X announced that Y will license …', a newcomer that 'signed up' stands where Y stood, and so does one that 'followed, promising …'", () => {
    assert.deepEqual(
      events(
        "On Tuesday Stack Overflow announced that Mistral AI will license the site's questions and answers through OverflowAPI. Google Cloud signed up in February 2024, and OpenAI followed that May, promising attribution links when ChatGPT uses the answers.",
        "2025-11-13",
      ),
      ["content | Mistral AI, Stack Overflow | 2025-11-11", "content | Google Cloud, Stack Overflow | 2024-02", "content | OpenAI, Stack Overflow | 2024-05"],
    );
  });
  it("one that 'won a similar arrangement' got what the earlier act's object got", () => {
    assert.deepEqual(
      events("In February 2025 SAP launched Business Data Cloud with Databricks, letting customers analyse SAP data inside Databricks. Snowflake won a similar arrangement later that year.", "2026-08-06"),
      ["data | Databricks, SAP | 2025-02", "data | SAP, Snowflake | 2025"],
    );
    // After "it", the first name is the act's object, even when the clause names its subject later.
    assert.deepEqual(
      events(
        "SAP was opening doors for partners it chose. In February 2025 it launched Business Data Cloud with Databricks, letting customers analyse SAP data inside Databricks. Snowflake won a similar arrangement later that year.",
        "2026-08-06",
      ),
      ["data | Databricks, SAP | 2025-02", "data | SAP, Snowflake | 2025"],
    );
  });
  it("one that 'joined the list' did what the list's first member did", () => {
    assert.deepEqual(
      events("In 2020 Banco do Brasil became the first bank whose customers could raise their gov.br account to the silver level by logging in through internet banking. Nubank joined the list in 2023.", "2025-09-15"),
      ["service | Banco do Brasil, gov.br | 2020", "service | Nubank, gov.br | 2023"],
    );
  });
});

describe("'on the same day' after a background told by month", () => {
  it("is the last day the story told, not the month of the background", () => {
    assert.deepEqual(
      events(
        "The Digital Agency on the 16th announced that it has formally certified Sakura Internet as a provider. The agency selected the company in November 2023. NTT Data said on the same day that its resident-record system will run on Sakura Internet's cloud from April.",
        "2026-03-17",
      ),
      ["service | NTT Data, Sakura Internet | 2026-03-16"],
    );
  });
});
