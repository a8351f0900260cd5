import assert from "node:assert/strict";
import { test } from "node:test";
import { articleNames, articleRegistry, kindNouns, nationalUnits } from "../src/classify/article-names.ts";
import { cuedNames } from "../src/classify/cued-names.ts";
import { defaultRegistry, EntityRegistry } from "../src/classify/entities.ts";
import { classifyArticle } from "../src/classify/index.ts";
import { rulesOnly } from "./helpers/events.ts";

rulesOnly();

const small = () =>
  new EntityRegistry([
    { name: "Google", kind: "company", aliases: [] },
    { name: "Faster Payment System", kind: "product", aliases: [] },
    { name: "KFTC", kind: "regulator", aliases: ["Korea Fair Trade Commission"] },
    { name: "Free Pascal Society", kind: "company", aliases: ["FPS"] },
  ]);

const defined = (text: string, r = small()) => articleNames(text, r).map((n) => `${n.entity.name} = ${n.spellings.join(" / ")}`);

test("a bracketed acronym spelt by the initials before it defines a body the registry lacks, under its full name", () => {
  assert.deepEqual(defined("Rights were sold by the Ligue de Football Professionnel (LFP) in 2018."), ["Ligue de Football Professionnel = LFP / the league"]);
  // Translated press glosses the name in Chinese before the acronym.
  assert.deepEqual(defined("It linked with the QR network of Bank of Maldives (马尔代夫银行, BML) on Monday."), ["Bank of Maldives = BML"]);
  assert.deepEqual(defined("a complaint by the Danish Press Publications' Collective Management Organisation (DPCMO)"), [
    "Danish Press Publications' Collective Management Organisation = DPCMO / the collective",
  ]);
  assert.deepEqual(defined("signed with the Alliance de la presse d'information générale (APIG)"), ["Alliance de la presse d'information générale = APIG / the alliance"]);
});

test("a name with a small foreign word ('Internet para Todos (IpT)') defines its acronym when an appositive says what business it is", () => {
  assert.deepEqual(defined("It belongs to Internet para Todos (IpT), a wholesale rural network that rents its towers."), ["Internet para Todos = IpT"]);
  // Without a body word or a described kind, a bracketed acronym may name a technology.
  assert.deepEqual(defined("It belongs to Internet para Todos (IpT) in the highlands."), []);
});

test("only the words the acronym spells are the name: a lower-case word it skips ends the name", () => {
  assert.deepEqual(defined("the Examplestan Payments Association said Acme stopped paying the Retail Traders Federation (RTF)"), ["Retail Traders Federation = RTF / the federation"]);
});

test("laws and technologies defined with acronyms are not parties", () => {
  assert.deepEqual(defined("the Mobile Software Competition Act (MSCA) took effect"), []);
  assert.deepEqual(defined("merchants display a Quick Response (QR) code"), []);
  assert.deepEqual(defined("It uses the letters ABC (XYZ) here"), []);
  assert.deepEqual(defined("phones find their way by the Global Positioning System (GPS)"), []);
});

test("a payment system defined with its acronym is a party, as banks and wallets connect to it", () => {
  assert.deepEqual(defined("the Tanzania Instant Payment System (TIPS) went live"), ["Tanzania Instant Payment System = TIPS"]);
  const out = classifyArticle({
    text: "Both apps settle through the central bank's Instant Payments System (IPS). The International Bank of Azerbaijan connected its mobile app to IPS in 2024.",
    published: "2025-03-12",
  });
  assert.deepEqual(
    out.events.map((e) => [...e.parties].sort().join(", ")),
    ["Instant Payments System, International Bank of Azerbaijan"],
  );
});

