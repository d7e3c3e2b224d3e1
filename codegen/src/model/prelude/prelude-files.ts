/**
 * The prelude (`smithy.api`) and the bundled AWS/Smithy trait definitions, written as IDL
 * files beside this module and parsed once per process with our own parser.
 */
import { readFileSync } from "node:fs";
import { parseIdl } from "../../idl/parser.js";
import type { ParsedFile } from "../definitions.js";
import { PRELUDE_NAMESPACE } from "../shape-id.js";
import { BUNDLED_FILE_PREFIX } from "./bundled.js";

/** The bundled files, prelude first. */
export const BUNDLED_FILES = [
  "prelude.smithy",
  "aws.api.smithy",
  "aws.auth.smithy",
  "aws.protocols.smithy",
  "aws.iam.smithy",
  "aws.endpoints.smithy",
  "smithy.rules.smithy",
  "smithy.test.smithy",
  "smithy.waiters.smithy",
] as const;

let cached: ParsedFile[] | undefined;

export function preludeFiles(): ParsedFile[] {
  if (cached) return cached;
  cached = BUNDLED_FILES.map((name) => {
    const text = readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
    return parseIdl(text, `${BUNDLED_FILE_PREFIX}${name}`);
  });
  return cached;
}

let names: ReadonlySet<string> | undefined;

/** The names of the prelude's shapes (`String`, `required`, ...). */
export function preludeShapeNames(): ReadonlySet<string> {
  if (!names) {
    const prefix = `${PRELUDE_NAMESPACE}#`;
    const found = new Set<string>();
    for (const file of preludeFiles()) {
      for (const def of file.shapes) if (def.id.startsWith(prefix)) found.add(def.id.slice(prefix.length));
    }
    names = found;
  }
  return names;
}
