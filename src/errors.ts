// The failures a user can cause or meet, sorted into kinds in one place. Messages start with the
// stage and name the input ("fetch: https://x/feed: timed out after 30s"), so a log line or a
// CLI error is one readable line.

export type ErrorKind =
  | "config.invalid"
  | "config.missing"
  | "db.open"
  | "db.migrate"
  | "fetch.timeout"
  | "fetch.http_status"
  | "fetch.too_large"
  | "fetch.redirects"
  | "fetch.network"
  | "fetch.robots"
  | "fetch.refused_address"
  | "feed.malformed"
  | "feed.unsupported"
  | "extract.empty"
  | "render.failed"
  | "input.invalid"
  | "input.unreadable"
  | "smtp.refused"
  | "smtp.auth"
  | "smtp.unreachable"
  | "lease.held"
  | "query.invalid"
  | "internal";

export class WallwatchError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    this.name = "WallwatchError";
  }
}

/** One line for a log or the terminal: a WallwatchError's own message, or the kind of surprise. */
export function describeError(err: unknown): string {
  if (err instanceof WallwatchError) return err.message;
  if (err instanceof Error) return `internal: ${err.message}`;
  return `internal: ${String(err)}`;
}

/** The kind of an error, "internal" for anything not sorted. */
export function errorKind(err: unknown): ErrorKind {
  return err instanceof WallwatchError ? err.kind : "internal";
}