test("an acronym gives a registry name a new spelling, and wins over what the acronym means elsewhere", () => {
  assert.deepEqual(defined("the city's Faster Payment System (FPS) linked up"), ["Faster Payment System = FPS"]);
  const r = articleRegistry("the city's Faster Payment System (FPS) linked up with PromptPay", small());
  assert.equal(r.get("FPS")?.name, "Faster Payment System");
  assert.deepEqual(
    r.match("FPS said so").map((m) => m.entity.name),
    ["Faster Payment System"],
  );
  // Other articles still read FPS the registry's way.
  assert.equal(small().get("FPS")?.name, "Free Pascal Society");
});

test("a body the registry knows by its acronym, written out another way, is that body; a thing named after a known owner is the owner's", () => {
  assert.deepEqual(defined("the Korean Fair Trade Commission (KFTC) fined Google"), ["KFTC = Korean Fair Trade Commission"]);
  assert.deepEqual(defined("the Korea Fair Trade Commission (KFTC) fined Google"), []);
  assert.deepEqual(defined("Google stopped providing Google Mobile Services (GMS) to Huawei"), ["Google = GMS"]);
});

test("the article view shares the registry and leaves it untouched", () => {
  const shared = defaultRegistry();
  const view = articleRegistry("The Ligue Nationale de Volley (LNV) met Canal+.", shared);
  assert.equal(view.get("the league")?.name, "Ligue Nationale de Volley");
  assert.equal(shared.get("LNV"), undefined);
  assert.equal(view.get("Tencent")?.name, shared.get("Tencent")?.name);
  assert.equal(articleRegistry("No brackets here.", shared), shared);
});

test("a defined body acts in later sentences by its acronym or its generic noun, and is listed as unknown to the registry", () => {
  const out = classifyArticle({
    text: "The Ligue Nationale de Volley (LNV) runs the top division. In June 2021 the league sold the rights to Amazon Prime Video. On Monday DAZN sued the LNV for misleading it.",
    published: "2025-03-12",
  });
  assert.deepEqual(
    out.events.map((e) => `${e.type} | ${[...e.parties].sort().join(", ")} | ${e.date}`).sort(),
    ["content | Amazon Prime Video, Ligue Nationale de Volley | 2021-06", "dispute | DAZN, Ligue Nationale de Volley | 2025-03-10"],
  );
  assert.ok(out.unknownEntities.includes("Ligue Nationale de Volley"));
});

test("a body the registry knows under both spellings is still 'the league' in the article that defines it, and the registry keeps no trace", () => {
  const r = new EntityRegistry([{ name: "Ligue de Football Professionnel", kind: "institution", aliases: ["LFP"], exactCase: ["LFP"] }]);
  assert.deepEqual(defined("Rights were sold by the Ligue de Football Professionnel (LFP) in 2018.", r), ["Ligue de Football Professionnel = the league"]);
  const view = articleRegistry("Rights were sold by the Ligue de Football Professionnel (LFP) in 2018.", r);
  assert.equal(view.get("the league")?.name, "Ligue de Football Professionnel");
  assert.equal(r.get("the league"), undefined);
  assert.deepEqual(r.get("LFP")?.aliases, ["LFP"]);
});

test("a short name two organisations share is the owner's when the article tells it beside the owner ('MTN's yellow MoMo codes')", () => {
  const r = new EntityRegistry([
    { name: "MoMo", kind: "product", aliases: [], exactCase: ["MoMo"] },
    { name: "MTN Group", kind: "company", aliases: ["MTN", "MTN MoMo"], exactCase: ["MTN"] },
    { name: "ZaloPay", kind: "product", aliases: [] },
  ]);
  const names = (text: string) => articleRegistry(text, r).match(text).map((m) => m.entity.name);
  assert.deepEqual(names("Shoppers can now pay at MTN's yellow MoMo merchant codes. MoMo said more wallets would follow."), ["MTN Group", "MTN Group", "MTN Group"]);
  // Alone, or with the owner named far from it, or with its usual holder named in full, it keeps its usual sense.
  assert.deepEqual(names("MoMo and ZaloPay will accept each other's codes."), ["MoMo", "ZaloPay"]);
  assert.deepEqual(names("MTN reported its results on Tuesday, and analysts spent the rest of the week talking about inflation. MoMo grew."), ["MTN Group", "MoMo"]);
  // Spelt whole with its owner once ("MTN MoMo"), the bare short name later is the owner's too.
  assert.deepEqual(names("Riders in Kumasi can now pay with MTN MoMo. Drivers said MoMo fares arrive within the hour."), ["MTN Group", "MTN Group"]);
});

