// A regulator's act told without its object: the case a complaint opened (or that a company
// "started with a complaint"), the takeover it blocked, the settlement it accepted; a regulator's act
// told in an "after …" clause of its own; a capital acting for its regulator; a pilot rolled out.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { kindsOn, rulesOnly } from "./helpers/events.ts";

rulesOnly();

const events = (text: string, published = "2025-09-25") => kindsOn(published)(text);

describe("a case a complaint opened", () => {
  it("'accused Shopee …, and the commission opened a formal investigation' is a case against the accused", () => {
    assert.deepEqual(
      events("Asperindo, the courier association, accused Shopee in early 2024 of squeezing its members out, and the KPPU opened a formal investigation that July."),
      ["dispute | Asperindo, Shopee | 2024", "regulation | KPPU, Shopee | 2024-07"],
    );
  });
  it("'dropped its preliminary inquiry' after a complaint is about the company complained of", () => {
    assert.deepEqual(
      events("In 2023 Docplanner complained to UOKiK that Centrum e-Zdrowia was refusing to let private apps read prescription data. UOKiK dropped its preliminary inquiry in October, saying the new law had removed the problem.", "2026-02-12"),
      ["dispute | Centrum e-Zdrowia, Docplanner | 2023", "regulation | Centrum e-Zdrowia, UOKiK | 2025-10"],
    );
  });
  it("an inquiry into a whole market stays the regulator's alone", () => {
    assert.deepEqual(
      events("Pesapal complained to the authority that Safaricom was charging merchants too much. The Competition Authority of Kenya opened an inquiry into the merchant payments market in February."),
      ["dispute | Pesapal, Safaricom | 2025-09-25", "regulation | Competition Authority of Kenya | 2025-02"],
    );
  });
});

describe("a case a company started with a complaint", () => {
  it("'closing the case Slack started with a complaint in 2020' is Slack's complaint, dated 2020", () => {
    assert.deepEqual(
      events("In September 2025 the European Commission accepted commitments from Microsoft on Teams, closing the case Slack started with a complaint in 2020.", "2026-03-04"),
      ["regulation | European Commission, Microsoft | 2025-09", "dispute | Microsoft, Slack | 2020"],
    );
  });
  it("'Brussels accepted Microsoft's commitments in the case Slack began' is the Commission's act, without the complainant", () => {
    assert.deepEqual(
      events("In July 2020 Slack complained to the European Commission that Microsoft was tying Teams to Office. Last September Brussels accepted Microsoft's commitments in the case Slack began.", "2026-05-28"),
      ["dispute | Microsoft, Slack | 2020-07", "regulation | European Commission, Microsoft | 2025-09"],
    );
  });
  it("'Brussels' is the European Commission even after another regulator was named", () => {
    assert.deepEqual(
      events("In July 2025 Glean asked the U.S. Federal Trade Commission to investigate Salesforce. Last September Brussels accepted Microsoft's commitments in the case Slack began.", "2026-05-28"),
      ["dispute | Glean, Salesforce | 2025-07", "regulation | European Commission, Microsoft | 2025-09"],
    );
  });
  it("the owner of the rules a company acted under is no side of its act", () => {
    assert.deepEqual(
      events("Coinbase removed USDT for its European users in December 2024 because the token lacks authorisation under the EU's MiCA rules.", "2025-12-09"),
      ["dispute | Coinbase, USDT | 2024-12"],
    );
  });
});

describe("a takeover a regulator blocked", () => {
  it("'blocked the takeover' after 'X agreed to buy Y' has both sides of the takeover", () => {
    assert.deepEqual(
      events("When Microsoft agreed to buy Activision Blizzard in January 2022, cloud gaming was a footnote. In April 2023 the Competition and Markets Authority (CMA) blocked the takeover."),
      ["regulation | Activision Blizzard, CMA, Microsoft | 2023-04"],
    );
  });
  it("a takeover named with no buyer before it adds no one", () => {
    assert.deepEqual(
      events("It signed a deal offered partly to win approval for its purchase of Activision Blizzard. The Competition and Markets Authority blocked the takeover in April 2023."),
      ["regulation | CMA | 2023-04"],
    );
  });
});

