import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { parseAppositive, parsePremodifier, personName, type SpeakerMemory } from "../src/classify/appositive.ts";
import { defaultRegistry } from "../src/classify/entities.ts";
import { classifyArticle } from "../src/classify/index.ts";
import { parseQuoteLexicon, quoteLexicon } from "../src/classify/quote-lexicon.ts";
import { extractQuotes } from "../src/classify/quotes.ts";
import { splitSentences } from "../src/classify/sentences.ts";
import type { ExtractedQuote } from "../src/classify/types.ts";
import { WallwatchError } from "../src/errors.ts";
import { rulesOnly } from "./helpers/events.ts";

rulesOnly();

const quotes = (text: string): ExtractedQuote[] => extractQuotes(splitSentences(text), defaultRegistry());
const speakers = (text: string) => [...new Set(quotes(text).map((q) => q.speaker))];
const first = (text: string) => {
  const q = quotes(text)[0];
  assert.ok(q, `no quote found in: ${text}`);
  return q;
};

describe("direct quotes", () => {
  test('"…," said X, an appositive', () => {
    const q = first('"Opening the checkout was overdue," said Hu Rong, a retail analyst at Example Capital in Beijing.');
    assert.equal(q.speaker, "Hu Rong");
    assert.equal(q.role, "retail analyst");
    assert.equal(q.affiliation, "Example Capital");
    assert.equal(q.direct, true);
    assert.equal(q.text, "Opening the checkout was overdue");
    assert.equal(q.sentenceIndex, 0);
  });

  test('X said: "…"', () => {
    const q = first('Meng Tao, director of the Example Payments Lab, said: "Wallets should work everywhere."');
    assert.equal(q.speaker, "Meng Tao");
    assert.equal(q.role, "director");
    assert.equal(q.affiliation, "Example Payments Lab");
    assert.equal(q.direct, true);
    assert.equal(q.text, "Wallets should work everywhere.");
  });

  test('"…," X said with a pre-modifier naming role and organisation', () => {
    const q = first('"The links are open now," Example Consulting analyst Zhang San said.');
    assert.equal(q.speaker, "Zhang San");
    assert.equal(q.role, "analyst");
    assert.equal(q.affiliation, "Example Consulting");
    assert.equal(q.direct, true);
  });

  test("a quotation over two sentences keeps the sentence it starts in", () => {
    const text = 'Bai Lu, a partner at Example Ventures, has followed the talks. "Both sides needed this. Nobody wanted to go first," Bai said.';
    const direct = quotes(text).filter((q) => q.direct);
    assert.equal(direct.length, 1);
    assert.equal(direct[0]!.speaker, "Bai Lu");
    assert.equal(direct[0]!.sentenceIndex, 1);
    assert.match(direct[0]!.text, /Both sides needed this\. Nobody wanted to go first/);
  });

  test("a person introduced right after a dateline is who a later surname means", () => {
    const text = 'ACCRA - Ama Owusu, a trader who sells onions, has kept two phones for years. Prices rose. "Now they just scan," Owusu said.';
    assert.deepEqual(quotes(text).map((q) => [q.speaker, q.role]), [["Ama Owusu", "trader"]]);
  });

  test("the person a sentence introduces as its subject speaks the quotation that follows in the paragraph", () => {
    const text = 'The link went live in May. My friend Xu Lan, who runs a small office in the same building, is less impressed. "It took them five years."';
    assert.deepEqual(quotes(text).map((q) => [q.speaker, q.text, q.direct]), [["Xu Lan", "It took them five years.", true]]);
    // Not across a paragraph.
    assert.deepEqual(quotes('My friend Xu Lan, who runs a small office, is less impressed.\n\n"It took them five years."').map((q) => q.speaker), []);
  });

  test("a surname alone is the one full name the article wrote with it, introduced or not", () => {
    assert.deepEqual(quotes('Rosa Quintero has run a fruit stall for years. Prices rose. "Now they just scan," Quintero said.').map((q) => q.speaker), ["Rosa Quintero"]);
    assert.deepEqual(quotes('The tablets at Juliana Castro\'s restaurant beep all night. "One app pays late," Castro said.').map((q) => q.speaker), ["Juliana Castro"]);
    // Two people of one surname: the surname alone names neither.
    assert.deepEqual(quotes('Ana Silva and Pedro Silva run the stall. "One app pays late," Silva said.').map((q) => q.speaker), []);
  });

  test("a person the story follows, named as a sentence's subject without a description, is who 'she said' means", () => {
    const text = 'DHAKA - Farida Akter keeps two phones behind the counter. On Sunday a customer paid straight into her wallet. "I nearly fell off my stool," she said.';
    assert.deepEqual(quotes(text).map((q) => [q.speaker, q.direct]), [["Farida Akter", true]]);
    assert.deepEqual(quotes('When Eline Bakker joined the app in 2019, fees were high. "We paid more than we spent on servers," she said.').map((q) => q.speaker), ["Eline Bakker"]);
    // A company is no person: "Ant Group said" introduces no one.
    assert.deepEqual(quotes('Ant Group opened its codes in May. "It works," she said.').map((q) => q.speaker), []);
    // Nor does a firm's own attribution: "Sensor Tower said" names who told the news, not a person.
    assert.deepEqual(quotes('Sensor Tower said downloads rose. "It works," she said.').map((q) => q.speaker), []);
  });

  test("officials and people at work are described by what they do ('the ICASA councillor', 'My producer')", () => {
    assert.deepEqual(quotes('"We heard it," Thandeka Mokoena, the ICASA councillor, told reporters.').map((q) => [q.speaker, q.affiliation]), [["Thandeka Mokoena", "ICASA"]]);
    assert.deepEqual(quotes('My producer, Kevin Mutua, put it better than I can: "If fans can pay in M-Pesa, they will."').map((q) => q.speaker), ["Kevin Mutua"]);
    // A company the person's own company works for is not where the person works.
    assert.equal(first('"Now we get paid," said Li Na, a producer whose company makes dramas for Youku.').affiliation, null);
  });

  test("small words inside a name before the role stay in the affiliation ('a Bank of Example official')", () => {
    const q = first('"It is the will," Kofi Mensah, a Bank of Example official, told a launch event.');
    assert.deepEqual([q.speaker, q.role, q.affiliation], ["Kofi Mensah", "official", "Bank of Example"]);
  });

  test('said X, who heads research at Y', () => {
    const q = first('"It is a truce, not peace," said Zhang San, who heads research at Example Bank.');
    assert.equal(q.speaker, "Zhang San");
    assert.equal(q.role, "head of research");
    assert.equal(q.affiliation, "Example Bank");
  });

  test("Chinese quote marks with 表示 and 说", () => {
    const qs = quotes("某研究院首席分析师王小明表示：“互联互通是大势所趋。”\n\n“这只是第一步，”李华说。");
    assert.deepEqual(
      qs.map((q) => [q.speaker, q.role, q.direct]),
      [
        ["王小明", "首席分析师", true],
        ["李华", null, true],
      ],
    );
    assert.equal(qs[0]!.affiliation, "某研究院");
    assert.equal(qs[0]!.text, "互联互通是大势所趋。");
  });

  test("Chinese pronoun continues the speaker; 新闻发言人 is one role", () => {
    const qs = quotes("“开放是大势所趋，”某大学教授刘明说。他认为，壁垒正在消失。\n\n某部新闻发言人赵志国表示，企业必须按期整改。");
    assert.deepEqual(
      qs.map((q) => [q.speaker, q.role, q.direct, q.sentenceIndex]),
      [
        ["刘明", "教授", true, 0],
        ["刘明", "教授", false, 1],
        ["赵志国", "新闻发言人", false, 2],
      ],
    );
  });

  test("a company speaking in Chinese is not a person", () => {
    assert.deepEqual(speakers("腾讯表示：“我们支持互联互通。”"), []);
  });
});