test("a group's bare name is its one national unit the article named in full ('Orange Côte d'Ivoire … Orange cut')", () => {
  const r = new EntityRegistry([
    { name: "Orange S.A.", kind: "company", aliases: ["Orange"] },
    { name: "Orange Côte d'Ivoire", kind: "company", parent: "Orange S.A.", aliases: [] },
    { name: "Orange Senegal", kind: "company", parent: "Orange S.A.", aliases: [] },
    { name: "Orange Money", kind: "product", parent: "Orange S.A.", aliases: [] },
  ]);
  const names = (text: string) => articleRegistry(text, r).match(text).map((m) => m.entity.name);
  assert.deepEqual(names("Wave sued Orange Côte d'Ivoire in April. Orange cut the channels in February."), ["Orange Côte d'Ivoire", "Orange Côte d'Ivoire"]);
  // A product named after the group is no national unit, and two units leave the group's name alone.
  assert.deepEqual(names("Orange Money grew. Orange said so."), ["Orange Money", "Orange S.A."]);
  assert.deepEqual(names("Orange Côte d'Ivoire and Orange Senegal grew. Orange said so."), ["Orange Côte d'Ivoire", "Orange Senegal", "Orange S.A."]);
});

test("a company named in full and later by its first word alone is that company ('Qelvo Health … cut off Qelvo')", () => {
  const r = new EntityRegistry([
    { name: "Qelvo Health", kind: "company", aliases: [] },
    { name: "Brantix", kind: "company", aliases: [] },
    { name: "Morvane Bank", kind: "company", aliases: [] },
    { name: "Morvane.com", kind: "platform", aliases: [] },
    { name: "Dalvik Competition Authority", kind: "regulator", aliases: [] },
  ]);
  const names = (text: string) => articleRegistry(text, r).match(text).map((m) => m.entity.name);
  assert.deepEqual(names("Qelvo Health sued Brantix. In March Brantix cut off Qelvo from its records."), ["Qelvo Health", "Brantix", "Brantix", "Qelvo Health"]);
  // A translated name glossed in Chinese is shortened as the registry's own names are.
  const real = (text: string) => articleRegistry(text, defaultRegistry()).match(text).map((m) => m.entity.name);
  assert.deepEqual(real("Drip Travel (滴滴出行) joined Amap. In 2019, the small program of Drip went online in Alipay."), ["Didi", "Didi", "Amap", "Didi", "Alipay"]);
  // After a year or an article the word is no sentence's first either.
  assert.deepEqual(names("Qelvo Health sued Brantix. In 2019 Qelvo cut off Brantix. A Qelvo spokeswoman declined to comment."), ["Qelvo Health", "Brantix", "Qelvo Health", "Brantix", "Qelvo Health"]);
  // An organisation the registry lacks, found by its cue, is shortened the same way.
  assert.deepEqual(
    names("LISBON - Tarvo Real Estate, the maker of agency software, has complained. Agencies that publish through Tarvo lost their listings."),
    ["Tarvo Real Estate", "Tarvo Real Estate"],
  );
  // A word two names start with, a public body's first word, a word the article also writes in
  // lower case, and a first word only seen opening a sentence stay unread.
  assert.deepEqual(names("Morvane Bank grew, and Morvane.com grew. Shoppers at Morvane paid."), ["Morvane Bank", "Morvane.com"]);
  assert.deepEqual(names("The Dalvik Competition Authority opened a case, and Dalvik officials said so."), ["Dalvik Competition Authority"]);
  assert.deepEqual(names("Qelvo Health grew. The qelvo plant is new, and users of Qelvo said so."), ["Qelvo Health"]);
  assert.deepEqual(names("Qelvo Health grew. Qelvo said so."), ["Qelvo Health"]);
  // A word that also ends a person's name may be a surname: "Dana Qelvo said" keeps Qelvo a person.
  assert.deepEqual(names("Qelvo Health sued Brantix, and users of Qelvo left. Dana Qelvo, an analyst, said so."), ["Qelvo Health", "Brantix"]);
  // An owner's possessive or a sentence's first word before it is no first name.
  assert.deepEqual(names("Brantix's Qelvo Health sued Morvane Bank. For Qelvo, the case matters, and users of Qelvo agree."), ["Brantix", "Qelvo Health", "Morvane Bank", "Qelvo Health", "Qelvo Health"]);
});

