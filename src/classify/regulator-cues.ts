// Words around a regulator that say whom it acts on ("fined the company", "the Kakao Corp unit"),
// that one is unnamed ("regulators ordered …"), or that it only tells or owns what happened
// ("according to the central bank", "…, the central bank said").

import { TRADE_OBJECT } from "./targets.ts";

// "the company" after the verb is the object too: "The watchdog fined the company …", "took it to the Bombay High Court".
const OBJECT_PRONOUN =
  /\b(?:sued|sues|accused|blocked|banned|barred|fined|ordered|sentenced|summoned|penali[sz]ed|investigated|exempted|designated|declared|deemed|named|charged|warned|partnered with|joined|integrated with|added)\s+(?:it|them|the (?:[\w-]+\s+)?(?:company|corporation|firm|platform|group|giant))\b|\b(?:took|takes|taken|taking|dragged|drags|hauled)\s+(?:it|them)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:court|tribunal|arbitration)\b/i;

/**
 * Whether the clause acts on "it" / "them" / "the company" told before. Not a "them" after a trade
 * the clause names ("capped the budgets of the largest platforms and barred them from …").
 */
export function objectPronoun(clause: string): boolean {
  const m = OBJECT_PRONOUN.exec(clause);
  return m !== null && !(/\bthem\b/.test(m[0]) && TRADE_OBJECT.test(clause.slice(0, m.index)));
}

