/**
 * The SQLite store for `--data-dir`, loaded on demand: better-sqlite3 is an optional peer dependency (a
 * native module), so an install without it still serves in memory and `--data-dir` names what to install.
 */
import type { EmulatorStore } from "@pc-benefits/emulator";

export const MISSING_SQLITE_MESSAGE =
  "--data-dir needs the optional package better-sqlite3: npm install better-sqlite3 (or run without --data-dir)";

type SqliteModule = { createSqliteStore(options: { dataDir: string }): EmulatorStore };

function isMissingDriver(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && message.includes("better-sqlite3")
  );
}

/** Opens the SQLite store in `dataDir`; without better-sqlite3, an Error with MISSING_SQLITE_MESSAGE. */
export async function openSqliteStore(
  dataDir: string,
  load: () => Promise<SqliteModule> = () => import("@pc-benefits/emulator/sqlite"),
): Promise<EmulatorStore> {
  let sqlite: SqliteModule;
  try {
    sqlite = await load();
  } catch (error) {
    if (isMissingDriver(error)) throw new Error(MISSING_SQLITE_MESSAGE);
    throw error;
  }
  return sqlite.createSqliteStore({ dataDir });
}