describe("reported speech", () => {
  test("an appositive with any noun after its article describes the person ('a rider in Shenzhen'); organisations stay out", () => {
    assert.deepEqual(speakers("Wang Qiang, a rider in Shenzhen, said the new rules help."), ["Wang Qiang"]);
    assert.deepEqual(speakers("Tencent, a rival of Alibaba, said it would open links."), []);
    const q = first("Kim Jung-hoon, a director-general at the KFTC, told a briefing in Sejong that the commission would act.");
    assert.deepEqual([q.speaker, q.role, q.affiliation], ["Kim Jung-hoon", "director-general", "KFTC"]);
  });
  test("a pre-modified name with its organisation after 'of' ('Industry analyst Chen Siyu of Example Research believes that …')", () => {
    const q = first("Industry analyst Chen Siyu of Example Research believes that the value of Xiaohongshu is in its search.");
    assert.deepEqual([q.speaker, q.role, q.affiliation, q.direct], ["Chen Siyu", "analyst", "Example Research", false]);
  });
  test("X, appositive, believes that …", () => {
    const q = first("Li Si, a senior analyst at Example Research, believes that the opening will help small merchants.");
    assert.deepEqual([q.speaker, q.role, q.affiliation, q.direct], ["Li Si", "senior analyst", "Example Research", false]);
    assert.equal(q.text, "the opening will help small merchants.");
  });

  test("according to X and in the opinion of X", () => {
    const qs = quotes(
      "According to Qiu Ming, an economist at Example University, fees will fall. In the opinion of Fang Yi, the founder of Example Think Tank, prices will converge.",
    );
    assert.deepEqual(
      qs.map((q) => [q.speaker, q.role, q.affiliation, q.direct]),
      [
        ["Qiu Ming", "economist", "Example University", false],
        ["Fang Yi", "founder", "Example Think Tank", false],
      ],
    );
  });

  test("X pointed out that, X told Reuters, X said (that)", () => {
    assert.deepEqual(speakers("Yan Bo, a lawyer at Example Law Firm, pointed out that the rules are vague."), ["Yan Bo"]);
    assert.deepEqual(speakers("The deal closes in May, Tang Wei, a professor at Example University, told Reuters."), ["Tang Wei"]);
    const q = first("Gu Xin, vice president of Example Pay, said the wallets would interoperate by June.");
    assert.deepEqual([q.speaker, q.role, q.affiliation, q.direct], ["Gu Xin", "vice president", "Example Pay", false]);
  });

  test("reported speech that quotes four or more of the speaker's words is direct", () => {
    assert.equal(first('Fu Lei, an analyst at Example Capital, said the move was "a long overdue step for users".').direct, true);
    assert.equal(first('Fu Lei, an analyst at Example Capital, said the move was "overdue".').direct, false);
  });

  test("a trailing attribution's circumstances are not the statement", () => {
    const q = first("The group will spend 3 billion yuan on warehouses, chief executive Hu Wei said at an event in Beijing.");
    assert.equal(q.speaker, "Hu Wei");
    assert.equal(q.text, "The group will spend 3 billion yuan on warehouses");
  });

  test("an unattributed quotation right after a speaker's statement is theirs", () => {
    const text = 'In the opinion of Gu Ping, an independent analyst, the deal is symbolic. "The last wall has started to fall."\n\n"Nobody knows who said this."';
    assert.deepEqual(
      quotes(text).map((q) => [q.speaker, q.direct, q.sentenceIndex]),
      [
        ["Gu Ping", false, 0],
        ["Gu Ping", true, 1],
      ],
    );
  });

  test('"in his opinion" continues the previous speaker', () => {
    const qs = quotes("Zhang Yi, an analyst at Example Securities, believes that the deal is mutual. In his opinion, both sides gain traffic.");
    assert.equal(qs.length, 2);
    assert.equal(qs[1]!.speaker, "Zhang Yi");
    assert.equal(qs[1]!.affiliation, "Example Securities");
    assert.equal(qs[1]!.sentenceIndex, 1);
    assert.equal(qs[1]!.direct, false);
  });
});

