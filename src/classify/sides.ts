// How many sides an opening or a wall has. Three sides are told side by side ("Kyivstar, Vodafone
// Ukraine and lifecell switched on roaming", "accused Visa and Mastercard"); a third name reached
// any other way (the rail a payment runs on, an owner, a name from the sentence before, a
// background mention) is a bystander. On the dev set, three-party openings and walls matched a
// labelled event less than half the time, and most of the misses were a labelled pair inside the
// triple; the ones that matched were nearly all lists.
import type { EntityRegistry } from "./entities.ts";
import { groupsOf } from "./groups.ts";
import type { PartyMention } from "./parties.ts";
import type { ExtractedEvent } from "./types.ts";

// Two names written next to each other as one side: "A and B", "A, B", "to A and to B", "A 和 B".
// A gloss in brackets may stand between them: "Taobao (淘宝) and Tmall (天猫)".
const SIDE_BY_SIDE = /^\.?\s*(?:[(（][^()（）]{0,30})?[)）]?\s*(?:,|and|&|or|,\s*and|和|与|、)\s*(?:to\s+|from\s+|the\s+)?$/i;

// "complained that the two platforms forced restaurants into exclusivity": a pair told before, by its
// trade, is one side of the quarrel as a list would be.
const PAIR_TOLD = /\b(?:the|both)\s+(?:two|2)\s+(?:[\w-]+\s+)?[a-z]+s\b|\bboth\s+(?:[a-z-]+\s+)?(?:companies|platforms|apps|firms|rivals|operators|carriers|banks|wallets|groups|giants|vendors|providers|services|networks|marketplaces|chains|retailers|lenders|exchanges|publishers|broadcasters)\b/i;

interface Spot {
  name: string;
  start: number;
  end: number;
}

/** Where each of the parties is written in the text (registry names by their aliases, others as written). */
function spots(text: string, parties: string[], registry: EntityRegistry): Spot[] {
  const found: Spot[] = [];
  for (const m of registry.match(text)) {
    const name = registry.get(m.entity.name)?.name ?? m.entity.name;
    if (parties.includes(name)) found.push({ name, start: m.start, end: m.end });
  }
  for (const p of parties) {
    if (registry.get(p)) continue;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length)) found.push({ name: p, start: at, end: at + p.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function toldSideBySide(evidence: string, found: Spot[]): boolean {
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    if (a.name !== b.name && SIDE_BY_SIDE.test(evidence.slice(a.end, b.start))) return true;
  }
  return false;
}

/**
 * A three-party event (not a regulator's act, which may reach several companies) keeps its three
 * sides only when two are told side by side; otherwise it loses the one its sentence does not
 * write, or else the one written last.
 */
export function twoSidesUnlessListed(events: ExtractedEvent[], registry: EntityRegistry): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  // Two clauses of one sentence may tell one happening twice ("GCash users can pay at Maya's codes,
  // and Maya users can pay GCash's in return"): the same kind, sides and date is one event.
  const told = (type: string, parties: string[], date: string | null) => out.some((o) => o.type === type && o.date === date && o.parties.join("\n") === parties.join("\n"));
  for (const e of events) {
    if (told(e.type, e.parties, e.date)) continue;
    const threeSided = e.type !== "regulation" && e.parties.length === 3;
    const found = threeSided ? spots(e.evidence, e.parties, registry) : [];
    // A sentence writing at most one of the three ("Airtel had tested the offer in March") tells an act
    // already told: it keeps the two sides that act kept, not whichever unwritten name sorts first.
    const before = threeSided && found.length < 2 ? out.findLast((o) => o.type === e.type && o.parties.length === 2 && o.parties.every((p) => e.parties.includes(p)) && found.every((f) => o.parties.includes(f.name))) : undefined;
    if (before) {
      if (!told(e.type, before.parties, e.date)) out.push({ ...e, parties: before.parties });
      continue;
    }
    // Kept whole: not a three-party opening or wall; a sentence that writes none of the sides (a
    // trial told of the act before it: "the adjustment has been tested since January"), which says
    // nothing about which to keep; or sides written as a list.
    if (found.length === 0 || toldSideBySide(e.evidence, found) || (e.type === "dispute" && found.length === 1 && PAIR_TOLD.test(e.evidence))) {
      out.push(e);
      continue;
    }
    // The subject and the first name after it are the act's sides; a name written later is what
    // it runs through or a background, and a name the sentence does not write came from elsewhere.
    const firstAt = (p: string) => found.find((s) => s.name === p)?.start ?? Number.POSITIVE_INFINITY;
    const parties = [...e.parties].sort((a, b) => firstAt(a) - firstAt(b)).slice(0, 2).sort();
    // The pair may already be an event of its own with the same date: then this one restated it.
    if (told(e.type, parties, e.date)) continue;
    out.push({ ...e, parties });
  }
  return out;
}

// "appeared alongside SPX", "take payment through MoMo as well as ZaloPay": a peer named beside a side.
const PEER_BEFORE = /\s(?:alongside|next to|beside|as well as)\s+(?:the\s+)?$/i;

