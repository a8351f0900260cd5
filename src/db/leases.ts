// Named leases with expiry, so one scheduler owns a database at a time and a crashed one does
// not block the next forever: the holder renews well before expiry; anyone may take an expired
// lease.
import { eq } from "drizzle-orm";
import type { Db } from "./client.ts";
import { leases } from "./schema.ts";

export interface Lease {
  name: string;
  holder: string;
  acquiredAt: string;
  expiresAt: string;
}

/** Takes or renews `name` for `holder` unless someone else holds it unexpired; returns the lease in force. */
export function acquireLease(db: Db, name: string, holder: string, ttlMs: number, now = new Date()): { ok: boolean; lease: Lease } {
  // IMMEDIATE: two processes racing for the lease serialise on the write lock.
  return db.$client.transaction(() => {
    const current = db.select().from(leases).where(eq(leases.name, name)).get();
    if (current && current.holder !== holder && new Date(current.expiresAt) > now) return { ok: false, lease: current };
    const lease = {
      name,
      holder,
      acquiredAt: current?.holder === holder ? current.acquiredAt : now.toISOString(),
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    };
    db.insert(leases).values(lease).onConflictDoUpdate({ target: leases.name, set: lease }).run();
    return { ok: true, lease };
  }).immediate();
}

/** Gives the lease up if `holder` still has it. */
export function releaseLease(db: Db, name: string, holder: string): void {
  const current = db.select().from(leases).where(eq(leases.name, name)).get();
  if (current?.holder === holder) db.delete(leases).where(eq(leases.name, name)).run();
}

export function getLease(db: Db, name: string): Lease | undefined {
  return db.select().from(leases).where(eq(leases.name, name)).get();
}
