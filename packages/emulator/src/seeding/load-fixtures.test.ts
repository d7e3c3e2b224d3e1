import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator } from "../engine/create-emulator.js";
import { createSqliteStore } from "../store/sqlite/index.js";
import { demoFixtures } from "./demo-fixtures.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const statusOf = async (emulator: ReturnType<typeof createEmulator>, id: string) =>
  (await emulator.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: id })).Status;

describe("fixtures in a data directory", () => {
  it("are loaded on the first start only; later starts keep the stored state; reset reloads them", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pcb-fixtures-"));
    dirs.push(dataDir);
    const first = createEmulator({ store: createSqliteStore({ dataDir }), fixtures: demoFixtures });
    await first.handlers.CancelBenefitApplication({
      Catalog: "AWS",
      ClientToken: "cancel",
      Identifier: "benappl-demo0000000002",
    });
    first.close();

    const second = createEmulator({ store: createSqliteStore({ dataDir }), fixtures: demoFixtures });
    expect(await statusOf(second, "benappl-demo0000000002")).toBe("CANCELED");
    const { BenefitApplicationSummaries = [] } = await second.handlers.ListBenefitApplications({
      Catalog: "AWS",
      MaxResults: 100,
    });
    expect(BenefitApplicationSummaries).toHaveLength(
      demoFixtures.applications?.filter((a) => a.catalog === "AWS").length ?? 0,
    );
    expect(second.reviewer.history("AWS", "benappl-demo0000000002").at(-1)?.action).toBe("Cancel");
    second.reset();
    expect(await statusOf(second, "benappl-demo0000000002")).toBe("IN_REVIEW");
    second.close();
  });

  it("leave the store untouched when they are refused", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pcb-fixtures-"));
    dirs.push(dataDir);
    const bad = {
      applications: [{ catalog: "AWS", benefitId: "ben-00000000000000", status: "IN_REVIEW" as const }],
    };
    const store = createSqliteStore({ dataDir });
    expect(() => createEmulator({ store, fixtures: bad })).toThrow(
      "fixtures.applications[0].benefitId: is not a benefit of catalog AWS",
    );
    expect(store.getMeta("seed")).toBeUndefined();
    store.close();
  });
});