test("a country's own system named after another's is that country's where the article names it in full ('InstaPay Egypt … InstaPay')", () => {
  const r = new EntityRegistry([
    { name: "InstaPay", kind: "product", aliases: [] },
    { name: "InstaPay Egypt", kind: "product", aliases: [] },
    { name: "Bank Negara Malaysia", kind: "regulator", aliases: ["Bank Negara"] },
    { name: "Bank Negara Indonesia", kind: "company", aliases: [] },
  ]);
  const names = (text: string) => articleRegistry(text, r).match(text).map((m) => m.entity.name);
  assert.deepEqual(names("Wallets joined InstaPay Egypt on Sunday. InstaPay now reaches 40 banks."), ["InstaPay Egypt", "InstaPay Egypt"]);
  assert.deepEqual(names("InstaPay now reaches 40 banks."), ["InstaPay"]);
  // A story that names the country means its system by the bare name too.
  assert.deepEqual(names("Three wallets joined InstaPay on Tuesday, the Egyptian central bank said."), ["InstaPay Egypt"]);
  // A public body keeps its short name beside a company named after it.
  assert.deepEqual(names("Bank Negara Indonesia joined. Bank Negara approved it."), ["Bank Negara Indonesia", "Bank Negara Malaysia"]);
});

test("a business named after its country goes by its first word, written so, in a story set there ('Tet' for Tet Latvia)", () => {
  const r = new EntityRegistry([
    { name: "Tet Latvia", kind: "company", aliases: [] },
    { name: "Click Uzbekistan", kind: "product", aliases: [] },
    { name: "TV3 Group", kind: "company", aliases: [] },
  ]);
  const names = (text: string) => articleRegistry(text, r).match(text).map((m) => m.entity.name);
  assert.deepEqual(names("RIGA - TV3 Group pulled its channels from Tet in Latvia on Monday."), ["TV3 Group", "Tet Latvia"]);
  // Not in a story set elsewhere, and not the word in lower case.
  assert.deepEqual(names("Grab ran a promotion before Tet in Vietnam."), []);
  assert.deepEqual(names("In Uzbekistan, Click, which Yandex Go added in 2021, is the only wallet; one click pays."), ["Click Uzbekistan"]);
});

test("a registry name written right before its kind ('the Doubao mobile assistant') makes 'the assistant' that name in the article, when it is the only one", () => {
  const r = defaultRegistry();
  const text = "The Doubao mobile assistant was released on Monday. WeChat has restricted accounts operated by the assistant.";
  assert.deepEqual(kindNouns(text, r).map((n) => `${n.entity.name} = ${n.spellings.join(" / ")}`), ["Doubao = the assistant"]);
  assert.equal(articleRegistry(text, r).get("the assistant")?.name, "Doubao");
  // Two names written so: "the assistant" names neither.
  assert.deepEqual(kindNouns("The Doubao assistant and the Yuanbao assistant were released. The assistant failed.", r), []);
  // The shared registry keeps no trace.
  assert.equal(r.get("assistant"), undefined);
  // A payment system is named the same way: "its Raast instant payment system … joined the system".
  const raast = "Pakistan connected its Raast instant payment system to Aani. Easypaisa and JazzCash joined the system in 2022.";
  assert.deepEqual(kindNouns(raast, r).map((n) => `${n.entity.name} = ${n.spellings.join(" / ")}`), ["Raast = the system"]);
});

