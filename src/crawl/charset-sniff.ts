// Guessing the charset of bytes nobody declared (or declared wrongly): decode with each candidate
// and keep the one whose text looks most like the language that charset is used for. Legacy
// double-byte charsets decode almost any byte pair to *some* character, so "no replacement
// characters" is not enough; what separates them is whether the characters are the common ones.

import iconv from "iconv-lite";

// About 600 of the most frequent characters of modern Chinese news text, simplified and traditional.
const commonSimplified = new Set(
  "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功包片史委乎查轻易早曾除农找装广显阿李标谈图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案维革划致陈律足态护七兴派验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害双境客纪采举攻父苏密低朝友诉止细愿千值仍男钱破网热助育属坐限船职速刻乐否刚威状率甚独球般普弹校创假久错承印晚兰试股拿脑预谁益阳若微尼继送急血伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢警获模充负云停游龙树疑层冷洲冲射略范竟句室异激汉村策演简卡罪判担州静退既衣您宗积余检差富灵协角占配征修皮挥胜降阶审沉坚善读超免压银买养执副乱抗犯追帮宣岁航优怪香著田铁控税左右份穿艺背阵草概块顿敢守岛托央户烈洋索款靠评版宝座释景顾登货互付伯慢欧换闻危忙核介坏讨良序升监临亮露永呼味野架域沙掉括误湾吉减编肯测败屋梦散温困渐封救贵缺楼县尚毫移朋画班智亦恩短掌恐遗固席松秘谢遇康虑幸均销钟藏剧票损忽巨旧端探湖录叶春乡附吸予礼港板庭归额含顺输招脱补谓督油疗旅泽材灭逐笔亡鲜词择寻厂博烟授诺岸奥卖俄载健堂旁宫借君禁园谋避抓荣逃束跳顶镇训私庄翻暴握戏隐熟访弱歌店软典欲遭盘扩盖弄雄稳亿刺拥齐赛趣迎析透购替努途侵刑迅套贸毕唯轮库迹尤竞街促延震弃伟申缓潜闪售针抵植纯折贝尊混振染盛措残培迷诚宽宇猛摆伸摩盟拍滑" +
    "互联网络平台支付微信阿里巴腾讯淘宝京东美团抖音字节跳动屏蔽链接开放监管总局工信部市场用户企业宣布合作数据服务应用程序小程序搜索广告流量内容版权视频直播物流地图登录云客服接口反垄断竞争诉讼禁止封禁独家选择二者第三方手机银行钱包扫码商家消费者",
);
const commonTraditional = new Set(
  "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根幹造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎存未遠叫台單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視消越器容照須九增研寫稱企八功包片史委乎查輕易早曾除農找裝廣顯阿李標談圖念六引歷首醫局突專費號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案維革劃致陳律足態護七興派驗責營星夠章音跟志底站嚴巴例防族供效續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害雙境客紀採舉攻父蘇密低朝友訴止細願千值仍男錢破網熱助育屬坐限船職速刻樂否剛威狀率甚獨球般普彈校創假久錯承印晚蘭試股拿腦預誰益陽若微尼繼送急血傷素藥適波夜省初喜衛源食險待述陸習置居勞財環排福納歡警獲模充負雲停遊龍樹疑層冷洲衝射略範竟句室異激漢村策演簡卡罪判擔州靜退既衣您宗積餘檢差富靈協角佔配徵修皮揮勝降階審沉堅善讀超免壓銀買養執副亂抗犯追幫宣歲航優怪香田鐵控稅左右份穿藝背陣草概塊頓敢守島託央戶烈洋索款靠評版寶座釋景顧登貨互付伯慢歐換聞危忙核介壞討良序升監臨亮露永呼味野架域沙掉括誤灣吉減編肯測敗屋夢散溫困漸封救貴缺樓縣尚毫移朋畫班智亦恩短掌恐遺固席松秘謝遇康慮幸均銷鐘藏劇票損忽巨舊端探湖錄葉春鄉附吸予禮港板庭歸額含順輸招脫補謂督油療旅澤材滅逐筆亡鮮詞擇尋廠博煙授諾岸奧賣俄載健堂旁宮借君禁園謀避抓榮逃束跳頂鎮訓私莊翻暴握戲隱熟訪弱歌店軟典欲遭盤擴蓋弄雄穩億刺擁齊賽趣迎析透購替努途侵刑迅套貿畢唯輪庫跡尤競街促延震棄偉申緩潛閃售針抵植純折貝尊混振染盛措殘培迷誠寬宇猛擺伸摩盟拍滑" +
    "互聯網絡平台臺支付微信阿里巴騰訊淘寶京東美團抖音字節跳動屏蔽鏈接開放監管總局市場用戶企業宣佈合作數據服務應用程式搜尋廣告流量內容版權視頻影片直播物流地圖登入雲客服介面反壟斷競爭訴訟禁止封禁獨家選擇第三方手機銀行錢包掃碼商家消費者",
);
// The most frequent Hangul syllables of Korean prose.
const commonHangul = new Set(
  "이다는의에하고을가한로서지기사리자도를으대정인수시해일전장부보게상국어라주적문제요스아나경위마과공비원성세니화등조여발들동내만업신간소면회관중유개했있없것년월우터트드크와결방연분계구거말물실무선생미금용및당통행안오모법명재저본치후진단히더까력료체직반차학표택현김영호민심최근함군입운달출점배병목노감교석축토론역열양울산황청엔러테플랫폼결제서비스카오네이버삼성엘지쿠팡",
);
// Frequent Russian letters (lower case: in running text most letters are lower case).
const frequentCyrillic = new Set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё");
// Western text: accented letters and typographic punctuation windows-1252 actually carries.
const latinLetters = new Set("éèêëàâäáãåçñüûùúöôòóõøïîìíæœßÉÈÀÇÑÜÖÄ");
const latinPunct = new Set("\u00a0’‘“”–—…«»€£°©®™·•§¿¡");