/**
 * The parties without a peer written beside one of them, when two sides remain. After "as well as"
 * only the host's own ("Zalo … MoMo as well as ZaloPay") is a peer; another name adds a side
 * ("pay with Naver Pay as well as Toss").
 */
export function withoutPeers(
  clause: string,
  mentions: Spot[],
  parties: string[],
  related: (a: string, b: string) => boolean,
  registry: EntityRegistry,
): string[] {
  const peers = new Set(
    mentions
      .filter((m) => {
        const peer = PEER_BEFORE.exec(clause.slice(Math.max(0, m.start - 14), m.start));
        return peer && (!/as well as/i.test(peer[0]) || parties.some((p) => p !== m.name && related(p, m.name)));
      })
      .map((m) => m.name),
  );
  return withoutNames(parties, peers, registry);
}

/** The parties without `names`, when two sides remain; else all of them. */
function withoutNames(parties: string[], names: Set<string>, registry: EntityRegistry): string[] {
  const kept = parties.filter((p) => !names.has(p));
  return names.size > 0 && groupsOf(kept, registry).size >= 2 ? kept : parties;
}

// "began accepting each other's codes in February under the national MMQR standard": the standard an
// opening follows is what it runs under, not a side.
const UNDER_STANDARD = /\bunder\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
const STANDARD_AFTER = /^\s+(?:[\w-]+\s+)?(?:standard|scheme|specification|framework|rules|rulebook)\b/i;

// "share Matter devices between the two apps": a protocol things speak is how they connect, never a side.
const isProtocol = (name: string, registry: EntityRegistry) => (registry.get(name)?.aliases ?? []).some((a) => /\bprotocol\b/i.test(a));

/** The parties without a protocol they speak, and without a standard the act is told to run under when two sides remain. */
export function withoutStandards(clause: string, mentions: Spot[], parties: string[], registry: EntityRegistry): string[] {
  const standards = new Set(mentions.filter((m) => UNDER_STANDARD.test(clause.slice(Math.max(0, m.start - 40), m.start)) && STANDARD_AFTER.test(clause.slice(m.end, m.end + 30))).map((m) => m.name));
  // A protocol is never a side, even when no second side remains.
  const spoken = parties.filter((p) => !isProtocol(p, registry));
  return withoutNames(spoken.length > 0 ? spoken : parties, standards, registry);
}

// "transfers between Airtel Money and Mpamba went live through Natswitch", "Nagad and Rocket
// connected through Binimoy, so that their customers could send money to each other": a switch a
// pair reaches each other through is the way between them, not a third side.
const THROUGH_BEFORE = /\b(?:through|via)\s+(?:the\s+)?$/i;
/** Whether the name at `start` is told as the way through ("through Binimoy", "via the NPCI"). */
export const toldAsConduit = (clause: string, start: number): boolean => THROUGH_BEFORE.test(clause.slice(Math.max(0, start - 14), start));
const EACH_OTHER = /\bbetween\s+[^,;]{2,40}\s+and\s+|\b(?:each other|one another)\b|\b(?:connected|linked|interconnected)\s+through\b|\bexchang(?:e|es|ed|ing)\b[^,;]{0,50}\bthrough\b/i;

/** The parties without the switch a pair reaches each other through, when two sides remain. */
export function withoutConduits(clause: string, mentions: Spot[], parties: string[], registry: EntityRegistry): string[] {
  if (parties.length < 3 || !EACH_OTHER.test(clause)) return parties;
  const conduits = new Set(mentions.filter((m) => toldAsConduit(clause, m.start)).map((m) => m.name));
  return withoutNames(parties, conduits, registry);
}

