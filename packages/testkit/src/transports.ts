/**
 * The two transports the suites put a backend behind: a fetch handler (a Hono app's `fetch`) served on a
 * free local port by `@hono/node-server`, and MSW request handlers under `setupServer` (unhandled
 * requests are errors). Both can record every response that went over the wire, with the operation its
 * `X-Amz-Target` names.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { RequestHandler } from "msw";
import { type SetupServer, setupServer } from "msw/node";

/** A running backend: where to send requests, and how to stop it. */
export interface RunningBackend {
  url: string;
  close(): Promise<void>;
}

export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** One response as it went over the wire. */
export interface WireExchange {
  /** The operation the request's `X-Amz-Target` named (`GetBenefit`), `""` without one. */
  operation: string;
  status: number;
  text: string;
}

export type Recorder = (exchange: WireExchange) => void;

async function record(into: Recorder, request: Request, response: Response): Promise<void> {
  const target = request.headers.get("x-amz-target") ?? "";
  into({
    operation: target.split(".").pop() ?? "",
    status: response.status,
    text: await response.clone().text(),
  });
}

/** Serves `fetch` on 127.0.0.1 at a free port; `record` receives every response. */
export async function serveOnFreePort(fetch: FetchHandler, recorder?: Recorder): Promise<RunningBackend> {
  const handler: FetchHandler = recorder
    ? async (request) => {
        const response = await fetch(request);
        await record(recorder, request, response);
        return response;
      }
    : fetch;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: handler, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets of the clients would hold the server open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

export interface MswBackend extends RunningBackend {
  server: SetupServer;
}

/**
 * Intercepts requests with `setupServer(...handlers)` until closed; `url` is the base URL the handlers
 * answer on. `record` receives every mocked response.
 */
export function interceptWithMsw(
  handlers: readonly RequestHandler[],
  url: string,
  recorder?: Recorder,
): MswBackend {
  const server = setupServer(...handlers);
  if (recorder)
    server.events.on("response:mocked", ({ request, response }) => record(recorder, request, response));
  server.listen({ onUnhandledRequest: "error" });
  return {
    url,
    server,
    close: async () => server.close(),
  };
}
