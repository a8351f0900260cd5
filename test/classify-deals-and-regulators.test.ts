// Deals told by whose they are or by what is handed over, regulators told by their remit, their
// systems or their caps, and sides read through ownership, places, pairs and asides.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyArticle } from "../src/classify/index.ts";
import { kindsOn, rulesOnly, sidesOn } from "./helpers/events.ts";

rulesOnly();

// What a story published on a day reports: each event as "type | parties | date", or as "parties | date".

describe("deals, licences and services told in fresh words", () => {
  it("'switched in-app purchases in its iPhone app to PayPay' moves the way to pay to another's", () => {
    const kinds = classifyArticle({ text: "ebookjapan, LY Corp's e-book store, switched in-app purchases in its iPhone app to PayPay on Friday.", published: "2025-06-01" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds, ["payment | PayPay, ebookjapan | 2025-05-30"]);
  });
  it("'went live with UPI' is a generic opening between the two", () => {
    const sides = classifyArticle({ text: "Fonepay, Nepal's biggest QR network, went live with UPI on 8 March.", published: "2025-03-12" }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides, ["Fonepay, UPI | 2025-03-08"]);
  });
  it("a deal told by whose it is ('signed its own OpenAI deal', 'agreed terms with OpenAI') is a generic opening; a company checking its own contracts is none", () => {
    const sides = sidesOn("2025-03-18");
    assert.deepEqual(sides("News Corp signed its own OpenAI deal in May 2024."), ["News Corp, OpenAI | 2024-05"]);
    assert.deepEqual(sides("The Financial Times agreed terms with OpenAI in April 2024."), ["Financial Times, OpenAI | 2024-04"]);
    assert.deepEqual(sides("Uber Eats and Wolt will likely check their own contracts."), []);
    // A paper listed among what the publisher owns does not act beside it.
    assert.deepEqual(sides("Schibsted, owner of VG and Aftenposten, signed with OpenAI in February."), ["OpenAI, Schibsted | 2025-02"]);
    assert.deepEqual(sides("iFood said its contracts comply with the commitments it signed with the regulator."), []);
  });
  it("'had tested Bre-B with a few thousand employees since August' is the pilot of the opening the story tells", () => {
    const found = classifyArticle({ text: "Nequi began sending and receiving transfers through Bre-B on Monday. Nequi had tested Bre-B with a few thousand employees and selected customers since August, the company said.", published: "2025-10-07" }).events;
    assert.deepEqual(found.map((e) => `${e.parties.join(", ")} | ${e.date} | ${e.status ?? "-"}`), ["Bre-B, Nequi | 2025-10-06 | launched", "Bre-B, Nequi | 2025-08 | pilot"]);
  });
  it("a publisher's work given to another's product ('supply its wire copy to Mistral AI') is content; papers a publisher owns ('which owns VG and Aftenposten') are not its partners", () => {
    const sides = kindsOn("2025-04-02");
    assert.deepEqual(sides("Agence France-Presse agreed in January to supply its wire copy to Mistral AI for the Le Chat assistant."), ["content | Agence France-Presse, Mistral AI | 2025-01"]);
    assert.deepEqual(sides("In February Schibsted, which owns VG and Aftenposten, signed a deal that lets OpenAI use its journalism in ChatGPT."), ["content | OpenAI, Schibsted | 2025-02"]);
  });
  it("channels carried or added on another's service are content; 'Mercado Libre's free streaming service, Mercado Play,' names the service that acts", () => {
    const sides = kindsOn("2025-10-21");
    assert.deepEqual(sides("Shahid subscribers in Saudi Arabia will be able to add beIN's sports channels from March, the companies said on Monday."), ["content | Shahid, beIN Media Group | 2025-10-20"]);
    assert.deepEqual(sides("Mercado Libre's free streaming service, Mercado Play, will carry 18 live channels from TelevisaUnivision, the companies said on Tuesday."), [
      "content | Mercado Play, TelevisaUnivision | 2025-10-21",
    ]);
  });
  it("one side's model or service put into the other's ('adding ChatGPT to its voice assistant', 'would use Alibaba's Qwen models', 'made its model available on Azure') is a generic opening", () => {
    const sides = sidesOn("2025-06-01");
    assert.deepEqual(sides("Volkswagen moved first, adding ChatGPT to its IDA voice assistant in early 2024."), ["OpenAI, Volkswagen Group | 2024"]);
    assert.deepEqual(sides("BMW said in March that cars it builds for China would use Alibaba's Qwen models from 2026."), ["BMW, Qwen | 2025-03"]);
    // A company's own use of its own things is none.
    assert.deepEqual(sides("Volkswagen said in March that it would use its own models in its cars."), []);
  });
  it("a deal told with a gloss ('a settlement agreement (和解协议) with CADE') or as 'the first big one with OpenAI' is still a deal with that side", () => {
    const kinds = kindsOn("2025-06-01");
    assert.deepEqual(kinds("In February 2023, iFood signed a settlement agreement (和解协议) with CADE, which limits exclusive deals."), ["regulation | CADE, iFood | 2023-02"]);
    assert.deepEqual(kinds("Axel Springer signed the first big one with OpenAI in December 2023."), ["content | Axel Springer, OpenAI | 2023-12"]);
  });
  it("'…, and went after Google here the following March' is a second suit, dated the March after the story's November; paying a platform a percentage is a commission", () => {
    const kinds = kindsOn("2025-08-14");
    assert.deepEqual(kinds("Epic sued Apple in Australia in November 2020, and went after Google here the following March."), [
      "dispute | Apple, Epic Games | 2020-11",
      "dispute | Epic Games, Google | 2021-03",
    ]);
    assert.deepEqual(kinds("PhonePe and Google Pay users pay the apps up to 2% on card top-ups."), []);
  });
});

describe("regulators told by their remit, their systems and their caps", () => {
  it("a regulator sizing what apps may do ('a 30% cap on any app's share of UPI', 'limited it to 20 million users', 'It first announced the cap') regulates", () => {
    const kinds = kindsOn("2024-12-31");
    // The scheme named as what the cap is on does not stand in for the body that runs it.
    assert.deepEqual(kinds("NPCI announced a 30% cap on any single app's share of UPI volume back in November 2020."), ["regulation | NPCI | 2020-11"]);
    assert.deepEqual(kinds("NPCI announced a 30% cap on market share in November 2020."), ["regulation | NPCI | 2020-11"]);
    assert.deepEqual(kinds("The NPCI let WhatsApp onto UPI in November 2020 but limited it to 20 million users."), ["regulation | NPCI, WhatsApp | 2020-11"]);
    assert.deepEqual(kinds("On Tuesday NPCI extended the deadline for apps to meet the cap. It first announced the cap in November 2020."), [
      "regulation | NPCI | 2024-12-31",
      "regulation | NPCI | 2020-11",
    ]);
    // A company's share of the market is a result, not an act.
    assert.deepEqual(kinds("PhonePe and Google Pay together hold 85% market share in UPI."), []);
  });
  it("a regulator a company settles with ('signed a settlement agreement with CADE') is a side; one a complaint is filed with is the venue", () => {
    const kinds = kindsOn("2025-11-12");
    assert.deepEqual(kinds("In February 2023, iFood signed a settlement agreement with CADE, promising not to sign exclusive agreements with big chains."), ["regulation | CADE, iFood | 2023-02"]);
    assert.deepEqual(kinds("In 2020 Rappi filed a complaint with CADE against iFood."), ["dispute | Rappi, iFood | 2020"]);
  });
  it("'Acting on a complaint X filed against Y in 2022, the competition authority ordered the company …': two acts, the order on Y and the earlier complaint", () => {
    const kinds = kindsOn("2025-03-11");
    const text = "CADE has been down this road with Apple before. Acting on a complaint that Mercado Libre filed against Apple in 2022, the competition authority ordered the company in November 2024 to stop barring developers from pointing users to outside payment options.";
    assert.deepEqual(kinds(text).sort(), ["dispute | Apple, MercadoLibre | 2022", "regulation | Apple, CADE | 2024-11"]);
  });
  it("'the central bank' may name a regulator told only as a system's owner; its own system is its instrument, not a side; 'the central bank said' only tells the news", () => {
    const kinds = kindsOn("2024-09-16");
    assert.deepEqual(kinds("Raast is the instant payment system built by the State Bank of Pakistan. In 2022 the central bank made it compulsory for every bank and licensed wallet to offer it to customers."), [
      "regulation | State Bank of Pakistan | 2022",
    ]);
    assert.deepEqual(kinds("Travellers can now pay in Japan after QRIS, Indonesia's national QR standard, was linked on Sunday to the payment network of Japan's JCB, Bank Indonesia said on Monday. Customers of about 50 Indonesian banks can use the service at merchants that display JCB's QR codes, the central bank said."), [
      "payment | JCB, QRIS | 2024-09-15",
    ]);
  });
  it("a system the regulator launches ('launched the national payment code standard LankaQR') is its instrument; companies a circular orders stay sides", () => {
    const kinds = kindsOn("2025-03-12");
    assert.deepEqual(kinds("In 2018 the Central Bank of Sri Lanka launched the national payment code standard LankaQR for all banks."), ["regulation | Central Bank of Sri Lanka | 2018"]);
    assert.deepEqual(kinds("In 2022 the Central Reserve Bank of Peru issued a circular ordering Yape and Plin to interoperate."), ["regulation | BCRP, Plin, Yape | 2022"]);
  });
  it("an investigation 'over whether' a company broke the rules is the act, not a doubt about it; 'it is unclear whether' still is one", () => {
    const kinds = kindsOn("2025-09-01");
    assert.deepEqual(kinds("The Korea Fair Trade Commission began investigating Kakao in May over whether the filter unfairly favoured its own commerce business, two people familiar with the matter said."), ["regulation | KFTC, Kakao | 2025-05"]);
    assert.deepEqual(kinds("It is unclear whether the Korea Fair Trade Commission will investigate Kakao over the filter."), []);
  });
  it("carrier billing ('let its subscribers charge Play Store purchases to their prepaid balance') is a way to pay; 'the commission began investigating' is the commission told before", () => {
    const kinds = kindsOn("2025-01-22");
    assert.deepEqual(kinds("Telkomsel has let its subscribers charge Play Store purchases to their prepaid balance since 2014."), ["payment | Google Play, Telkomsel | 2014"]);
    assert.deepEqual(kinds("Indonesia's Business Competition Supervisory Commission (KPPU) fined Google on Tuesday. The commission began investigating Google in late 2022."), [
      "regulation | Google, KPPU | 2025-01-21",
      "regulation | Google, KPPU | 2022",
    ]);
  });
  it("a regulator acting alone in a story about its own system acts on no one: the system is no protagonist of its act", () => {
    const text = "Ooredoo connected its wallet to Fawran in 2025. Talabat connected to Fawran in February. Background: the Qatar Central Bank (QCB) launched Fawran in February 2024 and required every retail bank to join from the first day.";
    const found = classifyArticle({ text, published: "2026-03-10" }).events.filter((e) => e.type === "regulation");
    assert.deepEqual(found.map((e) => `${e.parties.join(", ")} | ${e.date}`), ["Qatar Central Bank | 2024-02"]);
  });
  it("an order to a whole trade ('required every bank to …') binds no one company, named after it or told before", () => {
    const kinds = (text: string) => classifyArticle({ text, published: "2026-03-10" }).events.filter((e) => e.type === "regulation").map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds("Back in 2018 the Bank of Thailand required every bank to use the same QR standard, so one sticker works for Kasikornbank and Krungthai Bank customers alike."), ["Bank of Thailand | 2018"]);
    assert.deepEqual(kinds("GCash and Maya kept separate codes for years. In 2023 the Bangko Sentral ng Pilipinas told banks and wallets to make their codes readable by one another."), ["Bangko Sentral ng Pilipinas | 2023"]);
    // One company ordered, then the trade: the company is bound.
    assert.deepEqual(kinds("In 2023 the Bangko Sentral ng Pilipinas fined GCash and told the wallets to share codes."), ["Bangko Sentral ng Pilipinas, GCash | 2023"]);
    // The order told in the rules the regulator issued, and a trade narrowed before what it must do.
    assert.deepEqual(kinds("In May 2022 ICASA issued carriage rules that oblige pay-TV platforms to carry the SABC's three channels."), ["ICASA | 2022-05"]);
    assert.deepEqual(kinds("Last month the Bank of Thailand published draft rules that would require every wallet with more than a million users to read Kasikornbank codes."), ["Bank of Thailand | 2026-02"]);
  });
});

