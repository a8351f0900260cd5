import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "../src/classify/sentences.ts";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

test("abbreviations, decimals and initials do not end a sentence", () => {
  assert.deepEqual(texts("Tencent Holdings Ltd. rose 3.5% on Monday. Mr. Ma spoke at 10 a.m. in the U.S. Analysts cheered."), [
    "Tencent Holdings Ltd. rose 3.5% on Monday.",
    "Mr. Ma spoke at 10 a.m. in the U.S. Analysts cheered.",
  ]);
  assert.deepEqual(texts("J. K. Lee said so. Then he left."), ["J. K. Lee said so.", "Then he left."]);
});

test("a closing quote stays with its sentence", () => {
  assert.deepEqual(texts('"The walls are coming down," said Li Si. "It is overdue." He smiled.'), [
    '"The walls are coming down," said Li Si.',
    '"It is overdue."',
    "He smiled.",
  ]);
});

test("Chinese terminators split without spaces and paragraphs always split", () => {
  const s = splitSentences("淘宝接入微信支付。双方表示欢迎！\n\nA new paragraph without a period\n\nLast one.");
  assert.deepEqual(
    s.map((x) => [x.text, x.paragraph]),
    [
      ["淘宝接入微信支付。", 0],
      ["双方表示欢迎！", 0],
      ["A new paragraph without a period", 1],
      ["Last one.", 2],
    ],
  );
});

test("offsets point back into the text", () => {
  const text = "  First one.  Second one.\n\nThird.";
  for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(splitSentences(text).map((s) => s.index), [0, 1, 2]);
});

test("case names and month-like names: 'v.' holds a case together, 'Jun.' ends a sentence unless a day follows", () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);
  assert.deepEqual(texts("In Epic Games v. Apple, the court ruled for Epic. Shares fell."), ["In Epic Games v. Apple, the court ruled for Epic.", "Shares fell."]);
  assert.deepEqual(texts("The rules start on Jun. 5 across the country."), ["The rules start on Jun. 5 across the country."]);
  assert.deepEqual(texts("The plan was backed by Ma Jun. Ma Jun is a partner at the fund."), [
    "The plan was backed by Ma Jun.",
    "Ma Jun is a partner at the fund.",
  ]);
  assert.deepEqual(texts("It ranked No. 2 in sales. Regulators said no. Talks ended."), ["It ranked No. 2 in sales.", "Regulators said no.", "Talks ended."]);
});

test("a list item after a finished sentence starts a sentence of its own; a dash inside a sentence does not", () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);
  assert.deepEqual(texts("The pattern so far.\n- Pinterest (April 2023): Amazon became an ad partner.\n- Snap (2024): ads arrived."), [
    "The pattern so far.",
    "- Pinterest (April 2023): Amazon became an ad partner.",
    "- Snap (2024): ads arrived.",
  ]);
  assert.deepEqual(texts("Shares rose 2% - the most in a month - on Friday."), ["Shares rose 2% - the most in a month - on Friday."]);
});

test("a list item after a heading line without a full stop is a sentence of its own", () => {
  const texts = splitSentences("What changed this quarter\n- NatWest opened its VRP interface in July.\n- Lloyds followed in August.").map((s) => s.text);
  assert.deepEqual(texts, ["What changed this quarter", "- NatWest opened its VRP interface in July.", "- Lloyds followed in August."]);
});

test("a sentence may start with a camel-case name or an accented capital", () => {
  assert.deepEqual(texts("Take-up has been thin. bKash connected the following year. Özdemir said so. eBay did not."), [
    "Take-up has been thin.",
    "bKash connected the following year.",
    "Özdemir said so.",
    "eBay did not.",
  ]);
  // An ordinary lower-case word after a full stop is no new sentence ("approx. five").
  assert.deepEqual(texts("It cost approx. five million."), ["It cost approx. five million."]);
});
