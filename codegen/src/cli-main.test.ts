import { describe, expect, it } from "vitest";
import { type GenerateArgs, parseGenerateArgs } from "./cli-main.js";

describe("parseGenerateArgs", () => {
  it.each<[string, string[], GenerateArgs]>([
    ["nothing", [], { check: false, models: [] }],
    ["--check", ["--check"], { check: true, models: [] }],
    ["one model", ["--model", "a.json"], { check: false, models: ["a.json"] }],
    [
      "several models up to the next flag",
      ["--model", "a.json", "dir/", "--check"],
      { check: true, models: ["a.json", "dir/"] },
    ],
    [
      "--model twice",
      ["--model", "a.json", "--model", "b.smithy"],
      { check: false, models: ["a.json", "b.smithy"] },
    ],
    [
      "service and out",
      ["--service", "a.b#Svc", "--model", "m", "--out", "/tmp/x"],
      { check: false, models: ["m"], service: "a.b#Svc", out: "/tmp/x" },
    ],
  ])("%s", (_name, argv, expected) => {
    expect(parseGenerateArgs(argv)).toEqual(expected);
  });

  it.each<[string[], string]>([
    [["--model"], "--model needs at least one .smithy/.json file or directory"],
    [["--model", "--check"], "--model needs at least one .smithy/.json file or directory"],
    [["--service"], "--service needs a value"],
    [["--out", "--check"], "--out needs a value"],
    [["--service", "a#A", "--service", "b#B"], "--service given twice"],
    [["--force"], "unknown argument --force"],
    [["stray"], "unknown argument stray"],
  ])("rejects %j", (argv, message) => {
    expect(parseGenerateArgs(argv)).toBe(message);
  });
});
