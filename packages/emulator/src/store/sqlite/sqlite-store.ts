/**
 * SQLite persistence through better-sqlite3 (Node only; import from `@pc-benefits/emulator/sqlite`).
 * WAL journal with `synchronous = FULL`: a transaction is durable when `COMMIT` returns, so every
 * acknowledged write survives SIGKILL of the process.
 */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { type RecordTable, RecordTables } from "../record-tables.js";
import type { AllocationRecord, ApplicationRecord, PendingReviewRecord, TokenRecord } from "../records.js";
import type { EmulatorStore, Scope } from "../store.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS applications (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  catalog TEXT NOT NULL,
  id TEXT NOT NULL,
  account TEXT NOT NULL,
  doc TEXT NOT NULL,
  UNIQUE (catalog, id)
);
CREATE INDEX IF NOT EXISTS applications_scope ON applications (account, catalog, seq);
CREATE TABLE IF NOT EXISTS allocations (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  catalog TEXT NOT NULL,
  id TEXT NOT NULL,
  account TEXT NOT NULL,
  doc TEXT NOT NULL,
  UNIQUE (catalog, id)
);
CREATE INDEX IF NOT EXISTS allocations_scope ON allocations (account, catalog, seq);
CREATE TABLE IF NOT EXISTS tokens (
  key TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  response TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending_reviews (
  catalog TEXT NOT NULL,
  id TEXT NOT NULL,
  revision TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  PRIMARY KEY (catalog, id)
);
`;

export interface SqliteStoreOptions {
  /** Folder holding `emulator.db` (created when missing). */
  dataDir: string;
}

type Row = { seq: number; doc: string };

class SqliteTable<R extends { seq: number; id: string; account: string; catalog: string }>
  implements RecordTable<R>
{
  private readonly selectOne: Database.Statement<[string, string], Row>;
  private readonly insert: Database.Statement<[string, string, string, string]>;
  private readonly update: Database.Statement<[string, string, string]>;
  private readonly scanFrom: Database.Statement<[string, string, number, number], Row>;
  private readonly scanTop: Database.Statement<[string, string, number], Row>;
  private readonly countScope: Database.Statement<[string, string], { n: number }>;

  constructor(db: Database.Database, table: string) {
    this.selectOne = db.prepare(`SELECT seq, doc FROM ${table} WHERE catalog = ? AND id = ?`);
    this.insert = db.prepare(`INSERT INTO ${table} (catalog, id, account, doc) VALUES (?, ?, ?, ?)`);
    this.update = db.prepare(`UPDATE ${table} SET doc = ? WHERE catalog = ? AND id = ?`);
    this.scanFrom = db.prepare(
      `SELECT seq, doc FROM ${table} WHERE account = ? AND catalog = ? AND seq < ? ORDER BY seq DESC LIMIT ?`,
    );
    this.scanTop = db.prepare(
      `SELECT seq, doc FROM ${table} WHERE account = ? AND catalog = ? ORDER BY seq DESC LIMIT ?`,
    );
    this.countScope = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE account = ? AND catalog = ?`);
  }

  private static decode<R>(row: Row): R {
    return { ...(JSON.parse(row.doc) as R), seq: row.seq };
  }

  get(catalog: string, id: string): R | undefined {
    const row = this.selectOne.get(catalog, id);
    return row ? SqliteTable.decode<R>(row) : undefined;
  }

  put(record: R): R {
    const { seq, ...rest } = record;
    const doc = JSON.stringify(rest);
    if (seq === 0) {
      const info = this.insert.run(record.catalog, record.id, record.account, doc);
      return { ...record, seq: Number(info.lastInsertRowid) };
    }
    const info = this.update.run(doc, record.catalog, record.id);
    if (info.changes !== 1) throw new Error(`unknown id ${record.id}`);
    return record;
  }

  scan(scope: Scope, beforeSeq: number | undefined, limit: number): R[] {
    const rows =
      beforeSeq === undefined
        ? this.scanTop.all(scope.account, scope.catalog, limit)
        : this.scanFrom.all(scope.account, scope.catalog, beforeSeq, limit);
    return rows.map((row) => SqliteTable.decode<R>(row));
  }

  count(scope: Scope): number {
    return this.countScope.get(scope.account, scope.catalog)?.n ?? 0;
  }
}

