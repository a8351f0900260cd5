import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultRegistry, EntityRegistry } from "../src/classify/entities.ts";
import { classifyArticle } from "../src/classify/index.ts";

const names = (r: EntityRegistry, text: string) => r.match(text).map((m) => m.entity.name);

const small = () =>
  new EntityRegistry([
    { name: "Ping An", kind: "company", aliases: ["Ping An Insurance"] },
    { name: "SF Express", kind: "company", aliases: ["S.F. Express"] },
    { name: "JD.com", kind: "company", aliases: ["JD"] },
  ]);

test("a name does not match across a comma", () => {
  assert.deepEqual(names(small(), "said Gu Ping, an independent analyst."), []);
});

test("a name does not match across a full stop, brackets or a semicolon", () => {
  assert.deepEqual(names(small(), "He met Ping. An hour later"), []);
  assert.deepEqual(names(small(), "Li Ping (An analyst)"), []);
  assert.deepEqual(names(small(), "Ping; An"), []);
});

test("names with inner dots and initials still match", () => {
  assert.deepEqual(names(small(), "Ping An and S.F. Express joined JD.com."), ["Ping An", "SF Express", "JD.com"]);
});

test("a corporate suffix after a comma is not swallowed", () => {
  const m = small().match("Ping An, Group chairman");
  assert.equal(m[0]?.surface, "Ping An");
});

test("the shipped registry does not see Ping An in a person's appositive", () => {
  assert.ok(!names(defaultRegistry(), "Gu Ping, an independent analyst, said so.").includes("Ping An"));
});

test("the shipped registry knows wallets and carriers outside China, with their owners", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Mercado Pago accused Apple; GCash and Maya linked QR codes; Netflix settled with SK Broadband."), [
    "Mercado Pago",
    "Apple",
    "GCash",
    "Maya",
    "Netflix",
    "SK Broadband",
  ]);
  assert.deepEqual(r.ancestors("Mercado Pago"), ["MercadoLibre"]);
  assert.equal(r.group("Kakao Mobility"), "Kakao");
  assert.equal(r.group("T-Mobile"), "Deutsche Telekom");
});

test("the shipped registry finds new Chinese names by their Chinese aliases, and not inside ordinary words", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "月之暗面的Kimi与腾讯元宝接入中通快递和货拉拉"), ["Moonshot AI", "Kimi", "Yuanbao", "ZTO Express", "Huolala"]);
  // 和包 (China Mobile's wallet) and 可灵 (Kuaishou's video model) sit inside 和包括 and 可灵活.
  assert.deepEqual(names(r, "商户和包括小店在内的用户可灵活选择"), []);
});

test("new names that are ordinary words match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "We zoom in on the slack in demand, and a brave user may discover card fraud at the opera."), []);
  assert.deepEqual(names(r, "Zoom, Slack, Brave and Opera backed the complaint; Discover card holders"), ["Zoom", "Slack", "Brave", "Opera", "Discover Financial"]);
  assert.deepEqual(names(r, "They raise capital one year later, fed up at T-Mobile"), ["T-Mobile"]);
});

test("Fortnite and WhatsApp Pay resolve to their owners, as the labelled data names them", () => {
  const r = defaultRegistry();
  assert.equal(r.get("Fortnite")?.name, "Epic Games");
  assert.equal(r.get("WhatsApp Pay")?.name, "WhatsApp");
  assert.deepEqual(names(r, "Fortnite maker Epic Games sued Google"), ["Epic Games", "Google"]);
});

test("the shipped registry knows regulators by the descriptions the press uses instead of their names", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Poland's competition watchdog and Japan's central bank joined Nigeria's telecoms regulator and the Turkish Competition Board."), [
    "UOKiK",
    "Bank of Japan",
    "Nigerian Communications Commission",
    "Turkish Competition Authority",
  ]);
  assert.deepEqual(names(r, "浙江省市场监督管理局与广州知识产权法院"), ["Zhejiang Administration for Market Regulation", "Guangzhou Intellectual Property Court"]);
});

test("wallet and platform names that are ordinary words match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "A new payments platform put a melon, a plin and jazz cash at noon into e-commerce at 9 a.m."), []);
  assert.deepEqual(names(r, "Australia's New Payments Platform, Melon, Noon and JazzCash linked up with Blik and PayID."), [
    "New Payments Platform",
    "Melon",
    "Noon",
    "JazzCash",
    "Blik",
    "PayID",
  ]);
  // Vietnam's ride-hailing app Be goes by the bare word only when it is written with its capital.
  assert.deepEqual(names(r, "Drivers will be paid through the app."), []);
  assert.deepEqual(names(r, "Last year Be put a mini-app inside Zalo."), ["Be Group", "Zalo"]);
  // India's health-records rail goes by its acronym, under the authority that runs it.
  assert.deepEqual(names(r, "Practo linked its records to ABDM in 2023."), ["Practo", "Ayushman Bharat Digital Mission"]);
  assert.equal(r.get("ABDM")?.parent, "National Health Authority");
});