describe("later mentions", () => {
  test("surname and pronoun resolve to the full name and keep the affiliation", () => {
    const text =
      'Zhang San, a researcher at Example Institute, said the pilot was small. "It will grow," Zhang said. The first cities are coastal ones, he added.';
    const qs = quotes(text);
    assert.deepEqual(
      qs.map((q) => [q.speaker, q.affiliation, q.sentenceIndex]),
      [
        ["Zhang San", "Example Institute", 0],
        ["Zhang San", "Example Institute", 1],
        ["Zhang San", "Example Institute", 2],
      ],
    );
  });

  test("Name of Organisation, initials and who-clauses", () => {
    const q = first("Zhang San of Example Securities said the fee cut was expected.");
    assert.deepEqual([q.speaker, q.role, q.affiliation], ["Zhang San", null, "Example Securities"]);
    assert.equal(first('"Nobody saw it coming," said John A. Smith, a partner at Example Capital.').speaker, "John A. Smith");
    const w = first("Zhou Min, who covers internet stocks at Example Bank, expects more openings.");
    assert.deepEqual([w.speaker, w.role, w.affiliation], ["Zhou Min", null, "Example Bank"]);
  });

  test('"our analyst" in a research note works for the publisher in the header', () => {
    const text = "Example Research | Payments | 3 March 2025\n\nComment. Our analyst Lin Yue notes that fees will fall. Gu Fang, who leads our fintech coverage, says the pilot is small.";
    assert.deepEqual(
      quotes(text).map((q) => [q.speaker, q.affiliation]),
      [
        ["Lin Yue", "Example Research"],
        ["Gu Fang", "Example Research"],
      ],
    );
    assert.equal(first("Our analyst Lin Yue notes that fees will fall.").affiliation, null);
  });

  test("role before the name, parenthetical said, Mr. Surname", () => {
    const r = first("The company's founder, Huang Zheng, said the deal was fair.");
    assert.deepEqual([r.speaker, r.role, r.direct], ["Huang Zheng", "founder", false]);
    const p = first("The rules, said Tao Ran, a lawyer at Example Law Offices, leave room for interpretation.");
    assert.deepEqual([p.speaker, p.role, p.affiliation, p.direct], ["Tao Ran", "lawyer", "Example Law Offices", false]);
    assert.match(p.text, /^The rules leave room/);
    assert.equal(first('"The move is overdue," Mr. Wang said.').speaker, "Wang");
  });

  test("asides in brackets do not hide a name or an organisation", () => {
    const q = first("Zhang San (张三), an analyst at Example Consulting (EC), said the links were open.");
    assert.deepEqual([q.speaker, q.role, q.affiliation], ["Zhang San", "analyst", "Example Consulting"]);
  });

  test("possessive organisation before the name; a name is never a possessive", () => {
    const q = first("Example Research's Zhang San said the fee war was over.");
    assert.deepEqual([q.speaker, q.role, q.affiliation], ["Zhang San", null, "Example Research"]);
  });

  test("Chinese role word in Latin letters and a registry organisation before the name", () => {
    const q = first("阿里巴巴集团CEO吴泳铭表示，开放是必然选择。");
    assert.deepEqual([q.speaker, q.role, q.direct], ["吴泳铭", "CEO", false]);
    assert.equal(q.affiliation, defaultRegistry().get("阿里巴巴集团")?.name);
  });

  test("a bare unintroduced name in reported speech must look like a person's", () => {
    assert.deepEqual(speakers("Cao Yu argued that the platforms had no choice."), ["Cao Yu"]);
    assert.deepEqual(speakers("Sensor Tower said downloads rose."), []);
    assert.deepEqual(speakers("According to Sensor Tower, downloads rose 20%."), []);
  });

  test("he/she after an introduction without a quote means the person introduced", () => {
    const qs = quotes("Chen Yu, a founder of Example Labs, built the first bridge between the apps. He said the hard part was trust.");
    assert.deepEqual(
      qs.map((q) => [q.speaker, q.affiliation, q.sentenceIndex]),
      [["Chen Yu", "Example Labs", 1]],
    );
  });

  test("a surname never met before is not a speaker", () => {
    assert.deepEqual(speakers("Fees will fall, Zhang said."), []);
  });
});

