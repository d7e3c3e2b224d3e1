import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WEATHER_MODEL } from "../test/fixtures/index.js";
import { type GenerateArgs, parseGenerateArgs, runCli } from "./cli-main.js";

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

describe("runCli generate into another folder", () => {
  const run = async (argv: string[]) => {
    let out = "";
    let err = "";
    const code = await runCli(argv, {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        err += s;
      },
      cwd: process.cwd(),
    });
    return { code, out, err };
  };

  it("writes a model's service under --out and checks it there", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "codegen-cli-out-"));
    try {
      const first = await run(["--model", WEATHER_MODEL, "--out", dir]);
      expect(first).toMatchObject({ code: 0, err: "" });
      expect(first.out).toMatch(/^generated \d+ files \(\d+ changed\)\n$/);
      expect(existsSync(join(dir, "packages/client/src/generated/WeatherServiceClient.ts"))).toBe(true);
      const check = await run(["--check", "--model", WEATHER_MODEL, "--out", dir]);
      expect(check.code).toBe(0);
      expect(check.out).toMatch(/^generated code is up to date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("asks for --service when the model holds several", async () => {
    const dir = mkdtempSync(join(tmpdir(), "codegen-cli-services-"));
    try {
      const service = { type: "service", version: "1", traits: { "aws.protocols#awsJson1_0": {} } };
      const shapes = { "a.b#One": service, "a.b#Two": service };
      writeFileSync(join(dir, "two.json"), JSON.stringify({ smithy: "2.0", shapes }));
      const result = await run(["--model", dir, "--out", join(dir, "out")]);
      expect(result.code).toBe(1);
      expect(result.err).toContain(
        "the model defines 2 services (`a.b#One`, `a.b#Two`); name one with `--service <shape-id>`",
      );
      expect(existsSync(join(dir, "out"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
