// Reading a response body within bounds: stop as soon as it passes the size cap (the socket is
// destroyed, so a 200 MB page costs us maxBytes, not 200 MB), stop when no byte arrives for the
// stall window, and undo Content-Encoding with the same cap on the decompressed size so a small
// gzip bomb cannot inflate into gigabytes.
import { promisify } from "node:util";
import * as zlib from "node:zlib";

/** Why a body read stopped early; fetch.ts words it into a WallwatchError. */
export class BodyLimitError extends Error {
  constructor(
    readonly reason: "too_large" | "stalled" | "bad_encoding",
    message: string,
  ) {
    super(message);
  }
}

/** Reads a byte stream into one Buffer; rejects with BodyLimitError past `maxBytes` or after `stallMs` of silence. */
export function readCapped(
  stream: NodeJS.ReadableStream & { destroy(err?: Error): void },
  maxBytes: number,
  stallMs: number,
  onBytes: (n: number) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (err: Error | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stream.removeListener("data", onData);
      if (err) {
        stream.destroy(err); // closes the socket: nothing more is downloaded
        reject(err);
      } else resolve(Buffer.concat(chunks, total));
    };
    const armStall = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(new BodyLimitError("stalled", `no data for ${formatMs(stallMs)}`)), stallMs);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      onBytes(chunk.length);
      if (total > maxBytes) return finish(new BodyLimitError("too_large", `body larger than ${formatBytes(maxBytes)}`));
      chunks.push(chunk);
      armStall();
    };
    stream.on("data", onData);
    stream.once("end", () => finish(null));
    stream.once("error", (err: Error) => finish(err));
    armStall();
  });
}

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** Undoes Content-Encoding (applied in reverse order); the output is capped at `maxBytes`. */
export async function decodeContent(body: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? "")
    .toLowerCase()
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c && c !== "identity");
  let out = body;
  for (const coding of codings.reverse()) {
    if (out.length === 0) break; // HEAD-like empty bodies carry the header but nothing to undo
    const opts = { maxOutputLength: maxBytes };
    try {
      if (coding === "gzip" || coding === "x-gzip") out = await gunzip(out, opts);
      else if (coding === "br") out = await brotli(out, opts);
      else if (coding === "deflate") {
        // "deflate" should be zlib-wrapped, but some servers send a raw deflate stream.
        out = await inflate(out, opts).catch((err: NodeJS.ErrnoException) =>
          err.code === "Z_DATA_ERROR" ? inflateRaw(out, opts) : Promise.reject(err),
        );
      } else throw new BodyLimitError("bad_encoding", `unsupported content-encoding '${coding}'`);
    } catch (err) {
      if (err instanceof BodyLimitError) throw err;
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
        throw new BodyLimitError("too_large", `body larger than ${formatBytes(maxBytes)} after ${coding} decompression`);
      }
      throw new BodyLimitError("bad_encoding", `corrupt ${coding} body (${(err as Error).message})`);
    }
  }
  return out;
}

/** "200ms", "2s", "1.5s" — durations as people read them in an error line. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${Math.round(ms / 100) / 10}s`;
}

/** "512 bytes", "10 MiB" — sizes in an error line. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MiB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KiB`;
  return `${n} bytes`;
}