describe("not people", () => {
  const cases = [
    "A person familiar with the matter said the talks began last year.",
    "Industry insiders said the pilot exceeded expectations.",
    "According to the relevant person in charge of Tencent Advertising, the pilot began in March.",
    "Analysts said the move was overdue.",
    "According to some analysts, fees will fall.",
    "Tencent said it would open links in phases.",
    "A Tencent spokesperson said the test would continue.",
    '"We support the decision," Tencent said in a statement.',
    "Example Securities said the stock was undervalued.",
    "Li Auto said deliveries rose.",
    "Morgan Stanley said in a note that the deal was positive.",
    "Speaking in Hong Kong, Goldman Sachs said fees would fall.",
    "行业知情人士表示，试点效果超出预期。",
  ];
  for (const text of cases) test(text, () => assert.deepEqual(speakers(text), []));

  test("a named spokesperson is a person", () => {
    const q = first("Tencent spokesperson Hua Jing said the links would open on Friday.");
    assert.deepEqual([q.speaker, q.role, q.affiliation], ["Hua Jing", "spokesperson", "Tencent"]);
  });
});

describe("appositive parsing", () => {
  const lex = quoteLexicon();
  const cases: [string[], string | null, string | null][] = [
    [["a senior analyst at Example Research"], "senior analyst", "Example Research"],
    [["president of Example Institute", "Example University"], "president", "Example Institute, Example University"],
    [["deputy director of the Example Logistics Center"], "deputy director", "Example Logistics Center"],
    [["CEO and chief analyst of Example Digital Think Tank"], "CEO and chief analyst", "Example Digital Think Tank"],
    [["Google's vice president of public policy"], "vice president of public policy", "Google"],
    [["vice president of Kuaishou e-commerce"], "vice president of Kuaishou e-commerce", "Kuaishou"],
    [["a product manager I used to work with at a streaming company"], "product manager", null],
    [["who heads research at Example Bank"], "head of research", "Example Bank"],
    [["the delivery arm of JD.com"], null, null],
    // A unit named through its body, the body written with a lower-case first letter, a body the person runs.
    [["a deputy director in Example Bank's payment systems department"], "deputy director", "Example Bank"],
    [["a shopkeeper in Example City's old district"], "shopkeeper in Example City's old district", null],
    [["eWallet's head of partnerships"], "head of partnerships", "eWallet"],
    [["who runs Example Music's partnerships in Europe"], null, "Example Music"],
    [["who chairs the Association of Example Publishers"], null, "Association of Example Publishers"],
    [["who runs a bakery in Oslo"], null, null],
  ];
  for (const [segments, role, affiliation] of cases) {
    test(segments.join(", "), () => assert.deepEqual(parseAppositive(segments, lex), { role, affiliation }));
  }

  test("person names", () => {
    const memory: SpeakerMemory = { known: new Map([["Zhang San", { role: "analyst", affiliation: null }]]), last: "Zhang San", publisher: null };
    const reg = defaultRegistry();
    assert.equal(personName("Li Si", reg, memory), "Li Si");
    assert.equal(personName("Zhang", reg, memory), "Zhang San");
    assert.equal(personName("she", reg, memory), "Zhang San");
    assert.equal(personName("Dr. Wu", reg, memory), "Wu");
    assert.equal(personName("Wu", reg, memory), null);
    assert.equal(personName("Tencent Video", reg, memory), null);
    assert.equal(personName("Example Securities", reg, memory), null);
    assert.equal(personName("Jean de la Croix", reg, memory), "Jean de la Croix");
  });

  test("pre-modifiers", () => {
    assert.deepEqual(parsePremodifier("Example Consulting analyst", lex), { role: "analyst", affiliation: "Example Consulting" });
    assert.deepEqual(parsePremodifier("Epic's chief executive", lex), { role: "chief executive", affiliation: "Epic" });
    assert.deepEqual(parsePremodifier("my friend", lex), { role: null, affiliation: null });
  });
});

