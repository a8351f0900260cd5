// A phrasebook of how the press reports disputes and regulation (wire, business press, translated
// Chinese press, regulators and courts in China, the EU, Japan, Korea, India and the US): short
// self-written passages and the events they report, so the rules are held to the phrasings,
// not to the dev articles. Each expected event is "type | parties (sorted, canonical) | date".
//
// Decisions the passages encode (DESIGN.md event model, data/eval/README.md conventions):
// - a regulator acting (fine, order, designation, lawsuit, conditional approval, draft rules) is
//   `regulation` with the regulator and the companies it acts on; an unnamed group ("large
//   platforms", "payment institutions") leaves the regulator alone;
// - a court ruling between two companies is a `dispute` between them (courts are not parties);
// - talks, possible probes, "could face", forecasts, rumours and denials are not events;
// - litigation unrelated to walls between platforms (patents, employment, defamation) is not an
//   interconnection event, even between two registry companies.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyArticle } from "../src/classify/index.ts";
import { rulesOnly } from "./helpers/events.ts";

rulesOnly();

const PUB = "2025-03-12"; // a Wednesday: Monday is 03-10, Tuesday 03-11, Friday 03-07

type Case = [text: string, expected: string[]];

const render = (text: string, published = PUB) =>
  classifyArticle({ text, published })
    .events.map((e) => `${e.type} | ${[...e.parties].sort().join(", ")} | ${e.date}`)
    .sort();

function check(cases: Case[]) {
  for (const [text, expected] of cases) {
    it(text.slice(0, 90), () => {
      assert.deepEqual(render(text), [...expected].sort(), text);
    });
  }
}

describe("disputes: lawsuits, complaints and accusations", () => {
  check([
    ["Tencent sued ByteDance on Monday, accusing it of unfair competition.", ["dispute | ByteDance, Tencent | 2025-03-10"]],
    // The grounds a suit argues name no side: "…, arguing that Auto Blocker buried … Google Play".
    ["Epic sued Samsung last September, arguing that Auto Blocker buried the option to install apps from outside the Galaxy Store and Google Play.", ["dispute | Epic Games, Samsung | 2024-09"]],
    ["Douyin filed suit against Tencent in a Beijing court on Tuesday over the blocking of its links on WeChat.", ["dispute | Douyin, Tencent | 2025-03-11"]],
    ["Kuaishou took ByteDance to court last year over the blocking of its mini-programs on Douyin.", ["dispute | ByteDance, Kuaishou | 2024"]],
    ["JD.com lodged a complaint against Tmall with SAMR in 2017, accusing it of forcing merchants to choose one of two.", ["dispute | JD.com, Tmall | 2017"]],
    // An act told in a when-clause after a background sentence is an act of its own.
    ["MIIT published draft rules on Friday. The draft continues a campaign that began in September 2021, when the ministry told Alibaba, Tencent and ByteDance at a meeting that blocking each other's links was unacceptable.", ["regulation | MIIT | 2025-03-07", "regulation | Alibaba, ByteDance, MIIT, Tencent | 2021-09"]],
    // A regulator first named as where a complaint went is what a later "the regulator" / "It fined" means.
    ["Tencent complained to SAMR in 2019. The regulator fined Google in July 2021.", ["dispute | Google, Tencent | 2019", "regulation | Google, SAMR | 2021-07"]],
    ["In 2019 Tencent complained to the Autorité de la concurrence that Google refused to pay for snippets. It fined Google 500 million euros in July 2021.", ["dispute | Google, Tencent | 2019", "regulation | Autorite de la concurrence, Google | 2021-07"]],
    // Organisations the registry lacks, named right after the kind of business they are.
    ["A Berlin court on Thursday ordered Google to pay the German price-comparison site Idealo 465 million euros in damages.", ["dispute | Google, Idealo | 2025-03-06"]],
    ["In 2021 the start-up Clip complained to COFECE that Prosa and E-Global refused to connect it.", ["dispute | Clip, E-Global, Prosa | 2021"]],
    // A complainant the registry lacks, named with "the" after a month.
    // "reported to the regulator that …" is a complaint to it: the regulator hears it and is no side.
    ["In 2015 JD.com reported to the former State Administration for Industry and Commerce that Tmall required merchants not to take part in JD.com's promotions.", ["dispute | JD.com, Tmall | 2015"]],
    ["Last July the Independent Publishers Alliance complained to the CMA that Google Search was taking its members' reporting.", ["dispute | Google Search, Independent Publishers Alliance | 2024-07"]],
    ["Pinduoduo filed a complaint with the market regulator on Tuesday accusing Tmall of forcing merchants to choose one of two.", ["dispute | Pinduoduo, Tmall | 2025-03-11"]],
    ["Meituan accused Ele.me on Monday of throttling traffic to merchants who also sold on its app.", ["dispute | Ele.me, Meituan | 2025-03-10"]],
    ["Baidu accused Toutiao of scraping its search results without permission.", ["dispute | Baidu, Toutiao | 2025-03-12"]],
    ["Epic Games sued Google in August 2020 over Play Store payment rules.", ["dispute | Epic Games, Google | 2020-08"]],
    ["Kakao filed a lawsuit against Naver on Monday, alleging that Naver blocked KakaoTalk links in its search results.", ["dispute | Kakao, Naver | 2025-03-10"]],
    ["Tencent countersued ByteDance on Friday.", ["dispute | ByteDance, Tencent | 2025-03-07"]],
    ["ByteDance sued Tencent in February over access to WeChat. Tencent countersued on Friday.", ["dispute | ByteDance, Tencent | 2025-02", "dispute | ByteDance, Tencent | 2025-03-07"]],
    ["Jingdong (JD.com) sued Tmall in 2017 over \"choose one of two\", the Beijing Higher People's Court said.", ["dispute | JD.com, Tmall | 2017"]],
    ["Hungry Me accused Meituan Takeaway last year of forcing merchants to exit its platform.", ["dispute | Ele.me, Meituan Waimai | 2024"]],
    ["Kuaishou and Douyin compete fiercely for live-streamers. On Monday, Kuaishou accused its rival of blocking its links.", ["dispute | Douyin, Kuaishou | 2025-03-10"]],
    ["Alibaba sued ByteDance on Monday. The company accused the short-video platform of luring Taobao merchants into exclusive deals.", ["dispute | Alibaba, ByteDance | 2025-03-10"]],
    ["Tencent and ByteDance have been locked in a dispute over data access for years.", ["dispute | ByteDance, Tencent | null"]],
    ["腾讯起诉字节跳动不正当竞争。", ["dispute | ByteDance, Tencent | 2025-03-12"]],
  ]);
});

describe("disputes: walls put up (active and passive)", () => {
  check([
    ["WeChat blocked links to Douyin videos in 2019.", ["dispute | Douyin, WeChat | 2019"]],
    ["On Tuesday, Kuaishou's share links were blocked on WeChat.", ["dispute | Kuaishou, WeChat | 2025-03-11"]],
    ["Xiaohongshu links were banned on Douyin in 2021.", ["dispute | Douyin, Xiaohongshu | 2021"]],
    ["Taobao links have been blocked on WeChat for years.", ["dispute | Taobao, WeChat | null"]],
    ["Tencent banned Alipay red envelopes on WeChat in 2015.", ["dispute | Alipay, Tencent | 2015"]],
    ["JD.com barred merchants from selling on Pinduoduo last year.", ["dispute | JD.com, Pinduoduo | 2024"]],
    ["WeChat stopped users from opening Feishu documents inside the messaging app in February 2019.", ["dispute | Feishu, WeChat | 2019-02"]],
    ["Tencent throttled Douyin's share links in WeChat last month.", ["dispute | Douyin, Tencent | 2025-02"]],
    ["WeChat removed Xiaohongshu's mini-program on Monday.", ["dispute | WeChat, Xiaohongshu | 2025-03-10"]],
    ["Apple pulled Epic Games' Fortnite from the App Store in August 2020.", ["dispute | Apple, Epic Games | 2020-08"]],
    ["Alibaba cut off Tencent's access to Taobao data on Tuesday.", ["dispute | Alibaba, Tencent | 2025-03-11"]],
    ["Alibaba retaliated by blocking Baidu's search crawler in 2008.", ["dispute | Alibaba, Baidu | 2008"]],
    // Hiding another's links, dropping it from one's app: walls too.
    ["Since 2021, KakaoTalk has hidden links to Coupang product pages posted in open chat rooms.", ["dispute | Coupang, KakaoTalk | 2021"]],
    ["Tencent stopped Douyin from using WeChat login in 2019.", ["dispute | Douyin, Tencent | 2019"]],
    ["WeChat suspended Douyin's access to its open platform API in 2018.", ["dispute | Douyin, WeChat | 2018"]],
    ["Douyin links shared on WeChat were throttled in 2019, according to users.", ["dispute | Douyin, WeChat | 2019"]],
    ["Meituan forced restaurants to choose one of two between its app and Ele.me in 2020.", ["dispute | Ele.me, Meituan | 2020"]],
    ["微信屏蔽了抖音的分享链接。", ["dispute | Douyin, WeChat | 2025-03-12"]],
  ]);
});

describe("disputes: rulings, appeals and cases won or lost", () => {
  check([
    ["A Beijing court ordered Douyin to pay Tencent 5 million yuan on Monday for scraping WeChat user data.", ["dispute | Douyin, Tencent | 2025-03-10"]],
    ["The Hangzhou Internet Court ruled on Tuesday that Tencent must stop blocking Alipay mini-programs.", ["dispute | Alipay Mini Programs, Tencent | 2025-03-11"]],
    ["Meituan lost its case against Ele.me in 2023.", ["dispute | Ele.me, Meituan | 2023"]],
    ["Douyin won an unfair competition lawsuit against Tencent last year.", ["dispute | Douyin, Tencent | 2024"]],
    ["An appeals court upheld the ruling against Douyin on Monday, ordering it to compensate Tencent.", ["dispute | Douyin, Tencent | 2025-03-10"]],
    ["A court fined Baidu on Tuesday for scraping reviews from Dianping.", ["dispute | Baidu, Dianping | 2025-03-11"]],
    // The filing told after the ruling, with one side named, is the same case's earlier event.
    ["A Shanghai court on Tuesday ordered Bilibili to pay Youku 5 million yuan for clips of its dramas. Youku filed the suit in August 2023.", ["dispute | Bilibili, Youku | 2025-03-11", "dispute | Bilibili, Youku | 2023-08"]],
    // "Followed suit" is doing the same, not a lawsuit.
    ["Alipay began accepting UnionPay cards on Monday. Tenpay followed suit on Tuesday.", ["payment | Alipay, UnionPay | 2025-03-10", "payment | UnionPay, WeChat Pay | 2025-03-11"]],
    // A newcomer of the trade only one side has (a wallet) takes that side's place.
    ["Jaywan, the UAE's card scheme, went live on Apple Pay in September. Samsung Wallet followed in October.", ["payment | Apple Pay, Jaywan | 2024-09", "payment | Jaywan, Samsung Pay | 2024-10"]],
    // A wallet known by a bare brand says what it is in its other names (Maya: PayMaya).
    ["In January Lazada began accepting GCash. Maya followed in February.", ["payment | GCash, Lazada | 2025-01", "payment | Lazada, Maya | 2025-02"]],
  ]);
});

describe("regulation: named regulators acting on named companies", () => {
  check([
    ["SAMR fined Alibaba 18.2 billion yuan in April 2021 for forcing merchants to choose one of two.", ["regulation | Alibaba, SAMR | 2021-04"]],
    ["A fine of 18.2 billion yuan was imposed on Alibaba by SAMR in April 2021.", ["regulation | Alibaba, SAMR | 2021-04"]],
    ["MIIT ordered Tencent to stop blocking external links on Monday.", ["regulation | MIIT, Tencent | 2025-03-10"]],
    ["Tencent was ordered by MIIT on Monday to unblock links to rival platforms.", ["regulation | MIIT, Tencent | 2025-03-10"]],
    ["MIIT summoned Alibaba, Tencent and ByteDance on Tuesday and told them to stop blocking each other's links.", ["regulation | Alibaba, ByteDance, MIIT, Tencent | 2025-03-11"]],
    ["The JFTC ordered Google on Tuesday to stop requiring Android phone makers to preinstall its search app.", ["regulation | Google, JFTC | 2025-03-11"]],
    ["South Korea's National Assembly passed a law in August 2021 banning Apple and Google from forcing developers to use their payment systems.", ["regulation | Apple, Google, National Assembly | 2021-08"]],
    ["The KFTC fined Google in 2023 for blocking games from launching on One Store.", ["regulation | Google, KFTC | 2023"]],
    ["India's antitrust watchdog fined Google $162 million in October 2022 over its Android practices.", ["regulation | CCI, Google | 2022-10"]],
    ["The FTC sued Meta in 2020, accusing it of buying rivals to neutralise competition.", ["regulation | FTC, Meta | 2020"]],
    ["The DOJ sued Apple in March 2024, alleging it blocked rival messaging apps.", ["regulation | Apple, DOJ | 2024-03"]],
    ["SAMR approved the deal with conditions on Monday, requiring Tencent Music to give up exclusive music rights.", ["regulation | SAMR, Tencent Music | 2025-03-10"]],
    ["The European Commission fined Apple 1.8 billion euros on Monday for preventing music streaming apps such as Spotify from telling users about cheaper offers.", ["regulation | Apple, European Commission | 2025-03-10"]],
    ["Japan's parliament passed a law in June 2024 requiring Apple and Google to open their app stores to rivals.", ["regulation | Apple, Google, National Diet | 2024-06"]],
    ["Meituan was fined 3.44 billion yuan by the market regulator in October 2021.", ["regulation | Meituan, SAMR | 2021-10"]],
    ["NPCI told PhonePe and Google Pay on Monday to cap their share of UPI transactions.", ["regulation | Google Pay, NPCI, PhonePe | 2025-03-10"]],
    ["市场监管总局对阿里巴巴处以182.28亿元罚款。", ["regulation | Alibaba, SAMR | 2025-03-12"]],
  ]);
});

