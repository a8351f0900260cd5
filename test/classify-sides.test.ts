// How many sides an event keeps: three only when the text lists them side by side.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultRegistry } from "../src/classify/entities.ts";
import { ownChildActs } from "../src/classify/groups.ts";
import { classifyArticle } from "../src/classify/index.ts";
import { findParties } from "../src/classify/parties.ts";
import { rulesOnly } from "./helpers/events.ts";

rulesOnly();

const PUB = "2025-03-12"; // a Wednesday: Monday is 03-10
const events = (text: string) => classifyArticle({ text, published: PUB }).events.map((e) => `${e.type} | ${e.parties.join(", ")} | ${e.date}`);

describe("three sides need a list", () => {
  it("names listed side by side are all sides", () => {
    assert.deepEqual(events("Kyivstar, Vodafone Ukraine and lifecell switched on national roaming on Monday."), ["service | Kyivstar, Vodafone Ukraine, lifecell | 2025-03-10"]);
    assert.deepEqual(events("Taobao and Tmall began accepting WeChat Pay on Monday."), ["payment | Taobao, Tmall, WeChat Pay | 2025-03-10"]);
    // A gloss in brackets between two listed names keeps them a list.
    assert.deepEqual(events("Taobao (淘宝) and Tmall (天猫) links can now be opened directly in Weixin (微信)."), ["link_access | Taobao, Tmall, WeChat | 2025-03-12"]);
    // So does the full stop of an abbreviation ending the first name.
    assert.deepEqual(events("Nikkei Inc. and The Asahi Shimbun filed a joint lawsuit against Perplexity on Monday."), ["dispute | Asahi Shimbun, Nikkei Inc., Perplexity | 2025-03-10"]);
    assert.deepEqual(events("In 2021 DITO accused Globe Telecom and Smart Communications of slowing the links between their networks."), [
      "dispute | DITO Telecommunity, Globe Telecom, Smart Communications | 2021",
    ]);
  });
  it("two of one group listed side by side, or a pair acting jointly, bring one suit", () => {
    assert.deepEqual(events("Perplexity has grown fast. Dow Jones and the New York Post sued the company in October 2024."), ["dispute | Dow Jones, New York Post, Perplexity | 2024-10"]);
    assert.deepEqual(events("Nikkei Inc. and the Asahi Shimbun jointly sued Perplexity last August."), ["dispute | Asahi Shimbun, Nikkei Inc., Perplexity | 2024-08"]);
  });
  it("a pair told before by its trade is one side of a quarrel, as a list would be", () => {
    assert.deepEqual(
      events("Zomato and Swiggy dominate food delivery in India. In July 2021 the National Restaurant Association of India complained to the CCI that the two platforms forced restaurants into exclusivity."),
      ["dispute | National Restaurant Association of India, Swiggy, Zomato | 2021-07"],
    );
  });
  it("three or more subjects listed, each dealing with one side named after them, are one event each; a joint suit stays one", () => {
    assert.deepEqual(events("Since the beginning of this month, Huawei Cloud, Tencent Cloud and Alibaba Cloud have put DeepSeek models on their platforms.").sort(), [
      "service | Alibaba Cloud, DeepSeek | 2025-03",
      "service | DeepSeek, Huawei Cloud | 2025-03",
      "service | DeepSeek, Tencent Cloud | 2025-03",
    ]);
    assert.deepEqual(events("On Monday Nikkei Inc., The Asahi Shimbun and Yomiuri Shimbun sued Perplexity."), ["dispute | Asahi Shimbun, Nikkei Inc., Perplexity, Yomiuri Shimbun | 2025-03-10"]);
  });
  it("a switch the payment runs through, written after both sides, is not a side", () => {
    assert.deepEqual(events("Zalo began accepting MoMo payments on Monday through a link with NAPAS. NAPAS said the link was built in a month."), ["payment | MoMo, Zalo | 2025-03-10"]);
  });
  it("a rail written as another's codes is not a side", () => {
    assert.deepEqual(events("GCash users can now pay at merchants that display Maya's QR Ph codes."), ["payment | GCash, Maya | 2025-03-12"]);
  });
  it("a sentence that writes none of the sides (a trial of the act before) keeps them all", () => {
    assert.deepEqual(
      events("Taobao (淘宝) and Tmall (天猫) links can now be opened directly in Weixin (微信). According to a person close to Tencent, the adjustment has been tested in small scale since January."),
      ["link_access | Taobao, Tmall, WeChat | 2025-03-12", "link_access | Taobao, Tmall, WeChat | 2025-01"],
    );
  });
  it("a trial that writes one side keeps the two sides its act kept, not a rival named beside the act", () => {
    assert.deepEqual(
      events("Bharti Airtel will bundle YouTube Premium with its postpaid plans from August 1, the operator said on Monday, stepping up a content race with Reliance Jio. Airtel had tested the offer with about 200,000 broadband customers in January."),
      ["content | Airtel, YouTube Premium | 2025-03-10", "content | Airtel, YouTube Premium | 2025-01"],
    );
  });
  it("a regulator's act keeps every company it reaches", () => {
    const found = events("On Monday the Bank of Tanzania ordered Vodacom to connect M-Pesa to Airtel Money.");
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^regulation \| .*Bank of Tanzania.*Vodacom/);
  });
  it("two clauses that tell one happening twice ('…, and Maya users can pay GCash merchant codes in return') make one event", () => {
    assert.deepEqual(events("Since 10 February, GCash users can pay at merchants that display Maya's QR Ph codes, and Maya users can pay GCash merchant codes in return."), ["payment | GCash, Maya | 2025-02-10"]);
  });
});

