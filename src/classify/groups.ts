// Parties compared at the level of their group (top-most owner): "WeChat" and "WeChat Pay" are one
// side of a happening.
import type { EntityRegistry } from "./entities.ts";
import { DEVICE } from "./parties.ts";
import type { EventType } from "./types.ts";

// Group lookups repeat for the same few names in every sentence; cache them per registry.
const groupCache = new WeakMap<EntityRegistry, Map<string, string>>();
export function groupOf(name: string, registry: EntityRegistry): string {
  let cache = groupCache.get(registry);
  if (!cache) {
    cache = new Map();
    groupCache.set(registry, cache);
  }
  let g = cache.get(name);
  if (g === undefined) {
    g = registry.group(name);
    cache.set(name, g);
  }
  return g;
}

/** Group (top-most owner) of each party, so "WeChat" restates "WeChat Pay" at the Tencent level. */
export const groupsOf = (parties: string[], registry: EntityRegistry) => new Set(parties.map((p) => groupOf(p, registry)));
export const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
/** Whether two party lists name the same groups ("Weixin Pay, China UnionPay" and "WeChat, UnionPay"). */
export const sameGroups = (a: string[], b: string[], registry: EntityRegistry): boolean => {
  const ga = groupsOf(a, registry);
  const gb = groupsOf(b, registry);
  return subset(ga, gb) && subset(gb, ga);
};

// The trade a type is about, as it shows in a product's name.
const TRADE: Partial<Record<EventType, RegExp>> = {
  payment: /pay|wallet|quickpass/i,
  traffic: /\bads\b|advertising|mama|magnetic engine|ocean engine/i,
  service: /logistics|maps?\b|amap|cloud|cainiao/i,
  content: /music|video|games?\b/i,
};

/** Whether a name carries the trade of the type ("Apple Pay" for a payment, "Tencent Cloud" for a service). */
export const fitsTrade = (name: string, type: EventType): boolean => TRADE[type]?.test(name) ?? false;

// "Dow Jones and the New York Post sued the company": names listed side by side in a suit or complaint.
const SUIT = /\b(?:su(?:ed|es|ing)|lawsuit|suit|complain(?:ed|s|t))\b/i;
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and|&)\s*(?:the\s+)?$/;

/** The names a clause about a suit lists side by side: together they bring it, whatever their groups. */
export function listedInSuit(clause: string, mentions: { name: string; start: number; end: number }[]): Set<string> {
  if (!SUIT.test(clause)) return new Set();
  return new Set(mentions.flatMap((m, i) => (i > 0 && LIST_JOIN.test(clause.slice(mentions[i - 1]!.end, m.start)) ? [mentions[i - 1]!.name, m.name] : [])));
}

export function collapseGroup(parties: string[], type: EventType, registry: EntityRegistry, listed: ReadonlySet<string> = new Set()): string[] {
  const trade = TRADE[type];
  if (parties.length < 3 || (!trade && type !== "dispute")) return parties;
  const byGroup = new Map<string, string[]>();
  for (const p of parties) byGroup.set(groupOf(p, registry), [...(byGroup.get(groupOf(p, registry)) ?? []), p]);
  if (byGroup.size < 2) return parties;
  const drop = new Set<string>();
  for (const names of byGroup.values()) {
    // A wall is put up by the side named first; its other names are what the wall is about.
    // Not a group's names listed side by side as one side of a quarrel ("Dow Jones and the New York Post sued …").
    if (!trade && names.every((n) => listed.has(n))) continue;
    const fits = trade ? names.filter((n) => trade.test(n)) : names.slice(0, 1);
    if (names.length > 1 && fits.length === 1) for (const n of names) if (n !== fits[0]) drop.add(n);
  }
  return parties.filter((p) => !drop.has(p));
}