type Scorer = (ch: string, prev: string, next: string) => number;

const isAsciiLetter = (ch: string) => /^[A-Za-z]$/.test(ch);
const cjkPunct = (ch: string) => /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019\u2026\u00b7]/.test(ch);
const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);

const scoreChinese =
  (common: Set<string>): Scorer =>
  (ch) => {
    if (common.has(ch)) return 1;
    if (cjkPunct(ch)) return 1;
    if (/[\uff10-\uff19\uff21-\uff5a]/.test(ch)) return 0.5; // full-width digits and letters
    return isHan(ch) ? 0.15 : 0;
  };

const scoreJapanese: Scorer = (ch) => {
  if (/[\u3041-\u309f\u30a0-\u30ff]/.test(ch)) return 1; // full-width kana (not the half-width forms)
  if (cjkPunct(ch)) return 1;
  if (commonSimplified.has(ch) || commonTraditional.has(ch)) return 0.8;
  return isHan(ch) ? 0.3 : 0;
};

const scoreKorean: Scorer = (ch) => {
  if (commonHangul.has(ch)) return 1;
  if (/[\uac00-\ud7a3]/.test(ch)) return 0.3;
  if (cjkPunct(ch)) return 0.8;
  return 0;
};

const scoreCyrillic: Scorer = (ch, prev, next) => {
  // Russian words are all Cyrillic; a lone "Cyrillic" letter inside a Latin word is an accented letter.
  if (isAsciiLetter(prev) || isAsciiLetter(next)) return 0;
  if (frequentCyrillic.has(ch)) return 1;
  if (/[\u0410-\u042f\u0401]/.test(ch)) return 0.25; // capitals: a few per sentence, not most letters
  if (latinPunct.has(ch) || ch === "№") return 0.8;
  return 0;
};

const scoreWestern: Scorer = (ch, prev, next) => {
  if (latinLetters.has(ch)) return isAsciiLetter(prev) || isAsciiLetter(next) || prev === " " || next === " " ? 1 : 0.1;
  if (latinPunct.has(ch)) return 0.8;
  return 0;
};

interface Candidate {
  charset: string;
  score: Scorer;
  /** Single-byte charsets decode anything to letters; long unbroken letter runs betray CJK bytes. */
  singleByte: boolean;
}

const candidates: Candidate[] = [
  { charset: "gb18030", score: scoreChinese(commonSimplified), singleByte: false },
  { charset: "big5", score: scoreChinese(commonTraditional), singleByte: false },
  { charset: "shift_jis", score: scoreJapanese, singleByte: false },
  { charset: "euc-jp", score: scoreJapanese, singleByte: false },
  { charset: "euc-kr", score: scoreKorean, singleByte: false },
  { charset: "windows-1251", score: scoreCyrillic, singleByte: true },
  { charset: "koi8-r", score: scoreCyrillic, singleByte: true },
  { charset: "windows-1252", score: scoreWestern, singleByte: true },
];

/** Mean plausibility (0..1) of the non-ASCII characters of `text` under a scorer. */
export function plausibility(text: string, score: Scorer, singleByte: boolean): number {
  const chars = Array.from(text);
  let total = 0;
  let sum = 0;
  let run = 0;
  let longRunChars = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch.charCodeAt(0) < 0x80) {
      if (run > 16) longRunChars += run;
      run = 0;
      continue;
    }
    run++;
    total++;
    if (ch === "\ufffd") {
      sum -= 2; // an impossible byte sequence is strong evidence against the charset
      continue;
    }
    sum += score(ch, chars[i - 1] ?? " ", chars[i + 1] ?? " ");
  }
  if (run > 16) longRunChars += run;
  if (total === 0) return 0;
  let result = sum / total;
  if (singleByte) result *= 1 - longRunChars / total;
  return result;
}

/** True when every byte sequence is well-formed UTF-8; `multibyte` counts non-ASCII characters. */
export function utf8Validity(body: Buffer): { valid: boolean; multibyte: number } {
  let multibyte = 0;
  let i = 0;
  const n = body.length;
  while (i < n) {
    const b = body[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return { valid: false, multibyte };
    // A sequence cut off by the end of a sample is not evidence against UTF-8.
    if (i + need > n - 1) return { valid: true, multibyte };
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = body[i + k]!;
      if ((c & 0xc0) !== 0x80) return { valid: false, multibyte };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { valid: false, multibyte };
    multibyte++;
    i += need + 1;
  }
  return { valid: true, multibyte };
}

/** Best legacy charset for bytes that are not UTF-8, or null when none is plausible. */
export function sniffLegacyCharset(body: Buffer, debug?: (charset: string, score: number) => void): { charset: string; score: number } | null {
  const sample = body.subarray(0, 64 * 1024);
  let best: { charset: string; score: number } | null = null;
  for (const c of candidates) {
    const text = iconv.decode(sample, c.charset);
    const score = plausibility(text, c.score, c.singleByte);
    debug?.(c.charset, score);
    if (!best || score > best.score) best = { charset: c.charset, score };
  }
  return best && best.score >= 0.25 ? best : null;
}