describe("who tells the news is no side", () => {
  it("an outlet that learned or was told the news ('36Kr learned that', 'insiders told 36Kr that') is its source", () => {
    assert.deepEqual(events("36Kr learned on Monday that Keeta has officially accessed the stc pay wallet."), ["payment | Keeta, stc | 2025-03-10"]);
    assert.deepEqual(events("Industry insiders told 36Kr that last year HungerStation asked restaurants to choose one of two platforms after Keeta entered."), ["dispute | HungerStation, Keeta | 2024"]);
    // A company told something by another is still a side of what it was told.
    assert.deepEqual(events("In July Apple told Epic Games that it would block its developer account."), ["dispute | Apple, Epic Games | 2024-07"]);
  });
});

describe("the owner's product an act puts something on is the side", () => {
  it("'began offering xAI's Grok models on Azure' is Azure's; 'agreed to run its AI applications on Azure' puts one side's systems on the other's", () => {
    assert.deepEqual(events("Microsoft began offering xAI's Grok models on Azure in May."), ["service | Azure, xAI | 2024-05"]);
    assert.deepEqual(events("Elisa agreed in May to run its AI applications on Azure."), ["service | Azure, Elisa | 2024-05"]);
  });
  it("the product whose users an act opens stays the side though a trailing comment names another of the owner's", () => {
    assert.deepEqual(events("Kakao will let KakaoTalk users send money from Naver Pay accounts in May, loosening the hold its own Kakao Pay has had on the messenger."), [
      "payment | KakaoTalk, Naver Pay | 2024-05",
    ]);
  });
});

describe("deals told by what the two sides will do together", () => {
  it("'agreed with AWS to build an AI zone' is a deal between the two", () => {
    assert.deepEqual(events("On Monday Humain agreed with AWS to build an AI zone in the kingdom.").map((e) => e.replace(/^\w+ \| /, "")), ["AWS, Humain | 2025-03-10"]);
    // Agreeing with someone about a view is no deal.
    assert.deepEqual(events("On Monday Humain agreed with analysts that demand for chips would keep rising."), []);
  });
});

describe("newcomers and rivals", () => {
  it("'and Naver Pay joined last year' is the act just told, with the newcomer in its subject's place", () => {
    assert.deepEqual(events("Kakao Pay users have been able to pay at Alipay merchants since 2019, and Naver Pay joined last year."), [
      "payment | Alipay, Kakao Pay | 2019",
      "payment | Alipay, Naver Pay | 2024",
    ]);
  });
  it("a rival that narrowed the gap with another is in a race, not a deal", () => {
    assert.deepEqual(events("Coupang Eats has spent heavily on free delivery for members of Coupang's loyalty programme and has narrowed the gap with Baemin."), []);
  });
});

describe("deals told by their size", () => {
  it("'signed a seven-year, $38 billion agreement to run training on AWS' is a deal with AWS", () => {
    assert.deepEqual(
      events("On Monday OpenAI signed a seven-year, $38 billion agreement to run training and inference on AWS.").map((e) => e.replace(/^\w+ \| /, "")),
      ["AWS, OpenAI | 2025-03-10"],
    );
  });
});

