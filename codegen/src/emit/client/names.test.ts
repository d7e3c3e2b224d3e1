import { describe, expect, it } from "vitest";
import { relativeImport } from "./names.js";

describe("relativeImport", () => {
  it.each([
    ["same folder", "models/errors.ts", "models/enums.ts", "./enums.js"],
    ["child", "index.ts", "commands/GetCommand.ts", "./commands/GetCommand.js"],
    ["sibling folder", "commands/GetCommand.ts", "models/models_0.ts", "../models/models_0.js"],
    ["runtime from root", "Client.ts", "../runtime/client.ts", "../runtime/client.js"],
    ["runtime from folder", "protocols/Aws_json1_0.ts", "../runtime/serde.ts", "../../runtime/serde.js"],
  ])("%s", (_name, from, to, expected) => {
    expect(relativeImport(from, to)).toBe(expected);
  });
});