test("the shipped registry resolves Chinese platforms and regulators by machine-translated and Chinese names", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "The Ministry of Work Letter and the Network Information Office summoned Tiger Teeth, Fighting Fish and Know Almost; Wing Payment and Millet signed on."),
    ["MIIT", "CAC", "Huya", "Douyu", "Zhihu", "Bestpay", "Xiaomi"],
  );
  assert.deepEqual(names(r, "酷狗音乐、沃支付、华为云和小米应用商店接入美团闪购"), ["Kugou", "Wo Pay", "Huawei Cloud", "Xiaomi GetApps", "Meituan Instashopping"]);
  assert.equal(r.group("Kugou"), "Tencent");
  assert.equal(r.group("Taobao Flash Sale"), "Alibaba");
  assert.deepEqual(names(r, "Naughty Treasure opened to Micro Letter, and Shake Sound accepted Payment Treasure."), ["Taobao", "WeChat", "Douyin", "Alipay"]);
});

test("machine-translated names that are ordinary words match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "We know almost nothing about the fighting fish or the millet harvest; keep your soul."), []);
  assert.deepEqual(names(r, "The people's bank accounts and the wing payment flaps stayed closed."), []);
  // Baidu's model platform Qianfan, machine-translated as "Thousand Sails", only with its capitals.
  assert.deepEqual(names(r, "Thousand Sails put DeepSeek-R1 on the shelves; a thousand sails crossed the bay."), ["Baidu Qianfan", "DeepSeek"]);
});

test("banks, schemes and apps worldwide are found by their Korean, Chinese and Japanese names, with their owners", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "카카오톡과 네이버페이, 신한은행이 연결됐다"), ["KakaoTalk", "Naver Pay", "Shinhan"]);
  assert.deepEqual(names(r, "汇丰银行、星展银行和西联汇款接入支付宝"), ["HSBC", "DBS", "Western Union", "Alipay"]);
  assert.deepEqual(names(r, "楽天市場とヤフオク"), ["Rakuten Ichiba", "Yahoo Auctions"]);
  assert.equal(r.group("Hang Seng Bank"), "HSBC");
  assert.equal(r.group("Telekom Deutschland"), "Deutsche Telekom");
  assert.deepEqual(r.ancestors("Faster Payments"), ["Pay.UK"]);
});

test("bank, app and scheme names that are ordinary words match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "A weak signal may affirm the verve of a kayak trip; the plaid coat sowed discord at 6 p.m., a chime and a rumble."), []);
  assert.deepEqual(names(r, "Signal, Discord, Affirm, Plaid and Kayak joined Pay by Bank; Chime and Santander did not."), [
    "Signal",
    "Discord",
    "Affirm",
    "Plaid",
    "Kayak",
    "Pay by Bank",
    "Chime",
    "Santander",
  ]);
  // Jiji Press is a news agency, not the Nigerian classifieds site; "Level 3" is a grade, not Lumen.
  assert.deepEqual(names(r, "Jiji Press reported that level 3 support and Level 3 autonomy are coming."), []);
});

test("the short forms the press uses after the full name resolve to the same entity", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Chunghwa must cut what Taiwan Mobile and FET pay; Telekom, Kookmin, Bank Negara and J&T agreed."), [
    "Chunghwa Telecom",
    "Taiwan Mobile",
    "Far EasTone",
    "Deutsche Telekom",
    "KB Kookmin Bank",
    "Bank Negara Malaysia",
    "J&T Express",
  ]);
  // A bare acronym names one body; the country in front keeps it from landing on another country's.
  assert.deepEqual(names(r, "The Korea FTC, Taiwan NCC and Nigeria's CBN acted; the FTC and NCC watched."), [
    "KFTC",
    "Taiwan National Communications Commission",
    "Central Bank of Nigeria",
    "FTC",
    "Nigerian Communications Commission",
  ]);
  assert.equal(r.get("Eternal")?.name, "Zomato");
  assert.equal(r.get("Grofers")?.name, "Blinkit");
});

test("short forms that are ordinary words, places or a parent's name are not added", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "Mobile users in China and Taiwan, a National lender, First and Standard rates, Global and Digital plans, a Smart star: fed up, on a diet, with reliance on an axis at its zenith, an eternal orange telekom."),
    [],
  );
  // "Rakuten Mobile" is the carrier; its short form "Rakuten" is the parent's own name.
  assert.deepEqual(names(r, "Rakuten Mobile signed with Rakuten."), ["Rakuten Mobile", "Rakuten"]);
});

test("broadcasters, publishers, trade bodies and city regulators are found by the names and descriptions the press uses, with their owners", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "Saudi Arabia's media regulator fined beIN SPORTS after Arabsat carried a pirate feed; Dubai's RTA and Singapore's LTA licensed Careem and Grab."),
    ["General Commission for Audiovisual Media", "beIN Sports", "Arabsat", "Dubai Roads and Transport Authority", "Land Transport Authority", "Careem", "Grab"],
  );
  assert.deepEqual(names(r, "The Globe and Mail, News Media Canada and the Coalition for App Fairness wrote to 成都市交通运输局 and 北京市交通委."), [
    "The Globe and Mail",
    "News Media Canada",
    "Coalition for App Fairness",
    "Chengdu Municipal Transport Bureau",
    "Beijing Municipal Commission of Transport",
  ]);
  assert.equal(r.group("beIN Sports"), "beIN Media Group");
  assert.equal(r.group("The Wall Street Journal"), "News Corp");
  assert.equal(r.parentOf("Qingju Bike")?.name, "Didi");
  assert.equal(r.get("UK media regulator")?.name, "Ofcom");
  assert.equal(r.get("MoMo")?.name, "MoMo");
  assert.equal(r.get("MoMo PSB")?.name, "MTN Mobile Money");
});