describe("whole articles (test/fixtures/quotes)", () => {
  const dir = new URL("./fixtures/quotes/", import.meta.url);
  const names = readdirSync(dir).filter((n) => n.endsWith(".txt"));
  test("every article has its expected quotes", () => assert.ok(names.length >= 2));
  for (const name of names) {
    test(name, () => {
      const text = readFileSync(new URL(name, dir), "utf8");
      const expected = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, ".json"), dir), "utf8")) as unknown[];
      const got = quotes(text).map(({ speaker, role, affiliation, direct }) => ({ speaker, role, affiliation, direct }));
      assert.deepEqual(got, expected);
    });
  }
});

describe("quote lexicon", () => {
  test("a lexicon with a missing list is refused with the file and the field named", () => {
    assert.throws(
      () => parseQuoteLexicon("speechVerbs: [said]\n", "data/quote-lexicon.yaml"),
      (err: unknown) => err instanceof WallwatchError && err.kind === "config.invalid" && /^classify: data\/quote-lexicon\.yaml: reportVerbs:/.test(err.message),
    );
    assert.throws(() => parseQuoteLexicon("speechVerbs: [said", "x.yaml"), (err: unknown) => err instanceof WallwatchError && /not valid YAML/.test(err.message));
  });

  test("multi-word verbs are indexed by their first word, longest first", () => {
    const lex = quoteLexicon();
    assert.deepEqual(lex.speechVerbs.get("pointed")?.[0], ["pointed", "out"]);
    assert.ok(lex.zhRoleWords.indexOf("首席分析师") < lex.zhRoleWords.indexOf("分析师"));
  });
});

