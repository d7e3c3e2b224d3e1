import { describe, expect, it } from "vitest";
import { MISSING_SQLITE_MESSAGE, openSqliteStore } from "./sqlite-driver.js";

function missing(code: string, specifier: string): Error {
  return Object.assign(new Error(`Cannot find package '${specifier}' imported from /x/sqlite-store.js`), {
    code,
  });
}

describe("openSqliteStore", () => {
  it.each(["ERR_MODULE_NOT_FOUND", "MODULE_NOT_FOUND"])(
    "without better-sqlite3 (%s) names the package to install, in one line",
    async (code) => {
      const open = openSqliteStore("/tmp/x", () => Promise.reject(missing(code, "better-sqlite3")));
      await expect(open).rejects.toThrow(MISSING_SQLITE_MESSAGE);
      expect(MISSING_SQLITE_MESSAGE).not.toContain("\n");
      expect(MISSING_SQLITE_MESSAGE).toContain("npm install better-sqlite3");
    },
  );

  it("passes any other failure through unchanged", async () => {
    const other = missing("ERR_MODULE_NOT_FOUND", "something-else");
    await expect(openSqliteStore("/tmp/x", () => Promise.reject(other))).rejects.toBe(other);
  });

  it("opens the store with better-sqlite3 installed", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "pcb-sqlite-"));
    const store = await openSqliteStore(dir);
    store.setMeta("k", "v");
    expect(store.getMeta("k")).toBe("v");
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