test("media and wallet names that are ordinary words match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "Under a clear sky, a new wave of viewers found it of paramount importance that la presse and le monde, the Suez Canal and the Nikkei index, tamara and voi, were binge-worthy."),
    [],
  );
  assert.deepEqual(names(r, "Sky, Wave, Paramount+, La Presse, Le Monde, Nikkei Asia, Tamara and Voi signed; Canal Plus did too."), [
    "Sky Group",
    "Wave Mobile Money",
    "Paramount Global",
    "La Presse",
    "Le Monde",
    "Nikkei Inc.",
    "Tamara",
    "Voi Technology",
    "Groupe Canal+",
  ]);
});

test("products, sub-brands and model versions resolve to the most specific entity, under their owners", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "GitHub Copilot, Google Shopping, WhatsApp Business, Buy with Prime, 微信小游戏, KakaoTalk Gift, GrabFood and d POINT opened up; DeepSeek-R1 and Qwen3 followed."),
    ["GitHub Copilot", "Google Shopping", "WhatsApp Business", "Buy with Prime", "WeChat Mini Games", "KakaoTalk Gift", "GrabFood", "d POINT", "DeepSeek", "Qwen"],
  );
  assert.equal(r.parentOf("GitHub Copilot")?.name, "GitHub");
  assert.equal(r.group("AI Overviews"), "Google");
  assert.equal(r.group("Mercado Credito"), "MercadoLibre");
  assert.equal(r.group("JD Express"), "JD.com");
  assert.equal(r.get("Dreamina")?.name, "Jimeng");
  assert.equal(r.get("Gemini Pro")?.name, "Gemini");
});

test("product names that are ordinary words or phrases match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "The operator said shoppers grab food, buy for me a rufus doll, read an outlook, kindle a d point of interest, play with a ponta, and coze on a talkie in ai mode."),
    [],
  );
  assert.deepEqual(names(r, "Operator, Rufus, Ponta, Coze, Talkie and AI Mode were named."), ["Operator", "Rufus", "Ponta", "Coze", "Talkie", "AI Mode"]);
});

test("word-by-word translations of Chinese sub-brands resolve to the sub-brand, and the ordinary phrases do not", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "Weixin Video Account, Fast Hand Store, Tremble Mall, Jingdong Home, Meituan Bicycle and 菜鸟驿站 were summoned by the State Administration of Market Supervision and Administration."),
    ["WeChat Channels", "Kuaishou E-commerce", "Douyin E-commerce", "Dada", "Mobike", "Cainiao Post", "SAMR"],
  );
  assert.equal(r.group("Cainiao Post"), "Alibaba");
  assert.equal(r.parentOf("Duoduo Jinbao")?.name, "Pinduoduo");
  assert.deepEqual(names(r, "Give the video number to a fast hand store near the post bar; a bean bag, a huge engine and a thousand questions later, life went on."), []);
});

test("operators, ICT ministries and card switches outside China are found with their owners, and their ordinary-word names only as written", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "Kyivstar, Kcell, Azercell and Maroc Telecom joined; the DICT, Thailand's Ministry of Digital Economy and Society and the NCEC spoke; Prosa, Red Link and BKM connected."),
    ["Kyivstar", "Kcell", "Azercell", "Maroc Telecom", "DICT", "Ministry of Digital Economy and Society", "NCEC", "Prosa", "Red Link", "BKM"],
  );
  assert.equal(r.group("Kyivstar"), "VEON");
  assert.equal(r.parentOf("TROY")?.name, "BKM");
  assert.deepEqual(names(r, "Shoppers made a beeline for the benefit sale in troy; the prosa was dull."), []);
});

test("short forms that are ordinary words match only as written ('Globe' the carrier, not 'a globe'; 'TPG')", () => {
  assert.deepEqual(names(defaultRegistry(), "Globe and TPG; the Globe and Mail; a globe; a video account; Weixin Video Account"), ["Globe Telecom", "TPG Telecom", "The Globe and Mail", "WeChat Channels"]);
});

test("a name whose own spelling has a comma matches across it, and only there", () => {
  const r = new EntityRegistry([{ name: "Communications, Space and Technology Commission", kind: "regulator", aliases: [] }, ...small().all()]);
  assert.deepEqual(names(r, "The Communications, Space and Technology Commission approved it; Gu Ping, an analyst"), ["Communications, Space and Technology Commission"]);
});

test("an alias that punctuation shrinks to one ordinary word is refused, naming the alias", () => {
  assert.throws(() => new EntityRegistry([{ name: "lifecell", kind: "company", aliases: ["life:)"] }]), /'lifecell': alias 'life:\)' matches as the bare word 'life'/);
  // The bare word is fine when it is a spelling of its own ("Yahoo!" beside "Yahoo").
  assert.doesNotThrow(() => new EntityRegistry([{ name: "Yahoo", kind: "company", aliases: ["Yahoo!"] }]));
});

