// Whom a regulator's act binds: the companies it acts on, not the complainant, not who gains
// from what it asks, not the system an order to a whole trade names, not names beyond the list
// of targets.
import { FILING } from "./legal.ts";
import type { EntityRegistry } from "./entities.ts";
import type { PartyMention } from "./parties.ts";
import { paymentNamed } from "./payment-names.ts";

// "…, accusing it of paying Apple": the charge, told after the act, names who else took part.
// "ordered WeChat to stop blocking links to Douyin": what the order asks for names who gains, not whom it binds.
const REASON =
  /\s(?:for|over)\s+(?:allegedly\s+|its\s+|their\s+)?\w+ing\b|\s(?:for|over)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:tactics|practices?|conduct|behaviou?r|clauses|terms|restrictions|abuse|violations?|breach(?:es)?)\b|,\s+(?:accusing|alleging|claiming|charging)\b|\bto\s+(?:stop|end|cease|unblock|open|allow|let|accept|lift|remove|give up|provide|share|connect|support|adopt|join|offer|use|issue|display|integrate|enable)\b/i;
// "… to block Binance's website", "to remove the apps of MEXC and Bitget": a side the order shuts out.
const SHUT_OUT_BEFORE = /\bto\s+(?:block|ban|bar|remove|delist|suspend|cut\s+off|take\s+down|stop\s+(?:serving|processing\s+payments\s+(?:for|to)|carrying))\s+(?:access\s+to\s+)?(?:the\s+)?(?:(?:apps?|websites?|sites?|services?|accounts?)\s+of\s+)?(?:[\w.&'’-]+(?:,\s+|\s+and\s+|\s+))?$/i;
// "ordered banks and wallet operators to connect every wallet to InstaPay": an order to a whole
// trade binds no company it names as what to connect to.
export const TRADE_OBJECT = /\b(?:banks|operators|institutions|providers|platforms|companies|firms|issuers|wallets|e-wallets|acquirers|carriers|merchants|apps|lenders|fintechs)\b/i;

// A regulator's order addressed to a whole trade: "required every bank to …", "told banks and
// wallets to …" (not "told the company to …", one company told before, nor "the two companies", a pair told before).
const TRADES = "(?:banks|wallets|e-wallets|operators|platforms|providers|institutions|apps|companies|firms|carriers|lenders|acquirers|issuers|marketplaces|fintechs|services|sellers|intermediaries|broadcasters)";
const ANY_TRADE = "(?:bank|wallet|operator|platform|provider|institution|app|company|firm|carrier|lender|service|seller|marketplace)s?";
// "every payment app with more than one million users to accept …": who in the trade, before what it must do.
const WHICH_OF_TRADE = String.raw`(?:\s+(?:with|above|in|of|that|licensed|operating)\b[^,;]{0,50}?)?`;
const WHOLE_TRADE_OBJECT = new RegExp(
  `\\b(?:order(?:s|ed|ing)?|requir(?:e|es|ed|ing)|told|tells?|direct(?:s|ed|ing)?|oblig(?:e|es|ed|ing)|instruct(?:s|ed|ing)?|asked|mandat(?:es|ed|ing)|compel(?:s|led|ling)?|forc(?:e|es|ed|ing))\\s+(?:(?:every|all|each|any)\\s+(?:[\\w-]+\\s+){0,3}?${ANY_TRADE}|(?!(?:the\\s+)?(?:two|three|four|2|3|4|both|same)\\s)(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?${TRADES})(?:\\s+and\\s+(?:[\\w-]+\\s+){0,2}?${ANY_TRADE})?${WHICH_OF_TRADE}\\s+to\\b`,
  "i",
);
// The order is the regulator's own act: its verb follows it within a few words, or it is what the
// rules it issued say ("published draft rules that would require every payment app to …").
const WHOLE_TRADE = new RegExp(
  `^(?:[^,;]{0,40}?|[^;]{0,80}?\\b(?:rules?|regulations?|decisions?|decrees?|amendments?|laws?|circulars?|guidelines|directives?|resolutions?)\\b[^,;]{0,30}?\\b(?:that|which)\\s+(?:would\\s+|will\\s+)?)${WHOLE_TRADE_OBJECT.source}`,
  "i",
);

// Words before the other side of a relationship a regulator's order sets terms for; "to restore
// the links to Glo's network", "to cut off Naver's access", "to stop processing payments through
// WhatsApp", "to let customers of its rival Ncell roam": a link the order restores or cuts binds both ends.
const COUNTERPART = /\b(?:(?:it|they)\s+(?:charges?|owes?|provides?|offers?|sells?|pays?)(?:\s+to)?|links?\s+with|charg(?:es|ed|ing)\s+(?:its\s+rivals?\s+(?:such as\s+)?)?|between\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}and|interconnect(?:ing|ion)?\s+with|roaming\s+(?:deal|agreement)\s+with|(?:networks?|interconnection|roaming|capacity|towers?|infrastructure)\s+(?:in\s+[\w\s-]{0,30}?\s+)?(?:to|with)(?:\s+its\s+rivals?(?:\s+such as)?)?|(?:suppl(?:y|ies|ying)|sell(?:s|ing)?|licen[cs](?:e|es|ing)|leas(?:e|es|ing)|carry(?:ing)?)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?to|(?:restor(?:e|ed|ing)|resum(?:e|ed|ing)|reinstat(?:e|ed|ing)|reconnect(?:ed|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,7}?(?:from|to|with|for|of|through|via)|(?:cut(?:ting)?\s+off|stop\s+processing\s+(?:[\w-]+\s+){0,2}(?:through|via|on))|customers\s+of\s+its\s+(?:[\w-]+\s+)?rival)\s+(?:the\s+)?(?:(?:rival|smaller|larger|regional|state-owned|state-run|[a-z]+-owned)\s+)?(?:(?:operator|carrier|network|wallet|bank|provider)\s+)?(?:[\w.&'’-]+(?:\s+[\w.&'’-]+)?(?:,\s+|,?\s+and\s+|\s+or\s+))?$/i;

const GIVEN_BEFORE = /\b(?:give|giving|grant|granting|offer|offering|provide|providing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const NETWORK_TERMS_AFTER = /^\s+(?:(?:national|domestic|wholesale|regional)\s+)?(?:roaming|interconnection|access to (?:its|their) (?:network|towers|infrastructure))\b/i;

// Between two names of one list of targets ("Meituan, Ele.me and JD Takeaway", "the DAZN-TIM contract").
// A name may run on past what the registry matched ("Drip Drip [Travel] (滴滴出行) and …").
// "designated Apple and its subsidiary iTunes KK, along with Google": the list goes on past a subsidiary named in passing;
// "fined Grab and its car-rental partner, PT TPI": a partner named after its description is on the list;
// "designated Samsung's Tizen, LG Electronics' webOS": an owner's possessive starts the next item.
const LIST_GAP =
  /^(?:\s+[A-Z][\w&.-]*){0,2}\s*(?:\([^)]*\)\s*)?(?:\s+and\s+its\s+(?:subsidiary|unit|affiliate)\s+[^,;]{1,30})?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+|,?\s+(?:along with|together with)\s+|\s+and\s+its\s+(?:[\w-]+\s+){0,2}(?:partner|subsidiary|unit|affiliate|arm|parent|owner|rival|competitor),\s+|、|和|与|及|[-–/])\s*(?:the\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}(?:['’]s|(?<=s)['’])\s+)?$/;
