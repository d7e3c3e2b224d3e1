import { describe, expect, it } from "vitest";
import { emptyParsedFile, type FileScope, type ShapeDef } from "../definitions.js";
import { Assembler } from "./assemble.js";

/** An assembler whose defined shapes are `ids` (definitions only: resolution reads nothing else). */
function assemblerWith(ids: readonly string[]): Assembler {
  const file = emptyParsedFile("defined.smithy", true);
  for (const id of ids) {
    const def: ShapeDef = {
      id,
      type: "string",
      scope: file.scope,
      location: { file: "defined.smithy", line: 1, column: 1 },
      traits: [],
      mixins: [],
      members: [],
    };
    file.shapes.push(def);
  }
  const assembler = new Assembler([file], {});
  assembler.run();
  return assembler;
}

function scope(namespace: string | undefined, uses: Record<string, string> = {}): FileScope {
  const scope = emptyParsedFile("m.smithy", false).scope;
  scope.namespace = namespace;
  for (const [name, id] of Object.entries(uses)) {
    scope.uses.set(name, { id, location: { file: "m.smithy", line: 1, column: 1 } });
  }
  return scope;
}

describe("shape ID resolution", () => {
  it.each<[string, string, FileScope, string[], string]>([
    ["an absolute ID stays as written", "other#Thing", scope("ex"), [], "other#Thing"],
    ["a relative name is the namespace's shape", "Thing", scope("ex"), [], "ex#Thing"],
    ["a member of a relative name", "Thing$member", scope("ex"), [], "ex#Thing$member"],
    ["a use statement comes first", "Thing", scope("ex", { Thing: "lib#Thing" }), [], "lib#Thing"],
    ["a use statement, with a member", "Thing$m", scope("ex", { Thing: "lib#Thing" }), [], "lib#Thing$m"],
    [
      "a prelude name not defined locally is the prelude's",
      "String",
      scope("ex"),
      ["smithy.api#String"],
      "smithy.api#String",
    ],
    [
      "a prelude name the namespace defines is the local shape",
      "String",
      scope("ex"),
      ["smithy.api#String", "ex#String"],
      "ex#String",
    ],
    ["no namespace: the prelude's namespace", "Thing", scope(undefined), [], "smithy.api#Thing"],
  ])("%s", (_name, text, fileScope, defined, expected) => {
    expect(assemblerWith(defined).resolve(text, fileScope)).toBe(expected);
  });

  it("gives the same answer from its cache, namespace after namespace", () => {
    const assembler = assemblerWith(["smithy.api#String", "b#String"]);
    const a = scope("a");
    const b = scope("b");
    expect(assembler.resolve("String", a)).toBe("smithy.api#String");
    expect(assembler.resolve("String", b)).toBe("b#String");
    expect(assembler.resolve("String", a)).toBe("smithy.api#String");
  });
});
