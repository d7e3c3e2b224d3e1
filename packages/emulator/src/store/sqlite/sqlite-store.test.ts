import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { application, describeStoreContract } from "../../../test/store-contract.js";
import { createSqliteStore } from "./sqlite-store.js";

const tempDir = () => mkdtempSync(join(tmpdir(), "pc-emulator-"));

describeStoreContract("sqlite", () => createSqliteStore({ dataDir: tempDir() }));

describe("SqliteStore", () => {
  it("uses WAL with synchronous=FULL and keeps data across reopen", () => {
    const dataDir = tempDir();
    const store = createSqliteStore({ dataDir });
    const stored = store.putApplication(application("benappl-keep"));
    store.setMeta("seed", "abc");
    store.close();
    const again = createSqliteStore({ dataDir });
    expect(again.getApplication("AWS", "benappl-keep")).toEqual(stored);
    expect(again.getMeta("seed")).toBe("abc");
    expect(again.pragmas()).toEqual({ journalMode: "wal", synchronous: 2 });
    again.close();
  });
});
