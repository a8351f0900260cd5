// Court cases, complaints and the acts of regulators told across several sentences of one story.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFINITE_COMPANY } from "../src/classify/regulator-cues.ts";
import { kindsOn, rulesOnly } from "./helpers/events.ts";

rulesOnly();

describe("court cases and complaints across sentences", () => {
  it("a ruling naming one side takes its opponent from the case, even when it is about outside links", () => {
    const kinds = kindsOn("2025-06-20");
    const text =
      "Epic Games sued Apple in 2020. A federal judge ordered Apple in 2021 to let developers point users to other ways of paying. On April 30, the same judge ruled that Apple had violated her order and barred it from charging any fee on purchases made through outside links.";
    assert.deepEqual(kinds(text), ["dispute | Apple, Epic Games | 2020", "dispute | Apple, Epic Games | 2021", "dispute | Apple, Epic Games | 2025-04-30"]);
  });
  it("a complaint 'in August that year' is dated in the story's year, once", () => {
    const kinds = kindsOn("2025-11-14");
    assert.deepEqual(kinds("Kakao stopped accepting tags from Datapoint Labs in March 2023. Datapoint Labs complained to the commission in August that year."), [
      "dispute | Datapoint Labs, Kakao | 2023-03",
      "dispute | Datapoint Labs, Kakao | 2023-08",
    ]);
  });
  it("'The platform was designated …' is the company the story told last; 'X and its closest rival, Y,' are both ordered", () => {
    // The detector finds the act; the rule says whom "the platform" stands for.
    assert.equal(DEFINITE_COMPANY.test("The platform was designated a gatekeeper in May 2024."), true);
    assert.equal(DEFINITE_COMPANY.test("The platform was launched in May 2024."), false);
    const kinds = kindsOn("2026-04-22");
    assert.deepEqual(kinds("In December 2024 the Korea Fair Trade Commission ordered Yanolja and its closest rival, Yeogi Eottae, to scrap price-parity clauses."), [
      "regulation | KFTC, Yanolja, Yeogi Eottae | 2024-12",
    ]);
  });
  it("'the bureau' or 'the commission' followed by any act in the past tense is the regulator named before", () => {
    const kinds = kindsOn("2025-09-19");
    assert.deepEqual(kinds("In October 2024 the Consumer Financial Protection Bureau finalized its open banking rule. In August the bureau reopened the rule."), [
      "regulation | CFPB | 2024-10",
      "regulation | CFPB | 2025-08",
    ]);
  });
  it("an app turned down, a fight taken to a regulator, and a fine told after a long 'after …ing' phrase", () => {
    const kinds = kindsOn("2025-06-20");
    const text =
      "In 2016 Apple turned down a new version of Spotify's app.\n\nIn March 2019 Spotify took the fight to the European Commission with a formal complaint. The Commission opened an investigation in June 2020 and, after narrowing the case to the rules that stopped music apps from telling users about cheaper offers elsewhere, fined Apple 1.8 billion euros in March 2024.";
    assert.deepEqual(kinds(text), [
      "dispute | Apple, Spotify | 2016",
      "dispute | Apple, Spotify | 2019-03",
      "regulation | Apple, European Commission | 2020-06",
      "regulation | Apple, European Commission | 2024-03",
    ]);
  });
  it("a dated act stands whatever a trailing 'but has not …' says came after", () => {
    const kinds = kindsOn("2025-05-15");
    assert.deepEqual(kinds("The European Commission consulted on a levy on large content providers in 2023 but has not proposed one."), ["regulation | European Commission | 2023"]);
    // Undated, the denial is the news: nothing happened.
    assert.deepEqual(kinds("The European Commission has talked about a levy on large content providers but has not proposed one."), []);
  });
  it("a case lost or won at first instance, with a date of its own, is a ruling apart from the filing", () => {
    const kinds = kindsOn("2025-05-15");
    assert.deepEqual(kinds("Netflix sued SK Broadband in 2020, asking a court to declare that it owed the carrier nothing, and lost at first instance in June 2021."), [
      "dispute | Netflix, SK Broadband | 2020",
      "dispute | Netflix, SK Broadband | 2021-06",
    ]);
  });
  it("a regulator's finding that something did not happen is still its act, on both sides of the tie-up it judged", () => {
    const kinds = kindsOn("2025-10-27");
    assert.deepEqual(kinds("In March this year the CMA concluded that Microsoft's partnership with OpenAI did not qualify for merger review."), ["regulation | CMA, Microsoft, OpenAI | 2025-03"]);
  });
  it("'the month before' and 'a year earlier' count back from the story's last date", () => {
    const kinds = kindsOn("2025-11-24");
    assert.deepEqual(
      kinds("Hyundai Card launched Apple Pay in Korea in March 2023. The Financial Services Commission had cleared Hyundai Card to offer Apple Pay the month before."),
      ["payment | Apple Pay, Hyundai Card | 2023-03", "regulation | Financial Services Commission, Hyundai Card | 2023-02"],
    );
    assert.deepEqual(kinds("Grab began accepting DuitNow QR in 2021. Bank Negara Malaysia had fined Touch 'n Go a year earlier."), [
      "payment | DuitNow, Grab | 2021",
      "regulation | Bank Negara Malaysia, Touch 'n Go eWallet | 2020",
    ]);
  });
  it("an earlier penalty on 'the Kakao Corp unit', told with its own time and its finding, is an act of its own on that unit", () => {
    const kinds = kindsOn("2025-06-11");
    const text =
      "SEOUL, June 11 - South Korea's antitrust regulator on Wednesday ordered Kakao Mobility to resume sending ride requests to taxi drivers. The order follows a penalty the watchdog imposed on the Kakao Corp unit in October last year, when it found that Kakao Mobility had demanded trip data from rival platforms.";
    assert.deepEqual(kinds(text), ["regulation | KFTC, Kakao Mobility | 2025-06-11", "regulation | KFTC, Kakao Mobility | 2024-10"]);
  });
  it("a lead-in before a colon ('Last Friday it didn't change again: …') frames the act after it and gives it its time", () => {
    const kinds = kindsOn("2025-08-14");
    assert.deepEqual(
      kinds("Last Friday it didn't change again: South Korea's Ministry of Land, Infrastructure and Transport put off its decision on Google's request to take map data abroad."),
      ["regulation | Google, MOLIT | 2025-08-08"],
    );
  });
  it("after a complaint against a company, a regulator's 'fined it' means the company complained against", () => {
    const kinds = kindsOn("2025-06-11");
    const text =
      "The Korea Fair Trade Commission ordered Kakao Mobility to restore dispatches. Tada, a smaller rival, filed a complaint against Kakao Mobility with the regulator in 2022. In February 2023 the commission fined it 25.7 billion won.";
    assert.deepEqual(kinds(text), [
      "regulation | KFTC, Kakao Mobility | 2025-06-11",
      "dispute | Kakao Mobility, Tada | 2022",
      "regulation | KFTC, Kakao Mobility | 2023-02",
    ]);
  });
  it("an undated sentence that only describes a regulator's instrument or case reports no act", () => {
    const kinds = kindsOn("2026-03-06");
    assert.deepEqual(kinds("The MIIT notice is guidance, not a regulation; enforcement could fade."), []);
    assert.deepEqual(kinds("Both apps settle through the central bank's Instant Payments System."), []);
    // With a verb of an act it still reports one.
    assert.deepEqual(kinds("The MIIT ordered platforms to unblock each other's links."), ["regulation | MIIT | 2026-03-06"]);
  });
  it("a review closed 'deciding it did not amount to a merger' is still the regulator's act", () => {
    const kinds = kindsOn("2025-11-06");
    assert.deepEqual(kinds("The CMA closed its review of the Microsoft-OpenAI partnership in March, deciding it did not amount to a merger under UK law."), [
      "regulation | CMA, Microsoft, OpenAI | 2025-03",
    ]);
  });
  it("a regulator that only confirms it received a complaint has not acted", () => {
    const kinds = kindsOn("2026-02-10");
    assert.deepEqual(kinds("Idealo complained to the Autorité de la concurrence on Monday that Google favours its own shopping results. The authority confirmed it had received the complaint."), [
      "dispute | Google, Idealo | 2026-02-09",
    ]);
  });
  it("where a case began ('followed a complaint in January 2024 from X', 'a complaint that X, the rival, filed', 'came from X') is a dispute of X against whom the regulator acted on", () => {
    const kinds = kindsOn("2025-03-12");
    assert.deepEqual(kinds("Turkey's Competition Authority fined Trendyol on Monday over its badge rules. The probe followed a complaint in January 2024 from Aras Kargo, one of the oldest parcel companies."), [
      "regulation | Trendyol, Turkish Competition Authority | 2025-03-10",
      "dispute | Aras Kargo, Trendyol | 2024-01",
    ]);
    assert.deepEqual(kinds("Brazil's CADE barred iFood from exclusive deals on Monday. That case was started by a complaint that Rappi, the Colombian app, filed in 2020."), [
      "regulation | CADE, iFood | 2025-03-10",
      "dispute | Rappi, iFood | 2020",
    ]);
    // Told without a time, it is still what happened (null); complaints from no one named, or "of her own", are not it.
    assert.deepEqual(kinds("The KFTC fined Kakao Mobility on Monday. The case began with a complaint from Tada."), ["regulation | KFTC, Kakao Mobility | 2025-03-10", "dispute | Kakao Mobility, Tada | null"]);
    assert.deepEqual(kinds("The KFTC fined Kakao Mobility on Monday. The case began with complaints from drivers in 2023."), ["regulation | KFTC, Kakao Mobility | 2025-03-10"]);
  });
  it("'the authority' with an act in an irregular past ('cut off', 'shut', 'upheld') is the regulator named before", () => {
    const kinds = kindsOn("2026-01-15");
    const found = kinds("The Pakistan Telecommunication Authority restored access to X on Monday. The authority cut off X in February 2024, citing national security.");
    assert.ok(found.includes("regulation | Pakistan Telecommunication Authority, X | 2024-02"), found.join("; "));
  });
  it("a court the registry lacks ('the Supreme Court agreed, ruling in a case between Star India and Prasar Bharati') is no side of the case", () => {
    const kinds = kindsOn("2025-03-12");
    assert.deepEqual(kinds("In 2017 the Supreme Court agreed, ruling in a case between Star India and Prasar Bharati that the feed could go out only on its own networks."), [
      "dispute | JioStar, Prasar Bharati | 2017",
    ]);
  });
  it("a regulator's investigation 'into its exclusive contracts' is into the company told before", () => {
    const kinds = kindsOn("2025-06-01");
    assert.deepEqual(kinds("PedidosYa remains the leader. In 2024 the Competition Commission opened an investigation into its contracts with restaurants."), [
      "regulation | Competition Commission, PedidosYa | 2024",
    ]);
  });
});