export class SqliteStore extends RecordTables implements EmulatorStore {
  private readonly db: Database.Database;
  protected readonly applications: SqliteTable<ApplicationRecord>;
  protected readonly allocations: SqliteTable<AllocationRecord>;
  private readonly stmts: {
    getToken: Database.Statement<[string], { fingerprint: string; response: string; expires_at: number }>;
    putToken: Database.Statement<[string, string, string, number]>;
    purgeTokens: Database.Statement<[number]>;
    getMeta: Database.Statement<[string], { value: string }>;
    setMeta: Database.Statement<[string, string]>;
    putPendingReview: Database.Statement<[string, string, string, number]>;
    takePendingReview: Database.Statement<[string, string, string]>;
    listPendingReviews: Database.Statement<
      [],
      { catalog: string; id: string; revision: string; submitted_at: number }
    >;
  };
  private depth = 0;

  constructor(options: SqliteStoreOptions) {
    super();
    mkdirSync(options.dataDir, { recursive: true });
    this.db = new Database(join(options.dataDir, "emulator.db"));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma("busy_timeout = 5000");
    // Keep hot pages in memory so a page read costs the same at 1,000 and 100,000 rows.
    this.db.pragma("cache_size = -65536");
    this.db.pragma("mmap_size = 268435456");
    this.db.exec(SCHEMA);
    this.applications = new SqliteTable(this.db, "applications");
    this.allocations = new SqliteTable(this.db, "allocations");
    this.stmts = {
      getToken: this.db.prepare("SELECT fingerprint, response, expires_at FROM tokens WHERE key = ?"),
      putToken: this.db.prepare(
        "INSERT OR REPLACE INTO tokens (key, fingerprint, response, expires_at) VALUES (?, ?, ?, ?)",
      ),
      purgeTokens: this.db.prepare("DELETE FROM tokens WHERE expires_at <= ?"),
      getMeta: this.db.prepare("SELECT value FROM meta WHERE key = ?"),
      setMeta: this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
      putPendingReview: this.db.prepare(
        "INSERT OR REPLACE INTO pending_reviews (catalog, id, revision, submitted_at) VALUES (?, ?, ?, ?)",
      ),
      takePendingReview: this.db.prepare(
        "DELETE FROM pending_reviews WHERE catalog = ? AND id = ? AND revision = ?",
      ),
      listPendingReviews: this.db.prepare(
        "SELECT catalog, id, revision, submitted_at FROM pending_reviews ORDER BY submitted_at, rowid",
      ),
    };
  }

  transaction<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    this.depth++;
    try {
      return this.db.transaction(fn).immediate();
    } finally {
      this.depth--;
    }
  }

  getToken(key: string): TokenRecord | undefined {
    const row = this.stmts.getToken.get(key);
    if (!row) return undefined;
    return {
      key,
      fingerprint: row.fingerprint,
      response: JSON.parse(row.response) as unknown,
      expiresAt: row.expires_at,
    };
  }
  putToken(record: TokenRecord): void {
    this.stmts.putToken.run(
      record.key,
      record.fingerprint,
      JSON.stringify(record.response ?? null),
      record.expiresAt,
    );
  }
  purgeTokens(now: number): void {
    this.stmts.purgeTokens.run(now);
  }

  putPendingReview(record: PendingReviewRecord): void {
    this.stmts.putPendingReview.run(record.catalog, record.id, record.revision, record.submittedAt);
  }
  takePendingReview(catalog: string, id: string, revision: string): boolean {
    return this.stmts.takePendingReview.run(catalog, id, revision).changes === 1;
  }
  listPendingReviews(): PendingReviewRecord[] {
    return this.stmts.listPendingReviews.all().map((row) => ({
      catalog: row.catalog,
      id: row.id,
      revision: row.revision,
      submittedAt: row.submitted_at,
    }));
  }

  getMeta(key: string): string | undefined {
    return this.stmts.getMeta.get(key)?.value;
  }
  setMeta(key: string, value: string): void {
    this.stmts.setMeta.run(key, value);
  }

  clear(): void {
    this.db.exec(
      "DELETE FROM applications; DELETE FROM allocations; DELETE FROM tokens; DELETE FROM pending_reviews;",
    );
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** The durability settings in force (for tests and diagnostics); synchronous 2 = FULL. */
  pragmas(): { journalMode: string; synchronous: number } {
    return {
      journalMode: String(this.db.pragma("journal_mode", { simple: true })),
      synchronous: Number(this.db.pragma("synchronous", { simple: true })),
    };
  }
}

/** Opens (or creates) the SQLite store in `dataDir`. */
export function createSqliteStore(options: SqliteStoreOptions): SqliteStore {
  return new SqliteStore(options);
}
