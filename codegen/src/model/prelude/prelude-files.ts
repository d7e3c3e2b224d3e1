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
  "aws.apigateway.smithy",
  "aws.auth.smithy",
  "aws.cloudformation.smithy",
  "aws.customizations.smithy",
  "aws.endpoints.smithy",
  "aws.iam.smithy",
  "aws.protocols.smithy",
  "aws.test.smithy",
  "smithy.contracts.smithy",
  "smithy.mqtt.smithy",
  "smithy.openapi.smithy",
  "smithy.protocols.smithy",
  "smithy.rules.smithy",
  "smithy.test.protocol.smithy",
  "smithy.test.smoke.smithy",
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

/**
 * The names of the prelude's public shapes (`String`, `required`, ...): the only ones a relative
 * name in another namespace can resolve to. Private helpers (`NonEmptyStringList`) are left out, so
 * a namespace that defines a shape of the same name further on still gets its own.
 */
export function preludeShapeNames(): ReadonlySet<string> {
  if (!names) {
    const prefix = `${PRELUDE_NAMESPACE}#`;
    const found = new Set<string>();
    for (const file of preludeFiles()) {
      for (const def of file.shapes) {
        if (
          !def.id.startsWith(prefix) ||
          def.traits.some((t) => t.name === "private" || t.name === "smithy.api#private")
        )
          continue;
        found.add(def.id.slice(prefix.length));
      }
    }
    names = found;
  }
  return names;
}