// "concluded that Zomato had cut commissions … and that Swiggy had promised …": a second finding, a second target.
// "…, recommending that AWS and Microsoft be investigated": whom a finding recommends acting on, a target too.
const PARALLEL_FINDING = /^[^.;]{0,200}\b(?:and|recommend(?:ed|ing|s)?|propos(?:ed|ing|es))\s+that\s+(?:the\s+)?$/i;
// "approved Tencent Music's purchase of Ximalaya" (or "of Delivery Hero's Foodpanda"): a deal's other side is a target too.
// "approved the acquisition of Ximalaya by Tencent Music", "the merger of Huya and Douyu led by Tencent": the buyer named after the deal is a target too.
const DEAL_OF_BEFORE = /\b(?:acquisition|purchase|takeover|buyout|merger|combination)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// "let Live Nation buy Ticketmaster", "cleared Uber to acquire Foodpanda": the company bought is bound too.
const DEAL_VERB = /^\s+(?:to\s+)?(?:buy|acquire|take over|merge with|combine with)\s+(?:the\s+)?$/i;
// "concluded that Microsoft's partnership with OpenAI did not qualify": a tie-up's other side too.
// "blocked Uber Eats' planned takeover of Foodpanda", "Uber's plan to buy foodpanda's Taiwan business": the same.
const DEAL_OBJECT = /^['’]s?\s+(?:\$?[\w.-]+\s+){0,3}?(?:(?:purchase|acquisition|takeover|merger|buyout|combination)\s+(?:of|with)|(?:bid|deal)\s+for|(?:plan|bid|offer|attempt|deal)\s+to\s+(?:buy|acquire|take over|merge with)|(?:partnership|tie-up|alliance|deal|agreement|investment|stake)\s+(?:with|in))\s+(?:[\w'’-]+\s+){0,3}$/i;

