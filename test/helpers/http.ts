// Real local HTTP servers for tests: bound to 127.0.0.1 on port 0, closed by the caller.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TestServer {
  /** http://127.0.0.1:PORT (no trailing slash) */
  url: string;
  server: Server;
  /** Request paths in the order they arrived. */
  requests: { path: string; headers: IncomingMessage["headers"] }[];
  close(): Promise<void>;
}

export async function startServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const requests: TestServer["requests"] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? "/", headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler serving a fixed map of path -> {status, headers, body}. */
export function routes(
  map: Record<string, { status?: number; headers?: Record<string, string>; body?: string | Buffer }>,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const r = map[(req.url ?? "/").split("?")[0]!];
    if (!r) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(r.status ?? 200, r.headers ?? {});
    res.end(r.body ?? "");
  };
}