// "a sublicensing deal that covers LaLiga, the Champions League and the Premier League", "the media
// rights to the Bangladesh Premier League", "Premier League matches": a competition whose games an act
// carries is what is carried, not a side.
const COMPETITION = /\b(?:League|Liga|LaLiga|Cup|Championship|Olympics|Olympic Games|Premiership|Bundesliga|Serie A|Ligue 1|Grand Slam|Formula 1|F1|PSL|BPL|IPL|EPL|NBA|NFL|MLB)\b/;
const COVERED_BEFORE = /(?:\b(?:covers?|covering|includ(?:es|ing|e)|rights?\s+(?:to|for|of)|matches\s+(?:of|from|in)|games\s+(?:of|from|in)|coverage\s+of|broadcasts?\s+of|streams?\s+of|streaming\s+of|footage\s+(?:of|from)|highlights\s+(?:of|from)|such\s+as)\s+(?:(?:the|this|next|last|its|their|[\w'’-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}|(?:,|\band)\s+(?:the\s+)?)$/i;
const COVERED_AFTER = /^(?:\s*\([^)]{1,12}\))?(?:['’]s)?\s+(?:[\w-]+\s+)?(?:matches|games|fixtures|rights|season|seasons|final|finals|highlights|coverage|streams|broadcasts|tournament|broadcaster|rights holder)\b/i;

/** The parties without a competition whose games the act carries, when two sides remain. */
export function withoutCompetitions(clause: string, mentions: Spot[], parties: string[], registry: EntityRegistry): string[] {
  const isCompetition = (m: Spot) => COMPETITION.test(clause.slice(m.start, m.end));
  const covered = new Set<string>();
  let listed = false;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (!isCompetition(m)) {
      listed = false;
      continue;
    }
    const before = clause.slice(Math.max(0, m.start - 60), m.start);
    // A list item counts when the list's first competition was covered: ", the Champions League and the Premier League".
    const cover: boolean = (COVERED_BEFORE.test(before) && (listed || !/(?:,|\band)\s+(?:the\s+)?$/i.test(before))) || COVERED_AFTER.test(clause.slice(m.end, m.end + 40));
    if (cover) covered.add(m.name);
    listed = cover;
  }
  return withoutNames(parties, covered, registry);
}

// Where a trailing comparison or background phrase starts (", replacing Google Maps": what the act
// replaced is no side; ", as the platform looks for ways around its rival Yanolja": nor is the rival;
// ", so Weibo users can open Alipay mini-programs for services such as Ele.me": nor what the act lets users reach).
export const ASIDE =
  /,\s+(?:the same|just as|much as|similar to|like|unlike|next to|alongside|besides|in addition to|on top of|as (?:did|had|has)|following|mirroring|echoing|copying|a (?:\w+ )?(?:after|before|year|month|week|day)s?\b|(?:a|the) (?:path|move|step|strategy|tactic|approach|playbook) (?:that )?|the (?:latest|first|second|third|biggest|largest) (?:such |of )?|in (?:a|the) (?:same|similar) (?:way|fashion|manner)|years? after|months? after|weeks? after|shortly after|soon after|arguing|claiming|contending|alleging|replacing|displacing|supplanting|in place of|instead of|rather than|leaving|though|although|even though|whereas|even as|as (?:[\w'’-]+ ){1,5}?(?:looks|seeks|tries|moves|races|scrambles|pushes|aims|works|fights|competes|battles|struggles|prepares|faces)|so (?:that )?(?:an? |the )?(?:[\w'’-]+ ){0,2}?(?:users?|customers?|shoppers?|merchants?|people|riders?|drivers?|subscribers?|holders?|viewers?|buyers?|sellers?|consumers?|clients?|members?|passengers?|travell?ers?|visitors?|tourists?|fans?|patients?|listeners?|readers?) (?:can|could|may|will|now)\b|part of (?:a|an|its|their|the) (?:[\w'’-]+ ){0,2}?(?:push|effort|drive|plan|strategy|bid|campaign|attempt))\b/i;

// "pushing its mini-program down the results in favour of Ele.me": who gains from an act is not a side of it.
export const BENEFICIARY = /\s(?:in favou?r of|favou?ring|to favou?r|instead of|rather than|in place of|at the expense of)\s/i;

// "NPCI International and PayNet … switched on the link between UPI and DuitNow": the link's two
// ends are its sides; who runs them only builds it.
const LINK_BETWEEN = /\b(?:link|linkage|connection|interconnection|interoperability|bridge|corridor)\s+between\s+(?:the\s+)?$/i;
const AND_BETWEEN = /^\s*(?:[(（][^)）]{1,20}[)）]\s*)?(?:['’]s\s+[\w-]+\s+)?and\s+(?:the\s+)?$/i;

/** The two ends a "link between A and B" names, when the clause names more sides than those. */
export function linkEnds(clause: string, mentions: Spot[], parties: string[]): string[] {
  if (parties.length < 3) return parties;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (!LINK_BETWEEN.test(clause.slice(Math.max(0, a.start - 40), a.start)) || !AND_BETWEEN.test(clause.slice(a.end, b.start))) continue;
    if (a.name !== b.name && parties.includes(a.name) && parties.includes(b.name)) return [a.name, b.name];
  }
  return parties;
}

const LIST_JOIN = /^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;
const OF_A_THING = /^(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)*\s+(?:[a-z][\w-]*\s+)?(?:calls|links|apps|services|content|users|accounts|videos|messages|stores|traffic|feeds|payments|codes)\b/;
const QUARREL = /\b(?:each other|one another|between|feud\w*|fight\w*|fought|war|clash\w*|rival\w*|dispute\w*|sued|accus\w*)\b/i;

/** Whether a dispute's sides are only a list naming whose things a wall hit ("Skype, WhatsApp and Viber calls"). */
export function listedAsOneThing(clause: string, mentions: PartyMention[], parties: string[]): boolean {
  if (parties.length < 2 || QUARREL.test(clause)) return false;
  const listed = mentions.filter((m) => parties.includes(m.name));
  if (listed.length !== parties.length || mentions.length !== listed.length) return false;
  for (let i = 1; i < listed.length; i++) if (!LIST_JOIN.test(clause.slice(listed[i - 1]!.end, listed[i]!.start))) return false;
  return OF_A_THING.test(clause.slice(listed.at(-1)!.end));
}
