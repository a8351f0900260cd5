// Organisations the registry lacks, found from the cues around them (invented names and sentences).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultRegistry } from "../src/classify/entities.ts";
import { findParties } from "../src/classify/parties.ts";

const registry = defaultRegistry();
const unknowns = (sentence: string) =>
  findParties(sentence, registry)
    .filter((p) => p.unknown)
    .map((p) => p.name);

describe("unknown organisations: a kind appositive after the name", () => {
  it("at the start of a sentence ('Quorvo, a Lisbon company that …')", () => {
    assert.deepEqual(unknowns("Quorvo, a Lisbon company that builds export tools, complained last month."), ["Quorvo"]);
  });
  it("after 'that' and after a dateline", () => {
    assert.deepEqual(unknowns("The group said that Tavelli, the Italian hotel software firm, had joined."), ["Tavelli"]);
    assert.deepEqual(unknowns("LIMA, May 2 - Ruvana, Peru's largest taxi app, will take card payments."), ["Ruvana"]);
  });
  it("a gloss in brackets before the appositive ('Vanta Mart (萬達), Taiwan's largest supermarket chain,')", () => {
    assert.deepEqual(unknowns("TAIPEI — Vanta Mart (萬達), Taiwan's largest supermarket chain, will take wallets."), ["Vanta Mart"]);
  });
  it("the owner's kind of thing ('Plenavi, Zorto Telecom's television service')", () => {
    assert.ok(unknowns("A court ordered the channels back on Plenavi, Zorto Telecom's television service.").includes("Plenavi"));
  });
  it("a person described by a job is not an organisation", () => {
    assert.deepEqual(unknowns("Talia Brenner, a payments analyst at a Lisbon bank, said so."), []);
  });
});

describe("unknown organisations: brand shapes and owners", () => {
  it("a brand opening in lower case or carrying '!' ('e-Zuma', 'mPesko', 'K!Cash')", () => {
    assert.deepEqual(unknowns("Transfers now flow to e-Zuma, the wallet of Movira."), ["e-Zuma"]);
    assert.deepEqual(unknowns("First movers: mPesko, the wallet of a state carrier, went live."), ["mPesko"]);
    assert.deepEqual(unknowns("First movers: K!Cash, the wallet of mobile operator K!, went live."), ["K!Cash"]);
  });
  it("a wallet named after its brand ('a Zapcash wallet') and a union before its name", () => {
    assert.deepEqual(unknowns("Money now moves from a Zapcash wallet to any bank."), ["Zapcash"]);
    assert.ok(unknowns("The publishers' union QEPM complained to the regulator.").includes("QEPM"));
  });
  it("a nationality or a technical word before 'wallet' is not a brand", () => {
    assert.deepEqual(unknowns("A European wallet would otherwise stay a QR-code wallet."), []);
  });
  it("a name whose runner follows ('Tirapay, run by rival Tiracom,')", () => {
    assert.ok(unknowns("Cards went live with Tirapay, run by rival Tiracom, last week.").includes("Tirapay"));
  });
  it("an ordinary lower-case word before a capital is not a brand", () => {
    assert.deepEqual(unknowns("Customers in Lisbon, a busy city, can now pay."), []);
  });
});

describe("unknown organisations: the subject of an act", () => {
  it("a body that rejects, issues or signs up ('the Quarn Supervisory Commission rejected')", () => {
    assert.deepEqual(unknowns("In March 2024 the Quarn Supervisory Commission rejected an application."), ["Quarn Supervisory Commission"]);
    assert.deepEqual(unknowns("In May, ARQTI issued a formal notice to the carrier."), ["ARQTI"]);
    assert.deepEqual(unknowns("Last year, Hollin Retail signed up for the lockers."), ["Hollin Retail"]);
  });
  it("a nationality before a one-word name describes it; a named body keeps it", () => {
    assert.deepEqual(unknowns("The Dutch Kooperbond complained to the regulator in February."), ["Kooperbond"]);
    assert.deepEqual(unknowns("Last week the Australian Treasury released a draft."), ["Australian Treasury"]);
    assert.deepEqual(unknowns("PERTH, May 2 - The Australian Treasury on Friday released a draft."), ["Australian Treasury"]);
  });
  it("a judge or a number word acting is not an organisation", () => {
    assert.deepEqual(unknowns("In October, Judge Mara Quill ordered the store opened."), []);
    assert.deepEqual(unknowns("On Monday, Nine removed the crawler from its list."), []);
  });
});
