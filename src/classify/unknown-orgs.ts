// Organisations the registry lacks but a sentence names as acting: the cues that say a
// capitalised phrase is an organisation (a corporate word at its end, the object or subject of
// an act, the owner of a platform thing, a country's own service). Names are kept as written,
// as the labels keep them. Wider cues (any member of a list with a known party, any name after
// "the company", any phrase ending in "Commission") were measured and found more wrong than right.
import type { EntityRegistry } from "./entities.ts";
import type { PartyMention } from "./parties.ts";

// A body whose name ends in an institutional word ("Taiwan Fair Trade Commission", "Legislative
// Yuan") regulates when the registry lacks it.
const INSTITUTION_HEAD = "Commission|(?<!Standing )Committee|(?<!Credit )Bureau|Authority|Agency|Ministry|Department|Council|Administration|Yuan|Regulator|Directorate|Secretariat|Senate|Parliament|Congress|Assembly";
// A country's central bank regulates its payments: "National Bank of Ethiopia", "Reserve Bank of Fiji".
const CENTRAL_BANK = String.raw`(?:National|Central|Reserve|State|People['’]s)\s+Bank\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?`;
// Spanish, Portuguese and French names put the word first: "Comisión Nacional Antimonopolio", "Autorité de la concurrence".
const INSTITUTION_FIRST = String.raw`^(?:Comisi[oó]n|Comiss[aã]o|Superintendencia|Superintend[eê]ncia|Autoridad|Autoridade|Autorit[eé]|Agencia|Ag[eê]ncia|Ministerio|Minist[eé]rio|Minist[eè]re|Conselho|Consejo|Conseil)\s+\S.*$`;
const REGULATOR_NAME = new RegExp(`\\b(?:${INSTITUTION_HEAD})(?:\\s+(?:for|of|on)\\s+.+)?$|^${CENTRAL_BANK}$|${INSTITUTION_FIRST}`);

/** Whether an organisation the registry lacks is, by its name, a public body that regulates. */
export const regulatorByName = (name: string): boolean => REGULATOR_NAME.test(name);