describe("affiliations from owners and note headers", () => {
  test("a unit of an organisation is the organisation (\"SAMR's anti-monopoly bureau\")", () => {
    const q = first('"The rules are final," said Wang Jun, deputy director of SAMR\'s anti-monopoly enforcement bureau.');
    assert.equal(q.affiliation, "SAMR");
  });
  test("a research note's author works for its publisher, and \"our … analyst\" too", () => {
    const text = "Example Research Asia | Internet | 9 July 2025 | Analyst: Dewi Santoso\n\nDewi Santoso believes that the remedy will not bind.\n\nMaria Esposito, our European payments analyst, thinks banks will follow.";
    const byName = new Map(quotes(text).map((q) => [q.speaker, q.affiliation]));
    assert.equal(byName.get("Dewi Santoso"), "Example Research Asia");
    assert.equal(byName.get("Maria Esposito"), "Example Research Asia");
  });
});

describe("a speaker's body named by its kind", () => {
  const classified = (text: string) => classifyArticle({ text, published: "2025-03-12" }).quotes;
  test("'the central bank's deputy governor' is the central bank the story named, not the commission named later", () => {
    const [q] = classified(
      'The State Bank of Pakistan ordered wallets to interoperate on Monday. The Competition Commission of Pakistan welcomed the order. "Every wallet must reach every other," Saleem Ullah, a deputy governor of the central bank, told reporters.',
    );
    assert.equal(q?.affiliation, "State Bank of Pakistan");
  });
  test("'the commission's principal economist' is the commission; a body the story never named stays unknown", () => {
    const [q] = classified('The KFTC fined Google on Monday. "The fine reflects the harm," said Kim Soo-jin, the commission\'s principal economist.');
    assert.equal(q?.affiliation, "KFTC");
    const [r] = classified('Google changed its terms on Monday. "The fine reflects the harm," said Kim Soo-jin, the commission\'s principal economist.');
    assert.equal(r?.affiliation, null);
  });
});

