// Lists whose members carry their country ("Japan's PayPay, Korea's Kakao Pay"), latecomers to an
// act told just before ("… took until February 2023", "Geely joined"), "at the same briefing",
// a pair a regulator orders, a combination a regulator clears, names that only look like others, a
// regulator's search of a company's offices and a pair's earlier link told without its object.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { kindsOn, rulesOnly, sidesOn } from "./helpers/events.ts";

rulesOnly();


describe("a list whose members carry their country", () => {
  const events = kindsOn("2025-08-25");
  it("'added Japan's PayPay, Korea's Kakao Pay and Thailand's TrueMoney' is one opening each", () => {
    assert.deepEqual(events("Last year Grab added Japan's PayPay, Korea's Kakao Pay and Thailand's TrueMoney to its app."), [
      "payment | Grab, PayPay | 2024",
      "payment | Grab, Kakao Pay | 2024",
      "payment | Grab, TrueMoney | 2024",
    ]);
  });
  it("so is such a list as the subject, after 'management said'", () => {
    assert.deepEqual(events("Management said Thailand's TrueMoney, Malaysia's Touch 'n Go eWallet and the Philippines' GCash would be accepted at PayPay merchants from 1 October."), [
      "payment | PayPay, TrueMoney | 2025-08-25",
      "payment | PayPay, Touch 'n Go eWallet | 2025-08-25",
      "payment | GCash, PayPay | 2025-08-25",
    ]);
  });
  it("three that connect their own services through an alliance are one act, not one each with the alliance", () => {
    assert.equal(kindsOn("2024-06-01")("In 2024 Bancomat Pay, Spain's Bizum and Portugal's MB Way agreed to connect their services through EuroPA.").length, 1);
  });
});

describe("latecomers to the act told before", () => {
  it("'UPI and PayNow took until February 2023' is the same link, later, for UPI", () => {
    assert.deepEqual(kindsOn("2025-09-01")("PromptPay and PayNow were connected in April 2021; UPI and PayNow took until February 2023."), [
      "payment | PayNow, PromptPay | 2021-04",
      "payment | PayNow, UPI | 2023-02",
    ]);
  });
  it("'Geely and Chery successively joined' a pair's deal joins its first-named side", () => {
    assert.deepEqual(kindsOn("2026-02-12")("In November 2023, NIO and Changan Automobile signed a battery swap cooperation agreement, and in December of the same year, Geely and Chery successively joined."), [
      "content | Changan Automobile, NIO | 2023-11",
      "content | Geely, NIO | 2023-12",
      "content | Chery, NIO | 2023-12",
    ]);
  });
});

describe("the story's day", () => {
  it("'At the same briefing' is the day the briefing was told", () => {
    assert.deepEqual(
      kindsOn("2025-08-25")("PayPay began accepting LINE Pay Money on 19 August, announcing the link at a briefing in Tokyo that day. At the same briefing, PayPay said it would accept TrueMoney from 1 October."),
      ["payment | LINE Pay Taiwan, PayPay | 2025-08-19", "payment | PayPay, TrueMoney | 2025-08-19"],
    );
  });
});

describe("whom a regulator acts on", () => {
  it("'ordered the two companies to restore the signal' binds the pair told before, not a whole trade", () => {
    assert.deepEqual(
      kindsOn("2025-01-06")("Subscribers of LG Uplus's IPTV service lost ten CJ ENM channels on Saturday after the two companies failed to agree on carriage fees. South Korea's Ministry of Science and ICT on Monday ordered the two companies to restore the signal within 48 hours."),
      ["dispute | CJ ENM, LG Uplus | 2025-01-04", "regulation | CJ ENM, LG Uplus, MSIT | 2025-01-06"],
    );
  });
  it("'cleared Tving's combination with Wavve' binds both sides of the combination", () => {
    assert.deepEqual(kindsOn("2025-10-14")("The Korea Fair Trade Commission cleared Tving's combination with Wavve in June."), ["regulation | KFTC, Tving, Wavve | 2025-06"]);
  });
});