// Organisation-like names the registry lacks: capitalised words ending in a corporate word or a
// word for a body of members ("All Pakistan Restaurants Association", "Istanbul Taxi Drivers' Chamber of Tradesmen"), a Chinese name ending in 公司 / 集团, or an Indonesian company written after its "PT".
const UNKNOWN_ORG =
  /\b((?:[A-Z][A-Za-z0-9&.-]*(?:s['’])?\s+){1,3}(?:(?:Association|Federation|Chamber|Guild|Syndicate|Society)\s+of\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|Inc|Corp|Corporation|Co|Ltd|Limited|Group|Holdings|Technologies|Technology|Bank|Payments|Pay|Logistics|Ventures|Labs|Association|Federation|Alliance|Forum|Society|Foundation|Institute|Consortium|Cooperative|Collective|Chamber|Guild|Syndicate))\b\.?|([\u4e00-\u9fff]{2,10}(?:公司|集团))|\b(PT\s+(?:[A-Z][A-Za-z0-9&.-]*\s+){0,3}[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9])/g;
// A capitalised name right after words that take an organisation as their object
// ("signed an agreement with Examplepay", "began accepting Zapcard", "sued Acme Mobile"), or
// after a kind of business it is one of ("aggregators including Flinks").
const AFTER_PARTY_CUE =
  /\b(?:(?:partnered|partnership|agreement|deal|cooperation|cooperated|tie-up|integrat\w*|interconnect\w*|linked(?: up)?|connected) with|connected to|(?:pay|pays|paying|paid) (?:with|through|via|using)|added|integrated|fined|summoned|ordered|cleared|approved|barred|blocked|banned|accept(?:s|ed|ing)?|sued|accused|accusing|(?:lawsuit|complaint|suit) against|(?:brought|filed|lodged) by|opened (?:up )?(?:its (?:[\w-]+ ){1,3})?to|(?:gave|gives|giving|granted|grants|granting) access to|(?:sites|apps|services|platforms|agencies|operators|wallets|providers|stores|companies|firms|publishers|banks|aggregators|carriers|retailers|marketplaces|broadcasters|lenders|exchanges|networks|portals),?\s+(?:including|such as|like))\s+((?:[A-Z][\w&'.-]*)(?:\s+[A-Z][\w&'.-]*){0,2})/g;
const PLAN_AFTER = /^\s+(?:[\w-]+\s+)?(?:plan|proposal|merger|acquisition|takeover|purchase|bid|deal|commitments|remedies|application)\b/;
// Further cues for an organisation the registry lacks: the owner of a platform thing ("Vine's
// access", "Maya's wallet"), a country's own service ("Thailand's PromptPay"), and the subject of
// an act ("Idealo sued", "Curve complained", "Fosstodon, one of the larger servers, blocked",
// "Wirtualna Polska, Onet's main rival, began"). A capitalised name is at most three words.
// Brands may open in lower case before a capital or carry a "!" ("e-Mola", "mKesh", "O!Dengi").
// Letters beyond ASCII count ("El Corte Inglés", "Telefônica"); the cues using NAME carry the u flag.
// A number may end one ("Taxi 40100", "Channel 4"), but a year never does.
const NAME = String.raw`((?:\p{Ll}{1,2}-?)?\p{Lu}[\p{L}\p{N}_&.!-]*[\p{L}\p{N}_&](?:\s+(?:(?:de|del|de la|da|do|dos|das|di|du|des)\s+)?\p{Lu}[\p{L}\p{N}_&.-]*[\p{L}\p{N}_&]){0,2}(?:\s+(?!(?:19|20)\d\d(?!\p{N}))\p{N}+(?![\p{L}\p{N}]))?)`;
// A public body's name the registry lacks: up to three capitalised words before an institutional
// head, and the "for …" / "of …" that completes it ("General Commission for Audiovisual Media").
const BODY = String.raw`(?:(?!The\s)[A-Z][\w&.-]*[\w&]\s+){0,3}(?:${INSTITUTION_HEAD}|Board|Office)`;
const OF_TAIL = String.raw`\s+(?:for|of|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w&.-]*[\w&](?:\s+(?:and\s+)?[A-Z][\w&.-]*[\w&]){0,3}`;
// A country's body by its full name ("Saudi Arabia's General Commission for Audiovisual Media"),
// read before the three-word names so the whole name is kept; a body named by its nationality
// ("the Ethiopian Communications Authority").
const COUNTRYS_BODY = new RegExp(String.raw`\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|the UAE)['’]s\s+(${BODY}${OF_TAIL})`, "g");
const CENTRAL_BANK_NAME = new RegExp(`\\b(${CENTRAL_BANK})\\b`, "g");
// "the Conseil de la Concurrence", "Superintendencia de Industria y Comercio": a body named in its
// own language, its head word first and lower-case joining words inside.
const FOREIGN_BODY = /\b((?:Comisi[oó]n|Comiss[aã]o|Superintendencia|Superintend[eê]ncia|Autoridad|Autoridade|Autorit[eé]|Agencia|Ag[eê]ncia|Conselho|Consejo|Conseil|Bundeskartellamt|Urz[aą]d|Consiglio|Autorit[aà])(?:\s+(?:(?:de|del|de la|de los|de las|des|du|da|do|dos|das|della|dei|e|y|et|i|la|le|les|el|para|pour|per|sur|und|für|der)\s+)*\p{Lu}[\p{L}'’-]*)+)/gu;
// A public body named in full by its head and remit: "the Department for Transport", "Ministry of Health and Prevention";
// a sentence's opening "The" is not part of the name.
const BODY_OF = new RegExp(String.raw`\b((?:(?!The\s)[A-Z][\w&.-]*[\w&]\s+){0,3}(?:Ministry|Department|Commission|Authority|Agency|Bureau|Council|Administration)${OF_TAIL})`, "g");
// "the Federal Highway Administration finalised rules": a public body named in full after "the".
// A name of generic words only ("the Competition Commission") is a short form of a body the story names in full.
const GENERIC_BODY = /^(?:(?:Competition|Fair|Trade|Consumer|Protection|Communications?|Telecommunications?|Regulatory|Financial|Securities|Markets?|Banking|Payments?|Digital|Media|Broadcasting|Central|Federal|State|National|Information|Technology|Data|Privacy|Antitrust|Monopoly|Anti-Monopoly|Supervisory|Conduct)\s+)+\S+$/;
const THE_BODY = /\bthe\s+((?:(?!(?:Trump|Biden|Obama|Bush|Clinton)\b)[A-Z][\w&.-]*[\w&]\s+){1,3}(?:Commission|(?<!Standing )Committee|Authority|Administration|Agency|Bureau|Ministry|Department|Regulator|Council|Directorate))\b/g;
const NATIONAL_BODY = new RegExp(String.raw`\b((?:[A-Z][a-z]+(?:an|ese|ish|i|ch))\s+${BODY}(?:${OF_TAIL})?)`, "g");
// Up to two describing words may come between: "Electra's fast-charging hubs", "eGO's listing system".
const OWNS_PLATFORM_THING = new RegExp(
  `\\b${NAME}['’]s\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:access|links?|apps?|mini-programs?|mini-apps?|accounts?|APIs?|interface|wallet|e-wallet|QR codes?|store|shop|platform|network|checkout|feeds?|service|hubs?|stations?|chargers?|lockers?|gates|terminals?|paybill|system|portal|marketplace|exchange|catalogue|library)\\b`,
  "gu",
);
// "a Substack link", "the Vine app": a platform thing named after its owner.
// "a TNM Mpamba wallet", "my Zapcash wallet": a wallet named after its brand, held by someone.
// "Hormuud Telecom's EVC Plus wallet", "its Sahal wallet": a wallet named after its brand, with its owner before it.
const NAMED_THING = new RegExp(
  `\\b(?:a|an|the|any)\\s+${NAME}\\s+(?:links?|posts?|apps?|mini[- ]programs?|mini[- ]apps?|switch|scheme|gateway)\\b|\\b(?:a|an|my|his|her|their|your|our)\\s+${NAME}\\s+(?:wallets?|e-wallets?)\\b|(?:\\b[A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*){0,2}['’]s|\\bits)\\s+${NAME}\\s+(?:wallets?|e-wallets?)\\b`,
  "gu",
);
// Whom a business serves: "customers of Tovi", "users of the Tarsi app": a name the registry may lack.
const SERVED_BY = new RegExp(
  `\\b(?:[Cc]ustomers|[Uu]sers|[Ss]ubscribers|[Ss]hoppers|[Mm]erchants|[Dd]rivers|[Rr]iders|[Ss]ellers|[Cc]lients)\\s+of\\s+(?:the\\s+)?${NAME}(?=\\s+(?:app|wallet|platform|can|could|will|would|have|has|had|are|were|now|who|to|in|on|at|from|with)\\b|\\s*[,.;]|$)`,
  "gu",
);
// Two names acting together as a subject: "On Tuesday Zenvo and Marlo agreed …", "Nexo Telecom and
// Arvel Mobile signed …".
const PAIR_SUBJECT = new RegExp(
  `(?:^|[,;:]\\s+|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\\d{2})\\s+)(?!(?:On|In|At|By|Since|Last|This|The)\\s)${NAME}\\s+and\\s+${NAME}(?:,\\s+[^,]{3,60},)?\\s+(?:have\\s+|has\\s+|had\\s+|will\\s+|on\\s+\\w+day\\s+)?(?:agreed|signed|announced|began|started|launched|linked|connected|integrated|partnered|struck|reached|sealed|opened|teamed up|joined forces)\\b`,
  "gu",
);
// Countries and regions, which own services in stories ("Thailand's PromptPay") but are no party.
const PLACES =
  "Thailand|Singapore|Indonesia|Brazil|India|Japan|Korea|South Korea|Malaysia|Vietnam|the Philippines|Philippines|Germany|France|Britain|Sweden|Australia|Mexico|Argentina|Nigeria|Kenya|Turkey|Sri Lanka|Taiwan|Hong Kong|Macau|Pakistan|Bangladesh|Egypt|Saudi Arabia|the UAE|Qatar|Israel|Canada|Italy|Spain|Poland|the Netherlands|Belgium|Norway|Denmark|Finland|Portugal|Chile|Colombia|Peru|South Africa|Ghana|Ethiopia|Russia|Ukraine|Europe|Africa|Latin America|Mozambique|Tanzania|Uganda|Rwanda|Zambia|Malawi|Zimbabwe|Cameroon|Senegal|Morocco|DRC|Oman|Kuwait|Jordan|Iraq|Kazakhstan|Nepal|El Salvador|Honduras|Guatemala|Costa Rica|Nicaragua|Panama|Ecuador|Bolivia|Paraguay|Uruguay|Venezuela|Cuba|the Dominican Republic|Dominican Republic|Jamaica|Haiti|Puerto Rico|Madagascar|Tunisia|Algeria|Libya|Sudan|Angola|Namibia|Botswana|Ivory Coast|Côte d'Ivoire|Mali|Niger|Burkina Faso|Benin|Togo|Guinea|Sierra Leone|Liberia|Somalia|Lebanon|Syria|Yemen|Bahrain|Iran|Afghanistan|Uzbekistan|Tajikistan|Kyrgyzstan|Turkmenistan|Mongolia|Myanmar|Cambodia|Laos|Brunei|Fiji|Vanuatu|Samoa|Tonga|Papua New Guinea|New Zealand|Ireland|Austria|Switzerland|Greece|Czechia|Slovakia|Hungary|Romania|Bulgaria|Serbia|Croatia|Slovenia|Bosnia|Albania|North Macedonia|Montenegro|Moldova|Belarus|Lithuania|Latvia|Estonia|Iceland|Georgia|Armenia|Azerbaijan|Cyprus|Malta|Luxembourg";
// Cities and regions a story names as owners of a service ("Dubai's health exchange"): places, not parties.
const PLACE = new RegExp(`^(?:${PLACES}|Saudi|Arabia|Gulf|Middle East|Asia|Southeast Asia|Dubai|Abu Dhabi|Warsaw|Paris|London|Berlin|Madrid|Rome|Milan|Lisbon|Prague|Vienna|Istanbul|Moscow|Tokyo|Osaka|Seoul|Busan|Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu|Taipei|Mumbai|Delhi|New Delhi|Bengaluru|Jakarta|Manila|Bangkok|Hanoi|Ho Chi Minh City|Kuala Lumpur|Lagos|Nairobi|Cairo|Riyadh|Doha|Sao Paulo|São Paulo|Mexico City|Buenos Aires|Bogota|Bogotá|Lima|Santiago|New York|California|Texas|Toronto|Sydney|Melbourne|Auckland)$`);
const COUNTRYS_OWN = new RegExp(
  `\\b(?:${PLACES})['’]s\\s+${NAME}`,
  "gu",
);
const ACTS_AS_SUBJECT = new RegExp(
  `(?:^|[,;:]\\s+|\\s[-—]\\s+|\\band\\s+|\\bwhen\\s+|\\bafter\\s+|\\b(?:19|20)\\d{2}\\s+|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\\s+)(?:[Tt]he\\s+)?${NAME}(?:,\\s+(?:the|a|an|one of the|(?:[A-Z][\\w-]*\\s+){0,2}[A-Z][\\w-]*['’]s)\\s+[^,]{3,60},|,|\\s+on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\\s+(?:itself\\s+|also\\s+|quietly\\s+|later\\s+|then\\s+|first\\s+)?(?:has\\s+|had\\s+|have\\s+)?(?:(?:started|began|begun|stopped)\\s+\\w+ing|sued|countersued|accused|complained|filed|lodged|blocked|banned|barred|restricted|cut off|shut out|began accepting|started accepting|launched|signed|partnered|teamed up|opened|integrated|linked|signed up|switched on|joined|rejected|issued|ordered|fined|approved|released|floated|removed|restored|unblocked|connected|agreed|struck|added|accepted|settled|renewed|licensed)\\b`,
  "gu",
);
const OWNED_LIST = /\b(?:(?:owner|owners|publisher|operator|parent|maker)\s+of|(?:(?:which|that|who)\s+(?:also\s+)?)?(?:owns|runs|publishes|operates))\s+[^,;.]{1,40}?\s+and\s+$/i;
// A name right after the kind of business it is: "the price-comparison site Idealo", "the
// start-up Clip", "Lahore-based delivery app Cheetay".
const DESCRIBED_AS = new RegExp(
  `\\b(?:site|website|app|platform|start-?up|operator|provider|retailer|marketplace|wallet|carrier|publisher|broadcaster|switch|processor|acquirer|aggregator|gateway|fintech|neobank|telco|broker|collective|association|alliance|union|planner|portal|exchange|insurer|lender|chain|streamer|developer|service|firm|company|supplier|vendor|maker|group|organi[sz]ation)\\s+${NAME}`,
  "gu",
);

// Names listed right after a plural kind of business: "budget chains FabHotels and Treebo", "wallets GCash, Maya and ShopeePay".
const CAP_NAME = String.raw`\p{Lu}[\p{L}\p{N}&.!-]*[\p{L}\p{N}&](?:\s+\p{Lu}[\p{L}\p{N}&.-]*[\p{L}\p{N}&]){0,2}`;
const KINDS_THEN_LIST = new RegExp(
  String.raw`\b(?:chains|apps|platforms|start-?ups|operators|providers|retailers|marketplaces|wallets|e-wallets|carriers|couriers|publishers|broadcasters|aggregators|acquirers|fintechs|lenders|streamers|services|firms|companies|brands|banks|networks|sites|websites|exchanges|insurers)\s+(${CAP_NAME}(?:,\s+${CAP_NAME})*,?\s+(?:and|or)\s+${CAP_NAME})`,
  "gu",
);
const LIST_SEPARATOR = /,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/g;

// The kinds of business an appositive names.
const KIND =
  "messenger|messaging app|chat app|app|platform|wallet|e-wallet|marketplace|start-?up|lender|carrier|operator|retailer|broadcaster|publisher|website|site|aggregator|processor|acquirer|network|service|company|firm|switch|union|association|provider|chain|system|scheme|portal|exchange|maker|developer|group|player|agency|channel|store-builder|cloud drive|streamer|App|rival|competitor|courier";
// A name the next words say the kind of: "people on Element, the open-source messenger used by
// …", "Zalopay, a Vietnamese wallet,", "over Pulse, the PIN network owned by Discover". The kind
// ends its phrase, so "Li Si, a bank analyst" is a person.
// A name never opens with a month or a function word: "In January Golis, the dominant operator, …" names Golis.
// Any lower-case word may come before the name, but a speech verb makes it a person ("said Dana Whit, a partner at the firm").
const WORD_BEFORE = String.raw`\b(?!(?:said|says|say|told|tells|added|adds|wrote|writes|according|asked|asks|quoted|explained|explains|noted|notes|argued|argues|believes|believed|thinks|thought|warned|warns|cautioned|estimated|estimates|expects|expected|joked|recalled|recalls|insisted|insists)\s)\p{Ll}[\p{Ll}'’-]*\s+`;
const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const KIND_APPOSITIVE = new RegExp(
  `(?:^|\\s[-—]\\s|[:;,]\\s+|(?<=[.!?]["”]?)\\s+|\\bSince\\s+|${WORD_BEFORE}|(?<=\\b(?:(?:19|20)\\d\\d|${MONTH}))\\s+)(?!(?:${MONTH}|In|On|Since|By|At|From|After|Before|When|Then|Last|This|That|The|And|But)\\s)${NAME}(?:\\s*[(（][^()（）]{1,30}[)）])?,\\s+(?:the|a|an|(?:[A-Z][\\w-]*\\s+){0,2}[A-Z][\\w-]*(?:['’]s|(?<=s)['’]))\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?(?:\\w+-)?(?:${KIND})(?=[,.;]|\\s+(?:that|which|whose|behind|used|owned|run|backed|based|headquartered|founded|operated|controlled|known|in|of|with|for|from|popular|by|where|[a-z]+ing)\\b)`,
  "gu",
);

// "MegaPay, run by rival MegaCom,", "Payme, which is owned by Georgia's TBC Bank,": a name whose
// owner or runner the next words give is a business.
const RUN_BY = new RegExp(`(?:^|[:;]\\s+|(?<=[.!?]["”]?)\\s+|\\b(?:with|on|to|by|from|and|against|that)\\s+)${NAME},\\s+(?:which (?:is|was) )?(?:run|owned|operated|backed|launched|controlled)\\s+by\\b`, "gu");

// "according to research firm Example Data": a firm quoted for figures, not a party to the act.
const SOURCE_FIRM = /\b(?:research|consult\w*|analy\w+|law|legal|advisory|data|investment|intelligence|rating|ratings|polling)\s+(?:firm|company)\b/i;

// A word written as brands are, with a capital inside it after a small letter ("CellMoni",
// "M-PAiSA", "QazCloud"), is a name of a business; not a surname ("McKinsey", "DeAndre"), nor a
// product its owner is named with.
const BRAND_SHAPED = /(?<![\p{L}\p{N}'’-])((?!(?:Mc|Mac|De|Di|Da|La|Le|Du|Van)\p{Lu})\p{Lu}[\p{L}\p{N}-]*\p{Ll}\p{Lu}[\p{L}\p{N}-]*[\p{L}\p{N}])(?![\p{L}\p{N}'’-])/gu;

const BRAND_OWNER_BEFORE = /(?:\b([A-Z][\w&.-]*)['’]s|\b(?:sell|sells|selling|sold|launch|launches|launched|launching|unveil|unveils|unveiled|unveiling|introduce|introduces|introduced|introducing)(?:\s+(?:its|their|a|an|the))?(?:\s+[a-z][\w-]*)?)\s+$/;

const TECH_TERM = /^(?:APIs?|SDKs?|QR|NFC|IDs?|URLs?|UI|AI|Store|Mall|Pay)\b/;
const TECH_ONLY = /^(?:APIs?|SDKs?|QR|NFC|IDs?|URLs?|UI|AI|USSD|SMS|ATMs?|POS|RCS|eSIMs?|5G|4G|JavaScript|TypeScript|Python|Kotlin|Golang|PHP|HTML|CSS|SQL|Linux|Bluetooth|Wi-Fi)$/;
const TECH_TAIL = /\s+(?:APIs?|SDKs?|QR|NFC|USSD)$/;

// Words written with a capital only because they start a sentence or are titles, not names.
const COMMON_CAPITALISED =
  /^(?:Regulators?|Officials?|Analysts?|Users?|Merchants?|Critics?|Shoppers?|Investors?|Lawmakers?|Judges?|Courts?|Companies|Company|Platforms?|Banks?|Developers?|Sellers?|Rivals?|Both|Neither|Each|Everyone|Nobody|Some|Others?|Customers?|Drivers?|Riders?|Publishers?|Brands?|Authorities|Prosecutors?|Consumers?|Operators?|Carriers?|Creators?|Streamers?|Then|Now|Later|Also|Last|Next|Earlier|Yesterday|Today|Separately|Meanwhile|However|Still|Since|After|Before|When|Once|Brussels|Washington|Seoul|Tokyo)$/;
const NOT_ORG_START = /^(?:The|A|An|This|That|Its|Their|In|On|At|For|And|But|While|When|Where|After|Before|Since|Once|If|As|Under|Then|According|Industry|Some|Many|Last|Earlier|Later|Meanwhile|Separately|However|Also|Even|Only|Instead|With|Without|Through|Via|From|To|Over|Across|Among|Between|Unlike|Despite)\b/;
// "Rival Chatwork added …": a word describing the name, capitalised only because it starts the sentence.
const DESCRIBING_START = /^(?:Rivals?|Fellow|Smaller|Larger)\s+(?=\p{Lu})/u;
const NOT_ORG =
  /^(?:Judge|Justice|President|Minister|Senator|Commissioner|Chairman|Chairwoman|Governor|Mr|Ms|Mrs|Dr|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$|China|Chinese|Beijing|Shanghai|Shenzhen|Hong Kong|US|U\.S\.|EU|Europe|Japan|Korea|India|Indonesia|Brazil|Vietnam|Turkey|Russia|Nigeria|Kenya|Pakistan|Bangladesh|Malaysia|Thailand|Singapore|Philippines|Taiwan|Germany|France|Britain|Italy|Spain|Brussels|Washington|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|It|He|She|They|We)\b/;

const LAW_TITLE_END = /^\s+(?:Act|Law|Bill|Directive|Ordinance|Code|Regulations?|Rules)\b/;

// "timed to coincide with Indonesia's Independence Day": an occasion, not an organisation.
const OCCASION = /\b(?:Day|Week|Festival|Eve|New Year|Holidays?)$/;

const NATIONALITY = "Dutch|German|French|Spanish|Italian|British|American|Australian|Japanese|Korean|Indian|Indonesian|Brazilian|Mexican|Turkish|Polish|Swedish|Norwegian|Danish|Finnish|Belgian|Austrian|Swiss|Thai|Vietnamese|Malaysian|Filipino|Pakistani|Nigerian|Kenyan|Egyptian|Saudi|Emirati|Israeli|Canadian|Argentine|Chilean|Colombian|Peruvian|Russian|Ukrainian|Portuguese|Irish|Greek|Czech|Chinese|Taiwanese|Singaporean";
const NATIONALITY_BEFORE_NAME = new RegExp(String.raw`^(?:${NATIONALITY})\s+(?=[A-Z][\w&.!-]*$)(?!(?:Treasury|Government|Parliament|Senate|Congress|Post|Police|Navy|Army)$)`);
// "a European wallet": a nationality alone is not a name.
const NATIONALITY_ONLY = new RegExp(`^(?:${NATIONALITY}|European|African|Asian)$`);

const COUNTRY = new RegExp(`^(?:${PLACES})$`);
/** Whether a word names a country or region ("Ethiopia" in "M-Pesa Ethiopia"). */
export const isCountry = (word: string): boolean => COUNTRY.test(word);

/** Whether a capitalised word is a place, a month or a title rather than the start of a name. */
export const placeOrCommonWord = (word: string): boolean => PLACE.test(word) || NOT_ORG.test(word) || NATIONALITY_ONLY.test(word) || COMMON_CAPITALISED.test(word);

// A capitalised phrase inside quotation marks is a title ("the \"Guidelines on Quick Response
// Code Payments\"") or someone's words, not an organisation acting.
const inQuotes = (text: string, at: number) => (text.slice(0, at).match(/["“”]/g)?.length ?? 0) % 2 === 1;

/** Whether the registry knows a name as it is written: "Payme" is not HSBC's exact-case "PayMe". */
function knownAsWritten(name: string, registry: EntityRegistry): boolean {
  const e = registry.get(name);
  if (!e) return false;
  const exact = e.exactCase?.find((a) => a.toLowerCase() === name.toLowerCase());
  return exact === undefined || exact === name;
}

const FRAMEWORK_BODY = /\b(?:Alliance|Association|Consortium|Forum|Initiative|Framework|Programme|Program|Scheme|Standard|Project)$/;

const NOT_GIVEN_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|By|Since|Last|This)$/;
// "Hela Ben Salah", "Ana De Souza": a surname may open with a particle.
const SURNAME = String.raw`(?:(?:Ben|Bin|Bint|Abu|Al|El|De|Da|Di|Del|Van|Von|Le|La|Mac|Mc)\s)?[A-Z][a-z]+`;
const INTRODUCED = new RegExp(String.raw`\b([A-Z][a-z]+)\s+(${SURNAME})(?=,\s+(?:who|whose|a|an|the)\b|\s+(?:said|says|told|thinks|believes|added|argued|wrote)\b)`, "g");

// "which owner Ellen Marsh signed up to in 2017": a person's role written before the name.
const ROLE_BEFORE = new RegExp(String.raw`\b(?:owner|co-owner|founder|co-founder|chief executive|analyst|economist|spokes(?:man|woman|person)|professor|farmer|shopkeeper|baker|vendor|trader|seller|driver|manager|director)\s+([A-Z][a-z]+)\s+(${SURNAME})\b(?!\s+(?:[A-Z]|&))`, "g");
const ORG_WORD = /^(?:Group|Holdings?|Bank|Pay|Capital|Media|Labs?|Technologies|Tech|Systems|Partners|Ventures|Mobile|Telecom|Digital|Cloud|Games|Studios?|Research|Insights|Corp|Inc|Ltd|Foods?|Farms?|Markets?)$/;

/**
 * "Maggie Doucet, who has owned Harbourside Coffee since 2012, says …" and later "Doucet's web
 * store": the surnames of the people a text introduces or quotes after a given name, which name
 * no business anywhere in it.
 */
export function peopleNamed(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(INTRODUCED)) if (!NOT_GIVEN_NAME.test(m[1]!) && !placeOrCommonWord(m[1]!)) out.add(m[2]!);
  for (const m of text.matchAll(ROLE_BEFORE)) if (!NOT_GIVEN_NAME.test(m[1]!) && !placeOrCommonWord(m[1]!) && !ORG_WORD.test(m[2]!)) out.add(m[2]!);
  return out;
}


/** Organisations the registry lacks that `text` names, not overlapping anything in `taken`. */
export function unknownOrgs(text: string, taken: { start: number; end: number; name?: string }[], registry: EntityRegistry): PartyMention[] {
  const out: PartyMention[] = [];
  // `described`: the text says what kind of business it is ("Niubiz, the country's largest card acquirer,").
  const found: { name: string; start: number; described?: boolean }[] = [];
  UNKNOWN_ORG.lastIndex = 0;
  for (let u = UNKNOWN_ORG.exec(text); u; u = UNKNOWN_ORG.exec(text)) found.push({ name: (u[1] ?? u[2] ?? u[3])!.trim(), start: u.index });
  AFTER_PARTY_CUE.lastIndex = 0;
  for (let u = AFTER_PARTY_CUE.exec(text); u; u = AFTER_PARTY_CUE.exec(text)) {
    const name = u[1]!.replace(/[.']+$/, "");
    // "interconnection with Saudi Arabia's national network mada": the owner named before the party.
    // "added QR links with Indonesia's QRIS": a technical word after the verb, not a name.
    // "cleared Svensk Elitfotboll's plan": the owner of an act a regulator rules on is its party.
    const owner = /['’]s$/.test(name) && PLAN_AFTER.test(text.slice(u.index + u[0].length, u.index + u[0].length + 20));
    if ((/['’]s$/.test(name) && !owner) || TECH_TERM.test(name)) continue;
    found.push({ name: owner ? name.slice(0, -2) : name, start: u.index + u[0].length - u[1]!.length });
  }
  for (const cue of [CENTRAL_BANK_NAME, FOREIGN_BODY, BODY_OF, COUNTRYS_BODY, NATIONAL_BODY, THE_BODY, OWNS_PLATFORM_THING, COUNTRYS_OWN, ACTS_AS_SUBJECT, NAMED_THING, DESCRIBED_AS, KIND_APPOSITIVE, RUN_BY, SERVED_BY]) {
    cue.lastIndex = 0;
    for (let u = cue.exec(text); u; u = cue.exec(text)) {
      const name = (u[1] ?? u[2] ?? u[3])!;
      if (cue !== COUNTRYS_OWN && !/\s|[A-Z].*[A-Z]|\d/.test(name.slice(1)) && COMMON_CAPITALISED.test(name)) continue;
      if (cue === THE_BODY && GENERIC_BODY.test(name)) continue;
      // "its open platform API", "the app Store": a technical word after the kind of thing, not a name.
      if ((cue === DESCRIBED_AS || cue === NAMED_THING) && TECH_TERM.test(name)) continue;
      // "research firm Example Data" is a source of figures, not a party.
      if (cue === DESCRIBED_AS && SOURCE_FIRM.test(text.slice(Math.max(0, u.index - 30), u.index + u[0].length))) continue;
      // "Schibsted, owner of VG and Aftenposten, signed", "…, which owns VG and Aftenposten, signed": a
      // name listed among what a party owns does not act.
      if (cue === ACTS_AS_SUBJECT && OWNED_LIST.test(text.slice(Math.max(0, u.index - 60), u.index + u[0].indexOf(name)))) continue;
      found.push({ name, start: u.index + u[0].indexOf(name), ...(cue === DESCRIBED_AS || cue === KIND_APPOSITIVE || cue === RUN_BY ? { described: true } : {}) });
    }
  }
  BRAND_SHAPED.lastIndex = 0;
  for (let u = BRAND_SHAPED.exec(text); u; u = BRAND_SHAPED.exec(text)) {
    const name = u[1]!;
    // "GrabBike", "MyTelkomsel": a known name inside is its owner's product; "TojQR" names a standard;
    // "(MoHAP)" is an acronym the article defines.
    if (name.length < 4 || /(?:QR|APIs?|IDs?|SDK|NFC)$/.test(name) || text.includes(`(${name})`) || registry.match(name.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")).length > 0) continue;
    // "Comcast's StreamSaver", "began selling StreamSaver": a business's own product, which it acts through.
    const owner = BRAND_OWNER_BEFORE.exec(text.slice(Math.max(0, u.index - 40), u.index));
    if (owner && !(owner[1] && placeOrCommonWord(owner[1]))) continue;
    found.push({ name, start: u.index });
  }
  PAIR_SUBJECT.lastIndex = 0;
  for (let u = PAIR_SUBJECT.exec(text); u; u = PAIR_SUBJECT.exec(text)) {
    const first = u.index + u[0].indexOf(u[1]!);
    found.push({ name: u[1]!, start: first }, { name: u[2]!, start: text.indexOf(u[2]!, first + u[1]!.length) });
  }
  KINDS_THEN_LIST.lastIndex = 0;
  for (let u = KINDS_THEN_LIST.exec(text); u; u = KINDS_THEN_LIST.exec(text)) {
    const list = u[1]!;
    let at = u.index + u[0].length - list.length;
    for (const piece of list.split(LIST_SEPARATOR)) {
      const offset = text.indexOf(piece, at);
      if (!COMMON_CAPITALISED.test(piece)) found.push({ name: piece, start: offset, described: true });
      at = offset + piece.length;
    }
  }
  // The article's people come with the registry; a bare sentence's are read from it when asked.
  let people: Set<string> | undefined;
  const person = (name: string): boolean => {
    people ??= peopleNamed(text);
    return people.has(name) || registry.people?.has(name) === true;
  };
  // Where two cues read overlapping names, the longer is the whole name ("the Reserve Bank of Fiji", not "Reserve Bank").
  found.sort((a, b) => b.name.length - a.name.length || a.start - b.start);
  for (const f of found) {
    // "the Dutch Consumentenbond": a nationality before a one-word name describes it; "the Australian Treasury" is named so.
    const adjective = NATIONALITY_BEFORE_NAME.exec(f.name);
    // "Tikal Pay QR codes": a technical word after the brand is its product, not part of its name.
    const named = f.name.replace(TECH_TAIL, "");
    const lead = adjective ?? DESCRIBING_START.exec(named);
    const name = lead ? named.slice(lead[0].length) : named;
    const start = f.start + (lead?.[0].length ?? 0);
    const end = start + name.length;
    // "stores in Beijing, Tianjin and Chengdu stopped updating": a place acting is where, not who;
    // "the Istanbul-based app" says where someone told before is based.
    // "Japan's QR networks": a technology named alone is no organisation, whatever cue found it.
    if (/-(?:based|born|founded|owned|headquartered|run|backed|listed|made)$/.test(name) || TECH_ONLY.test(name) || NOT_ORG_START.test(name) || NOT_ORG.test(name) || NATIONALITY_ONLY.test(name) || PLACE.test(name) || OCCASION.test(name) || inQuotes(text, start)) continue;
    // "Japan's Mobile Software Competition Act": the words before a law's last word are its title.
    if (LAW_TITLE_END.test(text.slice(end))) continue;
    // "opened their cloud APIs to each other under the Home Connectivity Alliance": the framework, not a side.
    if (FRAMEWORK_BODY.test(name) && /\bunder\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (out.some((o) => o.start < end && o.end > start) || taken.some((m) => m.start < end && m.end > start)) continue;
    // "the Ministry of Transportation (交通运输部)": a gloss the registry reads already names it.
    if (taken.some((m) => m.start >= end && /^\s*[(（]$/.test(text.slice(end, m.start)))) continue;
    // "the ARTP (Authority of Regulation of the Telecommunications …)": a name spelled out in brackets after one the registry reads is that one.
    if (taken.some((m) => m.end <= start && /^\s*[(（]$/.test(text.slice(m.end, start)))) continue;
    if (knownAsWritten(name, registry) || out.some((o) => o.name === name) || person(name)) continue;
    out.push({ name, kind: regulatorByName(name) ? "regulator" : "unknown", start, end, unknown: true, ...(f.described ? { described: true } : {}) });
  }
  return out;
}