/**
 * Names a regulator's act does not bind: after the first company it acts on, only the rest of that
 * list (or the other side of a deal it rules on) is a target; "granted American Express a licence
 * for its venture with LianLian" binds American Express alone.
 */
function beyondTargets(clause: string, mentions: PartyMention[], isRegulator: (name: string) => boolean): string[] {
  // A regulator named by "the central bank" or "it" acts from the start of the clause.
  const at = mentions.findIndex((m) => isRegulator(m.name));
  if (at < 0) return [];
  const after = mentions.slice(at + 1).filter((m) => !isRegulator(m.name));
  const out: string[] = [];
  let prev = after[0];
  for (const m of after.slice(1)) {
    const gap = clause.slice(prev!.end, m.start);
    const dealBy = DEAL_OF_BEFORE.test(clause.slice(0, prev!.start)) && /^\s+(?:(?:led|proposed|planned|sought|backed)\s+)?by\s+(?:the\s+)?$/i.test(gap);
    if (out.length === 0 && (LIST_GAP.test(gap) || DEAL_OBJECT.test(gap) || DEAL_VERB.test(gap) || PARALLEL_FINDING.test(gap) || dealBy)) {
      prev = m;
      continue;
    }
    out.push(m.name);
  }
  const kept = new Set([...mentions.slice(0, at + 1), ...after.filter((m) => !out.includes(m.name))].map((m) => m.name));
  return out.filter((n) => !kept.has(n));
}

const SIDED_WITH = /\b(?:sided|sides|siding)\s+with\s+(?:the\s+)?$|\bruled\s+in\s+favou?r\s+of\s+(?:the\s+)?$|\bupheld\s+(?:a|the)\s+complaint\s+(?:by|from)\s+(?:the\s+)?$/i;

/**
 * The parties of a regulator's act with those it does not bind left out ("fined Alibaba … for
 * forcing merchants not to sell on JD.com": who the reason names is not the act's target).
 */
export function regulationTargets(clause: string, mentions: PartyMention[], parties: string[], isRegulator: (name: string) => boolean): string[] {
  // "…, acting on a complaint that Spotify filed in 2019": the complainant is not the act's target.
  const filing = FILING.exec(clause);
  if (filing) {
    const inside = new Set(mentions.filter((m) => m.start >= filing.index && m.start < filing.index + filing[0].length && !isRegulator(m.name)).map((m) => m.name));
    const kept = parties.filter((p) => !inside.has(p));
    if (kept.some((p) => !isRegulator(p))) parties = kept;
  }
  // "The IFT sided with AT&T in 2020 and ordered Telcel to …": whom the regulator sided with is the complainant.
  const sidedWith = new Set(mentions.filter((m) => SIDED_WITH.test(clause.slice(Math.max(0, m.start - 30), m.start)) && !isRegulator(m.name)).map((m) => m.name));
  if (sidedWith.size > 0 && parties.some((p) => !isRegulator(p) && !sidedWith.has(p))) parties = parties.filter((p) => !sidedWith.has(p));
  // "ordered KDDI to cut the fees it charges Rakuten Mobile" (or "Robi and Banglalink"): the other side of the charged
  // relationship is bound by the order too.
  // "ordered Caribe Tel to give the smaller carrier Onda Móvil national roaming": the carrier given network access is bound too.
  const counterpart = (m: PartyMention) => {
    const before = clause.slice(Math.max(0, m.start - 60), m.start);
    return COUNTERPART.test(before) || (GIVEN_BEFORE.test(before) && NETWORK_TERMS_AFTER.test(clause.slice(m.end, m.end + 50)));
  };
  const reason = REASON.exec(clause);
  if (reason) {
    const late = new Set(mentions.filter((m) => m.start > reason.index && !isRegulator(m.name) && !counterpart(m)).map((m) => m.name));
    const kept = parties.filter((p) => !late.has(p));
    const before = mentions.filter((m) => m.start < reason.index);
    const toTrade = before.every((m) => isRegulator(m.name)) && TRADE_OBJECT.test(clause.slice(before.at(-1)?.end ?? 0, reason.index));
    if (kept.some((p) => !isRegulator(p)) || toTrade) parties = kept;
  }
  // "the Bank of Thailand required every bank to use the same QR standard, so …", "MIIT required
  // the platforms to lift …": an order to a whole trade binds no one company, named or told before.
  const regulator = mentions.find((m) => isRegulator(m.name));
  if (WHOLE_TRADE.test(regulator ? clause.slice(regulator.end) : clause)) {
    // Unless a company is named between the regulator and its order ("fined Shopee and ordered the platforms to …").
    const order = clause.search(WHOLE_TRADE_OBJECT);
    // "ordered internet providers to block Binance's website": whom the trade must shut out is bound too.
    const shutOut = mentions.filter((m) => !isRegulator(m.name) && m.start > order && SHUT_OUT_BEFORE.test(clause.slice(order, m.start))).map((m) => m.name);
    if (!mentions.some((m) => !isRegulator(m.name) && (!regulator || m.start > regulator.end) && m.start < order)) return [...parties.filter(isRegulator), ...shutOut.filter((n) => parties.includes(n))];
  }
  const beyond = new Set(beyondTargets(clause, mentions.filter((m) => !counterpart(m) && !sidedWith.has(m.name)), isRegulator));
  if (beyond.size > 0) parties = parties.filter((p) => !beyond.has(p));
  return parties;
}

