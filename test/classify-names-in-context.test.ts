// Names as the sentence around them reads them: a capitalised preposition starts no organisation,
// "the said bank" and "the exchange" are the one told before, and a protocol things speak is how they
// connect, not a side; "Magic Ride" and "Jalan" are the registry's, and "both vendors" the two told before.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { kindsOn, rulesOnly } from "./helpers/events.ts";

rulesOnly();

const events = (text: string, published = "2026-06-11") => kindsOn(published)(text);

describe("a capitalised word that starts a sentence", () => {
  it("'With RCS switched on' names no organisation 'With RCS'", () => {
    assert.deepEqual(events("With RCS switched on, KDDI customers can now pay with PayPay.", "2025-11-13"), ["payment | KDDI, PayPay | 2025-11-13"]);
  });
});

describe("a business told before by what it is", () => {
  it("'The said bank' of translated press is the bank just named", () => {
    assert.deepEqual(events("Seven Bank said it would add DANA. The said bank started the overseas remittance business in 2011 in tie-up with the American Western Union."), ["payment | Seven Bank, Western Union | 2011"]);
  });
  it("'The exchange' is the exchange just named", () => {
    assert.deepEqual(events("Binance returned to Nigeria in 2025. The exchange began accepting OPay in May."), ["payment | Binance, OPay | 2026-05"]);
  });
});

describe("two subjects reaching the platform told before", () => {
  it("'Dashen Bank and Awash Bank connected their apps to the platform in May' is one act each with the platform", () => {
    assert.deepEqual(events("Telebirr opened its wallet to banks in 2023. Dashen Bank and Awash Bank connected their apps to the platform in May.", "2025-06-11"), [
      "data | Dashen Bank, Telebirr | 2025-05",
      "data | Awash Bank, Telebirr | 2025-05",
    ]);
  });
  it("'Barclays and NatWest had blocked card payments to the exchange' is a wall each put up", () => {
    assert.deepEqual(events("Binance was banned in June 2021. Within weeks Barclays and NatWest had blocked card payments to the exchange.", "2025-06-11"), [
      "dispute | Barclays, Binance | 2021-06",
      "dispute | Binance, NatWest | 2021-06",
    ]);
  });
});

describe("a protocol", () => {
  it("a protocol named with one company makes no opening", () => {
    assert.deepEqual(events("In late 2022 Amazon began selling the first certified Matter devices in its shops.", "2026-02-16"), []);
  });
  it("'share Matter devices between the two apps' is an opening between the apps", () => {
    assert.deepEqual(events("In 2023 Google Home and Samsung's SmartThings began letting users share Matter devices between the two apps.", "2026-02-16"), ["data | Google Home, SmartThings | 2023"]);
  });
});

describe("names of translated press and bare brand names", () => {
  it("'Magic Ride' is ModelScope, and two makers putting their models on it are one act each", () => {
    assert.deepEqual(events("Moonshot (月之暗面) and Zhipu (智谱) put their open-source models on the shelves of Magic Ride in January."), [
      "service | ModelScope, Moonshot AI | 2026-01",
      "service | ModelScope, Zhipu AI | 2026-01",
    ]);
  });
  it("'Jalan' is Jalan.net", () => {
    assert.deepEqual(events("Apple Maps started offering Jalan rooms with a booking button last autumn."), ["service | Apple Maps, Jalan.net | 2025"]);
  });
});

describe("a pair told before by its trade", () => {
  it("'both vendors' are the two vendors just named", () => {
    assert.deepEqual(
      events("Oracle Health accused Epic Systems on Monday of slowing record exchange. In July 2025 both vendors were fined by the Department of Health and Human Services."),
      ["dispute | Epic Systems, Oracle Health | 2026-06-08", "regulation | Department of Health and Human Services, Epic Systems, Oracle Health | 2025-07"],
    );
  });
});