describe("regulation: coreference and acts on unnamed groups", () => {
  check([
    ["In September 2021, MIIT told large platforms to end the blocking of links.", ["regulation | MIIT | 2021-09"]],
    ["The PBOC ordered payment institutions to make their QR codes interoperable in 2021.", ["regulation | PBOC | 2021"]],
    ["The CAC issued draft rules on Tuesday requiring large platforms to open their interfaces.", ["regulation | CAC | 2025-03-11"]],
    ["The Ministry of Industry and Information Technology (MIIT) held an administrative guidance meeting on Monday, requiring platforms to lift link blocking by a deadline.", ["regulation | MIIT | 2025-03-10"]],
    ["MIIT issued an order on Monday. The order requires WeChat to open its links to rival apps.", ["regulation | MIIT, WeChat | 2025-03-10"]],
    ["SAMR opened an investigation into Meituan in April 2021. The watchdog fined the company 3.44 billion yuan in October 2021.", ["regulation | Meituan, SAMR | 2021-04", "regulation | Meituan, SAMR | 2021-10"]],
    ["Regulators ordered Tencent Music in July 2021 to give up exclusive music copyrights.", ["regulation | Tencent Music | 2021-07"]],
  ]);
});

describe("not events: talks, possibilities, forecasts and unrelated litigation", () => {
  check([
    ["In Mexico, Rappi faces Uber Eats and DiDi Food in restaurant delivery, while iFood dominates Brazil.", []],
    // Price competition and paying customers are not openings.
    ["Alibaba Cloud cut prices for its Qwen models by up to 85% on Monday, matching cuts by Baidu.", []],
    ["Bilibili signed up 2 million new paying users in the quarter, many of them drawn by Genshin Impact tie-ins.", []],
    // Market figures a regulator or a company reports are not acts.
    ["Payments through stored-value facilities rose 11% from a year earlier to about HK$70 billion in the quarter, the HKMA said.", []],
    ["Turbo now runs 200 dark stores and makes up roughly a fifth of Rappi's gross merchandise value, the company said.", []],
    ["Tencent and ByteDance are in talks to reopen links between their apps.", []],
    ["Regulators could open a probe into Tencent's blocking of links, analysts said.", []],
    ["Analysts expect SAMR to fine Meituan later this year.", []],
    ["Alibaba could face a fine of up to 10% of its sales if found guilty.", []],
    ["A former Tencent employee sued the company over unpaid bonuses in 2023.", []],
    ["Huawei sued Samsung over smartphone patents in 2016.", []],
    ["Whether WeChat will unblock Douyin links remains unclear.", []],
    ["There are rumours that Tencent may block Kuaishou's mini-programs.", []],
    ["Meituan's revenue rose 20% as competition with Ele.me intensified.", []],
    ["The European Commission is considering whether to open a case against Meta.", []],
    ["SAMR may investigate Meituan's exclusivity deals, people familiar with the matter said.", []],
  ]);
});

describe("harder phrasings: passive walls, reported accusations, court language, metonyms", () => {
  check([
    ["The two giants have been at loggerheads since 2018, when WeChat began blocking Douyin links.", ["dispute | Douyin, WeChat | 2018"]],
    ["Tencent hit back at ByteDance on Monday, saying Douyin had illegally obtained WeChat user data.", ["dispute | ByteDance, Tencent | 2025-03-10"]],
    ["Tmall was accused by JD.com of forcing merchants to pick sides.", ["dispute | JD.com, Tmall | 2025-03-12"]],
    ["A lawsuit filed by Douyin against Tencent in 2021 is still pending.", ["dispute | Douyin, Tencent | 2021"]],
    ["The court sided with Tencent on Monday, ordering ByteDance to stop scraping WeChat data.", ["dispute | ByteDance, Tencent | 2025-03-10"]],
    ["Pinduoduo said on Monday that Alibaba had forced merchants to quit its platform.", ["dispute | Alibaba, Pinduoduo | 2025-03-10"]],
    ["ByteDance sued Tencent for the third time on Tuesday, accusing WeChat of blocking Douyin.", ["dispute | ByteDance, Tencent | 2025-03-11"]],
    ["Kuaishou's mini-programs were pulled from WeChat on Monday.", ["dispute | Kuaishou Mini Programs, WeChat | 2025-03-10"]],
    ["In 2023 Tencent and Huawei fell out over the cut Huawei wanted from mini-game payments.", ["dispute | Huawei, Tencent | 2023"]],
    ["Last year Spotify argued with Apple over the fees on its iPhone app.", ["dispute | Apple, Spotify | 2024"]],
    ["Last year Spotify argued that Apple's fees were too high.", []],
    ["Tokopedia removed SiCepat from the courier menu for regular shipping last month.", ["dispute | SiCepat, Tokopedia | 2025-02"]],
    ["In March 2024 Apple terminated Epic Games' developer account.", ["dispute | Apple, Epic Games | 2024-03"]],
    ["On Monday DICE cut its link to Instagram's event tools after a row over who keeps the buyers' email addresses.", ["dispute | DICE FM, Instagram | 2025-03-10"]],
    ["Tencent was sentenced to compensate Douyin 5 million yuan on Tuesday.", ["dispute | Douyin, Tencent | 2025-03-11"]],
    ["Jingdong sued Tmall for abuse of market dominance in 2017.", ["dispute | JD.com, Tmall | 2017"]],
    ["Douyin sued Tencent in 2021. The first-instance judgment, handed down on Monday, found that Tencent's blocking constituted unfair competition.", ["dispute | Douyin, Tencent | 2021", "dispute | Douyin, Tencent | 2025-03-10"]],
    ["Alibaba was hit with a record 18.2 billion yuan fine by China's market regulator in April 2021.", ["regulation | Alibaba, SAMR | 2021-04"]],
    ["Seoul's antitrust regulator slapped a 42.1 billion won fine on Google on Wednesday.", ["regulation | Google, KFTC | 2025-03-12"]],
    // The company bought is a side of the approval, as the labels count it ("approved Canal+'s takeover of MultiChoice").
    ["China's market regulator on Monday imposed conditions on Tencent's purchase of Sogou.", ["regulation | SAMR, Sogou, Tencent | 2025-03-10"]],
    ["The Competition Commission of India ordered a probe into Google's Play Store billing policy in 2020.", ["regulation | CCI, Google Play | 2020"]],
    ["MIIT said on Monday it had asked platforms to stop blocking links.", ["regulation | MIIT | 2025-03-10"]],
    ["MIIT officials met Tencent executives last week. The ministry on Tuesday urged Tencent to unblock rival links within a week.", ["regulation | MIIT, Tencent | 2025-03-11"]],
    ["Under the new rules, announced by the CAC on Tuesday, large platforms must open their interfaces.", ["regulation | CAC | 2025-03-11"]],
    ["China's central bank told Alipay and WeChat Pay in 2019 to make their QR codes interoperable.", ["regulation | Alipay, PBOC, WeChat Pay | 2019"]],
    ["SAMR is reportedly weighing a fine on Meituan.", []],
    ["Alipay and Meituan will also explore cooperation on AI models.", []],
    ["Alipay opened its mini-programs to Meituan on Monday. This is already the second cooperation of the two sides this year.", ["link_access | Alipay, Meituan | 2025-03-10"]],
    ["The launch puts Meituan in competition with Grab and Foodpanda in one of the fastest-growing delivery markets.", []],
    ["GoPay and DANA are the two largest e-wallets in Indonesia.", []],
    ["Google and Apple complied on paper but kept commissions of up to 26% on outside payments.", []],
    // Unless the act is one they do with each other: exchanging, sharing, swapping.
    ["Emlakjet and Hepsiemlak began exchanging listings through a shared feed in 2024.", ["data | Emlakjet, Hepsiemlak | 2024"]],
    ["MakeMyTrip has connected directly to the central reservation system of Treebo since 2023.", ["data | MakeMyTrip, Treebo | 2023"]],
    ["China Telecom and China Unicom have built one shared 5G radio network since September 2019.", ["service | China Telecom, China Unicom | 2019-09"]],
    // What two subjects start, they start together.
    ["Bolt and Pony.ai started offering robotaxi rides in Europe in 2025.", ["service | Bolt Technology, Pony.ai | 2025"]],
    // And what two subjects announce together ("X and Y announced that …") is between them; results each reports are not.
    ["iQiyi and Kuaishou announced that creators on the short-video app can now edit clips from iQiyi dramas.", ["content | Kuaishou, iQiyi | 2025-03-12"]],
    ["Tencent and Alibaba announced higher quarterly profits on Thursday.", []],
    ["Both companies said they would take the decision to court.", []],
    ["He said NPCI was talking to partners in the Gulf about further links.", []],
    ["Alibaba's merchants can still send Channels viewers to Taobao through mini-programs.", []],
    ["Tencent needs Douyin's young audience to discover its games, she argued.", []],
    ["Honor of Kings streams were among the ten most-watched categories on Douyin.", []],
    ["Coupang Eats has taken share from market leader Baemin over the past two years by offering free delivery.", []],
    ["Spotify was the most downloaded music app on both the App Store and Google Play in December, ahead of YouTube Music.", []],
    ["Last year Keeta overtook Foodpanda in order volume in Hong Kong.", []],
    ["Tencent said it would appeal.", []],
    ["If regulators ordered WeChat to open up, Douyin would benefit.", []],
  ]);
});