test("'the commission' in a story naming one commission of its own, and Brussels' by no other name, is that one", () => {
  const r = defaultRegistry();
  const korea = "The Korea Fair Trade Commission said on Wednesday it would fine Baemin. The delivery apps are not the first platforms the commission has gone after. Last year it fined Kakao Mobility 72.4 billion won.";
  const party = (text: string) => articleRegistry(text, r).match("the commission").map((m) => m.entity.name);
  assert.deepEqual(party(korea), ["KFTC"]);
  assert.deepEqual(
    classifyArticle({ text: korea, published: "2025-10-15" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`),
    ["regulation | Baemin, KFTC | 2025-10-15", "regulation | KFTC, Kakao Mobility | 2024"],
  );
  // A story that names the European Commission keeps "the Commission" Brussels'.
  assert.deepEqual(party("The European Commission and the Korea Fair Trade Commission both fined Google. The Commission said it would appeal."), ["European Commission"]);
  // So does one naming no other commission.
  assert.deepEqual(party("The Commission fined Google on Monday."), ["European Commission"]);
});

test("an acronym a story defines for a term in lower case ('the mobile termination rate (MTR)') names no party there; the registry's own name written small still does", () => {
  const r = defaultRegistry();
  const names = (text: string) => articleRegistry(text, r).match(text).map((m) => m.entity.name);
  assert.deepEqual(names("The regulator will cut the mobile termination rate (MTR) to KSh 0.25. The MTR cut helps Airtel."), ["Airtel"]);
  assert.deepEqual(names("Riders in Hong Kong can pay at MTR gates."), ["MTR Corporation"]);
  assert.deepEqual(names("Banks must join the unified payments interface (UPI) by June."), ["UPI", "UPI"]);
});

test("'the Competition Commission', 'the Fair Trade Commission' by a name many countries' bodies share are the body of the one place the story names", () => {
  const r = defaultRegistry();
  const party = (text: string) => articleRegistry(text, r).match("the Competition Commission").map((m) => m.entity.name);
  assert.deepEqual(party("Hong Kong food delivery is a duopoly. Keeta filed a complaint with the Competition Commission this month."), ["Hong Kong Competition Commission"]);
  assert.deepEqual(party("In South Africa, the Competition Commission published its final report on Monday."), ["Competition Commission of South Africa"]);
  const fair = (text: string) => articleRegistry(text, r).match("the Fair Trade Commission").map((m) => m.entity.name);
  assert.deepEqual(fair("Uber Eats bought Foodpanda's Taiwan business. The Fair Trade Commission blocked the deal in December."), ["Taiwan Fair Trade Commission"]);
  // Written in lower case, as stories often do.
  const committee = (text: string) => articleRegistry(text, r).match(text).map((m) => m.entity.name);
  assert.deepEqual(committee("In 2024 Ucell in Uzbekistan complained to the competition committee about Payme."), ["Ucell", "Uzbekistan Competition Committee", "Payme Uzbekistan"]);
  // Two places with commissions of their own: the story does not say which.
  assert.deepEqual(party("Grab operates in Malaysia and Vietnam. The Competition Commission opened a case."), []);
  // The shared registry keeps no trace.
  assert.equal(r.get("Competition Commission"), undefined);
  // So do ministries: "the Ministry of Information and Communications" in a story set in Vietnam.
  const ministry = (text: string) => articleRegistry(text, r).match("the Ministry of Information and Communications").map((m) => m.entity.name);
  assert.deepEqual(ministry("Hanoi's drivers use three apps. In June 2023, the Ministry of Information and Communications told Vietnam's apps to fix their maps."), ["Vietnam Ministry of Information and Communications"]);
});

test("a company spelt elsewhere as a namesake's name and a place goes by that name where the article spells it so ('Sky NZ' … 'Sky')", () => {
  const text = "I have had a box from Sky NZ for years. Last week Sky put the TVNZ+ app on it.";
  assert.deepEqual(articleRegistry(text, defaultRegistry()).match(text).map((m) => m.entity.name), ["Sky Network Television", "Sky Network Television", "TVNZ"]);
  // Without that spelling, "Sky" is still the group's.
  assert.deepEqual(articleRegistry("Sky put the app on its boxes.", defaultRegistry()).match("Sky put the app on its boxes.").map((m) => m.entity.name), ["Sky Group"]);
});

test("a name given with 'hereinafter referred to as' means that body for the rest of the article", () => {
  const text =
    'China Media Group (中央广播电视总台, hereinafter referred to as "the Central Station") announced a deal. In 2022, Shake Sound and Migu both obtained the sub-authorization from the Central Station.';
  const r = articleRegistry(text, defaultRegistry());
  assert.deepEqual(r.match("Migu obtained the sub-authorization from the Central Station.").map((m) => m.entity.name), ["Migu", "China Media Group"]);
});

test("'the transport ministry' in a story set in one country is that country's ministry", () => {
  const kinds = (text: string) => classifyArticle({ text, published: "2025-06-20" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  assert.deepEqual(kinds("Japan never allowed Uber-style ride-sharing in Tokyo. The rules began to bend in April 2024, when the transport ministry allowed taxi companies to hire ordinary drivers."), [
    "regulation | MLIT | 2024-04",
  ]);
});

test("an organisation a cue finds once ('Norwegian broadcaster Vardo 7') is that organisation wherever the article writes it so", () => {
  const text = "Norwegian broadcaster Vardo 7 returned to Allente on Wednesday. Vardo 7 pulled its channels from Allente on Jan. 1.";
  assert.deepEqual(cuedNames(text, small()).map((n) => n.entity.name), ["Vardo 7"]);
  const events = classifyArticle({ text, published: "2025-01-16" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  assert.ok(events.includes("dispute | Allente, Vardo 7 | 2025-01-01"), events.join("; "));
});

test("a one-word name written only at sentence starts counts when the text says its kind of business", () => {
  const text = "Peru's wallets are opening up. Zumbix, the country's largest card acquirer, has taken Yape payments at its terminals since 2021.";
  assert.deepEqual(cuedNames(text, small()).map((n) => n.entity.name), ["Zumbix"]);
  assert.deepEqual(cuedNames("Peru's wallets are opening up. Zumbix has taken Yape payments since 2021.", small()), []);
});

test("a name also written in lower case, or only as where people work, spreads no further", () => {
  assert.deepEqual(cuedNames("On Monday, Vega sued the bank. Traders used vega to price options.", small()), []);
  assert.deepEqual(cuedNames("Vega sued the bank. Vega said so.", small()), []);
  assert.deepEqual(cuedNames("said Li Wen, an analyst at Example Consumer Economy Institute. The Example Consumer Economy Institute report…", small()).length, 1);
  assert.deepEqual(cuedNames("said Li Wen, an analyst at Example Consumer Economy Institute.", small()), []);
});

test("a name written after a country's adjective is the registry's namesake of that country ('Norwegian broadcaster TV 2' → TV 2 Norge)", () => {
  const r = new EntityRegistry([
    { name: "TV 2 Norge", kind: "company", aliases: ["TV 2 Norway"] },
    { name: "TV 2 Danmark", kind: "institution", aliases: ["TV 2 Denmark"] },
  ]);
  const text = "Norwegian broadcaster TV 2 returned to Allente on Wednesday. TV 2 pulled its channels on Jan. 1.";
  assert.deepEqual(cuedNames(text, r).map((n) => n.entity.name), ["TV 2 Norge"]);
  assert.deepEqual(articleRegistry(text, r).match(text).map((m) => m.entity.name), ["TV 2 Norge", "TV 2 Norge"]);
  const danish = "Danish broadcaster TV 2 returned to YouSee on Wednesday. TV 2 pulled its channels on Jan. 1.";
  assert.deepEqual(cuedNames(danish, r).map((n) => n.entity.name).filter((n) => n.startsWith("TV 2")), ["TV 2 Danmark"]);
});

test("a name in an article that names a country is the registry's '<name> <country>' when only that country's namesake exists ('Click' → Click Uzbekistan)", () => {
  const r = new EntityRegistry([{ name: "Click Uzbekistan", kind: "product", aliases: [] }]);
  const text = "Uzbekistan's central bank set a deadline on Monday. Retailers said Click's terminals refused other codes.";
  assert.deepEqual(cuedNames(text, r).map((n) => n.entity.name).includes("Click Uzbekistan"), true);
  assert.deepEqual(cuedNames(text.replace("Uzbekistan's", "The"), r).map((n) => n.entity.name).includes("Click Uzbekistan"), false);
});

test("an English rendering glossed with a Chinese name the registry knows is that entity wherever written again", () => {
  const text = "On August 19, the new game of Rice Hoyo (米哈游) started its public test. On the same day, Rice Hoyo said the game would skip phone makers' stores. The Central Bank of Nigeria (尼日利亚央行) said nothing.";
  const r = articleRegistry(text, defaultRegistry());
  const named = (surface: string) => r.match(text).filter((m) => m.surface === surface).map((m) => m.entity.name);
  assert.deepEqual(named("Rice Hoyo"), ["miHoYo", "miHoYo"]);
  // The end of a longer name before the bracket ("… of Nigeria (尼日利亚央行)") is no rendering of its own.
  assert.deepEqual(named("Nigeria"), []);
});

test("a rendering that names only the owner of what its gloss names ('Tencent Yuan Treasure (腾讯元宝)') is the product", () => {
  const text = "Tencent Golden Ingot (腾讯元宝) added DeepSeek. Tencent Golden Ingot users can switch models.";
  const r = articleRegistry(text, defaultRegistry());
  assert.deepEqual(r.match(text).filter((m) => m.surface === "Tencent Golden Ingot").map((m) => m.entity.name), ["Yuanbao", "Yuanbao"]);
});

test("a brand's national unit written in full ('M-Pesa Ethiopia') is what the brand's bare name means in that article", () => {
  const r = defaultRegistry();
  const text = "Customers of M-Pesa Ethiopia had a harder time. In January M-Pesa and telebirr users could send money to each other.";
  assert.deepEqual(nationalUnits(text, r).map((n) => `${n.entity.name} = ${n.spellings.join(" / ")}`), ["M-Pesa Ethiopia = M-Pesa"]);
  assert.equal(articleRegistry(text, r).get("M-Pesa")?.name, "M-Pesa Ethiopia");
  // Elsewhere the brand is the brand.
  assert.equal(articleRegistry("M-Pesa and Airtel Money users can now send money to each other.", r).get("M-Pesa")?.name, "M-Pesa");
});

test("an article's expansion of an acronym that shares no word but generic ones with the registry's own ('Bank South Pacific (BSP)', not Bangko Sentral ng Pilipinas) is another body, here", () => {
  const own = articleRegistry("Bank South Pacific (BSP) started accepting transfers from Zeta Wallet in 2021. BSP said so.", defaultRegistry());
  assert.equal(own.get("BSP")?.name, "Bank South Pacific");
  // The registry's body written out the same way, or in its own words, keeps its acronym.
  assert.equal(articleRegistry("the Bangko Sentral ng Pilipinas (BSP) said", defaultRegistry()).get("BSP")?.name, "Bangko Sentral ng Pilipinas");
  assert.equal(articleRegistry("the Swiss National Bank (SNB) said", defaultRegistry()).get("SNB")?.name, "Swiss National Bank");
});

test("an acronym the registry knows only as '<acronym> <country>' ('IPS Serbia') is that country's in an article naming the country, and no one's elsewhere", () => {
  assert.equal(articleRegistry("Since May, shops in Serbia can send an IPS QR code in the chat.", defaultRegistry()).get("IPS")?.name, "IPS Serbia");
  assert.equal(articleRegistry("Since May, shops can send an IPS QR code in the chat.", defaultRegistry()).get("IPS"), undefined);
  // Two countries with a namesake each: the acronym stays unread.
  const r = new EntityRegistry([
    { name: "ART Cameroon", kind: "regulator", aliases: [] },
    { name: "ART France", kind: "regulator", aliases: [] },
  ]);
  assert.equal(articleRegistry("ART fined the operator. Cameroon and France differ.", r).get("ART"), undefined);
  assert.equal(articleRegistry("ART fined the operator in Cameroon.", r).get("ART")?.name, "ART Cameroon");
});

test("an acronym with an ampersand known only with its country reads in a story naming the country", () => {
  const r = new EntityRegistry([{ name: "B&M Mexico", kind: "company", aliases: [] }]);
  assert.equal(articleRegistry("B&M opened stores in Mexico.", r).get("B&M")?.name, "B&M Mexico");
});

test("a name the article defines that opens with a product's word ('Operator Chmury Krajowej (OChK)') is its own, not the product's", () => {
  const own = articleRegistry("Operator Chmury Krajowej (OChK), the cloud company set up in 2018, signed with Google Cloud. OChK then built a region.", defaultRegistry());
  assert.equal(own.get("OChK")?.name, "Operator Chmury Krajowej");
});

test("two capitals that open a known name and stand alone later ('SF Express' … 'SF') are its short name; 'QR' of 'QR Ph' is not", () => {
  assert.equal(articleRegistry("SF Express shut the interface on June 1. Sellers found parcels shipped with SF had stopped.", defaultRegistry()).get("SF")?.name, "SF Express");
  assert.equal(articleRegistry("GCash users can pay any QR Ph code. Every QR works now.", defaultRegistry()).get("QR"), undefined);
});

test("a product spelt as its owner's name and one word goes by that word once named in full ('Baidu Netdisk' … 'Netdisk'); generic words do not ('Apple Pay' … 'Pay')", () => {
  assert.equal(articleRegistry("Baidu Netdisk stores many files. WeChat began opening links to Netdisk in 2025.", defaultRegistry()).get("Netdisk")?.name, "Baidu Netdisk");
  assert.equal(articleRegistry("Apple Pay came to Kiwibank. Pay with your phone.", defaultRegistry()).get("Pay")?.name, undefined);
  // A word the article also writes in lower case is an ordinary word.
  assert.equal(articleRegistry("Baidu Netdisk stores files. Netdisk is the netdisk of old.", defaultRegistry()).get("Netdisk")?.name, undefined);
});

test("an acronym may take a capital from inside a compound word where too few words are left ('Television Jamaica (TVJ)', 'Svensk Elitfotboll (SEF), the association of …')", () => {
  assert.equal(articleRegistry("The regulator ordered Flow to restore Television Jamaica (TVJ), the broadcaster, on Monday. TVJ welcomed it.", defaultRegistry()).get("TVJ")?.name, "Television Jamaica");
  assert.equal(articleRegistry("A contract that Svensk Elitfotboll (SEF), the association of top-flight clubs, signed in 2018. SEF sells rights.", defaultRegistry()).get("SEF")?.name, "Svensk Elitfotboll");
  // Each word still spells a capital by its initial: "Operator Chmury (XYZ)" defines nothing.
  assert.equal(articleRegistry("Operator Chmury (XYZ), the cloud company, signed. XYZ grew.", defaultRegistry()).get("XYZ"), undefined);
});
