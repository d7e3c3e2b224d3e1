import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../src/engine/create-emulator.js";
import { createSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { applicationIn, token } from "./helpers.js";

const tempDir = () => mkdtempSync(join(tmpdir(), "pc-emulator-"));
const child = fileURLToPath(new URL("./fixtures/write-until-killed.ts", import.meta.url));

describe("persistence", () => {
  it("survives a restart: applications, allocations, tags, tokens, seed and page tokens", async () => {
    const dataDir = tempDir();
    const first = createEmulator({ seed: "persist", store: createSqliteStore({ dataDir }) });
    const app = await applicationIn(first, "IN_REVIEW");
    const [allocation] = first.reviewer.approve("AWS", app.id).allocations;
    await first.handlers.TagResource({ resourceArn: app.arn, tags: [{ Key: "k", Value: "v" }] });
    const create = { Catalog: "AWS", ClientToken: token(), BenefitIdentifier: app.benefit.id };
    const created = await first.handlers.CreateBenefitApplication(create);
    const page = await first.handlers.ListBenefitApplications({ Catalog: "AWS", MaxResults: 1 });
    const before = await first.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
    first.close();

    const second = createEmulator({ seed: "ignored-on-reopen", store: createSqliteStore({ dataDir }) });
    expect(second.seed).toBe("persist");
    expect(await second.handlers.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id })).toEqual(
      before,
    );
    const got = await second.handlers.GetBenefitAllocation({
      Catalog: "AWS",
      Identifier: allocation?.Id ?? "",
    });
    expect(got.Id).toBe(allocation?.Id);
    expect((await second.handlers.ListTagsForResource({ resourceArn: app.arn })).tags).toEqual([
      { Key: "k", Value: "v" },
    ]);
    expect((await second.handlers.CreateBenefitApplication(create)).Id).toBe(created.Id);
    const rest = await second.handlers.ListBenefitApplications({
      Catalog: "AWS",
      MaxResults: 1,
      NextToken: page.NextToken,
    });
    expect(rest.BenefitApplicationSummaries?.[0]?.Id).toBe(app.id);
    second.close();
  });

  it("loses no acknowledged write when the process is killed with SIGKILL", async () => {
    const dataDir = tempDir();
    const proc = spawn(process.execPath, ["--import", "tsx", child, dataDir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acked: string[] = [];
    let stderr = "";
    proc.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    await new Promise<void>((resolve, reject) => {
      let buffer = "";
      const timer = setTimeout(() => reject(new Error(`child too slow: ${stderr}`)), 30_000);
      proc.stdout.on("data", (d: Buffer) => {
        buffer += d.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        acked.push(...lines.filter(Boolean));
        if (acked.length >= 200 && !proc.killed) {
          proc.kill("SIGKILL");
          clearTimeout(timer);
        }
      });
      proc.on("exit", () => resolve());
    });
    expect(proc.signalCode).toBe("SIGKILL");
    expect(acked.length).toBeGreaterThanOrEqual(200);
    const emulator = createEmulator({ store: createSqliteStore({ dataDir }) });
    const missing: string[] = [];
    for (const id of acked) {
      await emulator.handlers
        .GetBenefitApplication({ Catalog: "AWS", Identifier: id })
        .catch(() => missing.push(id));
    }
    expect(missing).toEqual([]);
    emulator.close();
  }, 60_000);
});