describe("two acts in one sentence and descriptive names", () => {
  check([
    ["WeChat has for years blocked Taobao links, while Alibaba's services have restricted access for Tencent.", ["dispute | Taobao, WeChat | null", "dispute | Alibaba, Tencent | null"]],
    ["In 2013 Tencent's messaging app began blocking Taobao links.", ["dispute | Taobao, WeChat | 2013"]],
    ["In 2020 ByteDance's short-video app was cut off from WeChat login, whereas Kuaishou kept it.", ["dispute | Douyin, WeChat | 2020"]],
    ["In 2021 Taobao stopped showing Douyin videos in its product pages, and the following year Douyin cut off links to Taobao stores.", ["dispute | Douyin, Taobao | 2021", "dispute | Douyin, Taobao | 2022"]],
    ["A Hangzhou court on Tuesday ruled that Douyin must pay Alibaba 2 million yuan, ending a case the e-commerce giant brought in 2022.", ["dispute | Alibaba, Douyin | 2025-03-11", "dispute | Alibaba, Douyin | 2022"]],
    ["In a complaint filed with the Japan Fair Trade Commission on Monday, Epic Games accused Apple of blocking rival stores.", ["dispute | Apple, Epic Games | 2025-03-10"]],
    ["Spotify went to the European Commission in March 2019 with a complaint against Apple.", ["dispute | Apple, Spotify | 2019-03"]],
    ["Epic Games has asked Japan's competition regulator to act against Apple, accusing it of blocking rival stores.", ["dispute | Apple, Epic Games | 2025-03-12"]],
    ["According to a notice released by the People's Bank of China on Monday, Alipay has completed the connection with UnionPay QuickPass.", ["payment | Alipay, UnionPay QuickPass | 2025-03-10"]],
    ["Earlier this month M-Pesa and Telebirr began exchanging transfers directly.", ["payment | M-Pesa, Telebirr | 2025-03"]],
    ["The Ministry of Industry and Information Technology met platforms on Monday. Tencent said it would comply.\n\nThe ministry told platforms on Tuesday to stop blocking links.", ["regulation | MIIT | 2025-03-11"]],
    ["Google has been the default search engine in most browsers since 2005. Google says users choose it freely.\n\nThe Justice Department sued in October 2020.", ["regulation | DOJ, Google | 2020-10"]],
    // A study of a whole market ("its market investigation into cloud services") is aimed at no company the story told.
    ["The CMA fined Microsoft in May 2024 over its licensing terms. Microsoft said it would appeal. The CMA opened its market investigation into cloud services in October 2023.", ["regulation | CMA, Microsoft | 2024-05", "regulation | CMA | 2023-10"]],
    ["Tencent blocked Douyin links in 2019. Tencent said the links were unsafe.\n\nThe Ministry of Industry and Information Technology told platforms on Monday to stop blocking links.", ["dispute | Douyin, Tencent | 2019", "regulation | MIIT | 2025-03-10"]],
    ["In April 2020 Netflix sued SK Broadband in Seoul. The Seoul Central District Court threw out that claim in June 2021. In September of that year SK Broadband countersued.", ["dispute | Netflix, SK Broadband | 2020-04", "dispute | Netflix, SK Broadband | 2021-06", "dispute | Netflix, SK Broadband | 2021-09"]],
    ["In June 2020 the People's Bank of China granted American Express a clearing licence for its joint venture with LianLian.", ["regulation | American Express, PBOC | 2020-06"]],
    ["SAMR on Tuesday approved Tencent Music's purchase of audio platform Ximalaya.", ["regulation | SAMR, Tencent Music, Ximalaya | 2025-03-11"]],
    // "them" after a trade the clause names ("the largest platforms") is that trade, not the company told before.
    ["In 2023 the authority fined Trendyol about 61 million lira. At the end of 2022, Turkey's Ministry of Trade issued rules that capped the advertising budgets of the largest platforms and barred them from requiring sellers to use the platforms' own couriers.", ["regulation | Turkish Ministry of Trade | 2022"]],
    // A buyer ending in s takes a bare apostrophe; a plan to buy is a deal too.
    ["In December Taiwan's Fair Trade Commission blocked Uber Eats' planned takeover of Foodpanda's Taiwan business.", ["regulation | Foodpanda, Taiwan Fair Trade Commission, Uber Eats | 2024-12"]],
    ["In December the Fair Trade Commission blocked Uber's plan to buy foodpanda's Taiwan business.", ["regulation | Foodpanda, Taiwan Fair Trade Commission, Uber | 2024-12"]],
    ["Taiwan's Fair Trade Commission on Tuesday blocked Uber's planned $950 million purchase of Delivery Hero's Foodpanda business.", ["regulation | Foodpanda, Taiwan Fair Trade Commission, Uber | 2025-03-11"]],
    ["SAMR on Tuesday summoned Meituan, Ele.me and JD Takeaway.", ["regulation | Ele.me, JD Takeaway, Meituan, SAMR | 2025-03-11"]],
    // A listed name may run on past what the registry knows ("Cao Cao Travel Platform (曹操出行)"); the list goes on.
    [
      "On Tuesday the Ministry of Transport (交通运输部) interviewed High German Map (高德地图), Cao Cao Travel Platform (曹操出行) and US Group Taxi (美团打车), requiring the three platforms to stop the price war.",
      ["regulation | Amap, Cao Cao Mobility, Meituan Dache, Ministry of Transport | 2025-03-11"],
    ],
    ["SAMR opened an investigation into Meituan in April 2021.\n\nMeituan was fined 3.44 billion yuan in October 2021.", ["regulation | Meituan, SAMR | 2021-04", "regulation | Meituan, SAMR | 2021-10"]],
    ["Last month Meituan accused Alipay of pushing its mini-program down the search results in favour of Ele.me.", ["dispute | Alipay, Meituan | 2025-02"]],
    ["Pinduoduo and Alibaba's second-hand trading platform Xianyu both began accepting UnionPay QuickPass on Monday.", ["payment | Pinduoduo, UnionPay QuickPass | 2025-03-10", "payment | UnionPay QuickPass, Xianyu | 2025-03-10"]],
    // Two platforms of one group, each its own act: neither is a restatement of the other.
    ["Taobao and Tmall both began accepting WeChat Pay on Monday.", ["payment | Taobao, WeChat Pay | 2025-03-10", "payment | Tmall, WeChat Pay | 2025-03-10"]],
    ["In April 2024 Zorbly started blocking likes of any post that contained a Quillpad link.", ["dispute | Quillpad, Zorbly | 2024-04"]],
    ["The Bangko Sentral ng Pilipinas last month issued a circular requiring e-money issuers to honour any QR Ph code.", ["regulation | Bangko Sentral ng Pilipinas | 2025-02"]],
    ["The Competition and Markets Authority designated Apple in October 2024. Epic Games told the regulator last month that Apple was still keeping its games store off iPhones.", ["regulation | Apple, CMA | 2024-10", "dispute | Apple, Epic Games | 2025-02"]],
    ["Nubank complained to CADE, the competition regulator, last year that Apple keeps the NFC chip for Apple Pay.", ["dispute | Apple, Nubank | 2024"]],
    ["On Monday Xianyu added WeChat Pay as an option at checkout, next to Alipay.", ["payment | WeChat Pay, Xianyu | 2025-03-10"]],
    ["The People's Bank of China issued a notice on Monday.\n\nBanks welcomed it.\n\nSmall shops did not.\n\nAt the end of 2021, the central bank had already convened the major payment institutions and required them to open up their codes.", ["regulation | PBOC | 2025-03-10", "regulation | PBOC | 2021"]],
    ["Lazada's rival Shopee signed an affiliate deal with YouTube last year.", ["traffic | Shopee, YouTube | 2024"]],
    ["In September 2016 Jio accused Airtel, Vodafone and Vodafone Idea of choking its network. The next month the Telecom Regulatory Authority of India recommended penalties on the three incumbents.", ["dispute | Airtel, Jio, Vodafone, Vodafone Idea | 2016-09", "regulation | Airtel, TRAI, Vodafone, Vodafone Idea | 2016-10"]],
    ["The draft builds on the Personal Information Protection Law, which the NPC Standing Committee passed in August 2021.", ["regulation | NPC | 2021-08"]],
    ["NPCI first proposed the cap in November 2020.", ["regulation | NPCI | 2020-11"]],
    ["WeChat Search began showing Xiaohongshu notes in its results on Monday.", ["link_access | WeChat Search, Xiaohongshu | 2025-03-10"]],
    ["WeChat search began showing Xiaohongshu notes in its results on Monday.", ["link_access | WeChat, Xiaohongshu | 2025-03-10"]],
    // A site letting a search engine in is link access.
    ["In 2023 Daum let Google index the communities on Daum Cafe.", ["link_access | Daum, Google | 2023"]],
    ["SAMR opened an investigation into Meituan in April 2021 and, that October, fined the company 3.44 billion yuan.", ["regulation | Meituan, SAMR | 2021-04", "regulation | Meituan, SAMR | 2021-10"]],
    ["In September 2018, the Competition and Consumer Commission of Singapore fined Grab and Uber S$13 million, and ordered Grab to drop exclusive deals.", ["regulation | CCCS, Grab, Uber | 2018-09"]],
    ["The Competition and Markets Authority designated Apple on Monday. The watchdog gave Google's search business the same status earlier this month.", ["regulation | Apple, CMA | 2025-03-10", "regulation | CMA, Google Search | 2025-03"]],
    ["In June 2022, a market study by the CMA concluded that Apple and Google held an effective duopoly.", ["regulation | Apple, CMA, Google | 2022-06"]],
    ["NPCI on 31 December extended the deadline for UPI apps by two years.\n\nIn the same circular, NPCI also removed the onboarding limit on WhatsApp Pay.", ["regulation | NPCI | 2024-12-31", "regulation | NPCI, WhatsApp | 2024-12-31"]],
    ["On Thursday Weibo, Bilibili and Xiaohongshu were named by the Ministry of Industry and Information Technology for blocking links from other platforms.", ["regulation | Bilibili, MIIT, Weibo, Xiaohongshu | 2025-03-06"]],
    ["In August 2023 X was making users wait around five seconds before opening links to Threads.", ["dispute | Threads, X | 2023-08"]],
    ["Visa refused to route transactions through UnionPay's network in 2010.", ["dispute | UnionPay, Visa | 2010"]],
    ["In 2021 Meta stopped paying Deutsche Telekom for the private interconnection.", ["dispute | Deutsche Telekom, Meta | 2021"]],
    ["In November 2024 a court in Cologne ordered the Facebook owner to pay Deutsche Telekom.", ["dispute | Deutsche Telekom, Meta | 2024-11"]],
    ["Shoppers can now pay for Taobao orders with Octopus, the first local wallet outside Alibaba's own AlipayHK to appear at checkout.", ["payment | Octopus Cards, Taobao | 2025-03-12"]],
    ["In March 2023 Kuaishou opened its store links to Taobao. Pinduoduo followed with a mini-program deal with Kuaishou.", ["link_access | Kuaishou, Taobao | 2023-03", "link_access | Kuaishou, Pinduoduo | 2023-03"]],
    ["Alipay users can now pay at JD.com stores.\n\nThe JD.com tie-up was signed last month after a year of talks.", ["payment | Alipay, JD.com | 2025-02"]],
    ["On Monday Trip.com agreed to pay Douyin's local-services arm a commission on every booking it sends.", ["traffic | Douyin Life Services, Trip.com Group | 2025-03-10"]],
    ["Tencent has frozen the WeChat accounts of merchants who promote Douyin stores.", ["dispute | Douyin, Tencent | 2025-03-12"]],
    ["Apple rejected Spotify's app update in 2019, the company said.", ["dispute | Apple, Spotify | 2019"]],
    ["Amazon delisted Temu's ads from its marketplace last month.", ["dispute | Amazon, Temu | 2025-02"]],
    ["Indonesia banned TikTok Shop from processing payments in 2023.", ["regulation | TikTok | 2023"]],
    ["Xiaohongshu began folding external links into plain text on Friday.", []],
    ["A customer can now pay Alibaba's delivery app Ele.me with Tencent's wallet.", ["payment | Ele.me, WeChat Pay | 2025-03-12"]],
    ["Italy's competition authority opened a probe in January into Meta's decision to build Meta AI into WhatsApp.", ["regulation | AGCM, Meta | 2025-01"]],
    ["Officials at the JFTC declined to comment. The regulator has moved against Google before. In April 2024 it ordered Google to stop paying phone makers to preinstall its search app.", ["regulation | Google, JFTC | 2024-04"]],
    ["Kuaishou cut off Taobao links in 2020 to push merchants onto its own store, the same path Douyin took.", ["dispute | Kuaishou, Taobao | 2020"]],
    ["Alipay and WeChat Pay completed the connection with UnionPay QuickPass on Monday.", ["payment | Alipay, UnionPay QuickPass | 2025-03-10", "payment | UnionPay QuickPass, WeChat Pay | 2025-03-10"]],
    ["Taobao and Tmall began accepting WeChat Pay on Thursday.", ["payment | Taobao, Tmall, WeChat Pay | 2025-03-06"]],
    ["Facebook cut off Zentrix's access to its friend-finding feature in January 2013.", ["dispute | Facebook, Zentrix | 2013-01"]],
    ["Qolda, the Kazakh price-comparison site, sued Google in a Berlin court in February.", ["dispute | Google, Qolda | 2025-02"]],
    ["The Commission opened an investigation into Apple in 2020, acting on a complaint that Spotify filed in 2019.", ["regulation | Apple, European Commission | 2020", "dispute | Apple, Spotify | 2019"]],
  ]);
});

describe("round three: feuds, legal action, metonyms and investigations", () => {
  check([
    ["Douyin has accused WeChat of monopolistic behaviour after the messaging app restricted the sharing of Douyin videos.", ["dispute | Douyin, WeChat | 2025-03-12"]],
    ["The feud between Tencent and ByteDance escalated on Monday.", []],
    ["ByteDance has taken legal action against Tencent over the blocking of Douyin links.", ["dispute | ByteDance, Tencent | 2025-03-12"]],
    ["Meituan was sued by Ele.me on Tuesday over exclusive deals with restaurants.", ["dispute | Ele.me, Meituan | 2025-03-11"]],
    ["A court in Hangzhou found on Monday that Tencent had blocked Alipay links unlawfully, in a case brought by Alibaba.", ["dispute | Alibaba, Tencent | 2025-03-10"]],
    ["Douyin was banned from WeChat Moments in 2018.", ["dispute | Douyin, WeChat | 2018"]],
    ["Apple kicked Epic Games off the App Store in August 2020.", ["dispute | Apple, Epic Games | 2020-08"]],
    ["China's top market regulator said on Monday it had opened an investigation into Meituan over exclusive deals.", ["regulation | Meituan, SAMR | 2025-03-10"]],
    ["Beijing ordered Tencent Music in July 2021 to give up its exclusive music rights.", ["regulation | Tencent Music | 2021-07"]],
    ["Japan's Fair Trade Commission issued a cease-and-desist order to Google in April 2024.", ["regulation | Google, JFTC | 2024-04"]],
    ["The US Justice Department sued Google in October 2020, accusing it of paying Apple to remain the default search engine.", ["regulation | DOJ, Google | 2020-10"]],
    ["Seoul's antitrust regulator said on Tuesday it would fine Google for blocking rival app stores.", ["regulation | Google, KFTC | 2025-03-11"]],
    ["Tencent and Alibaba were summoned by the industry ministry on Monday.", ["regulation | Alibaba, MIIT, Tencent | 2025-03-10"]],
  ]);
});

describe("article-like passages: findings, background walls, statements", () => {
  check([
    [
      "SHANGHAI, March 12 (Wire) - China's market regulator has fined Meituan 3.44 billion yuan for abusing its dominant position, the watchdog said on Wednesday. The State Administration for Market Regulation said Meituan had forced merchants to sign exclusive agreements since 2018. Meituan said it accepted the penalty.",
      ["regulation | Meituan, SAMR | 2025-03-12"],
    ],
    [
      "The Korea Fair Trade Commission on Tuesday imposed a 42 billion won fine on Google. The regulator said the company had pressured game makers not to launch titles on One Store, a local rival. Google said it would appeal.",
      ["regulation | Google, KFTC | 2025-03-11"],
    ],
    [
      "That ended in July 2021, when the State Administration for Market Regulation ordered Tencent Music to give up its exclusive licences. The regulator said the exclusivity had let the company shut rivals out.",
      ["regulation | SAMR, Tencent Music | 2021-07"],
    ],
    [
      "For years, the walls between China's tech giants were taken for granted. Alibaba blocked Baidu's crawler in 2008. Tencent shut Taobao links out of WeChat in 2013. Then regulators stepped in: in 2021 MIIT ordered platforms to unblock each other's links.",
      ["dispute | Alibaba, Baidu | 2008", "dispute | Taobao, Tencent | 2013", "regulation | MIIT | 2021"],
    ],
    [
      "Douyin and WeChat are at it again. On Monday, Douyin said its links were being blocked in WeChat group chats, the first public complaint since 2021. Tencent denied the claim.",
      ["dispute | Douyin, WeChat | 2025-03-10"],
    ],
    [
      "At a meeting on Monday, SAMR told Alibaba, JD.com and Pinduoduo to stop forcing merchants to choose one of two. The three companies pledged to comply.",
      ["regulation | Alibaba, JD.com, Pinduoduo, SAMR | 2025-03-10"],
    ],
    ["Xiaohongshu said on Monday that Douyin had copied its notes feature. The two platforms have competed for young users since 2020.", []],
  ]);
});