describe("owners named in passing", () => {
  it("'the car-hailing platform under Geely' names the platform's owner, who is no side", () => {
    assert.deepEqual(
      events("In 2020, T3 Travel connected its capacity to High Virtue Map, and Cao Cao Travel, the car-hailing platform under Geely, joined in the following year."),
      ["service | Amap, T3 Mobility | 2020", "service | Amap, Cao Cao Mobility | 2021"],
    );
  });
  it("'connected its capacity to Amap' is a link between the two, whatever the platform is called", () => {
    assert.deepEqual(events("In 2020, T3 Travel connected its capacity to Amap."), ["service | Amap, T3 Mobility | 2020"]);
  });
});

describe("a group's unit named by its country", () => {
  it("'DiDi's Japanese arm' is the group's Japanese unit", () => {
    assert.deepEqual(events("DiDi's Japanese arm has accepted PayPay since 2019."), ["payment | DiDi Mobility Japan, PayPay | 2019"]);
  });
});

describe("an undated clause needs a verb of an act", () => {
  it("a state told without one reports nothing; what users can now do, or have long done, still does", () => {
    assert.deepEqual(events("PhonePe and Google Pay between them still handle well over 80% of UPI transactions."), []);
    assert.deepEqual(events("Daraz has taken bKash at checkout for years.").map((e) => e.replace(/ \| [^|]*$/, "")), ["payment | Daraz, bKash"]);
    assert.deepEqual(events("Shoppers can now pay with Alipay at Shopee's checkout."), ["payment | Alipay, Shopee | 2025-03-12"]);
  });
});

describe("names given only as examples", () => {
  it("firms listed after 'such as' are examples of a kind, not counterparts of each other", () => {
    assert.deepEqual(events("Independent firms such as J&T Express, JNE and SiCepat have since reported falling volumes from the platform."), []);
    // Names listed as the subject of one act are still its sides.
    assert.deepEqual(events("Kyivstar, Vodafone Ukraine and lifecell switched on national roaming on Monday."), ["service | Kyivstar, Vodafone Ukraine, lifecell | 2025-03-10"]);
  });
});

describe("one subject opening to two others in one breath", () => {
  it("is two happenings, when the preposition comes again after a short appositive, and with a trailing aside naming a rival", () => {
    assert.deepEqual(events("Foodpanda said on Monday that customers can now pay with PayMe, HSBC's peer-to-peer wallet, and with BoC Pay, as it competes for users left behind by Deliveroo's exit."), [
      "payment | Foodpanda, PayMe | 2025-03-10",
      "payment | BoC Pay, Foodpanda | 2025-03-10",
    ]);
    assert.deepEqual(events("Zalora said on Monday that shoppers can now pay with GCash or with Maya."), ["payment | GCash, Zalora | 2025-03-10", "payment | Maya, Zalora | 2025-03-10"]);
  });
});

describe("whose family a party belongs to", () => {
  it("'X of the 7-Eleven system' says whose X is; the family is no side", () => {
    assert.deepEqual(events("In 2020, icash Pay of the 7-Eleven system and Pi Wallet of PChome opened their payment codes to each other."), ["payment | Pi Wallet, icash Pay | 2020"]);
  });
});

describe("an owner's product something is added to", () => {
  it("'Amazon Web Services added Bielik to Amazon Bedrock' opens the product, not its owner", () => {
    const r = defaultRegistry();
    assert.deepEqual(ownChildActs("In May Amazon Web Services added Bielik to Amazon Bedrock.", ["AWS", "Bielik"], r), ["Amazon Bedrock", "Bielik"]);
    // Only the product something is added to: an owner adding its product to another's is still the owner acting.
    assert.deepEqual(ownChildActs("In May Amazon Web Services added Amazon Bedrock models to Bielik.", ["AWS", "Bielik"], r), ["AWS", "Bielik"]);
  });
});

describe("an owner opening up its product's users", () => {
  it("'Meta will let WhatsApp users message people on BirdyChat' opens WhatsApp, not Meta", () => {
    assert.deepEqual(events("Meta will let WhatsApp users in Europe message people on BirdyChat from March."), ["data | BirdyChat, WhatsApp | 2025-03"]);
    assert.deepEqual(events("Tencent said on Monday that users of WeChat can now pay with UnionPay cards."), ["payment | UnionPay, WeChat | 2025-03-10"]);
  });
});

