/**
 * The two transports of the toolkit over one engine: the emulator's Hono app (`@pc-benefits/emulator/http`,
 * built on `@pc-benefits/server`) on a real local port, and the MSW handlers of `@pc-benefits/emulator/msw`
 * under `setupServer`, both put up by the test kit's transports, which record every wire response
 * (operation, status, body text) so the suite can check them against the OpenAPI document.
 */
import { createEmulator, type Emulator } from "@pc-benefits/emulator";
import { type BenefitsMock, createBenefitsMock } from "@pc-benefits/emulator/msw";
import { createEmulatorApp, type EmulatorAppOptions } from "@pc-benefits/emulator-server";
import {
  interceptWithMsw,
  type MswBackend as KitMswBackend,
  type Recorder,
  type RunningBackend,
  serveOnFreePort,
} from "@pc-benefits/testkit";

export type { Recorder, WireExchange } from "@pc-benefits/testkit";

/** A fixed instant: with a constant clock, two runs of the same calls stamp the same times. */
export const FIXED_NOW = Date.parse("2026-03-01T12:00:00Z");

export const MSW_BASE_URL = "http://benefits.contract.test";

export type HonoBackend = RunningBackend;

/** Serves the engine through `createEmulatorApp` on 127.0.0.1 (a free port), recording every response. */
export function startHono(
  emulator: Emulator,
  exchanges: Recorder,
  options: Pick<EmulatorAppOptions, "sigv4"> = {},
): Promise<HonoBackend> {
  const { app } = createEmulatorApp({ emulator, docs: false, ...options });
  return serveOnFreePort(app.fetch, exchanges);
}

export interface MswBackend extends KitMswBackend {
  mock: BenefitsMock;
}

/** Puts the engine behind MSW handlers on `MSW_BASE_URL` and starts intercepting, recording every mocked response. */
export function startMsw(emulator: Emulator, exchanges: Recorder): MswBackend {
  const mock = createBenefitsMock({ emulator, baseUrl: MSW_BASE_URL });
  return { ...interceptWithMsw(mock.handlers, MSW_BASE_URL, exchanges), mock };
}

/** An engine with a fixed seed and a frozen clock. */
export function deterministicEmulator(): Emulator {
  return createEmulator({ seed: "contract-tests", now: () => FIXED_NOW });
}
