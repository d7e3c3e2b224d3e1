/**
 * The emulator mode's ReviewerDesk against a real emulator app on a local port (control routes on, the demo
 * data): the queue and the history are the engine's, times are Dates; without control routes the catalogs
 * are the emulator's defaults and the history says how to turn the routes on.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { DEFAULT_SETTINGS, demoFixtures } from "@pc-benefits/emulator";
import { createEmulatorApp } from "@pc-benefits/emulator-server";
import { afterAll, describe, expect, it } from "vitest";
import { ControlRouteError, emulatorBackend } from "./emulator-backend.js";

async function start(control: boolean) {
  const { app, emulator } = createEmulatorApp({ control, fixtures: demoFixtures });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
  return { origin: `http://127.0.0.1:${port}`, emulator, stop };
}

const withControl = await start(true);
const withoutControl = await start(false);
afterAll(async () => {
  await withControl.stop();
  await withoutControl.stop();
});

describe("the emulator backend's reviewer desk", () => {
  it("lists the applications waiting for a reviewer, as the engine does", async () => {
    const { reviewer, catalogs } = await emulatorBackend(withControl.origin);
    expect(catalogs).toEqual(withControl.emulator.settings.catalogs);
    for (const catalog of catalogs) {
      const engine = withControl.emulator.reviewer.waiting(catalog, withControl.emulator.defaultAccountId);
      const queue = await reviewer.waiting(catalog);
      expect(queue.map((a) => [a.Id, a.Status, a.Stage])).toEqual(
        engine.map((a) => [a.Id, a.Status, a.Stage]),
      );
    }
    expect((await reviewer.waiting("AWS")).length).toBeGreaterThan(0);
  });

  it("reads an application's history with Date times, as the engine keeps it", async () => {
    const { reviewer } = await emulatorBackend(withControl.origin);
    const id = "benappl-demo0000000001";
    const history = await reviewer.history("AWS", id);
    expect(history).toEqual(withControl.emulator.reviewer.history("AWS", id));
    expect(history.map((s) => s.action)).toEqual(["Create", "Submit", "Recall"]);
    expect(history.every((s) => s.at instanceof Date)).toBe(true);
  });

  it("without control routes: the emulator's default catalogs, and the history names --control", async () => {
    const { reviewer, catalogs } = await emulatorBackend(withoutControl.origin);
    expect(catalogs).toEqual(DEFAULT_SETTINGS.catalogs);
    const refused = await reviewer.history("AWS", "benappl-demo0000000001").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ControlRouteError);
    expect((refused as Error).message).toContain("start it with --control");
  });
});