test("a company's regional unit as affiliation is the company ('Jingdong Logistics Middle East')", () => {
  const [q] = classifyArticle({ text: '"We will connect every seller," said Wang Lei, general manager of Jingdong Logistics Middle East.', published: "2025-03-12" }).quotes;
  assert.equal(q?.affiliation, "JD Logistics");
});

test("'revealed that' reports what a named person said ('透露' in translation)", () => {
  const [q] = classifyArticle({ text: "Liu Xiang (刘翔), commercialization vice president of Quick Hand, revealed at the press conference that the business had doubled.", published: "2025-08-27" }).quotes;
  assert.deepEqual([q?.speaker, q?.affiliation, q?.direct], ["Liu Xiang", "Kuaishou", false]);
});

describe("affiliations that describe rather than name", () => {
  const affiliation = (text: string) => classifyArticle({ text, published: "2025-03-12" }).quotes[0]?.affiliation ?? null;
  test("a place and a kind of business names no organisation ('a Hangzhou e-commerce firm')", () => {
    assert.equal(affiliation('"It worked," said Grace Lin, founder of a Hangzhou e-commerce firm.'), null);
    assert.equal(affiliation("Li Na, a Nigerian, said the app was slow."), null);
  });
  test("where a body sits is no part of its name; where a person sits, their age or a kind of business names no body", () => {
    assert.equal(affiliation("Otieno Barasa, an analyst at Nairobi-based Example Research, said the fees would fall."), "Example Research");
    assert.equal(affiliation("Brice Ngando, a Douala-based trader, said the fees would fall."), null);
    assert.equal(affiliation("Rina Putri, a 27-year-old driver, said the app was slow."), null);
    assert.equal(affiliation("Aditi Rao, a product manager at a Bengaluru fintech, said the banks take a margin."), null);
  });
  test("a city, a country, a nationality or a district is where a person is, not whom they work for", () => {
    assert.equal(affiliation("Matthias Brenner, a Berlin lawyer who advises small providers, pointed out that the ruling was narrow."), null);
    assert.equal(affiliation("Hannah Lindqvist, a Swedish teacher on her first trip, said the app was easy."), null);
    assert.equal(affiliation('"The lockers are full," said Wang Lei, a station owner in Yuhang District, Hangzhou.'), null);
    // Names that end like a place are still names.
    assert.equal(affiliation('"We deliver in an hour," said Liu Yang, a rider of SF Same City in Chengdu.'), "SF Intra-city");
    assert.equal(affiliation("Megan Rowe, Foodstuffs North Island's head of digital, said the co-operative expected more."), "Foodstuffs");
  });
  test("a kind of business before a name is the name ('Istanbul law firm Example Hukuk'); a clause after it is not part of it", () => {
    assert.equal(affiliation("Elif Karaca, a partner at Istanbul law firm Example Hukuk, said the ruling was narrow."), "Example Hukuk");
    assert.equal(affiliation("Andrea Solis, a partner at Example Pagos and a former central bank official, said the rule was overdue."), "Example Pagos");
  });
  test("a kind of organisation in lower case, then its name, is the name ('the trade newsletter Example Screen Japan')", () => {
    assert.equal(affiliation('"Now the question is only how many slots," said Aya Morimoto, editor of the trade newsletter Example Screen Japan.'), "Example Screen Japan");
    assert.equal(affiliation("Omar Haddad, an adviser at the consultancy Example Partners, said the fee was too high."), "Example Partners");
  });
});