describe("'the two' beside a subject named by 'the company'", () => {
  it("'the company pulled its channels from eMedia, after the two failed to agree' means the company and eMedia, not the pair told before", () => {
    assert.deepEqual(events("On Monday MultiChoice agreed to carry the channels of DAZN. In October last year the company pulled its sports channels from eMedia, after the two failed to agree on a carriage fee."), [
      "content | DAZN, MultiChoice | 2025-03-10",
      "dispute | MultiChoice, eMedia | 2024-10",
    ]);
  });
});

describe("one side opening to a list of three or more", () => {
  it("'Meituan began accepting Alipay, UnionPay and JD Pay' is one happening with each, as the data/eval conventions count lists", () => {
    assert.deepEqual(events("On Monday Meituan began accepting Alipay, UnionPay and JD Pay at checkout."), [
      "payment | Alipay, Meituan | 2025-03-10",
      "payment | Meituan, UnionPay | 2025-03-10",
      "payment | JD Pay, Meituan | 2025-03-10",
    ]);
  });
  it("a list naming another side after it stays one happening", () => {
    assert.equal(events("On Monday Meituan, Alipay, UnionPay and JD Pay linked up with NetsUnion.").length, 1);
  });
});

describe("an owner launching its product", () => {
  it("'Amazon introduced Alexa+ with integrations for Uber, …' opens Alexa, not Amazon", () => {
    assert.deepEqual(events("On Monday Amazon introduced Alexa+ with integrations for Uber, OpenTable and Thumbtack."), [
      "service | Alexa, Uber | 2025-03-10",
      "service | Alexa, OpenTable | 2025-03-10",
      "service | Alexa, Thumbtack | 2025-03-10",
    ]);
  });
});

describe("an owner's possessive before a longer name", () => {
  it("'Baidu's Apollo Go' is Apollo Go, though 'Baidu Apollo' is a product too", () => {
    assert.deepEqual(findParties("On Monday Lyft said it will put Baidu's Apollo Go robotaxis on its app.", defaultRegistry()).map((p) => p.name), ["Lyft", "Apollo Go"]);
  });
  it("'available to AWS customers through Amazon Bedrock' opens the product it goes through", () => {
    assert.deepEqual(ownChildActs("Anthropic's models became available to AWS customers through Amazon Bedrock.", ["AWS", "Anthropic"], defaultRegistry()), ["Amazon Bedrock", "Anthropic"]);
  });
});

describe("an owner's product introduced with what it is", () => {
  it("'Alipay announced that its AI life assistant \"Zhixiaobao\" has accessed Didi' opens the assistant", () => {
    assert.deepEqual(ownChildActs('On Monday Alipay announced that its AI life assistant "Zhixiaobao" has accessed the taxi service of Didi.', ["Alipay", "Didi"], defaultRegistry()), ["Zhixiaobao", "Didi"]);
  });
});

describe("a competition whose games a deal carries", () => {
  it("is what is carried, not a side, when two sides remain", () => {
    assert.deepEqual(events("Last month stc began carrying beIN Sports channels under a sublicensing deal that covers LaLiga, the Champions League and the Premier League."), ["content | beIN Sports, stc | 2025-02"]);
    assert.deepEqual(events("T Sports, the channel that holds the media rights to the Bangladesh Premier League (BPL), has sublicensed live streaming to Grameenphone's Bioscope app."), ["content | Bioscope, T Sports | 2025-03-12"]);
  });
  it("stays a side where it deals itself", () => {
    assert.deepEqual(events("DAZN signed a five-year deal with LaLiga on Monday to stream every match in Japan."), ["content | DAZN, LaLiga | 2025-03-10"]);
  });
});

describe("an owner's product the act runs through, told in reported speech", () => {
  it("'Samsung Electronics announced that … through Samsung Wallet' opens the wallet: a reporting 'that' is no relative clause", () => {
    const text = "Samsung Electronics announced on Monday that users of Naver Pay will be able to pay at offline stores through Samsung Wallet.";
    assert.deepEqual(ownChildActs(text, ["Samsung", "Naver Pay"], defaultRegistry()), ["Samsung Pay", "Naver Pay"]);
  });
});

describe("a union named as whose market a company's own rules are for", () => {
  it("'its EU rules' is Apple's arrangement for the EU, not the union acting", () => {
    assert.deepEqual(findParties("Apple changed its EU rules in June to allow such links.", defaultRegistry()).map((p) => p.name), ["Apple"]);
    assert.deepEqual(findParties("The EU fined Apple in June.", defaultRegistry()).map((p) => p.name), ["European Union", "Apple"]);
  });
});