const USED_BEFORE = /\b(?:accept|adopt|use|generate|display|launch(?:ed)?|introduced?|buil[dt]|set up|created?)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:national\s+|single\s+|common\s+|unified\s+|interoperable\s+)?$/i;
const SET_UP_BEFORE = /\b(?:launch(?:ed|es)?|introduced?|set up|created?|issued|unveiled|rolled out)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:(?!(?:into|of|on|against|with|for|to|from|by|at|in|and|that|which|[a-z]+ing)\s)[\w-]+\s+){0,4}$/i;
const MADE_BEFORE = /\bmade\s+(?:(?:participation|membership)\s+in\s+)?(?:the\s+)?$/i;
const COMPULSORY_AFTER = /^\s+(?:[\w-]+\s+)?(?:compulsory|mandatory|obligatory)\b/i;
const TRADE_ADDRESSED =
  /\b(?:told|tells|ordered|orders|required|requires|requiring|allowed|allows|allowing|instructed|directed|obliged|forced|asked|mandated|let|lets)\s+(?:all\s+|every\s+|licensed\s+|the\s+)?(?:[\w-]+(?:,\s+(?:and\s+)?|\s+and\s+|\s+)){0,4}(?:intermediaries|banks|operators|wallets|apps|institutions|providers|issuers|lenders|platforms|professionals|merchants|companies|firms|retailers)\b/i;

/**
 * A regulation's sides without the ways to pay it tells a whole trade to use ("ordered payment
 * intermediaries to adopt the national VietQR standard"): those are its instrument. Not when the
 * trade is listed by name ("payment service providers including OPay and PalmPay").
 */
export function withoutInstruments(clause: string, mentions: PartyMention[], parties: string[], registry: EntityRegistry): string[] {
  const wayToPay = (m: PartyMention) => paymentNamed(m.name, registry) && (registry.get(m.name)?.kind === "product" || registry.get(m.name)?.kind === "platform");
  // "must accept LankaQR payments", "The central bank launched LankaQR in 2018": what the act has used or launched is its instrument.
  // "The Bank of Tanzania launched TIPS in 2021", "issued the MMQR specification", "made QRIS
  // compulsory": a system the regulator itself sets up or imposes is its instrument, whatever its kind.
  const setUp = (m: PartyMention) => SET_UP_BEFORE.test(clause.slice(Math.max(0, m.start - 60), m.start)) || (MADE_BEFORE.test(clause.slice(Math.max(0, m.start - 40), m.start)) && COMPULSORY_AFTER.test(clause.slice(m.end, m.end + 30)));
  const used = new Set(mentions.filter((m) => registry.get(m.name)?.kind !== "regulator").filter((m) => (wayToPay(m) && USED_BEFORE.test(clause.slice(Math.max(0, m.start - 40), m.start))) || setUp(m)).map((m) => m.name));
  parties = parties.filter((p) => !used.has(p));
  const addressed = TRADE_ADDRESSED.exec(clause);
  if (!addressed || /^\s*,?\s*(?:including|such as|like|among them)\b/i.test(clause.slice(addressed.index + addressed[0].length))) return parties;
  const instruments = new Set(mentions.filter((m) => m.start > addressed.index && wayToPay(m)).map((m) => m.name));
  return parties.filter((p) => !instruments.has(p));
}
