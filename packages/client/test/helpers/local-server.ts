import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the server saw it. */
export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What to answer: a response, or `"hang"` (never answer), or `"reset"` (drop the connection). */
export type Reply = { status?: number; headers?: Record<string, string>; body?: string } | "hang" | "reset";

export type Responder = (request: Recorded, index: number) => Reply;

/** A local `node:http` server that records every request and answers through a swappable responder. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: Recorded[];
  respond(responder: Responder): void;
  /** Answers the next requests with `replies` in order, then with `fallback`. */
  script(replies: Reply[], fallback?: Reply): void;
  close(): Promise<void>;
}

export async function startServer(responder: Responder = () => ({ body: "{}" })): Promise<LocalServer> {
  let current = responder;
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      const recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      requests.push(recorded);
      const reply = current(recorded, requests.length - 1);
      if (reply === "hang") return;
      if (reply === "reset") {
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string> = {
        "content-type": "application/x-amz-json-1.0",
        "x-amzn-requestid": `req-${requests.length}`,
      };
      for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = value;
      res.writeHead(reply.status ?? 200, headers);
      res.end(reply.body ?? "{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond(next) {
      current = next;
    },
    script(replies, fallback = { body: "{}" }) {
      const queue = [...replies];
      current = () => queue.shift() ?? fallback;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