test("second-tier travel, mobility, streaming, gaming and payment names resolve, under their owners and by their local names", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "Bolt, 曹操出行, Meituan Dache, 同程艺龙 and 途家 joined Tidal, Joox, AfreecaTV, Chzzk, 米哈游, Riot Games, Skrill, Paidy, Yandex.Money and 2C2P."),
    ["Bolt Technology", "Cao Cao Mobility", "Meituan Dache", "Tongcheng Travel", "Tujia", "Tidal", "Joox", "SOOP", "Chzzk", "miHoYo", "Riot Games", "Skrill", "Paidy", "YooMoney", "2C2P"],
  );
  assert.equal(r.group("Tidal"), "Block Inc");
  assert.equal(r.parentOf("Joox")?.name, "Tencent Music");
  assert.equal(r.group("Chzzk"), "Naver");
  assert.equal(r.group("2C2P"), "Alibaba");
  assert.equal(r.parentOf("OpenTable")?.name, "Booking Holdings");
  assert.equal(r.parentOf("HoYoverse"), undefined);
  assert.equal(r.get("HoYoverse")?.name, "miHoYo");
});

test("second-tier names that are ordinary words or phrases match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Bolt, Wise, Zip, Supercell and Take-Two signed; Times Internet and The Fork followed."), ["Bolt Technology", "Wise plc", "Zip Co", "Supercell", "Take-Two Interactive", "Times Internet", "TheFork"]);
  assert.deepEqual(
    names(r, "a bolt of lightning, a wise choice, zip it up, a supercell storm, take two steps, at times internet is slow, the fork in the road, open table talks, a red bus, a giant network, get your guide, make my trip, quick money 赚快钱"),
    [],
  );
});

test("accents fold for matching: a name listed without them matches the text that has them, and back", () => {
  const r = new EntityRegistry([
    { name: "Banco de Mexico", kind: "regulator", aliases: [] },
    { name: "Türk Telekom", kind: "company", aliases: [] },
  ]);
  assert.deepEqual(names(r, "Banco de México ordered Turk Telekom to connect."), ["Banco de Mexico", "Türk Telekom"]);
});

test("tenth-pass broadcasters, leagues, carmakers, regulators and parcel carriers resolve under their owners and by their local names", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "ZnanyLekarz, 平安好医生, Deutsche Post, Urząd Ochrony Danych Osobowych, Антимонопольний комітет України, 鸿蒙座舱, 比亚迪 and Deutsche Fußball Liga signed with Eurosport and O2 Telefónica."),
    ["Docplanner", "Ping An Good Doctor", "DHL Group", "UODO", "Antimonopoly Committee of Ukraine", "HarmonyOS cockpit", "BYD", "DFL", "Eurosport", "Telefónica Deutschland"],
  );
  assert.equal(r.group("Eurosport"), "Warner Bros. Discovery");
  assert.equal(r.parentOf("Bundesliga")?.name, "DFL");
  assert.equal(r.group("Kia"), "Hyundai Motor Group");
  assert.equal(r.parentOf("mabb")?.name, "die medienanstalten");
  assert.equal(r.get("Agency for Protection and Development of Competition")?.name, "Kazakhstan Competition Agency");
});

test("tenth-pass names that are ordinary words or short letter strings match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Free, Ford, Kia and the NBA joined; Serie A and La Liga followed UEFA, with UPS and GLS."), [
    "Free",
    "Ford",
    "Kia",
    "NBA",
    "Lega Serie A",
    "LaLiga",
    "UEFA",
    "UPS",
    "GLS",
  ]);
  assert.deepEqual(names(r, "a free trial, fair play, ford the river, nba-style ups and gls, la liga de barrio, du pain et du vin, a serie a b c"), []);
});

test("eleventh-pass retailers, retail-media arms, payment rails, taxi apps and carriers resolve under their owners and by their local names", () => {
  const r = defaultRegistry();
  assert.deepEqual(
    names(r, "Cartology, 이마트, セブンイレブン, タクシーアプリGO, Viettel Post, 国土交通省, QR Ph, NIPL and Halyk Bank joined Google Photos and PriceRunner."),
    ["Cartology", "E-Mart", "7-Eleven", "GO taxi app", "Viettel Post", "MLIT", "QR Ph", "NPCI International", "Halyk Bank", "Google Photos", "PriceRunner"],
  );
  assert.equal(r.group("Cartology"), "Woolworths Group");
  assert.equal(r.parentOf("Roundel")?.name, "Target Corporation");
  assert.equal(r.group("Blue Dart"), "DHL Group");
  assert.equal(r.group("iCloud Photos"), "Apple");
  assert.equal(r.parentOf("Mobility Technologies")?.name, undefined);
  assert.equal(r.get("Mobility Technologies")?.name, "GO Inc");
  assert.equal(r.get("금융위원회")?.name, "Financial Services Commission");
});

