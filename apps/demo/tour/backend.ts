/**
 * Where the demo's calls go. In-process (default): the emulator engine behind the toolkit's Hono
 * server on a free local port, and the engine's reviewer API for approvals. Remote (`PCB_ENDPOINT`):
 * an emulator already serving there (`pnpm --filter @pc-benefits/emulator start --control`),
 * approvals through its `/_emulator` reviewer-control routes.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createEmulatorApp } from "@pc-benefits/emulator-server";

/** What AWS's reviewers do, as the demo needs it. */
export interface ReviewerDesk {
  approve(catalog: string, applicationId: string): Promise<void>;
}

export interface Backend {
  endpoint: string;
  description: string;
  reviewer: ReviewerDesk;
  close(): Promise<void>;
}

/** The engine in this process, served on 127.0.0.1 (port 0 = any free port). */
export async function startInProcess(
  options: { seed?: string | number; port?: number } = {},
): Promise<Backend> {
  const { app, emulator } = createEmulatorApp({ seed: options.seed ?? "demo" });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: options.port ?? 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    description: `in-process emulator (seed "${emulator.seed}") on http://127.0.0.1:${port}`,
    reviewer: {
      approve: async (catalog, id) => {
        emulator.reviewer.approve(catalog, id);
      },
    },
    close: () =>
      new Promise<void>((resolve) => {
        emulator.close();
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

/** An emulator serving at `endpoint`, with its reviewer-control routes under `controlPrefix`. */
export function remote(endpoint: string, controlPrefix = "/_emulator"): Backend {
  const base = endpoint.replace(/\/+$/, "");
  return {
    endpoint: base,
    description: `emulator at ${base} (PCB_ENDPOINT)`,
    reviewer: {
      approve: async (catalog, id) => {
        const url = `${base}${controlPrefix}/applications/${encodeURIComponent(catalog)}/${encodeURIComponent(id)}/review`;
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ status: "APPROVED" }),
        });
        if (!response.ok) {
          throw new Error(
            `the reviewer-control route answered ${response.status} (${url}); start the emulator with its control routes enabled`,
          );
        }
      },
    },
    close: async () => {},
  };
}
