// A small pool of extraction workers (or inline extraction when size is 0). A worker that dies
// fails its jobs with a clear error and is replaced.
import { Worker } from "node:worker_threads";
import { type ErrorKind, WallwatchError } from "../errors.ts";
import { extractPage, type PageInput, type PageResult } from "./extract-page.ts";

interface Pending {
  resolve: (r: PageResult) => void;
  reject: (e: Error) => void;
  url: string;
}

type Reply = { id: number; ok: true; result: PageResult } | { id: number; ok: false; kind: ErrorKind; error: string };

export class ExtractPool {
  private readonly workers: { worker: Worker; busy: Set<number> }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly size: number) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  private spawn(): { worker: Worker; busy: Set<number> } {
    // A modest old-space limit makes each worker collect early: peak memory stays flat over a
    // long crawl instead of growing to V8's default heap size per thread.
    const worker = new Worker(new URL("./extract-worker.mjs", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 } });
    const slot = { worker, busy: new Set<number>() };
    worker.on("message", (reply: Reply) => {
      const p = this.pending.get(reply.id);
      slot.busy.delete(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.result);
      else p.reject(new WallwatchError(reply.kind, reply.error));
    });
    const fail = (err: Error) => {
      for (const id of slot.busy) {
        const p = this.pending.get(id);
        this.pending.delete(id);
        p?.reject(new WallwatchError("internal", `extract: ${p.url}: worker died: ${err.message}`));
      }
      slot.busy.clear();
      if (this.closed) return;
      const i = this.workers.indexOf(slot);
      if (i >= 0) this.workers[i] = this.spawn();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!this.closed && code !== 0) fail(new Error(`exit code ${code}`));
    });
    // Idle workers must not keep the process alive.
    worker.unref();
    return slot;
  }

  /** Decodes and extracts one page; in a worker when the pool has any. */
  extract(input: PageInput): Promise<PageResult> {
    const url = input.url;
    if (this.size === 0) {
      return new Promise((resolve, reject) => {
        try {
          resolve(extractPage(input));
        } catch (err) {
          reject(err);
        }
      });
    }
    const id = this.nextId++;
    const slot = this.workers.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, url });
      slot.busy.add(id);
      // Referenced while work is outstanding so the process waits for the answer.
      slot.worker.ref();
      slot.worker.postMessage({ id, input });
    }).finally(() => {
      if (slot.busy.size === 0) slot.worker.unref();
    }) as Promise<PageResult>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    for (const p of this.pending.values()) p.reject(new WallwatchError("internal", `extract: ${p.url}: pool closed`));
    this.pending.clear();
  }
}
