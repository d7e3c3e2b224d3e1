import { describe, expect, it } from "vitest";
import { validateFiles } from "./test-model.js";

describe("PrivateAccess", () => {
  const owner = '$version: "2"\nnamespace ex\n@private\nstring Secret\nstructure Own {\n    s: Secret\n}\n';
  it.each<[string, string, string[]]>([
    [
      "member in another namespace",
      "structure X {\n    a: ex#Secret\n}",
      [
        "[ERROR] other#X$a: This shape has an invalid member_target relationship that targets a private shape, `ex#Secret`, in another namespace. | PrivateAccess",
      ],
    ],
    ["same namespace is fine", "structure X {\n    a: String\n}", []],
  ])("%s", (_name, other, expected) => {
    const files = { "ex.smithy": owner, "other.smithy": `$version: "2"\nnamespace other\n${other}` };
    expect(validateFiles(files).filter((l) => l.endsWith("PrivateAccess"))).toEqual(expected);
  });
});
