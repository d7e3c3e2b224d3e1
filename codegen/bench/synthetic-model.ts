/**
 * Generates a large, valid IDL model for the validation benchmark: `count` operations bound to one
 * service, each with its own input/output structures, a list, an enum and constrained strings.
 */
export function syntheticModel(count: number): string {
  const lines = [
    '$version: "2"',
    "namespace perf",
    "",
    'service Svc {\n    version: "1"',
    "    operations: [",
  ];
  for (let i = 0; i < count; i++) lines.push(`        Op${i}`);
  lines.push("    ]", "}");
  for (let i = 0; i < count; i++) {
    lines.push(
      "",
      `/// Operation ${i}.`,
      '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "items", pageSize: "maxResults")',
      "@readonly",
      `operation Op${i} {`,
      "    input := {",
      "        @required",
      "        @length(min: 1, max: 64)",
      `        name: Name${i}`,
      "        nextToken: String",
      "        @range(min: 1, max: 100)",
      "        maxResults: Integer",
      `        color: Color${i} = "red"`,
      "    }",
      "    output := {",
      `        items: Items${i}`,
      "        nextToken: String",
      "    }",
      `    errors: [Oops${i}]`,
      "}",
      "",
      '@pattern("^[a-z]+$")',
      `string Name${i}`,
      "",
      `list Items${i} {`,
      `    member: Item${i}`,
      "}",
      "",
      `structure Item${i} {`,
      "    @required",
      "    id: String",
      '    @timestampFormat("date-time")',
      "    createdAt: Timestamp",
      "    tags: TagMap",
      "}",
      "",
      `enum Color${i} {`,
      '    RED = "red"',
      '    BLUE = "blue"',
      "}",
      "",
      '@error("client")',
      "@httpError(400)",
      `structure Oops${i} {`,
      "    message: String",
      "}",
    );
  }
  lines.push("", "map TagMap {", "    key: String", "    value: String", "}", "");
  return lines.join("\n");
}
