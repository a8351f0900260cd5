// Whether a party is a payment system by its names: a wallet known by a bare brand ("MoMo") says
// what it is in its other names ("MoMo e-wallet").
import type { PartyHistoryEntry } from "./coref.ts";
import type { EntityRegistry } from "./entities.ts";

const PAYMENT_NAME = /pay|pago|money|dinero|dinheiro|wallet|cash|qr|pix|upi|card|quickpass|pesa|bizum|swish|blik|twint/i;

/** Whether the name itself says it is a way to pay ("GCash", "Alipay"), whatever its other names. */
export const namesPayment = (name: string): boolean => PAYMENT_NAME.test(name);

export const paymentNamed = (name: string, registry: EntityRegistry): boolean =>
  namesPayment(name) || PAYMENT_NAME.test(registry.get(name)?.aliases.join(" ") ?? "");

/** Two or more sides, all payment systems; a carrier group whose other names include its wallet ("stc pay") is none. */
export const allPaymentSystems = (sides: string[], registry: EntityRegistry): boolean =>
  sides.length >= 2 && sides.every((p) => paymentNamed(p, registry) && registry.get(p)?.kind !== "company");

// "Vipshop began offering it", "GoPay added it in May": a way to pay taken or offered, named before.
export const PAYMENT_IT = /\b(?:accept|accepts|accepted|accepting|access|accessed|accesses|accessing|offer|offers|offered|offering|add|adds|added|adding|support|supports|supported|supporting|enabled|enabling|integrated|integrating)\s+it\b|\bswitch(?:ed|es|ing)?\s+it\s+on\b/i;

/** Ways to pay (not companies or regulators) the last sentences named, nearest first: what "began offering it" takes. */
export function waysToPayBefore(here: { index: number }, history: PartyHistoryEntry[], registry: EntityRegistry): string[] {
  const recent = history.filter((h) => h.index < here.index && here.index - h.index <= 6).reverse();
  const ways = [...new Set(recent.flatMap((h) => h.parties))].filter((p) => paymentNamed(p, registry) && registry.get(p)?.kind !== "company" && registry.get(p)?.kind !== "regulator");
  // A name that says it is a way to pay ("Touch 'n Go eWallet") before a platform whose other names include its wallet (Grab).
  return [...ways.filter((p) => PAYMENT_NAME.test(p)), ...ways.filter((p) => !PAYMENT_NAME.test(p))];
}

// "began offering tap-to-pay on iPhones", "pay by tapping their iPhones", "contactless payments on the
// iPhone": a wallet reaching the phone's chip deals with the phone's maker (Apple), not with Apple Pay
// the wallet goes around.
const TAP_ON_IPHONE =
  /\b(?:tap(?:ping)?[- ]to[- ]pay|tap(?:s|ped|ping)?\s+(?:their|an?|the|its|your|his|her)\s+(?=iPhone)|contactless|NFC)\b[^.;]{0,80}?\biPhones?\b|\biPhones?\b[^.;]{0,60}?\b(?:tap(?:ping)?[- ]to[- ]pay|contactless|NFC)\b/i;

// "The Epic Games Store went live on iPhones", "RCS is activated for iPhone users": what reaches the
// phone itself opens it, and the phone's maker (Apple) is the other side. Not a purchase or checkout
// inside an app's own iPhone version ("in-app payments on iPhone", "its iPhone app"): that app is the side.
const ON_IPHONE = /\b(?:on|for|to|onto)\s+(?:the\s+|their\s+|its\s+|[A-Z][\w-]+\s+)?iPhones?\b(?!['’]s|\s+(?:apps?|versions?)\b)|\biPhone\s+(?:users|owners)\b/;
const INSIDE_APP = /\b(?:in-app|in-game|apps?|versions?|purchases?|checkout|subscriptions?)\b/i;

/** The sides of an act told as tapping an iPhone or reaching the iPhone itself: Apple in the place of Apple Pay, or beside the other side. */
export function withPhoneMaker(clause: string, parties: string[], registry: EntityRegistry): string[] {
  // Every clause passes here; only those that write the phone need the patterns below.
  if (!/iphone/i.test(clause)) return parties;
  const onPhone = ON_IPHONE.test(clause) && !INSIDE_APP.test(clause);
  const tap = TAP_ON_IPHONE.test(clause);
  // An Apple product already named (the App Store, iMessage) is that side.
  if (!tap && onPhone && parties.some((p) => registry.parentOf(p)?.name === "Apple")) return parties;
  if (!(tap || onPhone) || !registry.get("Apple") || parties.some((p) => p === "Apple" || p === "Tap to Pay on iPhone")) return parties;
  const others = parties.filter((p) => p !== "Apple Pay");
  return others.length === 0 ? parties : [...others, "Apple"];
}