describe("translated press: court and regulator language", () => {
  check([
    ["Tencent was sued by Douyin for unfair competition in February 2021, and the claim amount was 90 million yuan.", ["dispute | Douyin, Tencent | 2021-02"]],
    [
      "The Haidian Court made a first-instance judgment on Monday, determining that Tencent constituted unfair competition, and sentenced it to compensate ByteDance.",
      ["dispute | ByteDance, Tencent | 2025-03-10"],
    ],
    ["Ali was punished by the State Administration of Market Supervision with a fine of 18.228 billion yuan in April 2021.", ["regulation | Alibaba, SAMR | 2021-04"]],
    ["The Ministry of Industry and Information Technology interviewed Tencent and Alibaba on Monday.", ["regulation | Alibaba, MIIT, Tencent | 2025-03-10"]],
    ["Meituan was investigated by the market supervision department in April 2021 for suspected monopolistic behavior of choose one of two.", ["regulation | Meituan, SAMR | 2021-04"]],
    ["The National Market Supervision Administration launched a filing investigation into Alibaba Group in December 2020.", ["regulation | Alibaba, SAMR | 2020-12"]],
    ["Nail was restricted from sharing links on WeChat in 2019.", ["dispute | DingTalk, WeChat | 2019"]],
    ["Douyin sued Tencent in 2021. On Monday, the Supreme People's Court upheld the original verdict.", ["dispute | Douyin, Tencent | 2021", "dispute | Douyin, Tencent | 2025-03-10"]],
    ["Tencent said Douyin had illegally grabbed WeChat user data, and filed a lawsuit on Monday.", ["dispute | Douyin, Tencent | 2025-03-10"]],
  ]);
});

describe("owners named through their platforms, passive penalties, caps", () => {
  check([
    ["Douyin's owner filed an antitrust suit against Tencent in February 2021, claiming WeChat had restricted Douyin content.", ["dispute | ByteDance, Tencent | 2021-02"]],
    ["Meituan, long accused by rivals of forcing merchants to pick sides, was fined in October 2021.", ["regulation | Meituan | 2021-10"]],
    ["India's NPCI in November 2020 capped the share of any UPI app at 30%, a rule aimed at Google Pay and PhonePe.", ["regulation | NPCI | 2020-11"]],
    ["Tencent was ordered by a Shenzhen court on Monday to pay Douyin 1 million yuan.", ["dispute | Douyin, Tencent | 2025-03-10"]],
  ]);
});

describe("softer walls and their nouns", () => {
  check([
    ["The 2013 blockade of Taobao links by WeChat lasted eight years.", ["dispute | Taobao, WeChat | 2013"]],
    ["Since 2018, Douyin videos could no longer be played inside WeChat.", ["dispute | Douyin, WeChat | 2018"]],
    ["In 2024 WeChat started folding Pinduoduo links behind a risk warning page.", ["dispute | Pinduoduo, WeChat | 2024"]],
    ["Tencent and ByteDance were embroiled in a legal battle in 2021.", ["dispute | ByteDance, Tencent | 2021"]],
    ["Alibaba and JD.com have fought a years-long 'choose one of two' battle.", ["dispute | Alibaba, JD.com | null"]],
    ["Tencent obstructed the sharing of Kuaishou videos in WeChat last year.", ["dispute | Kuaishou, Tencent | 2024"]],
    ["WeChat no longer blocks Taobao links.", ["link_access | Taobao, WeChat | 2025-03-12"]],
  ]);
});

describe("an order binds whom it names before what it asks", () => {
  check([
    ["MIIT ordered WeChat on Monday to stop blocking links to Douyin and Taobao.", ["regulation | MIIT, WeChat | 2025-03-10"]],
    // A regulator acting "on the app" acts on the company the story told last.
    ["WhatsApp launched payments in Brazil in June 2020. Banco Central do Brasil authorised person-to-person transfers on the app the following year.", ["regulation | Banco Central do Brasil, WhatsApp | 2021"]],
    // "It was not until April 2022 that …" affirms, and its "it" names no one.
    ["Restaurant owners had grumbled about the apps for years. The watchdog moved slowly. It was not until April 2022 that the CCI ordered its investigation wing to look into Zomato and Swiggy.", ["regulation | CCI, Swiggy, Zomato | 2022-04"]],
    // A country's public body the registry lacks keeps its whole name, and regulates by it.
    ["In 2017 Saudi Arabia's General Commission for Audiovisual Media fined Shahid.", ["regulation | General Commission for Audiovisual Media, Shahid | 2017"]],
    // "with Saudi Arabia's national network mada": the country owns the party, it is not one.
    ["UnionPay International said on Monday it had completed the network interconnection with Saudi Arabia's national payment network mada.", ["payment | UnionPay International, mada | 2025-03-10"]],
    // Earnings and rivalry told side by side are not openings.
    ["Swiggy's quarterly loss nearly doubled as the food delivery company kept pouring money into Instamart, in a race with Zomato's Blinkit and Zepto.", []],
    ["Doubao had about 157 million monthly active users in August, ahead of DeepSeek and Tencent's Yuanbao.", []],
    ["Grab holds about half of Vietnam's food-delivery market, according to industry estimates, with ShopeeFood second and beFood a distant third.", []],
    // A description of the objects ("two of the largest platforms that until this year offered only …") names no party.
    ["UnionPay QuickPass is now a checkout option on Meituan and Pinduoduo, two of the largest merchant platforms that until this year offered only Alipay, WeChat Pay and their own wallets.", ["payment | Meituan, UnionPay QuickPass | 2025-03-12", "payment | Pinduoduo, UnionPay QuickPass | 2025-03-12"]],
    // "opened … to" is only a cue; the words ("delivery network") say what kind of opening it is.
    ["Lazada has opened its delivery network to merchants who sell on TikTok Shop.", ["service | Lazada, TikTok | 2025-03-12"]],
    // "The two rival groups" in a sentence that names two sides means those two.
    ["Google Maps added Uber rides in 2020. In October Naver began letting users of its map app hail Kakao T taxis without leaving it, the first time the two rival internet groups have combined services that way.", ["service | Google Maps, Uber | 2020", "service | Kakao Mobility, Naver | 2024-10"]],
    // "after years of prodding by the regulator": the regulator is why, not a side.
    ["Kenyans have been able to send money between networks since April 2018, when M-Pesa, Airtel Money and T-Kash were connected after years of prodding by the regulator.", ["payment | Airtel Money, M-Pesa, T-Kash | 2018-04"]],
    // Folded links are a wall, in the passive too; a wall stopped is an opening.
    ["Since 2021, Xiaohongshu links in Weibo have been folded.", ["dispute | Weibo, Xiaohongshu | 2021"]],
    ["It was only last year that WeChat stopped folding DingTalk document links.", ["link_access | DingTalk, WeChat | 2024"]],
    ["For years, DingTalk meeting links pasted into WeChat opened to a grey warning page.", ["dispute | DingTalk, WeChat | null"]],
    // Services named in apposition to their owners' services are the sides.
    ["KDDI and NTT Docomo said on Monday that their smartphone payment services, au PAY and d Payment, will accept each other's QR codes from April 1.", ["payment | au PAY, d Payment | 2025-03-10"]],
    // The source of a report and its bracketed gloss are not a side.
    ["On the 10th, the reporter learned from Jingdong (京东) that the Jingdong Takeaway (京东外卖) mini program has been launched in Alipay (支付宝).", ["link_access | Alipay, JD Takeaway | 2025-03-10"]],
    // A national body the registry lacks regulates by its name.
    ["In September 2023 the Ethiopian Communications Authority ordered Ethio Telecom to cut the termination rate it charges Safaricom.", ["regulation | Ethio Telecom, Ethiopian Communications Authority, Safaricom | 2023-09"]],
    ["Bangladesh's telecoms regulator on Tuesday ordered Grameenphone to cut the fee it charges Robi and Banglalink for connecting calls.", ["regulation | BTRC, Banglalink, Grameenphone, Robi Axiata | 2025-03-11"]],
    // A system held up as the model is not a side.
    ["Banco de la Republica, modelling the system on Brazil's Pix, required every bank to connect to Bre-B under rules it issued in 2023.", ["regulation | Banco de la Republica | 2023"]],
    // Weighing an appeal is not an appeal.
    ["A person familiar with Apple's thinking said the company was weighing an appeal against Epic Games.", []],
    // A regulator's second finding ("and that Swiggy had …") names a second target.
    ["The CCI's Director General concluded last year that Zomato had cut commissions for exclusive restaurants and that Swiggy had promised growth guarantees to others.", ["regulation | CCI, Swiggy, Zomato | 2024"]],
    // The other side of the relationship the order sets terms for is bound too.
    ["Japan's communications ministry on Wednesday ordered KDDI to cut the roaming fees it charges Rakuten Mobile by about a third.", ["regulation | KDDI, MIC Japan, Rakuten Mobile | 2025-03-12"]],
    // An order to open a network (or links, or roaming) to a named rival sets terms between the two.
    ["Mexico's telecoms regulator on Monday ordered Telcel to open its 4G network in rural areas to AT&T customers at regulated prices.", ["regulation | AT&T, IFT Mexico, Telcel | 2025-03-10"]],
    // An order to give a named carrier roaming on the network binds that carrier too.
    ["The Philippines' National Telecommunications Commission on Monday ordered Globe to give the smaller carrier DITO national roaming in 14 provinces.", ["regulation | DITO Telecommunity, Globe Telecom, National Telecommunications Commission | 2025-03-10"]],
    // An order to supply (sell, license, lease, carry) what it owns to a named company, or to price what it charges a described one, sets terms between the two.
    ["Georgia's telecoms regulator on Wednesday ordered Silknet to supply its sports channels to rival Magti on the same terms it gives its own customers.", ["regulation | Georgian National Communications Commission, Magti, Silknet | 2025-03-12"]],
    ["India's telecoms regulator on Monday ordered Airtel to cut the wholesale price it charges state-owned BSNL for national roaming.", ["regulation | Airtel, BSNL, TRAI | 2025-03-10"]],
    // An order to restore, cut off or stop carrying a link with a named company, or to let its rival's customers in, binds that company too.
    ["In 2022 the Nigerian Communications Commission ordered MTN Nigeria to restore the links to Glo's network.", ["regulation | Globacom, MTN Group, Nigerian Communications Commission | 2022"]],
    ["In June 2020 Banco Central do Brasil ordered Visa and Mastercard to stop processing payments through WhatsApp.", ["regulation | Banco Central do Brasil, Mastercard, Visa, WhatsApp | 2020-06"]],
    ["The Nepal Telecommunications Authority on Monday ordered Nepal Telecom to let customers of its private rival Ncell roam on its towers.", ["regulation | Ncell, Nepal Telecom, Nepal Telecommunications Authority | 2025-03-10"]],
    // What an order asks for otherwise names who gains, not whom it binds.
    ["MIIT on Monday ordered WeChat to stop blocking links to Douyin.", ["regulation | MIIT, WeChat | 2025-03-10"]],
    ["Nigeria's telecoms regulator on Tuesday ordered MTN to restore the links that carry calls between its network and Globacom's.", ["regulation | Globacom, MTN Group, Nigerian Communications Commission | 2025-03-11"]],
    ["The PBOC told Alipay in 2019 to accept UnionPay QR codes.", ["regulation | Alipay, PBOC | 2019"]],
    // A regulator pricing what networks charge each other acts on the trade.
    ["The Communications Authority of Kenya said on Monday that it will cut the mobile termination rate (MTR) to KSh 0.25 a minute.", ["regulation | Communications Authority of Kenya | 2025-03-10"]],
  ]);
});

describe("regulators' instruments: notices, draft rules, findings, guidelines", () => {
  check([
    ["The notice, issued by MIIT on Monday, requires platforms to open their links.", ["regulation | MIIT | 2025-03-10"]],
    ["SAMR published draft rules on Tuesday that would bar platforms from blocking rivals.", ["regulation | SAMR | 2025-03-11"]],
    // A regulator that only tells the news of two others is its source; one that says it ordered them acted.
    ["Taobao shoppers can now pay with WeChat Pay, the People's Bank of China said on Monday.", ["payment | Taobao, WeChat Pay | 2025-03-10"]],
    ["Taobao and WeChat Pay were ordered to open up to each other, the People's Bank of China said on Monday.", ["regulation | PBOC, Taobao, WeChat Pay | 2025-03-10"]],
    // Commitments a regulator makes binding name the company that offered them, even after "under which".
    ["Germany's Federal Cartel Office on Monday made binding a set of commitments under which Google will license Google Maps to carmakers separately.", ["regulation | Bundeskartellamt, Google | 2025-03-10"]],
    ["In a landmark decision on Monday, the European Commission found Apple in breach of the Digital Markets Act.", ["regulation | Apple, European Commission | 2025-03-10"]],
    ["The CAC and MIIT jointly issued guidelines on Tuesday requiring platforms to interconnect.", ["regulation | CAC, MIIT | 2025-03-11"]],
    ["The State Council on Monday published a guideline calling on platforms to stop blocking each other.", ["regulation | State Council | 2025-03-10"]],
    ["Analysts said Tencent could be fined.", []],
    // A trailing comment on the case ("a case that has not yet been closed") does not take the act back.
    ["In March 2024 the Commission told Google in preliminary findings that it was favouring its own services, a case that has not yet been closed.", ["regulation | European Commission, Google | 2024-03"]],
    // Two regulators signing a memorandum act together.
    ["The Hong Kong Monetary Authority and the Bank of Thailand signed a memorandum of understanding on the link in March last year.", ["regulation | Bank of Thailand, HKMA | 2024-03"]],
    // "an investigation into whether …" opened; the pair joined by a hyphen are both its targets.
    ["In 2021 Italy's competition authority opened an investigation into whether clauses in the DAZN-TIM contract shut rival broadband providers out.", ["regulation | AGCM, DAZN, Telecom Italia | 2021"]],
    // An order to a whole trade binds no company it names as what to connect to or adopt.
    ["The Central Bank of Egypt ordered banks and wallet operators on Monday to connect every mobile wallet to InstaPay.", ["regulation | Central Bank of Egypt | 2025-03-10"]],
    ["Bank Negara Malaysia required banks and e-wallets in 2019 to adopt DuitNow QR as the national standard.", ["regulation | Bank Negara Malaysia | 2019"]],
    // Central banks the registry lacks are known by their name's shape.
    ["The National Bank of Ethiopia issued a directive last year requiring mobile money operators to interoperate.", ["regulation | National Bank of Ethiopia | 2024"]],
    ["The Reserve Bank of Malawi on Monday ordered M-Pesa and Airtel Money to interoperate.", ["regulation | Airtel Money, M-Pesa, Reserve Bank of Malawi | 2025-03-10"]],
  ]);
});