describe("a speaker described through a body the story named", () => {
  const quotes = (text: string) => classifyArticle({ text, published: "2025-03-12" }).quotes.map((q) => `${q.speaker} | ${q.affiliation}`);
  test("'the company's head of payments' works for the company just named", () => {
    assert.deepEqual(quotes("Tencent opened WeChat to Taobao links. Zhang Wei, the company's head of payments, said more would follow."), ["Zhang Wei | Tencent"]);
    assert.deepEqual(quotes("Zhang Wei, the company's head of payments, said more would follow."), ["Zhang Wei | null"]);
  });
});

describe("quotations written as list items and judgements before a colon", () => {
  const quotes = (text: string) => classifyArticle({ text, published: "2025-03-12" }).quotes.map((q) => `${q.speaker} | ${q.affiliation} | ${q.direct}`);
  test("a list item's marker does not hide its speaker", () => {
    assert.deepEqual(quotes('- Katrin Vogel, transport economist at Example Hochschule Berlin, told us the data had been "a public good held hostage".'), [
      "Katrin Vogel | Example Hochschule Berlin | true",
    ]);
  });
  test("'X, a consultant, was less impressed: \"…\"' is X speaking; a colon after a plain statement is not", () => {
    assert.deepEqual(quotes('Zhang Rui, a retail consultant at Example Advisory, was less impressed: "It is a door, not a highway."'), ["Zhang Rui | Example Advisory | true"]);
    assert.deepEqual(quotes('The app was updated on Monday: "now with links" read the banner.'), []);
  });
  test("'recalls that' reports what the speaker says", () => {
    assert.deepEqual(quotes("Liu Yang, former head of content partnerships at Toutiao, recalls that the team had to rebuild its news section in a fortnight."), [
      "Liu Yang | Toutiao | false",
    ]);
  });
});

test("a description before the name ('My co-admin, Lena Hartmann, thinks …', 'Baidu's head of search, Zhao Qian, said …') is the name's appositive", () => {
  const quotes = (text: string) => classifyArticle({ text, published: "2025-03-12" }).quotes.map((q) => `${q.speaker} | ${q.role} | ${q.affiliation}`);
  assert.deepEqual(quotes("My co-admin, Lena Hartmann, thinks we should keep the block."), ["Lena Hartmann | co-admin | null"]);
  assert.deepEqual(quotes('Baidu\'s head of mobile ecosystem, Zhao Qian, said advertisers were "the most important new demand".'), ["Zhao Qian | head of mobile ecosystem | Baidu"]);
});

test("a person's surname is no business ('Doucet's web store'), so her words stay hers; 'doubts' reports a view", () => {
  const quotes = (text: string) => classifyArticle({ text, published: "2025-03-12" }).quotes.map((q) => `${q.speaker} | ${q.direct}`);
  const story = [
    "Nadia Roussel, who has run Quai Books since 2015, says that card fees once ate her margin.",
    "Shopify, which runs Roussel's web store, began accepting Interac debit in 2023.",
    '"For years the fee was the whole game," Roussel said.',
  ].join(" ");
  assert.deepEqual(quotes(story), ["Nadia Roussel | false", "Nadia Roussel | true"]);
  assert.deepEqual(quotes("Sophie Marchand, a search analyst at Example Research, doubts the venture can match Google on news."), ["Sophie Marchand | false"]);
});

test("a person whose role is written before the name ('owner Ellen Marsh') is no business in a later act ('Marsh added it')", () => {
  const story = [
    "The online shop runs on Shopify, which owner Ellen Marsh signed up to in 2017.",
    "In August 2023 Amazon made Buy with Prime available to Shopify merchants.",
    "Marsh added it that winter, and Prime members now account for a fifth of her orders.",
  ].join(" ");
  const parties = classifyArticle({ text: story, published: "2025-11-06" }).events.flatMap((e) => e.parties);
  assert.ok(!parties.includes("Marsh"), parties.join(", "));
  assert.ok(parties.includes("Shopify"), parties.join(", "));
});
