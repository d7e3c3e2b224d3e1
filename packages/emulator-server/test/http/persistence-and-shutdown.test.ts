/**
 * `pcb-emulator --data-dir`: every acknowledged write survives `kill -9` and a restart; an auto review
 * armed before a restart is applied after it; SIGTERM stops accepting, finishes in-flight requests,
 * closes the store and exits 0.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { awsJson, startCli } from "./cli-process.js";
import { clientToken, createInput, SEED } from "./fixtures.js";

// Each test spawns the CLI (tsx start-up takes seconds on a loaded 2-core machine).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const tempDir = () => mkdtempSync(join(tmpdir(), "pcb-http-persist-"));

interface Chain {
  /** Applications whose create was acknowledged, with the last acknowledged name. */
  acked: Map<string, string>;
  /** The write in flight when the process died: it may or may not have committed. */
  pending: { id: string | undefined; name: string } | undefined;
}

/** Creates applications and renames each a few times, one write at a time, until the server dies. */
async function writeUntilDead(url: string, chain: Chain, label: string): Promise<void> {
  for (let n = 0; ; n++) {
    const name = `${label}-app${n}-v0`;
    chain.pending = { id: undefined, name };
    const created = await awsJson(url, "CreateBenefitApplication", { ...createInput("AWS", name) }).catch(
      () => undefined,
    );
    if (created?.status !== 200) return;
    const id = String(created.body.Id);
    chain.acked.set(id, name);
    let revision = String(created.body.Revision);
    for (let v = 1; v <= 3; v++) {
      const next = `${label}-app${n}-v${v}`;
      chain.pending = { id, name: next };
      const updated = await awsJson(url, "UpdateBenefitApplication", {
        Catalog: "AWS",
        ClientToken: clientToken(),
        Identifier: id,
        Revision: revision,
        Name: next,
      }).catch(() => undefined);
      if (updated?.status !== 200) return;
      chain.acked.set(id, next);
      revision = String(updated.body.Revision);
    }
  }
}

describe("persistence under SIGKILL", () => {
  it("keeps every acknowledged create and update across kill -9 and a restart", async () => {
    const dataDir = tempDir();
    const first = await startCli(["--seed", SEED, "--data-dir", dataDir, "--quiet"]);
    const chains: Chain[] = Array.from({ length: 4 }, () => ({ acked: new Map(), pending: undefined }));
    const writers = chains.map((chain, i) => writeUntilDead(first.url, chain, `w${i}`));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.child.kill("SIGKILL");
    expect(await first.exited).toBe("SIGKILL");
    await Promise.all(writers);

    const acknowledged = chains.reduce((sum, c) => sum + c.acked.size, 0);
    expect(acknowledged).toBeGreaterThan(4);
    const second = await startCli(["--data-dir", dataDir, "--quiet"]);
    try {
      for (const chain of chains) {
        for (const [id, name] of chain.acked) {
          const got = await awsJson(second.url, "GetBenefitApplication", { Catalog: "AWS", Identifier: id });
          expect(got.status).toBe(200);
          // The last acknowledged name, or the one in flight at the kill if that write committed unanswered.
          const allowed = chain.pending?.id === id ? [name, chain.pending.name] : [name];
          expect(allowed).toContain(got.body.Name);
        }
      }
      // The seed is kept in the data dir even though the restart named none.
      const settings = await awsJson(second.url, "ListBenefits", { Catalog: "AWS", MaxResults: 100 });
      expect(settings.status).toBe(200);
    } finally {
      await second.stop();
    }
  });
});

describe("auto review across a restart", () => {
  it("applies, after a restart on the same data dir, the review a submit armed before it", async () => {
    const dataDir = tempDir();
    const first = await startCli(["--seed", SEED, "--data-dir", dataDir, "--auto-review", "3000", "--quiet"]);
    let id: string;
    try {
      const created = await awsJson(first.url, "CreateBenefitApplication", createInput("AWS", "auto review"));
      expect(created.status).toBe(200);
      id = String(created.body.Id);
      const submitted = await awsJson(first.url, "SubmitBenefitApplication", {
        Catalog: "AWS",
        Identifier: id,
        Revision: String(created.body.Revision),
      });
      expect(submitted.status).toBe(200);
      const before = await awsJson(first.url, "GetBenefitApplication", { Catalog: "AWS", Identifier: id });
      expect(before.body.Status).toBe("IN_REVIEW");
    } finally {
      // Stopped well before the review is due (the restart may well take longer than the delay).
      expect(await first.stop()).toBe(0);
    }
    const second = await startCli(["--data-dir", dataDir, "--auto-review", "3000", "--quiet"]);
    try {
      const read = () => awsJson(second.url, "GetBenefitApplication", { Catalog: "AWS", Identifier: id });
      let status: unknown;
      for (let i = 0; i < 100 && status !== "APPROVED"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await read()).body.Status;
      }
      expect(status).toBe("APPROVED");
      const allocations = await awsJson(second.url, "ListBenefitAllocations", {
        Catalog: "AWS",
        BenefitApplicationIdentifiers: [id],
      });
      expect(allocations.status).toBe(200);
      expect((allocations.body.BenefitAllocationSummaries as unknown[]).length).toBeGreaterThan(0);
    } finally {
      await second.stop();
    }
  });
});

describe("graceful shutdown", () => {
  it("finishes an in-flight request on SIGTERM, refuses new connections, closes the store and exits 0", async () => {
    const dataDir = tempDir();
    const cli = await startCli([
      "--seed",
      SEED,
      "--data-dir",
      dataDir,
      "--faults",
      "ListBenefits:latency=800",
    ]);
    const created = await awsJson(cli.url, "CreateBenefitApplication", createInput("AWS", "before shutdown"));
    expect(created.status).toBe(200);

    const inFlight = awsJson(cli.url, "ListBenefits", { Catalog: "AWS" });
    await new Promise((resolve) => setTimeout(resolve, 250));
    cli.child.kill("SIGTERM");
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(await cli.exited).toBe(0);
    expect(cli.stdout()).toContain("SIGTERM received");
    expect(cli.stdout()).toContain("pcb-emulator stopped");
    expect(cli.stderr()).toBe("");
    await expect(fetch(`${cli.url}/openapi.json`)).rejects.toThrow();

    const again = await startCli(["--data-dir", dataDir, "--quiet"]);
    try {
      const got = await awsJson(again.url, "GetBenefitApplication", {
        Catalog: "AWS",
        Identifier: created.body.Id,
      });
      expect(got.body.Name).toBe("before shutdown");
    } finally {
      expect(await again.stop("SIGINT")).toBe(0);
    }
  });
});