test("eleventh-pass names that are ordinary words or short letter strings match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Nectar, Payback, Curve, Zero Pay, GO Taxi, GHN and CISPE met Aeon."), [
    "Nectar",
    "Payback",
    "Curve",
    "Zero Pay",
    "GO taxi app",
    "Giao Hang Nhanh",
    "CISPE",
    "Aeon",
  ]);
  assert.deepEqual(names(r, "the nectar of payback on a learning curve: zero pay, go taxi home, an aeon ago, compare the market, everyday rewards"), []);
});

test("twelfth-pass broadcasters, exchanges, app stores and Chinese platforms resolve under their owners and by their local names", () => {
  const r = defaultRegistry();
  assert.equal(r.get("应用宝")?.name, "Tencent MyApp");
  assert.equal(r.parentOf("Tencent MyApp")?.name, "Tencent");
  assert.equal(r.parentOf("链家")?.name, "KE Holdings");
  assert.equal(r.parentOf("安居客")?.name, "58.com");
  assert.equal(r.parentOf("NAPAfrica")?.name, "Teraco");
  assert.equal(r.parentOf("Sling TV")?.name, "Dish Network");
  assert.equal(r.get("米家")?.name, "Mijia");
  assert.equal(r.get("Canal+")?.name, "Groupe Canal+");
  assert.equal(r.get("中国铁塔")?.name, "China Tower");
  assert.deepEqual(names(r, "CBS, France-IX and 东方财富 joined Universal Music Group."), ["CBS", "France-IX", "East Money", "Universal Music Group"]);
});

test("twelfth-pass names that are ordinary words or short letter strings match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Matter, Whoop, Zong, WOM and Home Assistant met Gree."), ["Matter", "Whoop", "Zong", "WOM", "Home Assistant", "Gree Electric"]);
  assert.deepEqual(names(r, "no matter: a whoop of joy, a wom, a home assistant, gree, the limelight and a nec tie"), []);
});

test("thirteenth-pass short letter strings and ordinary words match only when written as the name", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "The CAK fined KBank; Garanti, Klar and Marti joined; USPS hands parcels to Yodel."), [
    "Competition Authority of Kenya",
    "Kasikornbank",
    "Garanti BBVA",
    "Klar",
    "Marti",
    "USPS",
    "Yodel",
  ]);
  assert.deepEqual(names(r, "a cak of salt, a garanti note, klar und deutlich, a yodel, sameday shipping and an post-war usps"), []);
});

test("thirteenth-pass local-language names resolve to their canonical entities and owners", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Türkiye İş Bankası, Yapı Kredi Bankası, Нова пошта and Tribunal de Defensa de la Libre Competencia."), [
    "Isbank",
    "Yapi Kredi",
    "Nova Poshta",
    "TDLC",
  ]);
  assert.equal(r.group("Yapi Kredi"), "Koc Holding");
  assert.equal(r.parentOf("Krungsri")?.name, "MUFG");
  assert.equal(r.get("Banamex")?.name, "Citibanamex");
  assert.equal(r.get("TCMB")?.name, "CBRT");
});

test("fourteenth-pass airlines, ticketing and tax names that are ordinary words match only in their full or exact form", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Delta and United fought a fever with dice and a sabre; emirates, iberia, indigo ink, a hopper, one medical device and see tickets."), []);
  assert.deepEqual(names(r, "Delta Air Lines, United Airlines, IndiGo, Emirates Airline, DICE tickets and the Fever app joined Amadeus."), [
    "Delta Air Lines",
    "United Airlines",
    "IndiGo",
    "Emirates Airline",
    "DICE FM",
    "Fever Labs",
    "Amadeus IT Group",
  ]);
});

test("fourteenth-pass local-language names resolve to their canonical entities and owners", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "中国东方航空, 华住集团, 金税四期, 대한항공 and 票星球."), ["China Eastern Airlines", "H World Group", "Golden Tax System", "Korean Air", "Piaoxingqiu"]);
  assert.equal(r.group("Vueling"), "International Airlines Group");
  assert.equal(r.parentOf("See Tickets")?.name, "CTS Eventim");
  assert.equal(r.get("Paytm Insider")?.name, "District by Zomato");
  assert.equal(r.get("Cerner")?.name, "Oracle Health");
});

test("fifteenth-pass names that are ordinary words match only in their exact or longer form", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "indeed, a shell of a ledger; the kraken and a tether with gusto, rippling"), []);
  assert.deepEqual(names(r, "Indeed Inc, Shell Recharge, Ledger, Kraken exchange, Tether, Gusto and the Transit app."), [
    "Indeed.com",
    "Shell Recharge",
    "Ledger",
    "Kraken",
    "Tether",
    "Gusto",
    "Transit app",
  ]);
});

test("fifteenth-pass local-language names resolve to their canonical entities and owners", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "업비트, 丰巢, 特来电, マネーフォワード and Мегамаркет."), ["Upbit", "Hive Box", "TELD", "Money Forward", "Megamarket"]);
  assert.equal(r.parentOf("Upbit")?.name, "Dunamu");
  assert.equal(r.group("Realtor.com"), "News Corp");
  assert.equal(r.get("Envestnet Yodlee")?.name, "Yodlee");
  assert.equal(r.get("Huobi")?.name, "HTX");
});