describe("a version of a platform", () => {
  it("'the international version of Kuaishou' as the subject is Kuaishou acting; 'Douyin, the Chinese version of TikTok' only compares", () => {
    assert.deepEqual(events("In March the international version of Kuaishou began showing links to Shopee stores."), ["link_access | Kuaishou, Shopee | 2025-03"]);
    assert.deepEqual(events("In March the Android version of Spotify added Google Pay at checkout."), ["payment | Google Pay, Spotify | 2025-03"]);
    assert.deepEqual(events("Douyin, the Chinese version of TikTok, began showing links to JD.com stores in March."), ["link_access | Douyin, JD.com | 2025-03"]);
  });
});

describe("which name of a family is the side", () => {
  it("money moving 'from M-Pesa … to MTN Mobile Money' is between the wallets, though their owners switched it on", () => {
    assert.deepEqual(events("On Monday Safaricom and MTN switched on direct transfers from M-Pesa in Kenya to MTN Mobile Money in Uganda."), [
      "payment | M-Pesa, MTN Mobile Money | 2025-03-10",
    ]);
  });
  it("owners that only sell each other's services stay the sides", () => {
    assert.deepEqual(events("On Monday Safaricom and MTN signed a roaming agreement covering Kenya and Uganda."), ["service | MTN Group, Safaricom | 2025-03-10"]);
  });
  it("a wallet tapping an iPhone deals with Apple, not with the Apple Pay it goes around", () => {
    assert.deepEqual(events("PayPal began offering tap-to-pay on iPhones in Germany in the spring of 2024."), ["payment | Apple, PayPal | 2024"]);
    assert.deepEqual(events("Since last month, customers of the Sparkassen have been able to pay by tapping their iPhones with the banks' own app, without going through Apple Pay."), [
      "payment | Apple, Sparkassen | 2025-02",
    ]);
    // An app merely offered on iPhones names no phone maker.
    assert.deepEqual(events("PayPal began offering its app on iPhones in Germany in the spring of 2024."), []);
  });
  it("a store or a messaging standard reaching the iPhone itself deals with Apple; a checkout inside an app's iPhone version does not", () => {
    assert.deepEqual(events("The Epic Games Store went live on iPhones in the EU in August 2024."), ["link_access | Apple, Epic Games Store | 2024-08"]);
    assert.deepEqual(events("In September 2024 Google Messages began supporting RCS on iPhones."), ["data | Apple, Google Messages | 2024-09"]);
    assert.deepEqual(events("LINE Manga added PayPay as an in-app payment option on iPhone in March 2024."), ["payment | LINE Manga, PayPay | 2024-03"]);
  });
  it("a name spelled out in brackets after a known one is that one, not another side", () => {
    assert.deepEqual(events("In 2022, the ARTP (Authority of Regulation of the Telecommunications and of the Posts) ordered Sonatel to lower its tariffs."), [
      "regulation | ARTP Senegal, Sonatel | 2022",
    ]);
  });
  it("machine-translated names: 'the Free Market' is Mercado Livre, 'the Central Bank of the States of West Africa' the BCEAO", () => {
    assert.deepEqual(events("On Monday PicPay entered the checkout of the Free Market, letting shoppers pay with their balance."), ["payment | MercadoLibre, PicPay | 2025-03-10"]);
    assert.deepEqual(events("In 2024 the Central Bank of the States of West Africa ordered all wallets to join the instant payment platform."), ["regulation | BCEAO | 2024"]);
  });
});

describe("an owner's product written in lower case or under a column name", () => {
  it("'Douyin's mini-programs' is the product the registry names so; 'Google's search' stays Google", () => {
    assert.deepEqual(
      findParties("In October 2023 Douyin's mini-programs started taking Alipay.", defaultRegistry()).map((p) => p.name),
      ["Douyin Mini Programs", "Alipay"],
    );
    assert.deepEqual(
      findParties("Google's search results now link to Yelp.", defaultRegistry()).map((p) => p.name),
      ["Google", "Yelp"],
    );
  });
  it("a newspaper column's name in brackets before the story is no party ('[Operator Observation]')", () => {
    assert.deepEqual(
      findParties("[Operator Observation] On December 8, China Mobile and Honor announced the link.", defaultRegistry()).map((p) => p.name),
      ["China Mobile", "Honor"],
    );
  });
});