// "Naver will let users of its Naver Map app book rooms", "merchants on its Rakuten Ichiba
// marketplace", "its AI life assistant \"Zhixiaobao\"": an owner opening up through a product of its
// own named with "its" (and a few words saying what it is) opens the product.
const ITS_BEFORE = /\b[Ii]ts\s+(?:own\s+)?(?:(?!(?:into|onto|to|on|in|at|with|from|the|a|an|for|of|and|by|via|through)\s)[\w-]+\s+){0,3}["“]?$/;
// "Apple wired ChatGPT into Siri", "Sony began accepting Mercado Pago at the PlayStation Store
// checkout": the owner's product something is put into, or taken at, opens too; not
// in a relative clause that only says what the deal did ("a deal that put its stories into Google News").
// "AWS added Bielik to Amazon Bedrock": so does the product something is added to.
const PLACED_IN = /\b(?:into|inside|within|onto|on|at|through|via)\s+(?:the\s+)?$|\b(?:added|adds|adding|brought|brings|listed|lists)\s+(?:[\w.'’-]+\s+){1,3}to\s+(?:the\s+)?$/i;
const RELATIVE = /\b(?:that|which|who)\s/i;
// "Samsung Electronics announced on the 23rd that … through Samsung Wallet": a "that" of reported speech is no relative clause.
const REPORTED_THAT = /\b(?:said|says|announced|announces|confirmed|confirms|stated|states|revealed|reveals|disclosed|discloses)\s+(?:[\w-]+\s+){0,4}?that\s/gi;
// "Anthropic gave Claude a tool that imports …": the product the owner equips opens.
const GIVEN_TO = /\b(?:gave|gives|give|giving|equipped|equips|equipping)\s+$/i;
const GIVEN_WHAT = /^\s+(?:a|an|the|its|new|access)\b/i;
// "Amazon unveiled Alexa+ in February and named Uber … among the services it would use": the product launched is what opens.
const LAUNCHED = /\b(?:unveiled|unveils|launched|launches|introduced|introduces|debuted|debuts|rolled out|rolls out)\s+(?:its\s+(?:new\s+)?)?$/i;
// "Meta will let WhatsApp users message …", "users of WeChat can now …": the product whose users it opens.
const CHILD_USERS = /^['’]?s?\s+(?:users|customers|subscribers|members|merchants|shoppers|sellers|drivers|riders|listeners|viewers|owners)\b/i;
const USERS_OF = /\b(?:users|customers|subscribers|members) of\s+$/i;

// "Tencent gave Pinduoduo a shopping entrance in WeChat's services panel": the product whose surface
// the act shows in opens.
const IN_ITS_SURFACE = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:panel|page|homepage|home screen|tab|feed|menu|chats?|search|results|checkout|cashier|entrance|stories|mini-program store)\b/i;

const GONE_AROUND = /\b(?:without\s+(?:going\s+)?(?:through|using|via)|rather\s+than(?:\s+through)?|instead\s+of|bypassing)\s+(?:the\s+)?$/i;

/** Parties with an owner replaced by its own product the clause names after "its", as where something is put, or as whose users it opens. */
export function ownChildActs(clause: string, parties: string[], registry: EntityRegistry): string[] {
  const children = registry.match(clause).filter((m) => {
    // "accessed Apple's in-app purchase on iOS": a phone or its system says where, the owner still acts.
    if (DEVICE.has(m.entity.name)) return false;
    const before = clause.slice(0, m.start);
    // "pay by tapping their iPhones …, without going through Apple Pay": what the act goes around does not act.
    if (GONE_AROUND.test(before.slice(-40))) return false;
    if (CHILD_USERS.test(clause.slice(m.end, m.end + 20)) || USERS_OF.test(before.slice(-20))) return true;
    if (GIVEN_TO.test(before.slice(-20)) && GIVEN_WHAT.test(clause.slice(m.end, m.end + 12))) return true;
    if (LAUNCHED.test(before.slice(-30))) return true;
    if (/\bin\s+$/i.test(before.slice(-6)) && IN_ITS_SURFACE.test(clause.slice(m.end, m.end + 40))) return true;
    return ITS_BEFORE.test(before.slice(-30)) || (PLACED_IN.test(before.slice(-40)) && !RELATIVE.test(before.replace(REPORTED_THAT, "")));
  });
  if (children.length === 0) return parties;
  // "in its Gemini assistant and in the AI Overviews": two of the owner's products at once are the owner acting.
  // Not one only named in a trailing comment (", loosening the hold its own Kakao Pay has had …").
  const named = new Set(registry.match(clause.replace(/,\s+[a-z]+ing\b[\s\S]*$/, "")).map((m) => m.entity.name));
  const several = (p: string) => [...named].filter((n) => n !== p && registry.ancestors(n).includes(p)).length >= 2;
  return parties.map((p) => (several(p) ? p : (children.find((c) => c.entity.name !== p && registry.ancestors(c.entity.name).includes(p))?.entity.name ?? p)));
}