test("sixteenth-pass mends: Japan's SBI Holdings is not State Bank of India, and HSBC's PayMe does not claim Uzbekistan's Payme", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "SBI Holdings, SBI Securities, SBI and Payme.uz; Payme in Tashkent; PayMe from HSBC"), [
    "SBI Holdings",
    "SBI Securities",
    "State Bank of India",
    "Payme Uzbekistan",
    "PayMe",
  ]);
  assert.equal(r.get("SBI Holdings")?.name, "SBI Holdings");
  assert.equal(r.parentOf("SBI Securities")?.name, "SBI Holdings");
  assert.equal(r.parentOf("PayMe")?.name, "HSBC");
});

test("sixteenth-pass ordinary-word names match only as written, local-language names resolve to their owners", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "a crave for plex, a sharp philo, replicate the paper and the thread"), []);
  assert.deepEqual(names(r, "Crave, Plex, Philo, Replicate, tvN, TVN24, 澎湃新闻, 智己汽车, 鸿海 and 央视频."), [
    "Crave",
    "Plex",
    "Philo",
    "Replicate",
    "tvN",
    "TVN Group",
    "The Paper",
    "IM Motors",
    "Foxconn",
    "Yangshipin",
  ]);
  assert.equal(r.parentOf("IM Motors")?.name, "SAIC Motor");
  assert.equal(r.group("Crave"), "Bell Canada");
  assert.equal(r.get("RBZ")?.name, "Reserve Bank of Zimbabwe");
});

test("seventeenth-pass machine-translation renderings of Chinese names match in a sentence", () => {
  const r = defaultRegistry();
  const text =
    "Get Things opened Special Come Electricity and Star Star Charging stations, BOSS Direct Employment and Hunting Employment shared resumes, and Douyin Electricity Supplier accepted Fast Hand Payment and WeChat small procedure links.";
  assert.deepEqual(names(r, text), [
    "Dewu",
    "TELD",
    "Star Charge",
    "Kanzhun",
    "Liepin",
    "Douyin E-commerce",
    "Kuaishou Pay",
    "WeChat Mini Programs",
  ]);
  assert.equal(r.parentOf("Kuaishou Pay")?.name, "Kuaishou");
});

test("seventeenth-pass renderings that are ordinary English words match only as written", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "we get things done, a special come electricity bill, a vegetable bird, the king glory and a car home"), []);
  assert.deepEqual(names(r, "Vegetable Bird, King Glory, Car Home and Millet Car"), ["Cainiao", "Honor of Kings", "Autohome", "Xiaomi Auto"]);
});

test("eighteenth-pass machine-translation renderings of Chinese names match in a sentence", () => {
  const r = defaultRegistry();
  const text =
    "Dark Side of the Moon and Depth Seeking joined Hundred Degrees Encyclopedia, Investment Promotion Bank accepted Cloud Quick Pay, 36 Krypton and Surging News reported on Jedi Survival, and Pinduoduo Overseas Version shipped with Beijing East Logistics.";
  assert.deepEqual(names(r, text), [
    "Moonshot AI",
    "DeepSeek",
    "Baidu Baike",
    "China Merchants Bank",
    "UnionPay QuickPass",
    "36Kr",
    "The Paper",
    "PUBG",
    "Temu",
    "JD Logistics",
  ]);
  assert.equal(r.parentOf("JD Logistics")?.name, "JD.com");
  assert.equal(r.get("菜鸟裹裹")?.name, "Cainiao Guoguo");
});

test("eighteenth-pass renderings that are ordinary English words match only as written", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "the dark side of the moon, a shrimp skin, an original god, the fire fox and a star chain of shops"), []);
  assert.deepEqual(names(r, "Shrimp Skin, Original God, Fire Fox and Star Chain"), ["Shopee", "Genshin Impact", "Firefox", "Starlink"]);
});

test("nineteenth-pass machine-translation renderings of Chinese names match in a sentence", () => {
  const r = defaultRegistry();
  const text =
    "People's Livelihood Bank and New Network Bank accepted Spell More Payment, Little Pig Short Rent listed on Steam Platform, East Wind Motor joined Ningde Times, and Tiger Sniff and Daily Economic News reported on Golden Tax Phase 4.";
  assert.deepEqual(names(r, text), [
    "China Minsheng Bank",
    "XW Bank",
    "Duoduo Pay",
    "Xiaozhu",
    "Steam China",
    "Dongfeng Motor",
    "CATL",
    "Huxiu",
    "National Business Daily",
    "Golden Tax System",
  ]);
  assert.equal(r.parentOf("Duoduo Pay")?.name, "Pinduoduo");
  assert.equal(r.get("平安银行")?.name, "Ping An Bank");
  assert.equal(r.parentOf("Ping An Bank")?.name, "Ping An");
});

test("nineteenth-pass renderings that are ordinary English words match only as written", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "a particle loan, the peace elite, a tiger sniff, an industrial bank and a steam platform"), []);
  assert.deepEqual(names(r, "Particle Loan, Peace Elite, Tiger Sniff, Industrial Bank and Steam Platform"), [
    "Weilidai",
    "Game for Peace",
    "Huxiu",
    "Industrial Bank",
    "Steam China",
  ]);
});