describe("'the central bank' of the country a story is set in", () => {
  const kinds = kindsOn("2024-05-16");
  it("is the central bank of the one country the story names, or of the systems it names", () => {
    const paraguay = "Billetera Nande and Zeta Pago, Paraguay's two largest mobile wallets, began accepting each other's QR codes on Wednesday. In August last year the central bank told all electronic money issuers to make their merchant QR codes interoperable by June 2024.";
    assert.deepEqual(kinds(paraguay).at(-1), "regulation | Banco Central del Paraguay | 2023-08");
    // A Bre-B story is set in Colombia though it mentions Pix once.
    const colombia = "Nequi joined Bre-B, the instant payment system of the Banco de la República, in October; Bre-B was built on the lessons of Brazil's Pix. In 2023 our central bank issued rules obliging every wallet above a certain size to connect to Bre-B.";
    assert.deepEqual(kinds(colombia).at(-1), "regulation | Banco de la Republica | 2023");
  });
  it("reads the story's own names first: a 'BSP' it defines is no Philippine central bank", () => {
    const png = "Bank South Pacific (BSP) started accepting transfers from CellMoni in 2021, and Papua New Guinea's wallets still do not talk to each other. In 2023 the central bank told the mobile money providers that their wallets had to work with each other by the end of 2024.";
    assert.deepEqual(kinds(png).at(-1), "regulation | Bank of Papua New Guinea | 2023");
  });
  it("is no party where it only owns or sets something, nor in a story split between two countries", () => {
    assert.deepEqual(kinds("In Tanzania, M-Pesa on Wednesday connected its merchant codes to the Tanzania Instant Payment System (TIPS), the central bank's switch."), ["payment | M-Pesa, Tanzania Instant Payment System | 2024-05-15"]);
    assert.deepEqual(kinds("Mercado Pago operates in Brazil and Argentina. In 2021 the central bank told every wallet to read every other's QR codes."), []);
  });
});

