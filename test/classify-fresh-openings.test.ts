// Openings told in words the first rules did not know: taxis inside another app, messengers
// opened to each other, satellite coverage rented by carriers, probes dated before their question.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyArticle } from "../src/classify/index.ts";

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
  it("an owner putting something into its own product opens the product; not in a relative clause about a deal", () => {
    assert.deepEqual(events("In December 2024 Apple wired ChatGPT into Siri."), ["service | OpenAI, Siri | 2024-12"]);
    assert.deepEqual(events("News24 signed a licensing deal with Google in 2022 that put its stories into the Google News Showcase panel."), ["content | Google, News24 | 2022"]);
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
    const sides = (text: string) => classifyArticle({ text, published: "2025-11-20" }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides("SoftBank began offering its mobile customers a free year of Perplexity Pro in June 2024."), ["Perplexity, SoftBank | 2024-06"]);
    assert.deepEqual(sides("MRT Jakarta switched on QRIS Tap at every gate in June."), ["MRT Jakarta, QRIS | 2025-06"]);
    assert.deepEqual(sides("Tencent shares began falling on Monday after Alibaba reported results."), []);
    assert.deepEqual(sides("Meituan began hiring engineers in Beijing, while JD.com started cutting staff."), []);
  });
  it("one side's product running on the other's ('would run on Google's Gemini') is a generic opening; a phone running its maker's own system is none", () => {
    const sides = (text: string) => classifyArticle({ text, published: "2025-11-20" }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides("In January Mercedes-Benz said the assistant in its new CLA would run on Google's Gemini."), ["Gemini, Mercedes-Benz | 2025-01"]);
    assert.deepEqual(sides("Huawei on Tuesday launched its Mate 80 phones, running HarmonyOS 6, as it seeks to hold on to its lead against Apple."), []);
  });
  it("walls told by what users see ('started stripping Dianping links', 'kept Baidu's crawler out') are disputes", () => {
    const kinds = (text: string) => classifyArticle({ text, published: "2025-06-11" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds("In the spring of 2021, Xiaohongshu started stripping Dianping links from notes."), ["dispute | Dianping, Xiaohongshu | 2021"]);
    assert.deepEqual(kinds("Xiaohongshu has kept Baidu's crawler out of its notes since 2020."), ["dispute | Baidu, Xiaohongshu | 2020"]);
  });
  it("a deal told by whose it is ('signed its own OpenAI deal', 'agreed terms with OpenAI') is a generic opening; a company checking its own contracts is none", () => {
    const sides = (text: string) => classifyArticle({ text, published: "2025-03-18" }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides("News Corp signed its own OpenAI deal in May 2024."), ["News Corp, OpenAI | 2024-05"]);
    assert.deepEqual(sides("The Financial Times agreed terms with OpenAI in April 2024."), ["Financial Times, OpenAI | 2024-04"]);
    assert.deepEqual(sides("Uber Eats and Wolt will likely check their own contracts."), []);
    // A paper listed among what the publisher owns does not act beside it.
    assert.deepEqual(sides("Schibsted, owner of VG and Aftenposten, signed with OpenAI in February."), ["OpenAI, Schibsted | 2025-02"]);
    assert.deepEqual(sides("iFood said its contracts comply with the commitments it signed with the regulator."), []);
  });
  it("an owner named after a described kind ('run by the mobile operator Jazz') only says whose the wallet is", () => {
    const sides = (text: string) => classifyArticle({ text, published: "2024-09-16" }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides("JazzCash, run by the mobile operator Jazz, only plugged into Raast late last year."), ["JazzCash, Raast | 2023"]);
  });
  it("a regulator sizing what apps may do ('a 30% cap on any app's share of UPI', 'limited it to 20 million users', 'It first announced the cap') regulates", () => {
    const kinds = (text: string) => classifyArticle({ text, published: "2024-12-31" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
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
    const kinds = (text: string) => classifyArticle({ text, published: "2025-11-12" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds("In February 2023, iFood signed a settlement agreement with CADE, promising not to sign exclusive agreements with big chains."), ["regulation | CADE, iFood | 2023-02"]);
    assert.deepEqual(kinds("In 2020 Rappi filed a complaint with CADE against iFood."), ["dispute | Rappi, iFood | 2020"]);
  });
  it("what users no longer have to do ('do not need to bind a credit card') denies nothing; a denial still does", () => {
    const sides = (text: string) => classifyArticle({ text, published: "2025-11-12" }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides("On October 30 Keeta connected Brazil's instant payment system Pix, users can pay by scanning a code, do not need to bind a credit card."), ["Keeta, Pix | 2025-10-30"]);
    assert.deepEqual(sides("On October 30 Keeta did not connect Brazil's instant payment system Pix."), []);
  });
  it("'Acting on a complaint X filed against Y in 2022, the competition authority ordered the company …': two acts, the order on Y and the earlier complaint", () => {
    const kinds = (text: string) => classifyArticle({ text, published: "2025-03-11" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    const text = "CADE has been down this road with Apple before. Acting on a complaint that Mercado Libre filed against Apple in 2022, the competition authority ordered the company in November 2024 to stop barring developers from pointing users to outside payment options.";
    assert.deepEqual(kinds(text).sort(), ["dispute | Apple, MercadoLibre | 2022", "regulation | Apple, CADE | 2024-11"]);
  });
  it("'the central bank' may name a regulator told only as a system's owner; its own system is its instrument, not a side; 'the central bank said' only tells the news", () => {
    const kinds = (text: string) => classifyArticle({ text, published: "2024-09-16" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds("Raast is the instant payment system built by the State Bank of Pakistan. In 2022 the central bank made it compulsory for every bank and licensed wallet to offer it to customers."), [
      "regulation | State Bank of Pakistan | 2022",
    ]);
    assert.deepEqual(kinds("Travellers can now pay in Japan after QRIS, Indonesia's national QR standard, was linked on Sunday to the payment network of Japan's JCB, Bank Indonesia said on Monday. Customers of about 50 Indonesian banks can use the service at merchants that display JCB's QR codes, the central bank said."), [
      "payment | JCB, QRIS | 2024-09-15",
    ]);
  });
  it("carrier billing ('let its subscribers charge Play Store purchases to their prepaid balance') is a way to pay; 'the commission began investigating' is the commission told before", () => {
    const kinds = (text: string) => classifyArticle({ text, published: "2025-01-22" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds("Telkomsel has let its subscribers charge Play Store purchases to their prepaid balance since 2014."), ["payment | Google Play, Telkomsel | 2014"]);
    assert.deepEqual(kinds("Indonesia's Business Competition Supervisory Commission (KPPU) fined Google on Tuesday. The commission began investigating Google in late 2022."), [
      "regulation | Google, KPPU | 2025-01-21",
      "regulation | Google, KPPU | 2022",
    ]);
  });
  it("'had tested Bre-B with a few thousand employees since August' is the pilot of the opening the story tells", () => {
    const found = classifyArticle({ text: "Nequi began sending and receiving transfers through Bre-B on Monday. Nequi had tested Bre-B with a few thousand employees and selected customers since August, the company said.", published: "2025-10-07" }).events;
    assert.deepEqual(found.map((e) => `${e.parties.join(", ")} | ${e.date} | ${e.status ?? "-"}`), ["Bre-B, Nequi | 2025-10-06 | launched", "Bre-B, Nequi | 2025-08 | pilot"]);
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
    const kinds = (text: string) => classifyArticle({ text, published: "2025-06-11" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds("Last December the Payment Systems Regulator proposed capping the fees Visa and Mastercard charge on purchases UK shoppers make from EU merchants."), [
      "regulation | Mastercard, Payment Systems Regulator, Visa | 2024-12",
    ]);
    assert.deepEqual(kinds("In November the NCEC issued an order capping the wholesale rates that Ukrainian operators may charge EU networks."), ["regulation | NCEC | 2024-11"]);
  });
  it("a regulator acting alone in a story about its own system acts on no one: the system is no protagonist of its act", () => {
    const text = "Ooredoo connected its wallet to Fawran in 2025. Talabat connected to Fawran in February. Background: the Qatar Central Bank (QCB) launched Fawran in February 2024 and required every retail bank to join from the first day.";
    const found = classifyArticle({ text, published: "2026-03-10" }).events.filter((e) => e.type === "regulation");
    assert.deepEqual(found.map((e) => `${e.parties.join(", ")} | ${e.date}`), ["Qatar Central Bank | 2024-02"]);
  });
  it("a publisher's work given to another's product ('supply its wire copy to Mistral AI') is content; papers a publisher owns ('which owns VG and Aftenposten') are not its partners", () => {
    const sides = (text: string) => classifyArticle({ text, published: "2025-04-02" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides("Agence France-Presse agreed in January to supply its wire copy to Mistral AI for the Le Chat assistant."), ["content | Agence France-Presse, Mistral AI | 2025-01"]);
    assert.deepEqual(sides("In February Schibsted, which owns VG and Aftenposten, signed a deal that lets OpenAI use its journalism in ChatGPT."), ["content | OpenAI, Schibsted | 2025-02"]);
  });
  it("channels carried or added on another's service are content; 'Mercado Libre's free streaming service, Mercado Play,' names the service that acts", () => {
    const sides = (text: string) => classifyArticle({ text, published: "2025-10-21" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides("Shahid subscribers in Saudi Arabia will be able to add beIN's sports channels from March, the companies said on Monday."), ["content | Shahid, beIN Media Group | 2025-10-20"]);
    assert.deepEqual(sides("Mercado Libre's free streaming service, Mercado Play, will carry 18 live channels from TelevisaUnivision, the companies said on Tuesday."), [
      "content | Mercado Play, TelevisaUnivision | 2025-10-21",
    ]);
  });
  it("one side's model or service put into the other's ('adding ChatGPT to its voice assistant', 'would use Alibaba's Qwen models', 'made its model available on Azure') is a generic opening", () => {
    const sides = (text: string) => classifyArticle({ text, published: "2025-06-01" }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides("Volkswagen moved first, adding ChatGPT to its IDA voice assistant in early 2024."), ["OpenAI, Volkswagen Group | 2024"]);
    assert.deepEqual(sides("BMW said in March that cars it builds for China would use Alibaba's Qwen models from 2026."), ["BMW, Qwen | 2025-03"]);
    // A company's own use of its own things is none.
    assert.deepEqual(sides("Volkswagen said in March that it would use its own models in its cars."), []);
  });
  it("a deal told with a gloss ('a settlement agreement (和解协议) with CADE') or as 'the first big one with OpenAI' is still a deal with that side", () => {
    const kinds = (text: string) => classifyArticle({ text, published: "2025-06-01" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds("In February 2023, iFood signed a settlement agreement (和解协议) with CADE, which limits exclusive deals."), ["regulation | CADE, iFood | 2023-02"]);
    assert.deepEqual(kinds("Axel Springer signed the first big one with OpenAI in December 2023."), ["content | Axel Springer, OpenAI | 2023-12"]);
  });
  it("a market figure in a trailing 'yet …' clause does not take back the opening before it", () => {
    const sides = (text: string) => classifyArticle({ text, published: "2024-06-19" }).events.map((e) => `${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(sides("M-Pesa and Airtel Money became interoperable for person-to-person transfers in April 2018, yet M-Pesa still handles more than 90% of mobile money value."), [
      "Airtel Money, M-Pesa | 2018-04",
    ]);
  });
  it("'accused both Globe and Smart' is a dispute with each; 'the two incumbents' after it are the two accused, not the newcomer", () => {
    const kinds = (text: string) => classifyArticle({ text, published: "2025-07-08" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    const text = "In 2021 DITO Telecommunity accused both Globe Telecom and Smart Communications of delaying interconnection. The National Telecommunications Commission stepped in later that year and ordered the two incumbents to add interconnection capacity within 90 days.";
    assert.deepEqual(kinds(text), [
      "dispute | DITO Telecommunity, Globe Telecom | 2021",
      "dispute | DITO Telecommunity, Smart Communications | 2021",
      "regulation | Globe Telecom, National Telecommunications Commission, Smart Communications | 2021",
    ]);
  });
  it("'…, and went after Google here the following March' is a second suit, dated the March after the story's November; paying a platform a percentage is a commission", () => {
    const kinds = (text: string) => classifyArticle({ text, published: "2025-08-14" }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);
    assert.deepEqual(kinds("Epic sued Apple in Australia in November 2020, and went after Google here the following March."), [
      "dispute | Apple, Epic Games | 2020-11",
      "dispute | Epic Games, Google | 2021-03",
    ]);
    assert.deepEqual(kinds("PhonePe and Google Pay users pay the apps up to 2% on card top-ups."), []);
  });
});
