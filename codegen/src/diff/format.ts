/** The two output forms of `pnpm codegen diff`: a text table and JSON. */
import { type Change, SEVERITIES } from "./change.js";
import type { Base } from "./git.js";

/** `{ "base": ..., "changes": [{ "severity", "rule", "shapeId", "message" }] }`, pretty-printed. */
export function formatJson(base: Base, changes: readonly Change[]): string {
  const body = {
    base: base.ref,
    changes: changes.map((c) => ({
      severity: c.severity,
      rule: c.rule,
      shapeId: c.shapeId,
      message: c.message,
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** A summary line, then one row per change: severity, rule, shape, message. */
export function formatTable(base: Base, changes: readonly Change[]): string {
  const against = `${base.ref} (${base.commit.slice(0, 12)})`;
  if (changes.length === 0) return `No API changes against ${against}.\n`;
  const counts = SEVERITIES.map((s) => `${changes.filter((c) => c.severity === s).length} ${s}`).join(", ");
  const header = ["SEVERITY", "RULE", "SHAPE", "MESSAGE"];
  const rows = changes.map((c) => [c.severity, c.rule, c.shapeId, c.message.replace(/\s+/g, " ")]);
  const widths = header
    .slice(0, 3)
    .map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i < widths.length ? cell.padEnd(widths[i] as number) : cell)).join("  ");
  return `API changes against ${against}: ${counts}\n\n${[header, ...rows].map(line).join("\n")}\n`;
}