describe("sides read through ownership, places, pairs and asides", () => {
  it("an undated opening right after an act between the very same sides tells what that act means; a dated one or a fight is its own", () => {
    const rows = kindsOn("2025-06-11");
    assert.deepEqual(rows("Didi's mini-program went live inside Alipay on Monday. Users can now pay for Didi rides with Alipay."), ["link_access | Alipay, Didi | 2025-06-09"]);
    assert.deepEqual(rows("Didi's mini-program went live inside Alipay on Monday. In 2019 Didi had accepted Alipay payments."), [
      "link_access | Alipay, Didi | 2025-06-09",
      "payment | Alipay, Didi | 2019",
    ]);
  });
  it("an owner named after a described kind ('run by the mobile operator Jazz') only says whose the wallet is", () => {
    const sides = sidesOn("2024-09-16");
    assert.deepEqual(sides("JazzCash, run by the mobile operator Jazz, only plugged into Raast late last year."), ["JazzCash, Raast | 2023"]);
    // So does a list of owners after "run jointly by".
    assert.deepEqual(sides("Yape and Plin, run jointly by Interbank, BBVA Perú and Scotiabank, began reading each other's QR codes in March 2023."), ["Plin, Yape | 2023-03"]);
    // "the Globe" after "The Globe and Mail" is the newspaper, not Globe Telecom, whose other name the article never writes.
    assert.deepEqual(sides("The Globe and Mail has licensed its archive to ProRata since 2024. In 2023 the Globe blocked OpenAI's GPTBot crawler from its website."), [
      "ProRata, The Globe and Mail | 2024",
      "OpenAI, The Globe and Mail | 2023",
    ]);
    // A known name inside a longer name the registry lacks ("Shanghai United Media Group") is no side either.
    assert.deepEqual(sides("Tencent's AI assistant Yuanbao and The Paper of Shanghai United Media Group announced a content deal on 20 April 2024."), ["The Paper, Yuanbao | 2024-04-20"]);
  });
  it("what users no longer have to do ('do not need to bind a credit card') denies nothing; a denial still does", () => {
    const sides = sidesOn("2025-11-12");
    assert.deepEqual(sides("On October 30 Keeta connected Brazil's instant payment system Pix, users can pay by scanning a code, do not need to bind a credit card."), ["Keeta, Pix | 2025-10-30"]);
    assert.deepEqual(sides("On October 30 Keeta did not connect Brazil's instant payment system Pix."), []);
  });
  it("an undated clause between the same sides in the same sentence ('and within a week I was paying … from Yape') tells the same happening", () => {
    const found = classifyArticle({ text: "In March 2023 Yape and Plin became interoperable, and within a week I was paying my Plin-only barber from Yape.", published: "2025-05-19" }).events;
    assert.deepEqual(found.map((e) => `${e.parties.join(", ")} | ${e.date}`), ["Plin, Yape | 2023-03"]);
  });
  it("job cuts and market shares name rivals, not openings", () => {
    const sides = (text: string) => classifyArticle({ text, published: "2024-11-14" }).events.map((e) => e.parties.join(", "));
    assert.deepEqual(sides("Be Group is cutting about 12% of its office staff as a price war with Grab and the electric taxi operator Xanh SM eats into its margins."), []);
    assert.deepEqual(sides("Xanh SM took about 38% of the country's ride-hailing market by value in the third quarter, ahead of Grab at 36%."), []);
    // An opening beside a taxi word is still one.
    assert.deepEqual(sides("Be Group began letting its users book Xanh SM taxis in its app in October."), ["Be Group, Xanh SM"]);
  });
  it("the EU as a place ('from EU merchants', 'EU networks', 'made from the EU') or by its court is no party", () => {
    const kinds = kindsOn("2025-06-11");
    assert.deepEqual(kinds("Last December the Payment Systems Regulator proposed capping the fees Visa and Mastercard charge on purchases UK shoppers make from EU merchants."), [
      "regulation | Mastercard, Payment Systems Regulator, Visa | 2024-12",
    ]);
    assert.deepEqual(kinds("In November the NCEC issued an order capping the wholesale rates that Ukrainian operators may charge EU networks."), ["regulation | NCEC | 2024-11"]);
  });
  it("a market figure in a trailing 'yet …' clause does not take back the opening before it", () => {
    const sides = sidesOn("2024-06-19");
    assert.deepEqual(sides("M-Pesa and Airtel Money became interoperable for person-to-person transfers in April 2018, yet M-Pesa still handles more than 90% of mobile money value."), [
      "Airtel Money, M-Pesa | 2018-04",
    ]);
  });
  it("'accused both Globe and Smart' is a dispute with each; 'the two incumbents' after it are the two accused, not the newcomer", () => {
    const kinds = kindsOn("2025-07-08");
    const text = "In 2021 DITO Telecommunity accused both Globe Telecom and Smart Communications of delaying interconnection. The National Telecommunications Commission stepped in later that year and ordered the two incumbents to add interconnection capacity within 90 days.";
    assert.deepEqual(kinds(text), [
      "dispute | DITO Telecommunity, Globe Telecom | 2021",
      "dispute | DITO Telecommunity, Smart Communications | 2021",
      "regulation | Globe Telecom, National Telecommunications Commission, Smart Communications | 2021",
    ]);
  });
  it("a regulator acting on a case told just before ('those contracts', 'that row') acts on its accused, or on both sides of a row or a deal", () => {
    const kinds = kindsOn("2025-09-10");
    assert.deepEqual(kinds("In 2024 PalmPay complained to the regulator that OPay's agent contracts shut it out. The FCCPC opened an inquiry into those contracts in March."), [
      "dispute | OPay, PalmPay | 2024",
      "regulation | FCCPC, OPay | 2025-03",
    ]);
    // The row itself is a dispute of its own.
    assert.deepEqual(kinds("By 2023 Globe Telecom and Smart Communications were arguing over tower fees. The National Telecommunications Commission ruled on that dispute in May 2024 and set the rates itself."), [
      "dispute | Globe Telecom, Smart Communications | 2023",
      "regulation | Globe Telecom, National Telecommunications Commission, Smart Communications | 2024-05",
    ]);
    assert.deepEqual(kinds("Optus and TPG Telecom agreed on Monday to share their regional networks. The ACCC opened an inquiry into the arrangement on Tuesday."), [
      "service | Optus, TPG Telecom | 2025-09-08",
      "regulation | ACCC, Optus, TPG Telecom | 2025-09-09",
    ]);
    // The case may be described at length: "the ferry line's online ticketing contracts".
    assert.deepEqual(kinds("In 2024 PalmPay accused OPay of locking agents into exclusive deals. Later that year the FCCPC opened a review of the payment firm's agent network contracts."), [
      "dispute | OPay, PalmPay | 2024",
      "regulation | FCCPC, OPay | 2024",
    ]);
    // A deal named before the regulator is not what it acts on.
    assert.deepEqual(kinds("Optus and TPG Telecom agreed on Monday to share their regional networks. We see the deal as the first result of the ACCC's 2023 order."), [
      "service | Optus, TPG Telecom | 2025-09-08",
      "regulation | ACCC | 2023",
    ]);
  });
  it("'reached a similar cooperation' is the kind of the story's first act with that side, not of a detail told since", () => {
    const kinds = kindsOn("2025-09-10");
    assert.deepEqual(kinds("On Monday Weibo licensed its public posts to Kimi. Users will see links back to Weibo in the answers. In June, Weibo reached a similar cooperation with Ernie Bot."), [
      "content | Kimi, Weibo | 2025-09-08",
      "content | Ernie Bot, Weibo | 2025-06",
    ]);
    assert.deepEqual(kinds("Plaid signed a data-access agreement with JPMorgan in 2020. Wells Fargo reached a similar arrangement with Plaid in 2021."), [
      "data | JPMorgan Chase, Plaid | 2020",
      "data | Plaid, Wells Fargo | 2021",
    ]);
  });
  it("'it levied a further …' and 'the cartel office opened proceedings' name the regulator told before", () => {
    const kinds = kindsOn("2025-09-10");
    assert.deepEqual(kinds("The KFTC fined Kakao Mobility 27 billion won in February 2023. In October 2024 it levied a further 72.4 billion won on the company."), [
      "regulation | KFTC, Kakao Mobility | 2023-02",
      "regulation | KFTC, Kakao Mobility | 2024-10",
    ]);
    assert.deepEqual(kinds("In 2021 FlixBus complained to the Bundeskartellamt that Deutsche Bahn refused to sell its tickets. The cartel office opened proceedings against Deutsche Bahn the following year."), [
      "dispute | Deutsche Bahn, FlixBus | 2021",
      "regulation | Bundeskartellamt, Deutsche Bahn | 2022",
    ]);
  });
  it("'In 2023 it fined Trendyol' after a complainant's 'it told the authority' is the regulator acting, and a finding with an aside ('had, since at least July 2020, barred') is the act's reasoning", () => {
    const kinds = kindsOn("2025-09-18");
    assert.deepEqual(
      kinds("The Turkish Competition Authority accepted commitments from Trendyol on Wednesday. Aras Kargo had complained about the badge rules, and it told the authority its shipments fell by a fifth. In 2023 it fined Trendyol 61 million lira for favouring its own goods."),
      ["regulation | Trendyol, Turkish Competition Authority | 2025-09-17", "regulation | Trendyol, Turkish Competition Authority | 2023"],
    );
    assert.deepEqual(kinds("The JFTC on Tuesday fined Google for blocking rival app stores. The commission found that Google had, since at least July 2020, barred makers from preinstalling One Store."), [
      "regulation | Google, JFTC | 2025-09-16",
    ]);
  });
});