test("a national unit is its own entity, told apart from its group and from a namesake's group", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Telekom Srbija signed with Deutsche Telekom, and Orange Polska with Orange."), [
    "Telekom Srbija",
    "Deutsche Telekom",
    "Orange Polska",
    "Orange S.A.",
  ]);
  // Telekom Srbija is state-owned Serbian, not Deutsche Telekom's; Montenegro's Telekom is.
  assert.equal(r.group("Telekom Srbija"), "Telekom Srbija");
  assert.equal(r.group("Crnogorski Telekom"), "Deutsche Telekom");
  assert.deepEqual(names(r, "A1 Srbija and A1 Hrvatska joined the A1 Telekom Austria deal."), ["A1 Srbija", "A1 Hrvatska", "A1 Telekom Austria"]);
  assert.equal(r.get("A1 Srbija")?.parent, "A1 Telekom Austria");
  assert.equal(r.group("One Hungary"), "4iG");
});

test("short exact-case bank and operator names match as written, not as ordinary words", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Erste, KBC and SEB let IKO users pay with Vectra boxes; Zaba and PBZ followed."), [
    "Erste Group",
    "KBC Group",
    "SEB",
    "IKO",
    "Vectra",
    "Zagrebačka banka",
    "Privredna banka Zagreb",
  ]);
  // German "die erste Bank" is "the first bank"; the rest are lower-case words or letter strings.
  assert.deepEqual(names(r, "Die erste Bank; a seb of iko; the vectra of zaba and pbz; a kbc."), []);
});

test("twenty-first-pass app names that are ordinary words match only as written", () => {
  const r = defaultRegistry();
  // "mudah" is Malay for "easy" and "detik" Indonesian for "second"; the rest are English words.
  assert.deepEqual(names(r, "a bumble bee on the door hinge ate a chewy toffee; it was mudah, done in a detik."), []);
  assert.deepEqual(names(r, "Bumble, Hinge, Chewy, Mudah and Detik complained about the app store."), [
    "Bumble dating app",
    "Hinge dating app",
    "Chewy.com",
    "Mudah.my",
    "Detikcom",
  ]);
  assert.equal(r.parentOf("Hinge")?.name, "Match Group");
});

test("a brand its owner writes in lower case ('telebirr', 'idealista') matches so; a registry name written in lower case is otherwise a common word", () => {
  const r = defaultRegistry();
  const names = (text: string) => r.match(text).map((m) => m.entity.name);
  assert.deepEqual(names("Customers of Ethio Telecom's telebirr can now pay."), ["Ethio Telecom", "Telebirr"]);
  assert.deepEqual(names("Listings on idealista doubled."), ["Idealista"]);
  assert.deepEqual(names("The operator said the line was free."), []);
});

test("'the MoMo app' is Vietnam's MoMo wallet, not Hello Group, the Chinese company once called Momo", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Since 2023 the MoMo app has been able to pay VietQR codes."), ["MoMo", "VietQR"]);
  assert.deepEqual(names(r, "Momo Inc. renamed itself Hello Group."), ["Hello Group", "Hello Group"]);
});

test("an ampersand written onto a word is part of the name: 'e& money' is not 'e-money', 'AT&T' still matches", () => {
  const r = new EntityRegistry([
    { name: "e& money", kind: "product", aliases: [] },
    { name: "AT&T", kind: "company", aliases: [] },
  ]);
  assert.deepEqual(names(r, "The central bank licensed three e-money issuers."), []);
  assert.deepEqual(names(r, "e& money and AT&T signed the deal."), ["e& money", "AT&T"]);
});

test("a country's system named after another's ('Egypt's InstaPay') is that country's for the rest of the article", async () => {
  const { articleRegistry } = await import("../src/classify/article-names.ts");
  const r = articleRegistry("Users of Egypt's InstaPay app can now pay wallets. InstaPay handled 1 trillion pounds last year.", defaultRegistry());
  assert.deepEqual(names(r, "InstaPay handled 1 trillion pounds last year."), ["InstaPay Egypt"]);
});

test("a machine translation of a Chinese app's name, written exactly so, is that app", () => {
  const r = defaultRegistry();
  assert.deepEqual(r.match("the podcast application Little Universe (小宇宙) announced").map((m) => m.entity.name), ["Xiaoyuzhou"]);
  assert.deepEqual(r.match("a little universe of apps").map((m) => m.entity.name), []);
});

test("makers and wallets added in stop 26 match in Chinese and by their exact brand spelling", () => {
  const r = defaultRegistry();
  assert.deepEqual(r.match("中兴把豆包装进了努比亚手机").map((m) => m.entity.name), ["ZTE", "Doubao", "nubia"]);
  assert.deepEqual(r.match("users of Birbank can pay merchants that display m10 QR codes").map((m) => m.entity.name), ["Kapital Bank", "m10"]);
});

