/**
 * Smithy's AWS JSON 1.0 and 1.1 protocol compliance tests against our generated client and server, as
 * smithy-typescript runs them for its own generator: every `httpRequestTests` / `httpResponseTests` case
 * (errors included) that applies to a client runs against the generated client, every case that applies
 * to a server against the generated server. Each service of the test models is generated into a
 * temporary copy of the packages first. Ends with `protocol tests: N passed, M failed`.
 *
 * Smithy's test models are not part of the repository: they are read from `$PCB_SHARED_DIR/protocol-tests`
 * (by default a `shared` folder beside the repository); without them the suite prints a SKIPPING line.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRepoRoot } from "../../src/cli-main.js";
import { buildServiceIR } from "../../src/ir/build.js";
import type { ServiceIR } from "../../src/ir/types.js";
import { formatDiagnostic } from "../../src/model/diagnostic.js";
import { loadPaths } from "../../src/model/load.js";
import { casesFor, type ProtocolCase, type Side } from "./cases.js";
import { ClientRunner } from "./client-runner.js";
import { type GeneratedPackages, generatePackages } from "./generated-packages.js";
import { ServerRunner } from "./server-runner.js";
import { SKIPPED } from "./skipped.js";
import { typecheckClient } from "./typecheck.js";

const repoRoot = findRepoRoot();
const sharedDir = resolve(process.env.PCB_SHARED_DIR ?? join(repoRoot, "..", "shared"));
const testsDir = join(sharedDir, "protocol-tests");
const PROTOCOLS = ["awsJson1_0", "awsJson1_1"] as const;

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const tallies = new Map<string, Tally>();
const tally = (group: string): Tally => {
  const known = tallies.get(group);
  if (known) return known;
  const fresh = { passed: 0, failed: 0, skipped: 0 };
  tallies.set(group, fresh);
  return fresh;
};

if (!existsSync(testsDir)) {
  console.log(`SKIPPING Smithy protocol compliance tests: ${testsDir} not found (set PCB_SHARED_DIR)`);
  describe.skip("Smithy protocol compliance tests", () => {
    it("needs the protocol test models", () => {});
  });
} else {
  for (const protocol of PROTOCOLS) {
    const dir = join(testsDir, protocol);
    const modelPaths = [dir, join(testsDir, "shared-types.smithy"), join(testsDir, "aws-config.smithy")];
    const loaded = loadPaths(modelPaths);
    if (!loaded.model) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
    const model = loaded.model;
    const services = [...model.shapes.values()]
      .filter((s) => s.type === "service" && s.location.file?.startsWith(dir))
      .map((s) => s.id)
      .sort();
    for (const serviceId of services) {
      const ir: ServiceIR = buildServiceIR(model, serviceId);
      describe(`${protocol} ${ir.shapeName}`, () => {
        let packages: GeneratedPackages | undefined;
        beforeAll(async () => {
          packages = await generatePackages(repoRoot, modelPaths, serviceId);
        });
        afterAll(() => packages?.remove());
        it("generates a client that typechecks", () => {
          if (!packages) throw new Error("the packages were not generated");
          expect(typecheckClient(repoRoot, packages.root)).toEqual([]);
        });
        const run = (side: Side, c: ProtocolCase): Promise<void> => {
          if (!packages) throw new Error("the packages were not generated");
          if (side === "client") {
            const runner = new ClientRunner(ir, packages);
            return c.kind === "request" ? runner.request(c) : runner.response(c);
          }
          const runner = new ServerRunner(ir, packages);
          return c.kind === "request" ? runner.request(c) : runner.response(c);
        };
        for (const side of ["client", "server"] as const) {
          const group = `${protocol} ${side}`;
          describe(side, () => {
            for (const c of casesFor(model, ir, side)) {
              const name = `${c.kind} ${c.id}${c.kind === "response" && c.error ? ` (${c.operation.name})` : ""}`;
              const skip = SKIPPED.find(
                (s) => s.side === side && s.kind === c.kind && s.service === serviceId && s.id === c.id,
              );
              if (skip) {
                tally(group).skipped++;
                it.skip(`${name}: ${skip.reason}`, () => {});
                continue;
              }
              it(name, async () => {
                try {
                  await run(side, c);
                  tally(group).passed++;
                } catch (error) {
                  tally(group).failed++;
                  throw error;
                }
              });
            }
          });
        }
      });
    }
  }

  afterAll(() => {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const [group, t] of [...tallies].sort(([a], [b]) => (a < b ? -1 : 1))) {
      console.log(`protocol tests (${group}): ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
      passed += t.passed;
      failed += t.failed;
      skipped += t.skipped;
    }
    console.log(
      `protocol tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`,
    );
  });
}
