/**
 * The two transports of the toolkit over one engine: the emulator's Hono app (`@pc-benefits/emulator/http`,
 * built on `@pc-benefits/server`) on a real local port, and the MSW handlers of `@pc-benefits/emulator/msw` under `setupServer`. Both record every
 * wire response (operation, status, body text), so the suite can check them against the OpenAPI document.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createEmulator, type Emulator } from "@pc-benefits/emulator";
import { createEmulatorApp, type EmulatorAppOptions } from "@pc-benefits/emulator/http";
import { type BenefitsMock, createBenefitsMock } from "@pc-benefits/emulator/msw";
import type { OperationName } from "@pc-benefits/openapi";
import { type SetupServer, setupServer } from "msw/node";

/** One response as it went over the wire. */
export interface WireExchange {
  operation: OperationName;
  status: number;
  text: string;
}

/** A fixed instant: with a constant clock, two runs of the same calls stamp the same times. */
export const FIXED_NOW = Date.parse("2026-03-01T12:00:00Z");

export const MSW_BASE_URL = "http://benefits.contract.test";

function operationOf(target: string | null): OperationName {
  return (target ?? "").split(".").pop() as OperationName;
}

/** Receives every recorded response. */
export type Recorder = (exchange: WireExchange) => void;

async function record(into: Recorder, target: string | null, response: Response): Promise<void> {
  into({ operation: operationOf(target), status: response.status, text: await response.clone().text() });
}

export interface HonoBackend {
  url: string;
  close(): Promise<void>;
}

/** Serves the engine through `createEmulatorApp` on 127.0.0.1 (a free port), recording every response. */
export async function startHono(
  emulator: Emulator,
  exchanges: Recorder,
  options: Pick<EmulatorAppOptions, "sigv4"> = {},
): Promise<HonoBackend> {
  const { app } = createEmulatorApp({ emulator, docs: false, ...options });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      {
        hostname: "127.0.0.1",
        port: 0,
        fetch: async (request: Request) => {
          const response = await app.fetch(request);
          await record(exchanges, request.headers.get("x-amz-target"), response);
          return response;
        },
      },
      () => resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

export interface MswBackend {
  url: string;
  mock: BenefitsMock;
  server: SetupServer;
  close(): void;
}

/** Puts the engine behind MSW handlers on `MSW_BASE_URL` and starts intercepting, recording every mocked response. */
export function startMsw(emulator: Emulator, exchanges: Recorder): MswBackend {
  const mock = createBenefitsMock({ emulator, baseUrl: MSW_BASE_URL });
  const server = setupServer(...mock.handlers);
  server.events.on("response:mocked", async ({ request, response }) => {
    await record(exchanges, request.headers.get("x-amz-target"), response);
  });
  server.listen({ onUnhandledRequest: "error" });
  return { url: MSW_BASE_URL, mock, server, close: () => server.close() };
}

/** An engine with a fixed seed and a frozen clock. */
export function deterministicEmulator(): Emulator {
  return createEmulator({ seed: "contract-tests", now: () => FIXED_NOW });
}