describe("whom an order binds besides the one it is addressed to", () => {
  it("'ordered internet providers to block Binance's website' binds Binance", () => {
    assert.deepEqual(events("In February 2024 the Nigerian Communications Commission ordered internet providers to block Binance's website."), ["regulation | Binance, Nigerian Communications Commission | 2024-02"]);
  });
  it("an order to a whole trade to connect to a system still binds no one", () => {
    assert.deepEqual(events("In March the Central Bank of Egypt ordered banks to connect every wallet to InstaPay by June."), ["regulation | Central Bank of Egypt | 2025-03"]);
  });
  it("'to resume paying out transfers sent through WorldRemit' binds WorldRemit as the other end", () => {
    assert.deepEqual(
      events("The Central Bank of Kenya on Wednesday ordered Safaricom's M-Pesa to resume paying out transfers sent through WorldRemit.", "2025-09-11"),
      ["regulation | Central Bank of Kenya, M-Pesa, WorldRemit | 2025-09-10"],
    );
  });
  it("what the carrier provides, charges or owes the other one binds that other one", () => {
    const rows = [
      ["The NTC on Wednesday ordered Smart Communications to triple the interconnection capacity it provides to DITO Telecommunity.", "regulation | DITO Telecommunity, National Telecommunications Commission, Smart Communications | 2025-09-24"],
      ["In 2022 the ARTP ordered Sonatel to lower the tariffs that it charges to Wave for USSD sessions.", "regulation | ARTP Senegal, Sonatel, Wave Mobile Money | 2022"],
      ["The NCC on Wednesday ordered Globacom to pay off the interconnect fees it owes MTN Nigeria.", "regulation | Globacom, MTN Group, Nigerian Communications Commission | 2025-09-24"],
    ];
    for (const [text, row] of rows) assert.deepEqual(events(text!), [row], text);
  });
  it("links with, roaming to 'the regional operator' and the delivery of messages sent from a network bind the other end", () => {
    const rows = [
      ["In March 2022 the NTC ordered Smart Communications to add 12 interconnection links with DITO Telecommunity within 60 days.", "regulation | DITO Telecommunity, National Telecommunications Commission, Smart Communications | 2022-03"],
      ["Anatel on Wednesday ordered TIM Brasil to offer national roaming to the regional operator Brisanet.", "regulation | Anatel, Brisanet, Telecom Italia | 2025-09-24"],
      ["The TRCSL on Wednesday ordered Lankatel to restore the delivery of bulk text messages sent from Serendib Mobile's network.", "regulation | Lankatel, Serendib Mobile, TRCSL | 2025-09-24"],
    ];
    for (const [text, row] of rows) assert.deepEqual(events(text!), [row], text);
  });
  it("a link to the one who gains from an order to stop blocking it is no side", () => {
    assert.deepEqual(events("MIIT on Monday ordered WeChat to stop blocking links to Douyin."), ["regulation | MIIT, WeChat | 2025-09-22"]);
  });
});

describe("whom a finding names", () => {
  it("'recommending that AWS and Microsoft be investigated' names both as targets", () => {
    assert.deepEqual(
      events("The CMA concluded its cloud market investigation in July, finding that Microsoft's licensing terms harm rival cloud providers and recommending that AWS and Microsoft be investigated under the new regime."),
      ["regulation | AWS, CMA, Microsoft | 2025-07"],
    );
  });
  it("translated press's 'Carrying Travel, Same Journey and Flying Pig' is one list of three", () => {
    assert.deepEqual(
      events("Last November, the State Market Supervision Administration interviewed Carrying Travel, Same Journey and Flying Pig, requiring them to stop the default ticking of paid services."),
      ["regulation | Fliggy, SAMR, Tongcheng Travel, Trip.com Group | 2024-11"],
    );
  });
});

describe("a settlement a regulator accepted", () => {
  it("names the company it binds", () => {
    assert.deepEqual(
      events("The KFTC said on Tuesday it had accepted a settlement under which Kakao Mobility will stop screening out drivers from rival taxi brands.", "2026-03-11"),
      ["regulation | KFTC, Kakao Mobility | 2026-03-10"],
    );
  });
});

describe("a regulator's act in an 'after' clause", () => {
  it("is its own act with its own time", () => {
    assert.deepEqual(
      events("Airtel Uganda and MTN Uganda agreed in 2021 to let each other's customers roam on their networks, after the Uganda Communications Commission told operators in 2020 to share infrastructure."),
      ["service | Airtel, MTN Group | 2021", "regulation | Uganda Communications Commission | 2020"],
    );
  });
});

describe("names an unknown organisation does not start with", () => {
  it("'Rival Chatwork' is Chatwork", () => {
    assert.deepEqual(events("Rival Chatwork began accepting PayPay in March 2024."), ["payment | Chatwork, PayPay | 2024-03"]);
  });
  it("'Last September Brussels' is no organisation", () => {
    assert.ok(!events("Last September Brussels accepted Microsoft's commitments in the case Slack began.").some((e) => e.includes("Last September")));
  });
  it("'Booking' is Booking.com", () => {
    assert.deepEqual(events("Last year the Bundeskartellamt prohibited Booking from using narrow parity clauses."), ["regulation | Booking.com, Bundeskartellamt | 2024"]);
  });
});

describe("a pilot, then the opening to everyone", () => {
  it("'the two systems ran a pilot' and 'The link opened to everyone in March' are two more acts of the same two", () => {
    assert.deepEqual(
      events("The first fix came in June 2021, when Thailand's PromptPay and Malaysia's DuitNow began accepting each other's QR codes. That began to change in November 2024, when the two systems ran a pilot letting customers send money using only a phone number. The link opened to everyone in March this year.", "2026-08-14"),
      ["payment | DuitNow, PromptPay | 2021-06", "payment | DuitNow, PromptPay | 2024-11", "payment | DuitNow, PromptPay | 2026-03"],
    );
  });
  it("an opening to one more bank is no rollout to everyone", () => {
    assert.deepEqual(
      events("The first fix came in June 2021, when Thailand's PromptPay and Malaysia's DuitNow began accepting each other's QR codes. That began to change in November 2024, when the two systems ran a pilot letting customers send money using only a phone number. The link opened to a second bank in March this year.", "2026-08-14"),
      ["payment | DuitNow, PromptPay | 2021-06", "payment | DuitNow, PromptPay | 2024-11"],
    );
  });
  it("'was grey-tested in October' is the pilot of the opening just told", () => {
    assert.deepEqual(
      events("On December 8, DingTalk and Tencent Docs announced that Tencent Docs links sent in DingTalk chats can be opened directly. The function was grey-tested in October among about 500 enterprises.", "2025-12-09"),
      ["link_access | DingTalk, Tencent Docs | 2025-12-08", "link_access | DingTalk, Tencent Docs | 2025-10"],
    );
  });
});