test("entries added in stop 33: a group's fintech arm, a carrier's full name and gloss, Hungary's and Singapore's payment schemes", () => {
  const r = defaultRegistry();
  assert.deepEqual(r.match("Tencent Financial Technology said users of the Saudi Telecommunications Company (沙特电信公司) wallet can pay").map((m) => m.entity.name), ["Tencent", "stc", "stc"]);
  assert.deepEqual(r.match("the bakery's qvik code").map((m) => m.entity.name), ["qvik"]);
  // A plus written onto a name makes another scheme's name: SGQR+ is not SGQR.
  assert.deepEqual(r.match("wallets on SGQR+ read every Singapore Quick Response Code").map((m) => m.entity.name), ["SGQR+", "SGQR"]);
  assert.equal(r.parentOf("qvik")?.name, "Magyar Nemzeti Bank");
});

test("a mistranslated name followed by 'international version' is the international edition the registry knows", async () => {
  const { findParties } = await import("../src/classify/parties.ts");
  const r = defaultRegistry();
  const parties = (text: string) => findParties(text, r).map((p) => p.name);
  assert.deepEqual(parties("TikTok Shop, the e-commerce business of Trembling Voice international version in Thailand, now takes TrueMoney."), ["TikTok", "TrueMoney"]);
  // The domestic app stays itself.
  assert.deepEqual(parties("Trembling Voice opened its mall to JD.com sellers."), ["Douyin", "JD.com"]);
});

test("entries added in stop 37: a streaming service by its brand's own spelling, Ecuador's QR wallets, a Dhaka courier, Greece's delivery app", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "Telecom Egypt bundles Watch iT. Customers who pay with Peigo can scan it. Daraz opened its seller centre to RedX."), [
    "Telecom Egypt",
    "Watch iT Egypt",
    "Peigo",
    "Daraz",
    "RedX",
  ]);
  // The brand is matched only as it writes itself: "watch it" is a phrase, "food" is no efood.
  assert.deepEqual(names(r, "You can watch it on Sunday."), []);
  assert.deepEqual(names(r, "The watchdog fined efood. Deuna and Ahorita began a pilot. We ate food."), ["efood", "Deuna", "Ahorita"]);
});

test("more entries added in stop 37: channels, a store builder, a cloud drive, national switches and a transit authority", () => {
  const r = defaultRegistry();
  assert.deepEqual(names(r, "CazéTV and TVA Sports went dark. Tiendanube added Mercado Pago. Alipan links open. FISC and the National Financial Switch carry transfers."), [
    "CazéTV",
    "TVA Sports",
    "Tiendanube",
    "Mercado Pago",
    "Alipan",
    "FISC",
    "National Financial Switch",
  ]);
  assert.equal(r.parentOf("Tencent Esports")?.name, "Tencent");
  // An acronym written in capitals only.
  assert.deepEqual(names(r, "Hathway sells tickets from ZTM; the fisc is not a party."), ["Hathway", "ZTM Warsaw"]);
});


test("a blogger's 'My bank, …' at a sentence start is no MYbank; the bank's own spellings still are", () => {
  assert.deepEqual(names(defaultRegistry(), "My bank, Banca Transilvania, was on RoPay from the first day."), ["Banca Transilvania", "RoPay"]);
  assert.deepEqual(names(defaultRegistry(), "Sellers borrow from MYbank and from MY Bank."), ["MYbank", "MYbank"]);
});

test("Korea's and Japan's competition regulators and Japan's communications ministry match in their own scripts, so a translated 'Fair Trade Committee (공정거래위원회)' is the KFTC", () => {
  assert.deepEqual(names(defaultRegistry(), "公正取引委員会と総務省 / 공정위"), ["JFTC", "MIC Japan", "KFTC"]);
  const text = "The Fair Trade Committee (공정거래위원회) approved the plan of Google on the 20th.";
  assert.ok(classifyArticle({ text, published: "2025-11-20" }).events.some((e) => e.parties.includes("KFTC") && e.parties.includes("Google")));
});

test("'the Guardian' mid-sentence is the newspaper's group, in that case only", () => {
  assert.deepEqual(names(defaultRegistry(), "The FT signed first, and the Guardian followed in February."), ["Guardian Media Group"]);
  assert.deepEqual(names(defaultRegistry(), "a guardian of the rules"), []);
});

test("a short name that is the first half of a hyphenated given name names no entity", () => {
  const r = new EntityRegistry([{ name: "Xiaomi", kind: "company", aliases: ["Mi"], exactCase: ["Mi"] }]);
  assert.deepEqual(names(r, "Jung Mi-ran wipes down the card; Lee Mi-kyung agreed."), []);
  // A hyphenated word after the name still writes it, and so does the name alone.
  assert.deepEqual(names(r, "the Mi-branded phones, which Mi sells"), ["Xiaomi", "Xiaomi"]);
});

test("'Works mobile plans' is a carrier's plan, not Naver's Works Mobile; 'hiQ' and 'Tencent Sports' are names of their own", () => {
  assert.deepEqual(names(defaultRegistry(), "EE put Netflix into its Full Works mobile plans."), ["EE", "Netflix"]);
  assert.deepEqual(names(defaultRegistry(), "a ruling that hiQ Labs' scraping of LinkedIn profiles was lawful"), ["hiQ Labs", "LinkedIn"]);
  assert.deepEqual(names(defaultRegistry(), "Migu sublicensed the matches to Tencent Sports."), ["Migu", "Tencent Sports"]);
});