describe("an inquiry into whether", () => {
  it("'opened an investigation to decide whether Zoom should be designated' is the regulator's act, not a doubt", () => {
    const kinds = classifyArticle({ text: "The European Commission opened an investigation to decide whether Zoom should be designated as a gatekeeper under the Digital Markets Act.", published: "2025-06-01" }).events.map((e) => `${e.type} | ${e.parties.join(", ")}`);
    assert.deepEqual(kinds, ["regulation | European Commission, Zoom"]);
  });
  it("'It takes months to decide whether to open a full investigation' is still no act", () => {
    assert.deepEqual(classifyArticle({ text: "The Autorité de la concurrence received the complaint on Monday. It usually takes several months to decide whether to open a full investigation.", published: "2025-06-01" }).events.length, 0);
  });
});

describe("a regulator letting a company back in", () => {
  it("'In January 2023 it allowed the app back into the stores' is the regulator's act on the company told before", () => {
    const kinds = classifyArticle({ text: "In July 2022 the CAC fined Didi 8.03 billion yuan. In January 2023 it allowed the app back into the stores.", published: "2025-06-01" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds, ["regulation | CAC, Didi | 2022-07", "regulation | CAC, Didi | 2023-01"]);
  });
});

describe("what an act lets users reach", () => {
  it("', so Weibo users can open Alipay mini-programs for services such as Ele.me' names no side", () => {
    const sides = classifyArticle({ text: "Alipay opened its mini-program platform to Weibo in October, so Weibo users can open Alipay mini-programs for services such as Ele.me and Fliggy.", published: "2019-11-20" }).events.map((e) => e.parties.join(", "));
    assert.deepEqual(sides, ["Alipay, Weibo"]);
  });
  it("', so that a buyer could pay by … UPI' and ', part of a push to …' name no side", () => {
    const sidesOf = (text: string) => classifyArticle({ text, published: "2024-05-21" }).events.map((e) => e.parties.join(", "));
    assert.deepEqual(sidesOf("In September 2023 WhatsApp opened its checkout to the payment gateway Razorpay, so that a buyer could pay by card, net banking or UPI."), ["Razorpay, WhatsApp"]);
    assert.deepEqual(sidesOf("Last July Didi let international users link Visa cards, part of a push to make the service usable for tourists who arrive without Alipay or WeChat Pay."), ["Didi, Visa"]);
  });
  it("'revoked OpenAI's access to its API' is a wall", () => {
    const kinds = classifyArticle({ text: "In August Anthropic revoked OpenAI's access to its API.", published: "2025-09-30" }).events.map((e) => `${e.type} | ${e.parties.join(", ")}`);
    assert.deepEqual(kinds, ["dispute | Anthropic, OpenAI"]);
  });
});

describe("a complaint told in the open", () => {
  it("'TVNZ complained publicly that Sky wanted to control the ads' is a dispute, whatever the ads suggest", () => {
    const kinds = classifyArticle({ text: "Back in 2021, TVNZ complained publicly that Sky Group wanted to control the ads on any TVNZ app on its boxes.", published: "2024-04-01" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds, ["dispute | Sky Group, TVNZ | 2021"]);
  });
});

describe("a regulator that says it acts", () => {
  it("'The commission said … that it had fined the two companies' is the commission told before acting", () => {
    assert.deepEqual(kindsOn("2026-02-12")("The Korea Communications Commission fined Google and Apple on Tuesday. The commission first said in October 2023 that it intended to fine the two companies."), [
      "regulation | Apple, Google, Korea Communications Commission | 2026-02-10",
      "regulation | Apple, Google, Korea Communications Commission | 2023-10",
    ]);
  });
  it("'the authority said … that it was still assessing the complaint' is no act of it", () => {
    const kinds = kindsOn("2025-07-09")("The Consumentenbond complained to the ACM in February that WeChat blocked rival wallets. A spokesman for the authority said on Wednesday that it was still assessing the complaint.");
    assert.ok(kinds.every((k) => !k.startsWith("regulation")), JSON.stringify(kinds));
  });
  it("'South Korea's broadcasting and telecoms regulator' is the Korea Communications Commission", () => {
    assert.deepEqual(kindsOn("2026-02-12")("South Korea's broadcasting and telecoms regulator on Tuesday imposed fines on Google and Apple for forcing developers to use their own billing."), [
      "regulation | Apple, Google, Korea Communications Commission | 2026-02-10",
    ]);
  });
});
