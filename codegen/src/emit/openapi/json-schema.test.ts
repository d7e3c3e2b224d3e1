import { describe, expect, it } from "vitest";
import type { MemberIR, ServiceIR, TypeRef } from "../../ir/types.js";
import { memberSchema, type Schema } from "./json-schema.js";

const ir = { shapes: new Map() } as unknown as ServiceIR;

function member(type: TypeRef, extra: Partial<MemberIR> = {}): MemberIR {
  return {
    name: "m",
    type,
    required: false,
    constraints: {},
    idempotencyToken: false,
    sensitive: false,
    ...extra,
  };
}
const scalar = (s: Extract<TypeRef, { kind: "scalar" }>["scalar"]): TypeRef => ({
  kind: "scalar",
  scalar: s,
});

describe("memberSchema", () => {
  it.each<[string, MemberIR, Schema]>([
    ["boolean", member(scalar("boolean")), { type: "boolean" }],
    ["byte keeps its bounds", member(scalar("byte")), { type: "integer", minimum: -128, maximum: 127 }],
    [
      "short with a narrower range",
      member(scalar("short"), { constraints: { range: { min: 0 } } }),
      { type: "integer", minimum: 0, maximum: 32767 },
    ],
    [
      "long",
      member(scalar("long"), { constraints: { range: { max: 9 } } }),
      { type: "integer", format: "int64", maximum: 9 },
    ],
    ["bigDecimal", member(scalar("bigDecimal")), { type: "number" }],
    [
      "ECMAScript pattern as written",
      member(scalar("string"), {
        constraints: { pattern: "^a+$", ecmaPattern: { source: "^a+$", flags: "u" } },
      }),
      { type: "string", pattern: "^a+$" },
    ],
    [
      "Java-only pattern as its translation, the model's text beside it",
      member(scalar("string"), {
        constraints: { pattern: "^a++$", ecmaPattern: { source: "^(?=(a+))\\1$", flags: "u" } },
      }),
      { type: "string", pattern: "^(?=(a+))\\1$", "x-smithy-pattern": "^a++$" },
    ],
    [
      "pattern whose translation needs a flag: no pattern keyword",
      member(scalar("string"), {
        constraints: { pattern: "^(?i)yes$", ecmaPattern: { source: "^yes$", flags: "iu" } },
      }),
      { type: "string", "x-smithy-pattern": "^(?i)yes$" },
    ],
    [
      "pattern without an ECMAScript equivalent: no pattern keyword",
      member(scalar("string"), { constraints: { pattern: "^\\G.$" } }),
      { type: "string", "x-smithy-pattern": "^\\G.$" },
    ],
    [
      "sensitive string with default",
      member(scalar("string"), { sensitive: true, default: "x", constraints: { length: { min: 1 } } }),
      {
        description: "Sensitive: never logged.",
        type: "string",
        minLength: 1,
        default: "x",
        "x-sensitive": true,
      },
    ],
    [
      "blob without bounds",
      member(scalar("blob")),
      { description: "Binary data, base64-encoded.", type: "string", contentEncoding: "base64" },
    ],
    [
      "http-date timestamp",
      member(scalar("timestamp"), { timestampFormat: "http-date" }),
      { description: "Timestamp: an IMF-fixdate (HTTP date) string.", type: "string" },
    ],
    [
      "HTML documentation and deprecation",
      member(scalar("document"), { documentation: "<p>Free <code>JSON</code>.</p>", deprecated: {} }),
      { description: "Free `JSON`.\n\nDeprecated.\n\nDocument: any JSON value.", deprecated: true },
    ],
  ])("%s", (_name, m, expected) => {
    expect(memberSchema(m, ir)).toEqual(expected);
  });
});
