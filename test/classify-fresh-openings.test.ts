// Openings told in words the first rules did not know: taxis inside another app, messengers
// opened to each other, satellite coverage rented by carriers, probes dated before their question.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyArticle } from "../src/classify/index.ts";
import { defaultRegistry } from "../src/classify/entities.ts";
import { ownChildActs } from "../src/classify/groups.ts";
import { kindsOn, rulesOnly, sidesOn } from "./helpers/events.ts";

rulesOnly();

const PUB = "2025-03-12";
const classify = (text: string) => classifyArticle({ text, published: PUB });

describe("services, messengers and probes told in fresh words", () => {
  const events = (text: string) => classify(text).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
  it("taxis booked inside another's app are a service opening", () => {
    assert.deepEqual(events("In 2017 Gojek added Bluebird taxis to its app."), ["service | Blue Bird Group, Gojek | 2017"]);
  });
  it("users of one messenger chatting with people on others: one data opening each, and 'in the European Union' is where, not who", () => {
    assert.deepEqual(events("WhatsApp users in the European Union can now chat with people on BirdyChat and Haiket."), [
      "data | BirdyChat, WhatsApp | 2025-03-12",
      "data | Haiket, WhatsApp | 2025-03-12",
    ]);
  });
  it("a carrier launching satellite texting with an operator", () => {
    assert.deepEqual(events("One NZ launched satellite texting with Starlink in December 2024."), ["service | One NZ, Starlink | 2024-12"]);
  });
  it("a probe dated before what it asks, and a case a regulator drops, act on the company", () => {
    assert.deepEqual(events("The JFTC opened an investigation last March into whether Rakuten forced merchants to use its app."), ["regulation | JFTC, Rakuten | 2024-03"]);
    assert.deepEqual(events("The CCI dropped its case against Google in August."), ["regulation | CCI, Google | 2024-08"]);
    // A study that includes "the question of whether" asks it; the study itself happened.
    assert.deepEqual(events("In March, the Vietnam Competition Commission began a market study that includes the question of whether messaging apps treat merchants' links differently."), [
      "regulation | Vietnam Competition Commission | 2025-03",
    ]);
    // A probe opened "and would decide within 90 days whether" to go further was still opened.
    assert.deepEqual(events("The Vietnam Competition Commission said on Wednesday it had opened a preliminary investigation into Grab's contracts and would decide within 90 days whether to launch a formal probe."), [
      "regulation | Grab, Vietnam Competition Commission | 2025-03-12",
    ]);
    // A consultation asking whether something should be done was still opened.
    assert.deepEqual(events("In February 2023 the European Commission opened a consultation asking, among other things, whether large content providers should contribute to the cost of networks."), [
      "regulation | European Commission | 2023-02",
    ]);
  });
  it("a regional central bank telling banks to connect regulates", () => {
    assert.deepEqual(events("In 2021 the Bank of Central African States told banks and mobile-money issuers to connect to the regional switch."), ["regulation | BEAC | 2021"]);
  });
  it("an organisation the registry lacks, named with its kind after it or with Indonesia's 'PT', is a party", () => {
    assert.deepEqual(events("WhatsApp users can now exchange messages with people on Quillchat, the open-source messenger used by several governments."), [
      "data | Quillchat, WhatsApp | 2025-03-12",
    ]);
    assert.deepEqual(events("In July 2020 the watchdog KPPU fined Grab and its car-rental partner, PT Teknologi Pengangkutan Indonesia (TPI), for favouring TPI drivers."), [
      "regulation | Grab, KPPU, PT Teknologi Pengangkutan Indonesia | 2020-07",
    ]);
  });
  it("a person described by a kind of business is still a person", () => {
    assert.deepEqual(events("WeChat stopped blocking Taobao links on Monday, said Li Si, a bank analyst."), ["link_access | Taobao, WeChat | 2025-03-10"]);
  });
  it("a complaint told with what it charges is a dispute, and a wall is never a pilot", () => {
    const out = classify("Last year lifecell complained that Kyivstar, the market leader, was dragging out the technical tests.").events;
    assert.deepEqual(
      out.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date} | ${e.status ?? "-"}`),
      ["dispute | Kyivstar, lifecell | 2024 | -"],
    );
  });
  it("a case against 'the operator of' a platform is against the platform; a named operator is the side", () => {
    assert.deepEqual(events("The court made a first-instance judgment in the case of Weibo v. the operator of Xiaohongshu on 21 August."), ["dispute | Weibo, Xiaohongshu | 2024-08-21"]);
    assert.deepEqual(events("Sea, the operator of Shopee, sued Lazada in May."), ["dispute | Lazada, Sea | 2024-05"]);
    // An unnamed arm acts for the body it belongs to; a named one is the side.
    assert.deepEqual(events("In May the investigation arm of the Competition Commission of India sent Zomato and Swiggy a report finding that both had abused their dominance."), [
      "regulation | CCI, Swiggy, Zomato | 2024-05",
    ]);
  });
  it("a regulator approving 'the acquisition of X by Y' acts on both", () => {
    assert.deepEqual(events("SAMR approved with conditions the acquisition of Ximalaya by Tencent Music in November."), ["regulation | SAMR, Tencent Music, Ximalaya | 2024-11"]);
  });
  it("a regulator letting one company buy another acts on both", () => {
    assert.deepEqual(events("The Justice Department let Live Nation buy Ticketmaster in January 2010."), ["regulation | DOJ, Live Nation, Ticketmaster | 2010-01"]);
    assert.deepEqual(events("In May Taiwan's Fair Trade Commission cleared Uber to acquire Foodpanda's Taiwan business."), ["regulation | Foodpanda, Taiwan Fair Trade Commission, Uber | 2024-05"]);
    assert.deepEqual(events("The CMA allowed Microsoft to buy Activision Blizzard in October 2023."), ["regulation | Activision Blizzard, CMA, Microsoft | 2023-10"]);
    assert.deepEqual(events("SAMR blocked the merger of Huya and Douyu led by Tencent in July 2021."), ["regulation | Douyu, Huya, SAMR, Tencent | 2021-07"]);
  });
  it("a streaming service sold as an add-on inside another's app, or inside a carrier's TV packages, is a content deal", () => {
    assert.deepEqual(events("Crunchyroll launched as an add-on channel inside Amazon's Prime Video Channels in the US in January 2024."), ["content | Amazon Prime Video, Crunchyroll | 2024-01"]);
    assert.deepEqual(events("OSN+ has been sold inside the stc tv packages of Saudi Telecom since 2022."), ["content | OSN, stc | 2022"]);
  });
  it("a licence in British spelling, and paying for the use of articles, are content deals; two of the owner's products at once are the owner", () => {
    assert.deepEqual(events("AFP had already struck its own five-year licence with Google in November 2021."), ["content | Agence France-Presse, Google | 2021-11"]);
    // A relative clause after the partner ends where a purpose clause resumes the act.
    assert.deepEqual(
      events("Google on Tuesday signed an agreement with the Alliance de la presse d'information générale (APIG), which represents about 300 French newspapers, to pay for the use of their articles in its Gemini assistant and in the AI Overviews that appear above search results."),
      ["content | APIG, Google | 2025-03-11"],
    );
  });
  it("a 'small program' (machine-translated 小程序) going online inside another's app is a link opening", () => {
    assert.deepEqual(events("On March 10, Hellobike said its small program has officially gone online in Weixin."), ["link_access | Hellobike, WeChat | 2025-03-10"]);
  });
  it("a carriage fight told by what viewers saw is a dispute", () => {
    assert.deepEqual(events("In 2022 Globo's channels went dark on Claro's pay-TV service in Brazil for eleven days."), ["dispute | Claro, Grupo Globo | 2022"]);
    assert.deepEqual(events("Disney's channels, including ABC and ESPN, went dark on YouTube TV on Thursday."), ["dispute | Disney, YouTube TV | 2025-03-06"]);
  });
  it("one carrier's customers on another's towers or network are a service opening; accepting a rail's codes is a payment one", () => {
    assert.deepEqual(events("TPG Telecom customers began using Optus towers across regional Australia on Monday."), ["service | Optus, TPG Telecom | 2025-03-10"]);
    assert.deepEqual(events("Orange Egypt has hosted its customers on Telecom Egypt's 4G network in Upper Egypt since 2022."), ["service | Orange Egypt, Telecom Egypt | 2022"]);
    assert.deepEqual(events("Nubank began accepting CoDi codes in its app in June."), ["payment | CoDi, Nubank | 2024-06"]);
    // Mini apps accepting a wallet at checkout: the wallet is a way to pay, not a link.
    assert.deepEqual(events("Since October, Zalo mini apps have been allowed to accept MoMo at checkout."), ["payment | MoMo, Zalo | 2024-10"]);
  });
  it("what a regulator can or is trying to do has not happened; a product naming a case is not a side beside its owner", () => {
    assert.deepEqual(events("The watchdog UOKiK can fine companies up to 10% of annual turnover."), []);
    assert.deepEqual(events("Last month the KFTC accepted Google's proposed remedies in its YouTube Music bundling case."), ["regulation | Google, KFTC | 2025-02"]);
    assert.deepEqual(events("The KFTC fined YouTube Music in May."), ["regulation | KFTC, YouTube Music | 2024-05"]);
  });
  it("paying a rival a fee, or paying nothing, is a price term and not a way to pay", () => {
    assert.deepEqual(events("Coupang will pay Naver Financial and Viva Republica a processing fee of around 1.5%."), []);
    assert.deepEqual(events("Lazada said it would pay YouTube no fee beyond the creators' commissions."), []);
  });
  it("a market share told with a per cent sign and more words after it is no opening", () => {
    assert.deepEqual(events("Demae-can and Uber Eats are said to hold about 80% together of Japan's food delivery."), []);
  });
  it("an opening said on one day and seen the next is one event, dated by the earlier day", () => {
    const text = "Douyin said on Monday it had opened its public videos to Baidu's search crawler. By Tuesday, searches on Baidu were returning Douyin clips.";
    assert.deepEqual(events(text), ["link_access | Baidu, Douyin | 2025-03-10"]);
  });
  it("shutting a rival's crawler out is a wall", () => {
    assert.deepEqual(events("Douyin had shut Baidu's spider out since 2019."), ["dispute | Baidu, Douyin | 2019"]);
  });
  it("what an opening replaced is no side of it", () => {
    assert.deepEqual(events("Lalamove will switch its drivers in Southeast Asia to GrabMaps, the mapping service built by Grab, replacing Google Maps."), [
      "service | GrabMaps, Lalamove | 2025-03-12",
    ]);
  });
  it("the owner of things the text leaves unnamed acts for them, and whom the act left without something is no side", () => {
    const text = "Stations owned by Nexstar Media Group went dark on Dish Network on Sunday, leaving customers without their local NBC affiliate.";
    assert.deepEqual(events(text), ["dispute | Dish Network, Nexstar Media Group | 2025-03-09"]);
  });
  it("'it is not the first time' denies nothing", () => {
    assert.deepEqual(events("It is not the first time Kuaishou has picked a partner: in January 2022 it let Meituan open a mini-program inside the Kuaishou app."), [
      "link_access | Kuaishou, Meituan | 2022-01",
    ]);
  });
  it("data named as the source of a figure opens nothing", () => {
    assert.deepEqual(events("TikTok Shop has become Vietnam's second-largest online marketplace after Shopee, according to data firm Metric."), []);
  });
  it("an owner opening up through 'its' own product opens the product; a case about an owner's product stays the owner's", () => {
    assert.deepEqual(events("Rakuten Group will let merchants on its Rakuten Ichiba marketplace place shoppable links in TikTok videos from May."), [
      "link_access | Rakuten Ichiba, TikTok | 2025-03-12",
    ]);
    assert.deepEqual(events("The KFTC fined Google in 2023 over its Play Store billing rules."), ["regulation | Google, KFTC | 2023"]);
  });
  it("a league named for its matches is what is sold, not a side ('its Saturday afternoon Bundesliga conference')", () => {
    assert.deepEqual(events("Sky Deutschland will sublicense its Saturday afternoon Bundesliga conference to DAZN."), ["content | DAZN, Sky Group | 2025-03-12"]);
    assert.deepEqual(events("In July 2024 DAZN signed a deal with the Bundesliga for its Saturday rights."), ["content | Bundesliga, DAZN | 2024-07"]);
  });
  it("a rival named in a trailing 'as … looks for ways around' clause is background, not a side", () => {
    assert.deepEqual(events("Naver will let users of its Naver Map app book rooms listed on Yeogi Eottae, the two companies said on Wednesday, as the smaller platform looks for ways around its bigger rival Yanolja."), [
      "service | Naver Map, Yeogi Eottae | 2025-03-12",
    ]);
  });
  it("a company bought is a side of the approval, even when the registry already counts it as the buyer's", () => {
    assert.deepEqual(events("In June the Competition Tribunal approved Canal+'s takeover of MultiChoice on condition that the merged group keep sublicensing sports content."), [
      "regulation | Competition Tribunal, Groupe Canal+, MultiChoice | 2024-06",
    ]);
  });
  it("one side's customers given access to the other's network is a service opening", () => {
    assert.deepEqual(events("Ford owners got access to Tesla's Superchargers in February 2024."), ["service | Ford, Tesla Supercharger | 2024-02"]);
  });
  it("an owner putting something into (or taking it at) its own product opens the product; not in a relative clause about a deal", () => {
    assert.deepEqual(events("In December 2024 Apple wired ChatGPT into Siri."), ["service | OpenAI, Siri | 2024-12"]);
    assert.deepEqual(events("News24 signed a licensing deal with Google in 2022 that put its stories into the Google News Showcase panel."), ["content | Google, News24 | 2022"]);
    // A phone system says where; the owner of the payment still acts.
    assert.deepEqual(ownChildActs("WeChat Mini Games officially accessed Apple's in-app purchase on iOS", ["Apple", "WeChat Mini Games"], defaultRegistry()), ["Apple", "WeChat Mini Games"]);
    // "… at the PlayStation Store checkout": the owner's product where the act takes place.
    assert.deepEqual(events("In August 2024 Sony began accepting Mercado Pago at the PlayStation Store checkout in Mexico."), ["payment | Mercado Pago, PlayStation | 2024-08"]);
  });
  it("an owner's product named after 'its' and a country or trade word ('its Brazilian App Store') is the side that opens", () => {
    assert.deepEqual(events("In 2021 Apple began accepting Pix in its Brazilian App Store."), ["payment | App Store, Pix | 2021"]);
    assert.deepEqual(events("In 2021 Apple began accepting Pix in its stores."), ["payment | Apple, Pix | 2021"]);
  });
  it("a generic opening ('linked up with') is an event when the model gives a kind at least a third; the sides decide the match", () => {
    const found = classify("Last month Zalo linked up with MoMo.").events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(found, ["MoMo, Zalo | 2025-02"]);
  });
  it("a service back on another's ('the Spotify app was back on Fire TV') is a generic opening the model types", () => {
    const found = classify("Last week the Spotify app was back on Fire TV.").events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(found, ["Fire TV, Spotify | 2025-03"]);
  });
  it("two sides launching a plan or programme 'under which' one's ads send users to the other: the terms say the kind, and the pair dealt with each other", () => {
    const found = (text: string) => classify(text).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(found('On March 3, Little Red Book and Vipshop launched the "Red Vip Plan" (红唯计划), under which the advertising of Vipshop merchants on Little Red Book sends users to their Vipshop stores.'), [
      "traffic | Vipshop, Xiaohongshu | 2025-03-03",
    ]);
    assert.deepEqual(found("On March 3, Douyin and Vipshop launched a joint programme, under which Vipshop ads in Douyin videos send shoppers straight to Vipshop product pages."), [
      "traffic | Douyin, Vipshop | 2025-03-03",
    ]);
  });
  it("an act with a time of its own stands whatever a 'but' tail says came after; an undated one the tail takes back", () => {
    const found = (text: string) => classifyArticle({ text, published: "2025-08-12" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(found("On May 13, SAMR summoned Meituan and Ele.me over the subsidy war, but the battle did not cool down."), ["regulation | Ele.me, Meituan, SAMR | 2025-05-13"]);
    assert.deepEqual(found("SAMR summoned Meituan and Ele.me over the subsidy war, but the battle did not cool down."), []);
  });
  it("'each other's' says two sides opened to one another ('agreed to carry each other's channels')", () => {
    const found = classify("Movistar Plus+ and DAZN agreed on Monday to carry each other's channels.").events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(found, ["DAZN, Movistar Plus+ | 2025-03-10"]);
    // An idiom of rivalry opens nothing.
    assert.deepEqual(classify("Meituan and Douyin have been at each other's throats over restaurant deals since 2022.").events, []);
  });
  it("with no regulator in sight the type model's regulation belief goes to the other kinds: 'connected to the GIMAC switch' is an opening, and a follower copies it", () => {
    const found = classify("MTN Mobile Money connected to the GIMAC switch in 2021. Orange Money followed the next year.").events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(found, ["GIMAC, MTN Mobile Money | 2021", "GIMAC, Orange Money | 2022"]);
  });
  it("a change of behaviour ('began offering', 'switched on') between two sides is a generic opening the model types; one side's own business is none", () => {
    const sides = sidesOn("2025-11-20");
    assert.deepEqual(sides("SoftBank began offering its mobile customers a free year of Perplexity Pro in June 2024."), ["Perplexity, SoftBank | 2024-06"]);
    assert.deepEqual(sides("MRT Jakarta switched on QRIS Tap at every gate in June."), ["MRT Jakarta, QRIS | 2025-06"]);
    assert.deepEqual(sides("Tencent shares began falling on Monday after Alibaba reported results."), []);
    assert.deepEqual(sides("Meituan began hiring engineers in Beijing, while JD.com started cutting staff."), []);
  });
  it("one side's product running on the other's ('would run on Google's Gemini') is a generic opening; a phone running its maker's own system is none", () => {
    const sides = sidesOn("2025-11-20");
    assert.deepEqual(sides("In January Mercedes-Benz said the assistant in its new CLA would run on Google's Gemini."), ["Gemini, Mercedes-Benz | 2025-01"]);
    assert.deepEqual(sides("Huawei on Tuesday launched its Mate 80 phones, running HarmonyOS 6, as it seeks to hold on to its lead against Apple."), []);
  });
  it("walls told by what users see ('started stripping Dianping links', 'kept Baidu's crawler out') are disputes", () => {
    const kinds = kindsOn("2025-06-11");
    assert.deepEqual(kinds("In the spring of 2021, Xiaohongshu started stripping Dianping links from notes."), ["dispute | Dianping, Xiaohongshu | 2021"]);
    assert.deepEqual(kinds("Xiaohongshu has kept Baidu's crawler out of its notes since 2020."), ["dispute | Baidu, Xiaohongshu | 2020"]);
  });
});

describe("an object named again in a later clause", () => {
  const kinds = kindsOn(PUB);
  it("'Meesho added Ekart …, and Shiprocket listed it …', '… Google Cloud began offering the models …': the earlier clause's object, with the new side", () => {
    assert.deepEqual(kinds("Meesho added Ekart as a delivery partner in January, and Shiprocket listed it as a courier option for its merchants in February."), [
      "service | Ekart, Meesho | 2025-01",
      "service | Ekart, Shiprocket | 2025-02",
    ]);
    assert.deepEqual(kinds("Amazon has sold access to Claude through its Bedrock service since 2023, and Google Cloud began offering the models to its customers in 2024."), [
      "service | Amazon Bedrock, Claude | 2023",
      "service | Claude, Google Cloud | 2024",
    ]);
  });
  it("an 'it' that is what a clause says of something, or a side told again, adds no act", () => {
    assert.deepEqual(kinds("Meesho added Ekart as a delivery partner in January, and analysts called it a bet on speed."), ["service | Ekart, Meesho | 2025-01"]);
    assert.deepEqual(kinds("Meesho added Ekart as a delivery partner in January, and Meesho promoted it in February."), ["service | Ekart, Meesho | 2025-01"]);
  });
  it("a deal extended or renewed ('It extended the agreement with Vodacom in June') is told again with its sides", () => {
    const sides = sidesOn("2026-01-15");
    assert.deepEqual(sides("Airtel Kenya sells data bundles. It extended the agreement with Vodacom in June."), ["Airtel, Vodacom | 2025-06"]);
    assert.deepEqual(sides("Airtel Kenya sells data bundles. In June it renewed the Vodacom deal for three years."), ["Airtel, Vodacom | 2025-06"]);
  });
  it("what a later act follows ('The move follows Taobao's decision last September to let shoppers pay with Tencent's wallet', 'comes four months after WhatsApp … opened to …') is the earlier act, at its own time", () => {
    const sides = sidesOn("2026-01-15");
    assert.deepEqual(sides("The move follows Taobao's decision last September to let shoppers pay with WeChat Pay across the marketplace."), ["Taobao, WeChat Pay | 2025-09"]);
    assert.deepEqual(sides("The move comes four months after WhatsApp opened to BirdyChat in September."), ["BirdyChat, WhatsApp | 2025-09"]);
  });
});

describe("what cannot be done yet, and names translated word for word", () => {
  const kinds = kindsOn("2026-03-04");
  it("what users still cannot do is no opening; a quoted 'cannot be allowed' denies nothing of the act", () => {
    assert.deepEqual(kinds("Visa and Mastercard credit cards still cannot be linked to UPI."), []);
    assert.deepEqual(kinds("Customers of Kakao Pay can't pay on Coupang."), []);
    assert.deepEqual(kinds("Visa and Mastercard credit cards were linked to UPI on Monday."), ["payment | UPI, Visa | 2026-03-02", "payment | Mastercard, UPI | 2026-03-02"]);
  });
  it("'Market Pay' in translated Spanish press is Mercado Pago; 'Central Bank of UAE' is the UAE's", () => {
    assert.deepEqual(kinds("Venmo users can send money to Market Pay accounts in Mexico since Monday."), ["payment | Mercado Pago, Venmo | 2026-03-02"]);
    assert.deepEqual(kinds("In July 2023 the Reserve Bank of India and the Central Bank of UAE signed a memorandum of understanding on linking their payment systems."), ["regulation | CBUAE, Reserve Bank of India | 2023-07"]);
  });
});
