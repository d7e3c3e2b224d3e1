/**
 * A tiny static file server on 127.0.0.1 and an ephemeral port, for the test page, its bundle and
 * MSW's worker script. Service workers need a secure context, and http://127.0.0.1 is one.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface StaticFile {
  contentType: string;
  body: string | Uint8Array;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request the server received, as `METHOD /path`, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `files` (keyed by absolute path, e.g. `/index.html`) and nothing else. */
export function serveStatic(files: ReadonlyMap<string, StaticFile>): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    requests.push(`${req.method} ${path}`);
    const file = files.get(path);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }).end();
      return;
    }
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const body = typeof file.body === "string" ? Buffer.from(file.body) : file.body;
    res.writeHead(200, {
      "Content-Type": file.contentType,
      "Content-Length": body.byteLength,
      "Cache-Control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}
