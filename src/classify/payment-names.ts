// Whether a party is a payment system by its names: a wallet known by a bare brand ("MoMo") says
// what it is in its other names ("MoMo e-wallet").
import type { EntityRegistry } from "./entities.ts";

const PAYMENT_NAME = /pay|pago|money|dinero|dinheiro|wallet|cash|qr|pix|upi|card|quickpass|pesa|bizum|swish|blik|twint/i;

export const paymentNamed = (name: string, registry: EntityRegistry): boolean =>
  PAYMENT_NAME.test(name) || PAYMENT_NAME.test(registry.get(name)?.aliases.join(" ") ?? "");

/** Two or more sides, all payment systems; a carrier group whose other names include its wallet ("stc pay") is none. */
export const allPaymentSystems = (sides: string[], registry: EntityRegistry): boolean =>
  sides.length >= 2 && sides.every((p) => paymentNamed(p, registry) && registry.get(p)?.kind !== "company");