describe("glosses, titles, restated truces and negations about people", () => {
  check([
    // A bracketed Chinese gloss names the bank just named, not China's central bank ("央行").
    ["On Monday the Central Bank of Nigeria (尼日利亚央行) fined OPay and PalmPay for refusing to accept each other's QR codes.", ["regulation | Central Bank of Nigeria, OPay, PalmPay | 2025-03-10"]],
    // A quoted title is not an organisation, whatever word it ends in.
    ['In 2024 the Central Bank of Nigeria issued the "Framework for Quick Response Code Payments", requiring OPay and Moniepoint to accept each other\'s codes.', ["regulation | Central Bank of Nigeria, Moniepoint, OPay | 2024"]],
    // "The move …" restates today's news, unless what it tells happened long before it.
    ["Taobao now lets shoppers log in with their WeChat accounts. The move extends a truce that began when Taobao started accepting WeChat Pay in 2023.", ["service | Taobao, WeChat | 2025-03-12", "payment | Taobao, WeChat Pay | 2023"]],
    ["Taobao now lets shoppers log in with their WeChat accounts. The move, first tested in February, was announced by Taobao.", ["service | Taobao, WeChat | 2025-02"]],
    // "who do not want …" is about the users, not a denial of the act.
    ["Douyin began letting shoppers pay with Alipay on Monday, a relief for users who do not want to link a bank card.", ["payment | Alipay, Douyin | 2025-03-10"]],
    ["Douyin has not begun letting shoppers pay with Alipay.", []],
    // A lead-in that names no one frames the act after the colon; "reverses" is the lead-in's word.
    ["It also reverses one of the oldest habits of China's internet: WeChat blocked links to Taobao in 2013.", ["dispute | Taobao, WeChat | 2013"]],
    // A lead-in's own relative clause does not cut away the act after the colon; nor does a lead-in naming a party.
    ["That case grew out of the long fight over neighbouring rights, which had already produced a deal of its own: Google signed a licensing agreement with AFP in November 2021.", ["content | Agence France-Presse, Google | 2021-11"]],
    ["Le Monde's case against Google had a history: Google signed a licensing agreement with AFP in November 2021.", ["content | Agence France-Presse, Google | 2021-11"]],
    // A regulator's act told alone does not gain a company from an undated mention far down the story.
    ["Peru's central bank on Wednesday ordered payment companies to make every merchant QR code in the country readable by any digital wallet by the end of March 2026. Under the circular, a market stall that displays a single code will have to accept money from any licensed wallet. Yape says it has more than 17 million users. Cash still settles most retail purchases outside Lima. Most small shops still show codes tied to one app. A person at one of the banks behind Plin said the lenders had lobbied for a deadline in late 2026 and were worried the central bank would next look at the fees acquirers charge for wallet payments.", ["regulation | BCRP | 2025-03-12"]],
    // "The link with X" is the story's subject's link; "Y followed …, and Z in …" are its next partners.
    ["QRIS is Indonesia's national standard for QR code payments. Cross-border volumes are still small, under 1% of QRIS transaction value. The network has been built one neighbour at a time. The link with Thailand's PromptPay went live in August 2022. Malaysia's DuitNow followed in May 2023, and Singapore's NETS in November 2023.", [
      "payment | PromptPay, QRIS | 2022-08",
      "payment | DuitNow, QRIS | 2023-05",
      "payment | NETS, QRIS | 2023-11",
    ]],
    // Pulling channels from a platform is a carriage wall; stopping carrying them is too.
    ["eMedia said on Monday it would pull its four pay-TV channels, including the eNCA news service, from MultiChoice's DStv platform.", ["dispute | DStv, eMedia | 2025-03-10"]],
    ["In 2019 MultiChoice told eMedia it would stop carrying three of its entertainment channels.", ["dispute | MultiChoice, eMedia | 2019"]],
    // A gloss after lower-case words of the translation names the more specific thing they meant.
    ["On Monday, the articles of Micro Letter public accounts (微信公众号) were opened to Hundred Degree (百度) search.", ["link_access | Baidu, WeChat Official Accounts | 2025-03-10"]],
    // Two reports of one happening keep the finer date.
    ["Tencent Music and Qishui Music reached a licensing deal on Monday. Less than a year ago, the two were still in court. In May last year, Tencent Music sued Qishui Music in the Beijing Internet Court, accusing it of uploading songs without authorization.", [
      "content | Qishui Music, Tencent Music | 2025-03-10",
      "dispute | Qishui Music, Tencent Music | 2024-05",
    ]],
    // What a regulator requires of the companies it summoned is its act, not an opening of theirs.
    ["In September 2017, the National Copyright Administration interviewed the heads of Tencent Music, NetEase Cloud Music and other platforms, and required them to authorize each other at reasonable prices.", ["regulation | National Copyright Administration, NetEase Cloud Music, Tencent Music | 2017-09"]],
    // Closing interfaces to each other is a wall, whatever data they carried.
    ["On June 1, 2017, Cainiao and SF Express closed the data interfaces to each other.", ["dispute | Cainiao, SF Express | 2017-06-01"]],
    // "The next day" is the day after the story's last day, not publication's.
    ["On June 1, 2017, Cainiao and SF Express closed the data interfaces to each other. The next day, the State Post Bureau summoned the two sides and required them to restore the interfaces.", ["dispute | Cainiao, SF Express | 2017-06-01", "regulation | Cainiao, SF Express, State Post Bureau | 2017-06-02"]],
    // "On February 2 of that year" and "in the autumn of that year" are of the story's year, not publication's.
    ["The fight peaked in 2021. On February 2 of that year, Douyin sued Tencent over blocked links.", ["dispute | Douyin, Tencent | 2021-02-02"]],
    ["The regulators stepped in in September 2021. In the autumn of that year, Douyin links began to open in WeChat chats.", ["link_access | Douyin, WeChat | 2021"]],
    // Restricting what users share is a wall, whatever link words the sentence has.
    ["In 2018, WeChat began to restrict the sharing of Douyin links to Moments.", ["dispute | Douyin, WeChat | 2018"]],
    // A lapsed licence and songs taken down are a wall, whatever the licensing words.
    ["In 2017, after the sublicensing agreement between NetEase Cloud Music and Tencent Music expired, NetEase Cloud Music was forced to take down thousands of songs.", ["dispute | NetEase Cloud Music, Tencent Music | 2017"]],
    // How tense a relationship was is no happening, however long the names between.
    ["Before that, the relationship between Network Easy Cloud Music (网易云音乐) and Tencent Music Entertainment (腾讯音乐) was very tense.", []],
    // An AI model taken into another's product is a service, whatever else the sentence's words suggest;
    // "the model" a later clause connects is the one the first clause named.
    ["In February 2025, Feishu announced that its knowledge question-and-answer function accessed DeepSeek-R1, and WeCom also connected the model to its intelligent robot.", ["service | DeepSeek, Feishu | 2025-02", "service | DeepSeek, WeCom | 2025-02"]],
    // Two names as joint subjects make one opening when the words say it is between them.
    ["Wero and Bizum switched on person-to-person transfers between their users on April 28, 2024.", ["payment | Bizum, Wero | 2024-04-28"]],
    ["M-Pesa and Airtel Money have been testing cross-network till payments with merchants in Nakuru since January.", ["payment | Airtel Money, M-Pesa | 2025-01"]],
    // A regulator opening hearings in its case acts on the company.
    ["KPPU, Indonesia's competition commission, on Monday opened hearings in its case against Shopee.", ["regulation | KPPU, Shopee | 2025-03-10"]],
    // What a regulator wants or hopes for is no act of it; what it required is.
    ["In 2023 SAMA required merchants' card terminals to accept payments from mobile wallets, and it wants 70% of retail transactions to be electronic by 2025.", ["regulation | SAMA | 2023"]],
    ["Bank Indonesia hopes to open QR corridors with South Korea and the United Arab Emirates.", []],
    // A deadline "set by" the central bank names its act elsewhere in the sentence, not here.
    ["Kaspi opened its QR codes to Halyk customers two weeks before a deadline set by the National Bank of Kazakhstan, which in March 2024 told banks that every merchant QR code must be readable by any app.", ["payment | Halyk Bank, Kaspi.kz | 2025-03-12", "regulation | National Bank of Kazakhstan | 2024-03"]],
    // Merchants told to close their stores on a rival is a wall between the two platforms.
    ["In 2025 the business managers of Trip.com asked them to close their stores on Meituan Hotel, otherwise their rankings would fall.", ["dispute | Meituan Hotel, Trip.com Group | 2025"]],
    // "On the same day" is the story's last day itself.
    ["On August 19, 2024, miHoYo opened its new game to testers, and Douyin began showing its trailers. On the same day, miHoYo said the game will not be put on the shelves of OPPO App Market.", ["dispute | OPPO App Market, miHoYo | 2024-08-19"]],
    // Holding back transfers to a rival's accounts is a wall.
    ["In August, GTBank started holding transfers from its customers to OPay accounts for what it calls additional screening.", ["dispute | GTBank, OPay | 2024-08"]],
    // Stopping support for a way to pay is a wall, whatever payment words it names.
    ["In 2011 JD.com stopped supporting Alipay payment, saying the fee was too high.", ["dispute | Alipay, JD.com | 2011"]],
    // "…, three years after X went live on Y in <time>" tells an earlier act of its own.
    ["Google Pay launched in Saudi Arabia in September 2024 with mada support, three and a half years after mada went live on Apple Pay in February 2021.", ["payment | Google Pay, mada | 2024-09", "payment | Apple Pay, mada | 2021-02"]],
    // A merger joins owners and opens nothing, whichever preposition tells it.
    ["In 2016, Tokopedia added GoSend as a delivery option. The marketplace and the ride-hailing app merged into GoTo five years later.", ["service | GoSend, Tokopedia | 2016"]],
    // A service put in a carrier's tariffs is a content deal.
    ["Jio has included Netflix in selected prepaid plans since August 2023.", ["content | Jio, Netflix | 2023-08"]],
    // Rights sold by the medium they cover ("online rights", "digital rights") are content.
    ["In March 2024, CJ ENM's Tving agreed to pay 135 billion won for three seasons of KBO online rights.", ["content | KBO League, Tving | 2024-03"]],
    // A dated timeline heading before the colon is the act's time, not a lead-in.
    ["- June 2022: the Payment Systems Regulator opened a market review of Visa and Mastercard's cross-border fees.", ["regulation | Mastercard, Payment Systems Regulator, Visa | 2022-06"]],
    // "Google pay publishers" is the verb, not the wallet.
    ["In a provisional report in February, the Competition Commission of South Africa proposed that Google pay publishers 300 million rand a year.", ["regulation | Competition Commission of South Africa, Google | 2025-02"]],
    ["The Indonesian government ordered TikTok to separate its shop from the social app on Monday.", ["regulation | TikTok | 2025-03-10"]],
    ["The CMA on Tuesday consulted on conduct requirements for Apple and Google.", ["regulation | Apple, CMA, Google | 2025-03-11"]],
    // "The commission" at a sentence's start is not "the Commission" of Brussels.
    ["Rakuten complained to the Japan Fair Trade Commission in 2022 that Apple's rules stopped it from telling users they could pay less. The commission studied the complaint for more than a year.", ["dispute | Apple, Rakuten | 2022"]],
    ["The Commission fined Apple 500 million euros on Monday.", ["regulation | Apple, European Commission | 2025-03-10"]],
    // "its investigation" is the case the same regulator acts in elsewhere in the story.
    ["Indonesia's competition regulator KPPU fined Google 202.5 billion rupiah on Tuesday over Play Store billing rules. The commission opened its investigation in September 2022.", ["regulation | Google, KPPU | 2025-03-11", "regulation | Google, KPPU | 2022-09"]],
    // "the search company" after the act's verb is the company told just before.
    ["Google was sued by Canadian publishers in 2023. The CRTC in 2024 exempted the search company from the act's bargaining process.", ["regulation | CRTC, Google | 2024"]],
    // "Alphabet's Google" is one company named twice; the list it heads goes on.
    ["The KCC on Wednesday fined Alphabet's Google and Apple a combined 68 billion won.", ["regulation | Apple, Google, Korea Communications Commission | 2025-03-12"]],
    // A happening with a time of its own is not the terms of the law told before it.
    ["South Korea's National Assembly amended the Telecommunications Business Act in August 2021. The law's weakness became clear in mid-2022, when Google refused to approve an update of KakaoTalk.", ["regulation | National Assembly | 2021-08", "dispute | Google, KakaoTalk | 2022"]],
    // A statement of objections is an act; "the two products" are not the two companies told before.
    ["Slack complained to Brussels in July 2020 that Microsoft had tied Teams to Office. In June 2024 the Commission sent Microsoft a statement of objections over the bundling of the two products.", ["dispute | Microsoft, Slack | 2020-07", "regulation | European Commission, Microsoft | 2024-06"]],
    // A pilot told with a date of its own is an event of the opening's type (a pilot and the rollout are two events).
    ["Alipay+ users can now pay at Mercado Pago merchants, Ant International said on Monday. As early as November last year, the two sides launched a pilot in Sao Paulo.", ["payment | Alipay, Mercado Pago | 2025-03-10", "payment | Alipay, Mercado Pago | 2024-11"]],
    ["Alipay+ users can now pay at Mercado Pago merchants, Ant International said on Monday. The two sides have worked together for years.", ["payment | Alipay, Mercado Pago | 2025-03-10"]],
    // A pilot that names nobody tried the opening just told; a pilot in the opening's own month is still its own event.
    ["Airtel Money and MTN Mobile Money customers can now send money to each other, the operators said on Monday. The link follows a pilot that ran from November with about 5,000 agents.", ["payment | Airtel Money, MTN Mobile Money | 2025-03-10", "payment | Airtel Money, MTN Mobile Money | 2024-11"]],
    ["Mercado Libre will show its ads inside Rappi, the companies said on Monday. The two companies have run the format as a test in Bogota since March.", ["traffic | MercadoLibre, Rappi | 2025-03-10", "traffic | MercadoLibre, Rappi | 2025-03"]],
    ["Cainiao has connected its delivery network to the WeChat Store, the companies said on Monday. The cooperation was first tested in Guangdong in January of this year.", ["service | Cainiao, WeChat Store | 2025-03-10", "service | Cainiao, WeChat Store | 2025-01"]],
    // A complaint to a regulator about what a rival does is a dispute whatever the conduct's words;
    // a relative clause inside the sentence ends at its comma and the main verb resumes.
    ["Khalti and eSewa can now scan each other's codes. In March last year Khalti complained to the central bank that eSewa-linked agents were removing Khalti stickers from shops.", ["payment | Khalti, eSewa | 2025-03-12", "dispute | Khalti, eSewa | 2024-03"]],
    // Right after a short subject, a relative clause is the subject's own background: its names and time stay out.
    ["Telecel, which bought Vodafone's Ghana business in 2023, complained to the regulator last year that MTN was ignoring its requests to connect Telecel Cash to MoMo merchant codes.", ["dispute | MTN Group, Telecel Ghana | 2024"]],
    ["In 2022 Israel Discount Bank, which owns PayBox, complained to the central bank that Bank Hapoalim was refusing to let Bit talk to rival apps.", ["dispute | Bank Hapoalim, Israel Discount Bank | 2022"]],
    // What the subject did before the act, told ahead of it, names no side: not its own wallet either.
    ["In 2020, months after launching its own ShopeePay wallet in Vietnam, Shopee blocked MoMo from its checkout.", ["dispute | MoMo, Shopee | 2020"]],
    ["In 2016 the Turkish Competition Authority fined Yemeksepeti after finding that the company had abused its dominance, and ordered it to drop the terms.", ["regulation | Turkish Competition Authority, Yemeksepeti | 2016"]],
    // A long appositive ("the two wallets that between them hold …") still only describes the pair before it.
    ["Nequi and DaviPlata, the two wallets that between them hold most of the country's low-income accounts, both joined Bre-B in October.", ["service | Bre-B, Nequi | 2024-10", "service | Bre-B, DaviPlata | 2024-10"]],
    // "The chain", "the wallet", "the lender" as the subject mean the business told of just before.
    ["Seven-Eleven held out longest. Last month, the chain said it would accept Rakuten Point at its 21,000 stores.", ["payment | 7-Eleven, Rakuten Point | 2025-02"]],
    ["Telebirr was slow. In March 2024 the wallet connected to EthSwitch.", ["payment | EthSwitch, Telebirr | 2024-03"]],
    // What neither side has done is no opening, whatever the sentence goes on to observe.
    ["Neither Tencent nor Moonshot AI has announced a deal, but Official Accounts articles now show up in Kimi's answers.", []],
    // A comment on the act names no side; a change "that took effect" dates it.
    ["Last year ICASA amended its sports broadcasting rules to widen the list of events, a change MultiChoice says will cost it sponsors.", ["regulation | ICASA | 2024"]],
    // A relative clause after a short subject is left out after a time phrase too; the subject's two partners are two openings.
    ["FamilyMart was slow. In November 2019, the chain, which had spent years as a one-card store, began accepting d POINT and Rakuten Point.", [
      "payment | FamilyMart, d POINT | 2019-11",
      "payment | FamilyMart, Rakuten Point | 2019-11",
    ]],
    // A second "will" with a partner of its own is a second act of the same subject.
    ["DITO Telecommunity will let prepaid subscribers pay for apps on Google Play with their load balance and will bundle a Viu streaming subscription with its data plans, the company said on Monday.", [
      "content | DITO Telecommunity, Viu | 2025-03-10",
      "payment | DITO Telecommunity, Google Play | 2025-03-10",
    ]],
    // A wall put up against two in one breath is two walls.
    ["On March 1, Google delisted the apps of Matrimony.com and Shaadi.com for not paying the new fees.", ["dispute | Google, Matrimony.com | 2025-03-01", "dispute | Google, Shaadi.com | 2025-03-01"]],
    // However the wall is worded: forbidding, no longer supporting.
    ["In 2023, Zhihu changed its robots protocol, forbidding the crawlers of Bing and Google from grabbing its content.", ["dispute | Bing, Zhihu | 2023", "dispute | Google, Zhihu | 2023"]],
    ["In October 2020, Douyin stopped supporting third-party links such as Taobao and JD.com in live rooms.", ["dispute | Douyin, Taobao | 2020-10", "dispute | Douyin, JD.com | 2020-10"]],
    // "the regulator" in a later clause is the one an earlier clause of the sentence heard a complaint.
    ["Rappi complained to CADE in 2020 that iFood was locking restaurants away from rivals, and in March 2021 the regulator barred iFood from signing new exclusive deals.", [
      "dispute | Rappi, iFood | 2020",
      "regulation | CADE, iFood | 2021-03",
    ]],
    // ", and" right after an appositive goes on to the next subject, unless the appositive was a list of its own.
    [
      "Swish, the mobile payment app used by nearly every adult in Sweden, and Vipps MobilePay, its counterpart in Norway, Denmark and Finland, will let customers send money to each other across borders in a pilot starting in the spring, the two companies said on Wednesday.",
      ["payment | Swish, Vipps MobilePay | 2025-03-12"],
    ],
    // A subject pair may carry an appositive on its first name: each still acts.
    ["Rappi, the Bogotá-born delivery app, and Didi Food both began accepting Nequi at checkout in 2022.", ["payment | Nequi, Rappi | 2022", "payment | Didi Food, Nequi | 2022"]],
    // A crawler taken off a blocked list is a wall lifted, an opening.
    ["Nine Entertainment signed a deal with Anthropic last month. On 2 February Nine Entertainment removed Anthropic's crawler from the blocked list on its websites.", [
      "content | Anthropic, Nine Entertainment | 2025-02",
      "link_access | Anthropic, Nine Entertainment | 2025-02-02",
    ]],
    // After a dated act, a colon opening a time and "it" tells the next act with its own time.
    ["Getir moved into restaurant delivery in 2020 and leaned on partners wherever it could: in 2022 it plugged Papara, the digital wallet, into its checkout.", ["payment | Getir, Papara | 2022"]],
    // The host's own wallet named beside the newcomer is no side; another newcomer is.
    ["That changed in April, when Zalo started letting mini apps take payment through MoMo as well as ZaloPay.", ["payment | MoMo, Zalo | 2024-04"]],
    ["Coupang will let shoppers pay with Naver Pay as well as Toss from December 1, the company said on Tuesday.", ["payment | Coupang, Naver Pay | 2025-03-11", "payment | Coupang, Viva Republica | 2025-03-11"]],
    // A clause telling the same opening by the sides' other names is that opening again.
    [
      "On December 10, Weixin Pay (微信支付) and China UnionPay (中国银联) jointly announced that the Cloud Flash Payment (云闪付) APP can scan the Weixin Pay collection codes of merchants in the whole country, and the Weixin users can also scan the UnionPay codes to pay.",
      ["payment | UnionPay QuickPass, WeChat Pay | 2024-12-10"],
    ],
    // A "but" tail that takes the act back leaves it standing when the act has a time of its own, told against the story ("that year").
    [
      "Pay Treasure (支付宝) walked one step earlier. In 2022 it took the lead to open its collection codes to be scanned by Cloud Flash Payment. At the end of that year, Weixin Pay also let Cloud Flash Payment scan its codes in pilot cities such as Zhuhai and Shenzhen, but the function was not extended to other places for nearly two years.",
      ["payment | Alipay, UnionPay QuickPass | 2022", "payment | UnionPay QuickPass, WeChat Pay | 2022"],
    ],
    // "Both wallets" as the subject: each of the pair told before did the act with the side the sentence names.
    ["Easypaisa and JazzCash compete hard. Both wallets have been connected to Raast, the central bank's instant payment system, since 2022.", [
      "payment | Easypaisa, Raast | 2022",
      "payment | JazzCash, Raast | 2022",
    ]],
    // "… to the wallet" after a pair that each did the act: the wallet the story told just before.
    ["Airtel Money opened its wallet to M-Pesa transfers on Monday. Equity Bank and KCB Group both linked their apps to the wallet last year.", [
      "payment | Airtel Money, M-Pesa | 2025-03-10",
      "payment | Airtel Money, Equity Bank | 2024",
      "payment | Airtel Money, KCB Group | 2024",
    ]],
    // "began offering it": what a business takes or offers is the way to pay told just before;
    // a newcomer that "followed" takes the place of the business, not of the wallet it accepted.
    ["Shopee added GoPay to its checkout in January. Lazada began offering it in March.", ["payment | GoPay, Shopee | 2025-01", "payment | GoPay, Lazada | 2025-03"]],
    // Translated press "accessed it"; a pair of subjects (glossed or not) each taking it; "earlier", by how much unsaid, is undated.
    ["Taobao (淘宝) began accepting Douyin Pay (抖音支付) on Monday. In October last year, Pinduoduo accessed it.", ["payment | Douyin Pay, Taobao | 2025-03-10", "payment | Douyin Pay, Pinduoduo | 2024-10"]],
    ["Taobao (淘宝) began accepting Douyin Pay (抖音支付) on Monday. Jingdong (京东) and US Group (美团) supported it earlier.", [
      "payment | Douyin Pay, Taobao | 2025-03-10",
      "payment | Douyin Pay, JD.com | null",
      "payment | Douyin Pay, Meituan | null",
    ]],
    // "earlier" after a clause with a time: before that time, by how much unsaid.
    ["In January this year, DeepSeek released the weights of its R1 model on Hugging Face; Moonshot (月之暗面) and Zhipu (智谱) also put their open-source models on the shelves of Magic Ride earlier.", [
      "service | DeepSeek, Hugging Face | 2025-01",
      "service | ModelScope, Moonshot AI | null",
      "service | ModelScope, Zhipu AI | null",
    ]],
    ["Shopee added GoPay to its checkout in January. Lazada and Blibli began offering it in March.", ["payment | GoPay, Shopee | 2025-01", "payment | GoPay, Lazada | 2025-03", "payment | Blibli, GoPay | 2025-03"]],
    // A name that says it is a way to pay, a few sentences back, before a platform whose other names include a wallet.
    ["Grab will let Malaysian customers pay with Touch 'n Go eWallet from April. The wallet has 24 million users. Shopee added it as a checkout option in 2022.", [
      "payment | Grab, Touch 'n Go eWallet | 2025-03-12",
      "payment | Shopee, Touch 'n Go eWallet | 2022",
    ]],
    ["Tokopedia was the first marketplace to accept it, at the end of 2020, and Bukalapak followed the following year.", []],
    ["Shopee added GoPay to its checkout in 2022. Tokopedia was the first marketplace to accept it, at the end of 2020, and Bukalapak followed the following year.", ["payment | GoPay, Shopee | 2022", "payment | GoPay, Tokopedia | 2020", "payment | Bukalapak, GoPay | 2021"]],
    // "through the central bank's national payment system": the bank owns the rails two wallets use; it does not act.
    ["Bank Indonesia runs the BI-FAST system. In March last year GoPay and OVO began sending money to each other through the central bank's national payment system.", ["payment | GoPay, OVO | 2024-03"]],
    // A way to pay a regulator tells a whole trade to use is its instrument; a trade listed by name is not a whole trade.
    ["In 2022 the State Bank of Vietnam ordered payment intermediaries to adopt the national VietQR standard.", ["regulation | State Bank of Vietnam | 2022"]],
    // A whole trade listed by its kinds, and a payment system the act launches or has used, are no sides either.
    ["On Wednesday Sri Lanka's central bank told ride-hailing, delivery and e-commerce apps that they must accept LankaQR payments.", ["regulation | Central Bank of Sri Lanka | 2025-03-12"]],
    ["The Central Bank of Sri Lanka launched LankaQR in 2018 and asked banks to adopt a single code.", ["regulation | Central Bank of Sri Lanka | 2018"]],
    ["Zalo is Vietnam's biggest messenger. Tiki put a shopping mini app inside the messenger in 2023.", ["link_access | Tiki, Zalo | 2023"]],
    // "The code" is the way to pay told just before; "…, then with X in <time>" is the same act with another partner.
    ["QRIS is Indonesia's national QR standard. The code was first linked with Thailand's PromptPay in a pilot in August 2022, then with Malaysia's DuitNow in May 2023.", [
      "payment | PromptPay, QRIS | 2022-08",
      "payment | DuitNow, QRIS | 2023-05",
    ]],
    // A credit bureau is a company that trades data, not a regulator; "the same arrangement" is the act just told.
    ["Tabby began sharing repayment data with the Kuwait Credit Bureau in March 2024.", ["data | Kuwait Credit Bureau, Tabby | 2024-03"]],
    ["Tabby began exchanging data with SIMAH in February. Tamara has been piloting the same arrangement with SIMAH since January.", [
      "data | SIMAH, Tabby | 2025-02",
      "data | SIMAH, Tamara | 2025-01",
    ]],
    // A second "it" after ", and" is who the first "it" meant.
    [
      "Viacom18 outbid Star India in 2022. Star India hit back. In August 2022 it won the International Cricket Council's media rights in India for 2024 to 2027, reportedly for about $3 billion, and within weeks it sublicensed the television half of those rights to Zee Entertainment.",
      ["content | International Cricket Council, JioStar | 2022-08", "content | JioStar, Zee Entertainment | 2022-08"],
    ],
    // Who a fine's reason names is not what the fine binds, told with a noun as with a verb.
    ["ONE Store has long trailed Google Play, and the Korea Fair Trade Commission watched the market. Then, in April 2023, the commission fined Google 42.1 billion won for the tactics it had used against ONE Store.", [
      "regulation | Google, KFTC | 2023-04",
    ]],
    // What the subject runs, told in such a clause, is not a side of the act: the operator acts.
    ["Vodacom, which runs M-Pesa in the country, plugged its wallet into SIMO in 2022.", ["payment | SIMO, Vodacom | 2022"]],
    // …and a comment after the main clause that resumes is no side either.
    ["WinCommerce, which runs the WinMart+ chain, said on Tuesday that shoppers can now top up ZaloPay and ShopeePay wallets at its tills, ending MoMo's run as the only wallet served there.", [
      "payment | WinCommerce, ZaloPay | 2025-03-11",
      "payment | ShopeePay, WinCommerce | 2025-03-11",
    ]],
    // A wall is put up by the side named first; its group's other name is what the wall is about.
    ["In 2021, MoMo complained to the competition regulator that Zalo was hiding its payment links behind a warning screen while ZaloPay requests opened with one tap.", ["dispute | MoMo, Zalo | 2021"]],
    // The owner named after its child's possessive is the one acting; machine-translated drama apps fold links.
    ["OVO, controlled by Grab, accused GoPay's parent GoTo in 2020 of paying merchants to display only the GoPay QR code.", ["dispute | GoTo, OVO | 2020"]],
    ["In May 2024, Weixin began to fold the links of Red Fruit dramas shared in group chats.", ["dispute | Hongguo, WeChat | 2024-05"]],
    // A regulator's order the opening bows to is its cause, not a party; a rival named after "rival sites, including" is one.
    ["Google on Tuesday began showing links to rival booking sites, including Etstur, in the hotel box of its Turkish search results, bowing to an order from Turkey's competition authority.", ["link_access | Etstur, Google | 2025-03-11"]],
    ["Bol will start placing shoppable product ads on Pinterest that send users straight to its product pages, the two companies said on Tuesday.", ["traffic | Bol.com, Pinterest | 2025-03-11"]],
    // One subject opening to two others in one breath is two happenings (data/eval README); a longer list is one.
    ["Coupang will let shoppers pay with Naver Pay and Toss from December 1, the company said on Tuesday.", ["payment | Coupang, Naver Pay | 2025-03-11", "payment | Coupang, Viva Republica | 2025-03-11"]],
    // The subject may be "it", told in a clause of its own: each of the two it signs up is an event.
    ["FamilyMart went further in November 2019, when it linked up with both d Point and Rakuten Point.", ["link_access | FamilyMart, d POINT | 2019-11", "link_access | FamilyMart, Rakuten Point | 2019-11"]],
    // "it" after a lead-in whose subject is "the authority" is that authority.
    ["In 2022 Airtel Kenya complained to the Competition Authority of Kenya about Safaricom's agent contracts. The authority had moved against the operator before: in 2014 it ordered Safaricom to let its agents serve rival wallets.", [
      "dispute | Airtel, Safaricom | 2022",
      "regulation | Competition Authority of Kenya, Safaricom | 2014",
    ]],
    // "When it fined …" after a sentence about the authority is the authority acting.
    ["The French competition authority has been watching the AI firms. When it fined Google 250 million euros in March 2024, one of the reasons it gave was that Google had trained its chatbot on news content.", ["regulation | Autorite de la concurrence, Google | 2024-03"]],
    // "The Delivery Hero-owned platform" names which platform; the owner is no side a later "the app" can mean.
    ["Turkey's competition authority on Monday ordered Yemeksepeti to scrap exclusive contracts with restaurants. The Delivery Hero-owned platform has six months to rewrite its contracts. The Rekabet Kurumu opened its investigation into the app in July 2024.", [
      "regulation | Turkish Competition Authority, Yemeksepeti | 2025-03-10",
      "regulation | Turkish Competition Authority, Yemeksepeti | 2024-07",
    ]],
    // A law's terms told without a time are no act.
    ["Under Japan's Mobile Software Competition Act, Apple and Google can no longer forbid such links or force developers to use their own billing.", []],
    ["Under the new rules, Apple must let users pick a default browser.", []],
    // "the council's …" is the council the story named; a platform's maker is its owner; "the iPhone maker" is Apple.
    ["The Administrative Council for Economic Defense (CADE) upheld the charges on Monday. In November 2024 the council's general superintendence ordered the iPhone maker to lift those rules.", [
      "regulation | Apple, CADE | 2024-11",
    ]],
    ["In March 2024 SAMR fined the Douyin operator for blocking Taobao links.", ["regulation | ByteDance, SAMR | 2024-03"]],
    // Two sides jointly launching a named scheme is a deal; the sentence classifier says what kind. A name inside the scheme's title is no party.
    ["On March 6, Kuaishou and Jingdong jointly released the \"Blue Bridge Plan\". According to the plan, users who click a product card in a Kuaishou video will jump to the merchant's store on Jingdong.", ["link_access | JD.com, Kuaishou | 2025-03-06"]],
    ["In February, Bilibili and Taobao launched the \"Orange Link\" (橙链) plan, which lets video creators add Taobao product links below their videos.", ["link_access | Bilibili, Taobao | 2025-02"]],
    // A consequence told as commentary reports nothing new.
    ["On Monday, Douyin Pay and Meituan Pay said users can now scan the merchant codes of UnionPay QuickPass. For the two latecomer wallets, this means that the number of shops where they can be used has increased overnight.", [
      "payment | Douyin Pay, UnionPay QuickPass | 2025-03-10",
      "payment | Meituan Pay, UnionPay QuickPass | 2025-03-10",
    ]],
    // A deal announced with someone, or an offer made under one, is a deal cue like a deal signed.
    ["Last month Careem announced an agreement with Noon that lets its riders order groceries inside the app.", ["service | Careem, Noon | 2025-02"]],
    // "took it to court": "it" is the object, the company named before.
    ["Everyone remembers Spotify's arrival in India. In February 2019, Warner Chappell took it to the Bombay High Court over publishing rights.", ["dispute | Spotify, Warner Music Group | 2019-02"]],
    // An appositive may end in a list ("the alliance behind Bizum, Bancomat Pay and MB Way"); "In May," is no name it describes.
    ["In May, Wero and EuroPA, the alliance behind Bizum, Bancomat Pay and MB Way, agreed to link their wallets.", ["payment | EuroPA, Wero | 2024-05"]],
    // A conditional nobody announced, told without a time, is no act.
    ["An interlinked network of Bizum and Wero wallets would reach more than 130 million users.", []],
    // A pair told with its kind before it is still the pair that acts (or is acted on) separately.
    ["Budget chains Zolo Stays and Kivra were pulled from MakeMyTrip in 2018.", ["dispute | MakeMyTrip, Zolo Stays | 2018", "dispute | Kivra, MakeMyTrip | 2018"]],
    // A later clause's "it" is the regulator the sentence's first clause is about.
    ["Banco Central do Brasil ordered Visa to stop processing payments through WhatsApp in June 2020. The central bank relented in March 2021, authorising Visa and Mastercard to start transfers on the app, and in April 2023 it allowed Meta to offer payments to merchants as well.", [
      "regulation | Banco Central do Brasil, Visa, WhatsApp | 2020-06",
      "regulation | Banco Central do Brasil, Mastercard, Visa | 2021-03",
      "regulation | Banco Central do Brasil, Meta | 2023-04",
    ]],
    // The same after a time phrase with no comma: "In July 2022 the regulator fined …, and … it allowed …".
    ["On 4 July 2021 the Cyberspace Administration of China ordered app stores to remove Didi's app. In July 2022 the regulator fined Didi 8.03 billion yuan, and in January 2023 it allowed the app back into the stores.", [
      "regulation | CAC, Didi | 2021-07-04",
      "regulation | CAC, Didi | 2022-07",
      "regulation | CAC, Didi | 2023-01",
    ]],
    // "added it as a payment option": "it" is the object, the company named before; being the first to connect is connecting.
    ["ZaloPay found a new outlet last year. TikTok Shop added it as a payment option for Vietnamese buyers.", ["payment | TikTok, ZaloPay | 2024"]],
    ["Nubank, the digital lender with 100 million customers, was the first bank to connect its accounts to the WhatsApp checkout.", ["payment | Nubank, WhatsApp | 2025-03-12"]],
    // A deal between payment systems is a payment opening though the model knows none of the names.
    ["Tourists from Jakarta can now pay with their home apps in Bangkok. QRIS connected with Thailand's PromptPay in August 2022.", ["payment | PromptPay, QRIS | 2022-08"]],
    // A central bank that switches on a link between its own system and another's is no side: the two systems are.
    ["Bank Indonesia switched on a link between its QRIS standard and Japan's JPQR code on Sunday.", ["payment | JPQR, QRIS | 2025-03-09"]],
    // Two systems told together, then the passive: "were connected", "have been linked".
    ["PromptPay and DuitNow were connected in 2021, which meant that Malaysians could scan Thai codes with their bank apps.", ["payment | DuitNow, PromptPay | 2021"]],
    // "the app stores of phone makers" is a whole trade, not the app the story told last.
    ["In January 2021, Huawei AppGallery removed the games of Tencent Games. Last November, SAMR held an administrative guidance meeting with the app stores of phone makers.", [
      "dispute | Huawei AppGallery, Tencent Games | 2021-01",
      "regulation | SAMR | 2024-11",
    ]],
    // An opening between two payment systems is a payment one whatever the words suggest ("plugged into").
    ["Money moved between phones at last. JazzCash, run by the mobile operator Jazz, only plugged into Raast late last year.", ["payment | JazzCash, Raast | 2024"]],
    // A name a time is counted from ("One day after the news of Weixin") is no side.
    ["One day after the news of Weixin, on February 16, Baidu announced that Baidu Search will fully integrate DeepSeek.", ["link_access | Baidu App, DeepSeek | 2025-02-16"]],
    // "…, followed by X in May 2023 and Y in November 2023": each partner that followed, with a time of its own, is the act again.
    ["Tourists pay with home apps across the region. QRIS first linked with Thailand's PromptPay in 2022, followed by Malaysia's DuitNow in May 2023 and the Philippines' QR Ph in November 2023.", [
      "payment | PromptPay, QRIS | 2022",
      "payment | DuitNow, QRIS | 2023-05",
      "payment | QR Ph, QRIS | 2023-11",
    ]],
    // An owner's possessive with its Chinese gloss ("Alibaba's (阿里巴巴) second-hand platform Xianyu") only says whose Xianyu.
    ["On March 9, Alibaba's (阿里巴巴) second-hand trading platform Xianyu (闲鱼) said its WeChat mini program had been launched.", ["link_access | WeChat Mini Programs, Xianyu | 2025-03-09"]],
    // ", reversing a change that had …" comments on the act: its background tense does not make the act background.
    ["Shopee will again let sellers in Vietnam hand their parcels to Viettel Post, the e-commerce platform said on Wednesday, reversing a change that had funnelled most of its orders to its own delivery arm.", ["service | Shopee, Viettel Post | 2025-03-12"]],
    // A regulator letting a company start again is a regulator's act on it.
    ["The Central Bank of Brazil suspended the service in June 2020. In March 2021 the central bank let WhatsApp restart transfers between individuals, but only with cards.", [
      "regulation | Banco Central do Brasil | 2020-06",
      "regulation | Banco Central do Brasil, WhatsApp | 2021-03",
    ]],
    // A province's own body is not the national one whose name ends its own.
    ["Last month, the Guizhou Provincial Market Supervision Administration interviewed Ctrip over its pricing tools.", ["regulation | Guizhou Provincial Market Supervision Administration, Trip.com Group | 2025-02"]],
    // A market status that carries duties is a regulator's act on the company it names.
    ["In June 2020 Ghana's National Communications Authority declared MTN Ghana a significant market power operator.", ["regulation | MTN Group, National Communications Authority | 2020-06"]],
    ["Last year the Japan Fair Trade Commission deemed Rakuten a dominant platform.", ["regulation | JFTC, Rakuten | 2024"]],
    // So is "A or B", and the subject's owner may be named after the pair.
    ["Shoppers can now pay at Lipa na M-Pesa tills with an Airtel Money or T-Kash wallet, after Safaricom opened its till network to rival wallets on Monday.", [
      "payment | Airtel Money, M-Pesa | 2025-03-10",
      "payment | M-Pesa, T-Kash | 2025-03-10",
    ]],
    // A country's competition regulator called its "competition agency" or "antitrust prosecutor".
    ["Kazakhstan's competition agency on Monday ordered Kazakhtelecom to cut the rent it charges Beeline Kazakhstan for space in its cable ducts.", ["regulation | Beeline, Kazakhstan Competition Agency, Kazakhtelecom | 2025-03-10"]],
    ["Chile's antitrust prosecutor on Thursday asked the competition court to fine PedidosYa for exclusive contracts with restaurants.", ["regulation | Fiscalia Nacional Economica, PedidosYa | 2025-03-06"]],
    // A ", so the central bank clearly thinks …" tail comments on the act; its "thinks … not" takes nothing back.
    ["Last summer the National Bank of Romania told all banks to connect to RoPay by the end of 2025, so the central bank clearly thinks waiting is not enough.", [
      "regulation | National Bank of Romania | 2024",
    ]],
    // A decision's reasons (", accepting the group's argument that … is not …") take nothing back.
    ["The European Commission said on Tuesday it would not designate Tencent's WeChat as a gatekeeper, accepting the group's argument that the app is not an important gateway.", [
      "regulation | European Commission, WeChat | 2025-03-11",
    ]],
    // One's cards taken by another's wallet: "Revolut cards can be added to MB Way".
    ["Since Monday, Revolut cards can be added to MB Way like any Portuguese bank card.", ["payment | MB Way, Revolut | 2025-03-10"]],
    // Translated 下架: an app "taken off the shelves" of another's store is a wall.
    ["In 2023 the Douyin app was taken off the shelves of the Huawei AppGallery.", ["dispute | Douyin, Huawei AppGallery | 2023"]],
    // What an order to a whole trade asks it to offer is not a side: "told banks to offer UPI Lite".
    ["Last June the RBI told banks to offer UPI Lite to all customers.", ["regulation | Reserve Bank of India | 2024-06"]],
    // "in December" before a regulator is a time, not a venue the regulator is in.
    ["Second, antitrust: in December COFECE's investigative authority issued a preliminary finding that Amazon and MercadoLibre hold too much power.", [
      "regulation | Amazon, COFECE, MercadoLibre | 2024-12",
    ]],
    // A tribunal a regulator is asking to rule hears the case; "the country's" names no other side.
    ["The Veritas Bureau on Monday sued Google, asking the country's Competition Tribunal to order the company to sell two of its ad tools.", ["regulation | Google, Veritas Bureau | 2025-03-10"]],
    // The second wallet may come with a two-word owner: "and NTT Docomo's d Payment".
    ["LY Corporation said on Tuesday it will let people pay inside LINE's mini apps with Rakuten Pay and NTT Docomo's d Payment from April.", ["payment | LINE, Rakuten Pay | 2025-03-11", "payment | LINE, d Payment | 2025-03-11"]],
    ["Bilibili began allowing creators to attach product links from Taobao, JD and Pinduoduo below videos on Monday.", ["link_access | Bilibili, JD.com | 2025-03-10", "link_access | Bilibili, Pinduoduo | 2025-03-10", "link_access | Bilibili, Taobao | 2025-03-10"]],
    // A trailing participle ("splitting the matches between them") says how, not that the two dealt with each other.
    ["In December 2021 LaLiga awarded its domestic rights to Telefónica and DAZN, splitting the weekly matches between them.", ["content | LaLiga, Telefonica | 2021-12", "content | DAZN, LaLiga | 2021-12"]],
    // What a regulator fines is a company, not the regulator told before; a name dropped as an owner still does what its relative clause says.
    ["In December 2015 the Bundeskartellamt banned Booking.com from enforcing parity clauses. The CNMC fined the company 413 million euros in July 2024.", ["regulation | Booking.com, Bundeskartellamt | 2015-12", "regulation | Booking.com, CNMC | 2024-07"]],
    ["Jaywan is run by a subsidiary of the CBUAE, which last year told banks in the country to issue co-badged Jaywan debit cards to new customers.", ["regulation | CBUAE | 2024"]],
    ["In early January 2024, the SABC accused SuperSport of pricing it out of the Africa Cup of Nations.", ["dispute | SABC, SuperSport | 2024-01"]],
    // A court ruling naming one side takes its opponent from the filing told next to it, with the verb first ("which filed the suit in …").
    ["Last month a Madrid commercial court ordered Meta to pay 479 million euros to Spanish publishers. The claim was brought by AMI, the association of Spanish news publishers, which filed the suit in December 2023 after years of complaining that Meta was eating their advertising.", ["dispute | AMI, Meta | 2025-02", "dispute | AMI, Meta | 2023-12"]],
    ["A Dutch court on Monday ordered Booking.com to compensate German hotels for its price-parity clauses. The claim was brought by Hotelverband Deutschland, the German hotel association, which filed the suit in the summer of 2024.", ["dispute | Booking.com, Hotelverband Deutschland | 2025-03-10", "dispute | Booking.com, Hotelverband Deutschland | 2024"]],
    // A regulator named in apposition after "complained to the competition office" hears the complaint; it does not act.
    ["In 2023 Docplanner complained to the competition office, UOKiK, that Google was refusing to let private apps read its data.", ["dispute | Docplanner, Google | 2023"]],
    ["In April 2021, Roku pulled YouTube TV from its channel store after talks with Google collapsed.", ["dispute | Roku, YouTube TV | 2021-04"]],
    // A second verb with a time of its own is a second act by the same subject; one decision told with two verbs stays one.
    ["Epic sued Apple here in November 2020 and went after Google in March 2021, both times in the same Sydney registry.", ["dispute | Apple, Epic Games | 2020-11", "dispute | Epic Games, Google | 2021-03"]],
    ["The KFTC fined Google in 2021 and ordered it to stop blocking rival app stores.", ["regulation | Google, KFTC | 2021"]],
    // Any past-tense verb after an act with a time of its own is a second act when it has another time of its own
    // (the time may open it); a deadline the act sets is no time of another act.
    ["The BEAC adopted the GIMACPAY rules in 2019 and extended them to mobile wallets in 2020.", ["regulation | BEAC | 2019", "regulation | BEAC | 2020"]],
    ["The KFTC fined Google in July 2021 and in June 2022 accepted commitments from Google.", ["regulation | Google, KFTC | 2021-07", "regulation | Google, KFTC | 2022-06"]],
    ["In 2021 the BEAC told banks to connect to GIMACPAY and set a deadline for the end of the following year.", ["regulation | BEAC | 2021"]],
    // A court's finding is the news, whatever the tense inside it; its opponent is the filer told next.
    ["The Federal Court of Australia found on Monday that Apple had misused its market power by blocking rival app stores. Epic sued Apple there in November 2020.", ["dispute | Apple, Epic Games | 2025-03-10", "dispute | Apple, Epic Games | 2020-11"]],
    // "reached a similar deal" repeats the act told before with the newcomer in its subject's place.
    ["Netflix agreed on Monday to let Roku sell part of the advertising inventory in its app. NBCUniversal's Peacock reached a similar deal in September 2020.", ["traffic | Netflix, Roku | 2025-03-10", "traffic | Peacock, Roku | 2020-09"]],
    // "signed a similar agreement with Y": the same kind of act, between the earlier subject and Y.
    ["On Monday Tencent Video licensed its dramas to Douyin. In 2021, the company signed a similar agreement with Bilibili.", ["content | Douyin, Tencent Video | 2025-03-10", "content | Bilibili, Tencent Video | 2021"]],
    // "X filed a similar complaint": a complaint naming no one is against whom the one before was.
    ["Spain's competition watchdog fined Glovo on Tuesday. Uber Eats complained to the CNMC in 2022 that it was losing restaurants to exclusive deals, and Just Eat filed a similar complaint in March 2023.", [
      "regulation | CNMC, Glovo | 2025-03-11",
      "dispute | Glovo, Uber Eats | 2022",
      "dispute | Glovo, Just Eat Takeaway | 2023-03",
    ]],
    // "the two sides" in a sentence naming one of them is the pair told with that one, not the last pair.
    ["In September 2019 China Telecom and China Unicom signed an agreement to share a single 5G radio network. In January 2021 China Mobile signed a deal with China Broadnet to share base stations. The Telecom-Unicom partnership went further in 2022, when the two sides extended the network-sharing agreement to their 4G networks.", [
      "service | China Telecom, China Unicom | 2019-09",
      "service | China Broadnet, China Mobile | 2021-01",
      "service | China Telecom, China Unicom | 2022",
    ]],
    // A country's "station" is the platform's site; an appositive ends at a semicolon; a share told is no act.
    ["On Monday, TikTok Shop said its Italian station had accessed the Satispay wallet for payments. In February this year, the Spanish station accessed the Bizum payment service, the instant payment tool launched by Spanish banks; according to the platform, within three months Bizum accounted for nearly 18% of Spanish orders.", [
      "payment | Satispay, TikTok | 2025-03-10",
      "payment | Bizum, TikTok | 2025-02",
    ]],
    // "the map" is the map app told before.
    ["In January, Petal Maps accessed the taxi service of Free Now. Last year, the map also accessed the hotel booking service of Booking.com.", [
      "service | Free Now, Petal Maps | 2025-01",
      "service | Booking.com, Petal Maps | 2024",
    ]],
    // An app put on a TV operator's boxes is carried there; a store's mistranslated name is still the store.
    ["Rogers Communications put the CBC Gem app on its Ignite TV boxes on Monday.", ["content | CBC/Radio-Canada, Rogers Communications | 2025-03-10"]],
    ["Transsion said on Monday that its application store Palm Mall had connected to Airtel carrier billing in Nigeria.", ["payment | Airtel, Palm Store | 2025-03-10"]],
    // Wooing a partner is no deal with it.
    ["Shahid, STARZPLAY and OSN had all courted beIN Sports for streaming rights in Saudi Arabia, but it chose the kingdom's largest carrier.", []],
    // Talks that go on, and what a rival still relies on, are no act.
    ["Claro began carrying Win Sports+ in July, while Tigo and Movistar were still negotiating.", ["content | Claro, Win Sports+ | 2024-07"]],
    ["Temu accessed Satispay in October last year, while AliExpress in Italy still mainly relies on bank cards and PayPal.", ["payment | Satispay, Temu | 2024-10"]],
    ["On Monday Tencent Video licensed its dramas to Douyin. iQiyi took a similar step with Bilibili last year.", ["content | Douyin, Tencent Video | 2025-03-10", "content | Bilibili, iQiyi | 2024"]],
    ["On Monday Lazada joined YouTube's shopping affiliate programme. Shopee signed a similar deal with TikTok last year.", ["traffic | Lazada, YouTube | 2025-03-10", "traffic | Shopee, TikTok | 2024"]],
    // A wallet known by a bare brand is still a wallet; content surfacing in another's search results is link access;
    // machine-translated "takeaway distribution" is delivery.
    ["Grab began accepting MoMo for rides and food orders in Vietnam in March 2024.", ["payment | Grab, MoMo | 2024-03"]],
    ["Since March, Zhihu answers have been turning up in WeChat Search results.", ["link_access | WeChat Search, Zhihu | 2025-03"]],
    ["Douyin Life Service (抖音生活服务) and Hungry Me (饿了么) confirmed on Monday that the two sides have renewed the takeaway distribution cooperation.", ["service | Douyin Life Services, Ele.me | 2025-03-10"]],
    // What a party is, said in an appositive the main clause drops, types the opening.
    ["Lalamove will switch its drivers in Southeast Asia to GrabMaps, the mapping service built by Grab, the companies said on Tuesday.", ["service | GrabMaps, Lalamove | 2025-03-11"]],
    // "Microsoft's game-streaming service" is the group's own streaming product.
    ["Microsoft's game-streaming service is now built into LG Electronics' smart TVs.", ["service | LG Electronics, Xbox Cloud Gaming | 2025-03-12"]],
    // A list of targets goes on past a subsidiary named in passing.
    ["The JFTC in March 2025 designated Apple and its subsidiary iTunes KK, along with Google, under the smartphone act.", ["regulation | Apple, Google, JFTC | 2025-03"]],
    // An analyst's view reports no happening of its own.
    ["Karan Mehta, an analyst at Example Securities in Mumbai, said investors worried that the price war would last, especially with Amazon and Flipkart now offering ten-minute delivery.", []],
    // "Allegro" is not an allegation; results told as periods and changes are not events.
    ["Allegro reported a 6% fall in second-quarter profit on Thursday as it spent more to hold on to shoppers tempted by Temu.", []],
    ["Allegro reported a 6% fall in second-quarter adjusted profit on Thursday as it spent more on free delivery to hold on to shoppers tempted by Temu.", []],
    // A pilot's sentence naming nobody, far from any opening, adds nothing.
    ["The link follows a pilot that ran from November with about 5,000 agents.", []],
    // Moving one's history or playlists from one service to another is data portability.
    ["Earlier this month Google added a button in Gemini that imports your ChatGPT conversation history.", ["data | Google, OpenAI | 2025-03"]],
    // The date of what the sentence is about, told in the modifier the main clause leaves out.
    ["The UPI-PayNow link with Singapore, which went live in February 2023, was the first to let users of two fast-payment systems pay each other.", ["payment | PayNow, UPI | 2023-02"]],
    ["Hong Kong's Competition Commission opened an investigation into Foodpanda and Deliveroo in 2021. In August 2023 the commission accepted commitments from Foodpanda and Deliveroo to stop imposing exclusivity.", ["regulation | Deliveroo, Foodpanda, Hong Kong Competition Commission | 2021", "regulation | Deliveroo, Foodpanda, Hong Kong Competition Commission | 2023-08"]],
  ]);
});
