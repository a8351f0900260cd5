// Speakers written the ways translated press and features write them: a verb such as "affirmed"
// or "declared" with a title ("Mister"), a description before the name, "For X, an analyst, …",
// and "she said" after a person the story follows.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { defaultRegistry } from "../src/classify/entities.ts";
import { classifyArticle } from "../src/classify/index.ts";
import { extractQuotes } from "../src/classify/quotes.ts";
import { splitSentences } from "../src/classify/sentences.ts";

const said = (text: string) =>
  extractQuotes(splitSentences(text), defaultRegistry()).map((q) => `${q.speaker} | ${q.role} | ${q.affiliation} | ${q.direct ? "direct" : "reported"}`);

describe("verbs and titles of translated press", () => {
  test('"…," affirmed X, vice-president of business of Y', () => {
    assert.deepEqual(said('"Now it is one click," affirmed Carlos Eduardo Prado, vice-president of business of PicPay.'), ["Carlos Eduardo Prado | vice-president | PicPay | direct"]);
  });
  test('"…," declared Mister X, director at Y: the title is no part of the name', () => {
    assert.deepEqual(said('"The client must be able to pay whoever," declared Mister Ibrahima Ndiaye, director of the payment systems at the BCEAO.'), [
      "Ibrahima Ndiaye | director of the payment systems | BCEAO | direct",
    ]);
  });
  test("'For X, analyst of Y, the entrance … is a sign that …' is X's view", () => {
    assert.deepEqual(said("For Mariana Teixeira, analyst of the broker Example Investimentos, the entrance of PicPay in the checkout is a sign that the marketplaces gave up."), [
      "Mariana Teixeira | analyst | Example Investimentos | reported",
    ]);
  });
  test("'For Ant Group, the largest wallet, …' names no person", () => {
    assert.deepEqual(said("For Ant Group, the largest wallet, the entrance of PicPay in the checkout is a sign that the marketplaces gave up."), []);
  });
});

describe("a description before the name", () => {
  test('"…," said my supplier, Moses Okello, who …', () => {
    assert.deepEqual(said('"I checked my phone and the money was already there," said my supplier, Moses Okello, who was as surprised as I was.'), ["Moses Okello | null | null | direct"]);
  });
  test("'My lawyer, Femke de Vries of Example Advocaten in Utrecht, says …' keeps where she works", () => {
    assert.deepEqual(said('My lawyer, Femke de Vries of Example Advocaten in Utrecht, says the case was a rehearsal: "Brussels watched how Apple behaved."'), [
      "Femke de Vries | lawyer | Example Advocaten | direct",
    ]);
  });
});

describe("'she said' after a person the story follows", () => {
  test("a person introduced with a description, as the subject of the sentence before", () => {
    assert.deepEqual(said('The clearest sign came in November. Kim Hye-jin, a 34-year-old office worker in Mapo, signed up in the first week. "I was paying for both anyway," she said.'), [
      "Kim Hye-jin | null | null | direct",
    ]);
  });
  test("a surname alone after an opener, once the full name was written", () => {
    const text =
      'On a grey morning in Münster, Petra Kühne, a retired teacher, holds her iPhone to the reader.\nThe savings banks fought for six years. Their lobby group praised the decision. Back at the bakery, Kühne has not followed any of this. "I just noticed the phone stopped asking," she said.';
    assert.deepEqual(said(text), ["Petra Kühne | retired teacher | null | direct"]);
  });
});

describe("a person the article opens with", () => {
  test("'Maria Lopez, a hijab seller, opened her stall in 2009. … she said': a subject at the very start is a person, not a business", () => {
    const text = 'Maria Lopez, a hijab seller, opened her stall in 2009.\n\n"I follow the buyers," she said.';
    assert.deepEqual(
      classifyArticle({ text, published: "2025-03-12" }).quotes.map((q) => q.speaker),
      ["Maria Lopez"],
    );
  });
  test("a business with a word of a business in its name is not quoted as a person", () => {
    const text = 'Yelin Life opened its first store in 2009.\n\n"We follow the buyers," it said.';
    assert.deepEqual(classifyArticle({ text, published: "2025-03-12" }).quotes, []);
  });
});

describe("a name, its description, a colon and the quotation", () => {
  test("'Our view. Tom Gallagher, head of consumer research: \"…\"' is his direct quote", () => {
    assert.deepEqual(said('Our view. Tom Gallagher, head of consumer research: "Supermarkets have worked out that the checkout is theirs."'), ["Tom Gallagher | head of consumer research | null | direct"]);
  });
  test("a section label with a colon before a quotation names no one", () => {
    assert.deepEqual(said('Risks, in short: "An appeal could delay payment of the penalties."'), []);
  });
});

describe("translated verbs of analysis and the institutions of units", () => {
  test("'Professor X of the Department of … of Y University analysed that …': reported, affiliated with the university", () => {
    assert.deepEqual(said("Professor Lee Jun-ho of the Department of Business Administration of Sogang University analysed that the exchange rate will decide the winner."), [
      "Lee Jun-ho | null | Sogang University | reported",
    ]);
  });
  test("'general manager of the Southeast Asia branch of X' works for X", () => {
    assert.deepEqual(said('"Merchants asked for it," said Li Jian, general manager of the Southeast Asia branch of Example Pay International.'), [
      "Li Jian | general manager | Example Pay International | direct",
    ]);
  });
  test("'according to the Korea Tourism Organization' quotes no person", () => {
    assert.deepEqual(said("Meanwhile, according to the Korea Tourism Organization, the number of visitors was 4.8 million people."), []);
  });
  test("Spanish articles stay inside a university's name", () => {
    assert.deepEqual(said("Catalina Gaviria, a payments economist at the Universidad de los Andes in Bogotá, said the fees were too high."), [
      "Catalina Gaviria | payments economist | Universidad de los Andes | reported",
    ]);
  });
});

describe("a person the story follows, after two openers", () => {
  test("'At seven, before the first customers reach her stall, Jung Mi-ran wipes …' is who 'she said' means", () => {
    const text = 'At seven in the morning, before the first customers reach her stall in Mangwon Market, Jung Mi-ran wipes down a laminated card.\n\n"Now there is one code," she said.';
    assert.deepEqual(said(text), ["Jung Mi-ran | null | null | direct"]);
  });
});

describe("a given name that is also a company's, and a city that is no one", () => {
  test("'said Maya Feldstein, a media analyst': the Maya wallet's name is her given name", () => {
    assert.deepEqual(said('"The era of free crawling is over," said Maya Feldstein, a media analyst at Example Partners.'), ["Maya Feldstein | media analyst | Example Partners | direct"]);
    assert.deepEqual(said("Maya Sari, a payments analyst at Kemang Capital in Jakarta, believes the link will matter."), ["Maya Sari | payments analyst | Kemang Capital | reported"]);
  });
  test("the wallet itself still matches beside a name ('Maya Business', 'GCash and Maya')", () => {
    assert.deepEqual(
      defaultRegistry()
        .match("Maya Business and Maya signed with GCash, said Maya Feldstein, a media analyst.")
        .map((m) => m.entity.name),
      ["Maya", "Maya", "GCash"],
    );
  });
  test("'a representative of a shipping unit in Ho Chi Minh City said' quotes no one", () => {
    assert.deepEqual(said("A representative of a shipping unit in Ho Chi Minh City said that the fee which floors charge carriers is still not public."), []);
  });
});
