// A party named through a relative of the name written: its owner ("Douyin's owner"), its arm by
// trade or country ("Tencent's payment arm", "DiDi's Japanese unit"), its edition ("… international
// version") or its regulator ("EU antitrust authorities"); and a platform's generic surface
// ("WeChat search") read as the platform.
import type { EntityRegistry } from "./entities.ts";
import { namesPayment } from "./payment-names.ts";

// A generic surface of a platform ("WeChat search", "Baidu App") is that platform as a party; a
// named arm ("Douyin e-commerce", "WeChat official accounts", "Tencent advertising") is the most
// specific party the text names, per the data/eval conventions.
const FEATURE = /^(?:search|app)$/i;

// "Douyin's owner", "the Facebook owner", "the ChatGPT maker": the owner acts, named through its platform.
const OWNER_OF = /^(?:['’]s)?\s+(?:parent(?:\s+company|\s+group)?|owner|parent firm|maker|developer|operator)\b/i;
// "Tencent's payment arm", "Alibaba's logistics unit": the group's own child of that trade.
const ARM =
  /^['’]s\s+(payment|payments|e-commerce|ecommerce|logistics|advertising|ad|ads|cloud|video|music|maps?|mapping|navigation|messaging|chat|short-video|search|local-services|local services|life-services|life services|food-delivery|delivery|takeaway|ride-hailing|ride hailing|car-hailing|taxi|mobility|game-streaming|cloud-gaming|music-streaming|video-streaming|Japanese|Korean|Indian|Indonesian|Thai|Vietnamese|Malaysian|Brazilian|Mexican|Australian|British|German|French|Spanish|Italian|Turkish|Egyptian|Nigerian|Kenyan|Ethiopian|Pakistani|Saudi|Canadian|Taiwanese|Philippine)\s+(arm|unit|app|service|platform|business|subsidiary|network|engine|operations?)\b|^['’]s\s+(?:mobile\s+|digital\s+|own\s+)?(wallet|e-wallet)()\b/i;
// "the ByteDance wallet": a group's wallet named by the group, as a plain modifier.
const WALLET_OF = /^\s+(?:mobile\s+|digital\s+)?(wallet|e-wallet)\b/i;
// Each trade word ("payments", "local-services") is read in one spelling: lower case, no hyphen, no plural "s".
const ARM_NAME: Record<string, RegExp> = {
  payment: /pay/i,
  "e commerce": /e-commerce/i,
  ecommerce: /e-commerce/i,
  logistic: /logistics|cainiao/i,
  advertising: /\bads\b|advertising|mama/i,
  ad: /\bads\b|advertising|mama/i,
  cloud: /cloud/i,
  video: /video/i,
  music: /music/i,
  map: /\bmaps?\b|amap/i,
  mapping: /\bmaps?\b|amap/i,
  navigation: /\bmaps?\b|amap/i,
  // A group's flagship messenger or short-video app, not every chat product it owns.
  messaging: /^(?:WeChat|Messenger|WhatsApp|KakaoTalk|LINE)$/,
  chat: /^(?:WeChat|Messenger|WhatsApp|KakaoTalk|LINE)$/,
  "short video": /^(?:Douyin|TikTok|Kuaishou)$/,
  search: /\bsearch\b/i,
  wallet: /pay\b|wallet/i,
  "e wallet": /pay\b|wallet/i,
  "local service": /life services|local services/i,
  "life service": /life services|local services/i,
  "food delivery": /takeaway|waimai|food delivery|ele\.me/i,
  delivery: /takeaway|waimai|food delivery|ele\.me/i,
  takeaway: /takeaway|waimai|food delivery|ele\.me/i,
  "ride hailing": /dache|taxi|\bride|mobility|car-?hailing/i,
  "car hailing": /dache|taxi|\bride|mobility|car-?hailing/i,
  taxi: /dache|taxi|\bride|mobility|car-?hailing/i,
  mobility: /dache|taxi|\bride|mobility|car-?hailing/i,
  "game streaming": /cloud gaming|game streaming|xcloud/i,
  "cloud gaming": /cloud gaming|game streaming|xcloud/i,
  "music streaming": /music/i,
  "video streaming": /video/i,
  // "DiDi's Japanese arm": the group's unit named after that country.
  japanese: /Japan/,
  korean: /Korea/,
  indian: /India/,
  indonesian: /Indonesia/,
  thai: /Thai/,
  vietnamese: /Vietnam/,
  malaysian: /Malaysia/,
  brazilian: /Brazil/,
  mexican: /Mexico/,
  australian: /Australia/,
  british: /\bUK\b|Brit/,
  german: /German/,
  french: /France|French/,
  spanish: /Spain|España/,
  italian: /Ital/,
  turkish: /Turk/,
  egyptian: /Egypt|Misr/,
  nigerian: /Nigeria/,
  kenyan: /Kenya/,
  ethiopian: /Ethiopia/,
  pakistani: /Pakistan/,
  saudi: /Saudi/,
  canadian: /Canada/,
  taiwanese: /Taiwan/,
  philippine: /Philippines/,
};
const RIDE_TRADES = new Set(["ride hailing", "car hailing", "taxi", "mobility"]);
const tradeKey = (trade: string) => trade.toLowerCase().replace(/-/g, " ").replace(/s$/, "");

/** The child a "X's payment arm" phrase means: the shortest-named descendant of that trade, if any. */
function armOf(name: string, trade: string, registry: EntityRegistry, head: string): string | undefined {
  const key = tradeKey(trade);
  const re = ARM_NAME[key];
  // "Meituan's ride-hailing service" is Meituan Dache; "Didi's ride-hailing service" is Didi's
  // own trade, not its Brazilian 99: a ride arm is one spelt with its owner's name.
  const ride = RIDE_TRADES.has(key);
  const found = re ? registry.descendants(name).filter((d) => re.test(d) && (!ride || d.startsWith(`${name} `))) : [];
  // A "unit", "business" or "subsidiary" is a company; an "app" or "service" is its product.
  const business = /^(?:unit|business|subsidiary)$/i.test(head);
  const rank = (d: string) => (business && registry.get(d)?.kind === "company" ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || a.length - b.length)[0];
}

/**
 * The canonical party for a registry name as written: a platform's generic surface ("WeChat
 * search", "the Baidu App") rolls up to the platform; a search product written by its own name
 * ("WeChat Search", "Baidu Search") is the product.
 */
export function partyName(name: string, registry: EntityRegistry, surface = ""): string {
  const parent = registry.parentOf(name);
  const generic = !/\bSearch\b/.test(surface);
  if (generic && parent && name.startsWith(`${parent.name} `) && FEATURE.test(name.slice(parent.name.length + 1))) return parent.name;
  return name;
}

const INTERNATIONAL_EDITION = /^\s+international\s+(?:version|edition)\b/i;

// "European Union regulators", "EU antitrust authorities": the regulator the body acts through.
const REGULATOR_OF = /^\s*(?:['’]s\s+)?(?:antitrust\s+|competition\s+|market\s+)?(?:regulators?|authorities|watchdogs?|enforcers?)\b/i;

/** The body's own regulator (its one direct child of kind regulator), if it has exactly one. */
function regulatorOf(name: string, registry: EntityRegistry): string | undefined {
  const direct = registry.descendants(name).filter((d) => registry.get(d)?.parent === name && registry.get(d)?.kind === "regulator");
  return direct.length === 1 ? direct[0] : undefined;
}

/** The relative the words right after a name (`after`) say is meant, if any. */
export function namedThrough(name: string, after: string, registry: EntityRegistry): string | undefined {
  // "Douyin's owner filed a suit": the owner acts, named through its platform.
  if (OWNER_OF.test(after)) {
    const owner = registry.parentOf(name)?.name;
    if (owner) return owner;
  }
  // "Trembling Voice international version": a translation that says which edition names it.
  if (INTERNATIONAL_EDITION.test(after)) {
    const edition = registry.get(`${name} International Version`)?.name;
    if (edition) return edition;
  }
  const arm = ARM.exec(after);
  const child = arm ? armOf(name, arm[1] ?? arm[3]!, registry, arm[2] ?? "app") : undefined;
  if (child) return child;
  // Not a wallet's own name ("the GCash wallet" is GCash).
  const wallet = namesPayment(name) ? null : WALLET_OF.exec(after);
  const walletChild = wallet ? armOf(name, wallet[1]!, registry, "app") : undefined;
  if (walletChild) return walletChild;
  return REGULATOR_OF.test(after) ? regulatorOf(name, registry) : undefined;
}
