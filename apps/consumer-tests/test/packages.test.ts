/** The packages the suite packs: every publishable one of the workspace, read from the manifests. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGES, tarballName, workspaceRoot } from "./support/projects.js";

describe("PACKAGES", () => {
  it("is every package under packages/ that is not private, the test kit left out", () => {
    const manifests = readdirSync(join(workspaceRoot, "packages")).map(
      (folder) =>
        JSON.parse(readFileSync(join(workspaceRoot, "packages", folder, "package.json"), "utf8")) as {
          name: string;
          private?: boolean;
        },
    );
    expect(PACKAGES.map((p) => p.name).sort()).toEqual(
      manifests
        .filter((m) => !m.private)
        .map((m) => m.name)
        .sort(),
    );
    expect(PACKAGES.map((p) => p.name)).toContain("@pc-benefits/client");
    expect(PACKAGES.map((p) => p.name)).not.toContain("@pc-benefits/testkit");
  });

  it("names the tarball pnpm pack writes", () => {
    expect(
      tarballName({ name: "@pc-benefits/emulator-server", version: "0.1.0", folder: "emulator-server" }),
    ).toBe("pc-benefits-emulator-server-0.1.0.tgz");
  });
});