describe("names that only look like others", () => {
  it("'the Air sedan' in a story set in Canada is no airline", () => {
    assert.deepEqual(kindsOn("2025-04-16")("Owners of the Air sedan in Canada can now pay with Apple Pay at Electrify America stations, Lucid Motors said."), [
      "payment | Apple Pay, Electrify America | 2025-04-16",
    ]);
  });
  it("'Be Charge' is Plenitude's charging network, not the Vietnamese ride app Be", () => {
    assert.deepEqual(kindsOn("2025-10-15")("Italy's competition authority has fined Enel X Way and Be Charge a combined 9.4 million euros."), ["regulation | AGCM, Be Charge, Enel X Way | 2025-10-15"]);
  });
  it("the wallet cards are added to is the side, not its maker", () => {
    assert.deepEqual(kindsOn("2025-06-17")("Samsung Electronics will let visitors add Visa and Mastercard cards issued abroad to Samsung Wallet from July 1, the company said on Monday."), [
      "payment | Samsung Pay, Visa | 2025-06-16",
      "payment | Mastercard, Samsung Pay | 2025-06-16",
    ]);
  });
});

describe("a regulator's search and a pair told before", () => {
  it("'Investigators raided Baemin's headquarters' is the regulator told before acting", () => {
    assert.deepEqual(kindsOn("2025-10-15")("The KFTC fined Baemin on Tuesday. Investigators raided Baemin's headquarters in Seoul in 2024."), [
      "regulation | Baemin, KFTC | 2025-10-14",
      "regulation | Baemin, KFTC | 2024",
    ]);
  });
  it("'the offices of both delivery apps' names the pair told before", () => {
    const events = kindsOn("2026-03-11")("The KFTC fined Baemin on Tuesday. Coupang Eats had complained in 2023 that Baemin was pressing restaurants. The commission raided the offices of both delivery apps in the autumn of 2024.");
    assert.equal(events.at(-1), "regulation | Baemin, Coupang Eats, KFTC | 2024");
  });
});

describe("a pair's earlier link told without its object", () => {
  it("'The two companies first linked up in August 2022' is a background link of its own", () => {
    assert.deepEqual(sidesOn("2025-09-16")("Grab began accepting GCash in its Philippine app on Monday. The two companies first linked up in August 2022."), ["GCash, Grab | 2025-09-15", "GCash, Grab | 2022-08"]);
  });
  it("'had been running a trial since November 2020' is the pair's trial, at its own time", () => {
    const told = sidesOn("2022-03-09")("Demae-can said on the 8th that from April its staff will deliver orders from Seven-Eleven Japan stores. The two companies had been running a trial since November 2020 at about 100 stores in Sapporo.");
    assert.ok(told.includes("7-Eleven, Demae-can | 2020-11"), told.join("; "));
  });
});

describe("a pair reached by an unnamed subject, and a pair exchanging through a conduit", () => {
  it("'Last July it let users link Visa and Mastercard cards' is one opening each, without a comma after the time", () => {
    assert.deepEqual(sidesOn("2025-06-01")("DiDi added Alipay in May. Last July it let international users link Visa and Mastercard cards."), ["Alipay, Didi | 2025-05", "Didi, Visa | 2024-07", "Didi, Mastercard | 2024-07"]);
  });
  it("'began exchanging lab reports through ABDM' is between the pair, not the network they use", () => {
    assert.deepEqual(kindsOn("2025-06-01")("Last month Apollo 24/7 and Tata 1mg began exchanging lab reports through ABDM."), ["data | Apollo 24/7, Tata 1mg | 2025-05"]);
  });
});

describe("a wall against a list", () => {
  it("'will not be put on the shelves of A, B and C' is a wall against each store", () => {
    assert.deepEqual(kindsOn("2025-06-01")("miHoYo announced that the game will not be put on the shelves of Huawei AppGallery, OPPO App Market and vivo App Store."), [
      "dispute | Huawei AppGallery, miHoYo | 2025-06-01",
      "dispute | OPPO App Market, miHoYo | 2025-06-01",
      "dispute | miHoYo, vivo App Store | 2025-06-01",
    ]);
  });
});
