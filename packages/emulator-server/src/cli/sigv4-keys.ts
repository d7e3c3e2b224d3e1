/** Keys for `--sigv4`: a JSON keys file, or demo keys printed at start. */
import { readFileSync } from "node:fs";
import type { SigV4Credential } from "@pc-benefits/server";

/** Two demo keys in two accounts, so cross-account isolation can be tried by hand. */
export const DEMO_KEYS: Readonly<Record<string, SigV4Credential>> = {
  AKIDEMULATORDEMO1: { secretAccessKey: "emulator-demo-secret-1", accountId: "123456789012" },
  AKIDEMULATORDEMO2: { secretAccessKey: "emulator-demo-secret-2", accountId: "210987654321" },
};

const ACCOUNT = /^\d{12}$/;

/**
 * Reads `{ "<accessKeyId>": { "secretAccessKey": "…", "accountId": "123456789012", "sessionToken"?: "…" } }`.
 * Returns the keys or an error message (never throws).
 */
export function readKeysFile(path: string): Record<string, SigV4Credential> | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? "not valid JSON" : "cannot be read";
    return `--keys: ${path} ${reason}`;
  }
  return parseKeys(parsed, path);
}

export function parseKeys(value: unknown, source: string): Record<string, SigV4Credential> | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `--keys: ${source} must be a JSON object keyed by access key ID`;
  }
  const keys: Record<string, SigV4Credential> = {};
  for (const [id, entry] of Object.entries(value)) {
    const e = entry as Partial<Record<keyof SigV4Credential, unknown>> | null;
    if (
      typeof e !== "object" ||
      e === null ||
      typeof e.secretAccessKey !== "string" ||
      e.secretAccessKey === "" ||
      typeof e.accountId !== "string" ||
      !ACCOUNT.test(e.accountId) ||
      (e.sessionToken !== undefined && typeof e.sessionToken !== "string")
    ) {
      return `--keys: ${source}: entry "${id}" needs a non-empty secretAccessKey and a 12-digit accountId`;
    }
    keys[id] = {
      secretAccessKey: e.secretAccessKey,
      accountId: e.accountId,
      ...(typeof e.sessionToken === "string" ? { sessionToken: e.sessionToken } : {}),
    };
  }
  if (Object.keys(keys).length === 0) return `--keys: ${source} lists no keys`;
  return keys;
}