// A regulator not named: "Regulators ordered Tencent Music to …", "the authorities told platforms …".
// A capital standing for its government acts the same way: "Beijing ordered Tencent Music to …".
export const UNNAMED_REGULATOR =
  /^(?:[^,]{0,40},\s*)?(?:China's\s+|Chinese\s+|the\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|i)\s+)?(?:regulators|authorities|government|state regulators|antitrust regulators)\b|^(?:[^,]{0,40},\s*|(?:In|Last|This|Earlier|Later|That)\s+(?:[A-Z]?[a-z]+\s+){1,2}(?:(?:19|20)\d\d\s+)?)?(?:Beijing|Brussels|Washington|Seoul|Tokyo|New Delhi|Jakarta|Brasilia|Canberra|Ottawa|Moscow|Ankara|Indonesia|India|Brazil|Japan|South Korea|Korea|Vietnam|Turkey|Russia|Nigeria|Kenya|Pakistan|Bangladesh|Malaysia|Thailand|the Philippines)\s+(?:has\s+|have\s+|had\s+)?(?:ordered|fined|told|banned|barred|required|summoned|designated|instructed|penali[sz]ed|opened|launched|charged|blocked|accepted|approved|cleared)\b|^(?:监管部门|有关部门|监管机构)/i;
// "Meituan … was fined in October 2021": a penalty told in the passive has a regulator behind it.
export const PASSIVE_PENALTY =
  /\b(?:was|were|has been|have been|had been|got)\s+(?:\w+\s+)?(?:fined|penali[sz]ed|summoned|sanctioned|(?:ordered|told|required|instructed) to (?:rectify|make rectifications|correct)|(?:named|listed|critici[sz]ed|singled out|called out)\s+(?:for|over))\b/i;
// Not a head of a plural: "with the app stores of mobile phone makers" is a whole trade. Also the
// passive "The platform was designated a gatekeeper": the company is the subject.
export const DEFINITE_COMPANY =
  /\b(?:on|to|for|from|against|into|with|fined|ordered|allowed|let|permitted|investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|penali[sz]ed|summoned|cleared|designated|charged|raided|warned|barred|banned|forced|obliged|required)\s+the\s+(?:[A-Z][\w.-]*-based\s+)?(?:app|platform|company|corporation|firm|service|wallet|messenger|operator|carrier|marketplace|group|giant|retailer|lender|startup|broadcaster)\b(?!\s+(?:of|for)\b)(?!\s+[a-z]+s\b)|^(?:[^,]{0,40},\s*)?the\s+(?:app|platform|company|firm|service|wallet|messenger|operator|carrier|marketplace|group|retailer)\s+(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:designated|fined|ordered|investigated|summoned|penali[sz]ed|cleared|charged|warned|barred|banned)\b|\b(?:investigation|inquiry|probe|review|case)\s+(?:into|of|on)\s+its\s+(?:[\w-]+\s+){0,2}?(?:contracts?|practices?|conduct|rules|terms|deals?|agreements?|policies|policy|clauses?|fees?|pricing|business)\b/i;
// "opened an inquiry into those agent contracts", "settled that row": a case the story has just
// told, which the regulator acts on; "would examine whether the arrangement …": a deal just told.
export const TOLD_CASE = /\b(?:that|those|these|this|the|their)\s+(?:[\w'’-]+\s+){0,4}?(?:contracts?|clauses|complaints?|row|dispute|fight|spat)\b(?!\s+(?:of|for|with|between)\b)/i;
export const TOLD_DEAL = /\b(?:that|this|the|their)\s+(?:[\w-]+\s+){0,2}?(?:arrangement|partnership|tie-up|agreement|deal)\b(?!\s+(?:of|for|with|between)\b)/i;
// Text before a regulator's name that makes it the source of the report or the owner of a system, not an actor.
export const IDLE_REGULATOR =
  /\baccording to\b[^,.;]{0,40}$|\b(?:system|network|scheme|standard|platform|rails?) (?:of|from|run by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\b(?:with the (?:support|approval|backing|blessing|help) of|under the (?:\w+ )?(?:supervision|framework|guidance|oversight|auspices) of|(?:backed|run|operated|overseen|regulated|set up|set|built|created|developed|owned|managed|designed|supervised|compiled) by|(?:data|figures|statistics|estimates|numbers)(?: (?:published|released|compiled))? (?:from|by))\s+(?:the\s+|[A-Z][\w.]*['’]s\s+)?(?:[\w-]+\s+){0,2}$/i;
// "the Alibaba-owned platform", "the Kakao Corp unit": the owner named in place of its platform.
export const OWNED_PLATFORM = /\bthe\s+([A-Z][\w.&]*(?:\s+[A-Z][\w.&]*)?)-(?:owned|backed|controlled|run)\s+(?:[\w-]+\s+){0,2}(?:platform|app|site|service|streamer|marketplace|wallet|portal|network)\b|\bthe\s+([A-Z][\w.&]*(?:\s+(?:Corp|Corporation|Group|Inc|Holdings))?)\s+(?:unit|subsidiary|affiliate|arm)\b/;
// "Taobao was told to open up, the central bank said": the one who says it is the one who acted.
export const PASSIVE_ACT = /\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:ordered|told|required|asked|instructed|directed|banned|barred|fined|designated|approved|cleared|authori[sz]ed|licensed|summoned|warned|allowed|permitted)\b/i;
// "…, the central bank said": an unnamed regulator at the end of a clause as the one telling it.
export const TOLD_BY_REGULATOR = /,\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}(?:central bank|regulator|ministry|commission|authority|watchdog)(?:\s+of(?:\s+[A-Z][\w'’-]*)+)?\s+(?:said|says|announced|confirmed)\b[^,;"“”]{0,40}$/i;
// "…, the National Bank of Rwanda said on Wednesday": the words after a regulator that make it the teller.
export const ATTRIBUTION_AFTER = /^(?:\s+of(?:\s+[A-Z][\w'’-]*)+)?\s+(?:said|says|announced|confirmed)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s*(?:[,.;]|$)/i;
// "… removed USDT because the token lacks authorisation under the EU's MiCA rules": a regulator
// whose rules are only why two others acted is not a side of their act.
export const RULES_OWNER_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:rules|law|laws|regulations?|act|directive|framework|regime|guidelines)\b/i;
export const RULES_WHY_BEFORE = /\b(?:under|because|as required by|to comply with|in line with|lacks?|lacked)\b[^.;]{0,40}$/i;
