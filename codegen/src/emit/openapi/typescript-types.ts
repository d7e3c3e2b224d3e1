/**
 * TypeScript types of the document, produced by openapi-typescript's Node API.
 *
 * openapi-typescript pulls in the TypeScript compiler and Redocly, which take seconds to load, so
 * the result is cached in the output itself: its last line records the openapi-typescript version,
 * a hash of the input document and a hash of the emitted types. When the previous file's stamp
 * matches the new document and its body is intact, it is reused and openapi-typescript is never
 * imported; any other case (new document, new version, hand-edited output) regenerates.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { OpenAPI3 } from "openapi-typescript";
import { LINE_WIDTH, wrapDocLines } from "../code-writer.js";
import { GENERATED_HEADER } from "../emitter.js";
import type { Schema } from "./json-schema.js";

const STAMP = /^\/\/ openapi-typescript (\S+); input sha256:([0-9a-f]{64}); output sha256:([0-9a-f]{64})\n$/;

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function openapiTypescriptVersion(): string {
  const pkg = createRequire(import.meta.url)("openapi-typescript/package.json") as { version: string };
  return pkg.version;
}

/**
 * The types file for `document` (serialized as `json`). `previous` is the current contents of the
 * file on disk, if any, used as the cache described above.
 */
export async function openapiTypes(document: Schema, json: string, previous?: string): Promise<string> {
  const version = openapiTypescriptVersion();
  const input = sha256(json);
  const cached = previous !== undefined ? reuse(previous, version, input) : undefined;
  if (cached !== undefined) return cached;
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  // The document is built in memory and valid by construction (and validated by the tests).
  const printed = astToString(await openapiTS(document as unknown as OpenAPI3, { silent: true }));
  const body = wrapLongDocComments(printed.endsWith("\n") ? printed : `${printed}\n`);
  return `${GENERATED_HEADER}\n${body}// openapi-typescript ${version}; input sha256:${input}; output sha256:${sha256(body)}\n`;
}

/**
 * openapi-typescript writes each description as a one-line doc comment, however long; one longer than the
 * line width becomes a block comment with its text wrapped (the formatter leaves comments as they are).
 */
export function wrapLongDocComments(text: string): string {
  return text.replace(/^( *)\/\*\* (.*) \*\/$/gm, (line, indent: string, comment: string) => {
    if (line.length <= LINE_WIDTH) return line;
    const wrapped = wrapDocLines(comment.split("\n"), LINE_WIDTH - indent.length - 3);
    return [`${indent}/**`, ...wrapped.map((l) => `${indent} * ${l}`), `${indent} */`].join("\n");
  });
}

function reuse(previous: string, version: string, input: string): string | undefined {
  if (!previous.startsWith(`${GENERATED_HEADER}\n`)) return undefined;
  const lastLine = previous.lastIndexOf("\n", previous.length - 2) + 1;
  const stamp = STAMP.exec(previous.slice(lastLine));
  if (!stamp || stamp[1] !== version || stamp[2] !== input) return undefined;
  const body = previous.slice(GENERATED_HEADER.length + 1, lastLine);
  return sha256(body) === stamp[3] ? previous : undefined;
}
