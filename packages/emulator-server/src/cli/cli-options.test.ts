import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoFixtures } from "@pc-benefits/emulator";
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-options.js";
import { DEMO_KEYS } from "./sigv4-keys.js";

const dir = mkdtempSync(join(tmpdir(), "pcb-cli-"));
const keysFile = join(dir, "keys.json");
writeFileSync(keysFile, JSON.stringify({ AKIDONE: { secretAccessKey: "s1", accountId: "111111111111" } }));
const badKeysFile = join(dir, "bad-keys.json");
writeFileSync(badKeysFile, JSON.stringify({ AKIDONE: { secretAccessKey: "s1", accountId: "12" } }));
const brokenKeysFile = join(dir, "broken.json");
writeFileSync(brokenKeysFile, "{");
const fixturesFile = join(dir, "fixtures.json");
const fixtures = { applications: [{ catalog: "AWS", benefitId: "ben-0ip2ozgzhogtwz", status: "IN_REVIEW" }] };
writeFileSync(fixturesFile, JSON.stringify(fixtures));
const badFixturesFile = join(dir, "bad-fixtures.json");
writeFileSync(
  badFixturesFile,
  JSON.stringify({
    applications: [fixtures.applications[0], { ...fixtures.applications[0], status: "DONE" }],
  }),
);
const siteDir = join(dir, "site");
mkdirSync(siteDir);
writeFileSync(join(siteDir, "index.html"), "<!doctype html>");

describe("parseCliArgs", () => {
  it("defaults to 127.0.0.1:4010, seed 1, in memory, no SigV4, faults, auto-review or control", () => {
    expect(parseCliArgs([], {})).toEqual({
      kind: "run",
      config: {
        host: "127.0.0.1",
        port: 4010,
        seed: "1",
        dataDir: undefined,
        sigv4: undefined,
        faults: undefined,
        autoReviewMs: undefined,
        control: false,
        quiet: false,
        staticDir: undefined,
        fixtures: undefined,
      },
    });
  });

  it.each([
    [
      "PORT and HOST from the environment",
      [],
      { PORT: "5000", HOST: "0.0.0.0" },
      { port: 5000, host: "0.0.0.0" },
    ],
    [
      "flags over the environment",
      ["--port", "6000", "--host", "::1"],
      { PORT: "5000" },
      { port: 6000, host: "::1" },
    ],
    ["port 0 for a free port", ["--port", "0"], {}, { port: 0 }],
    ["seed and data dir", ["--seed", "42", "--data-dir", "/tmp/x"], {}, { seed: "42", dataDir: "/tmp/x" }],
    ["auto-review", ["--auto-review", "1500"], {}, { autoReviewMs: 1500 }],
    ["control and quiet", ["--control", "--quiet"], {}, { control: true, quiet: true }],
    ["a static web app", ["--static", siteDir], {}, { staticDir: siteDir }],
    ["the demo fixtures", ["--fixtures", "demo"], {}, { fixtures: { source: "demo", value: demoFixtures } }],
    [
      "a fixtures file",
      ["--fixtures", fixturesFile],
      {},
      { fixtures: { source: fixturesFile, value: fixtures } },
    ],
    ["--sigv4 with the demo keys", ["--sigv4"], {}, { sigv4: { keys: DEMO_KEYS, demo: true } }],
    [
      "--keys (implies --sigv4)",
      ["--keys", keysFile],
      {},
      { sigv4: { keys: { AKIDONE: { secretAccessKey: "s1", accountId: "111111111111" } }, demo: false } },
    ],
    [
      "--faults seeded from --seed",
      ["--seed", "7", "--faults", "ThrottlingException=0.1,latency=50"],
      {},
      { faults: { seed: "7", all: { throttleRate: 0.1, latencyMs: 50 } } },
    ],
  ])("reads %s", (_name, argv, env, expected) => {
    const command = parseCliArgs(argv, env);
    expect(command.kind).toBe("run");
    expect(command.kind === "run" ? command.config : undefined).toMatchObject(expected);
  });

  it.each<[string[], unknown, Record<string, string>?]>([
    [["--help"], { kind: "help" }],
    [["-h"], { kind: "help" }],
    [["--port", "nope"], { kind: "error", message: 'invalid port "nope"' }],
    [["--port", "70000"], { kind: "error", message: 'invalid port "70000"' }],
    [[], { kind: "error", message: 'invalid port "-1"' }, { PORT: "-1" }],
    [["--bogus"], { kind: "error", message: expect.stringContaining("Unknown option '--bogus'") }],
    [["stray"], { kind: "error", message: expect.stringContaining("Unexpected argument 'stray'") }],
    [["--auto-review", "soon"], { kind: "error", message: '--auto-review needs milliseconds, got "soon"' }],
    [
      ["--faults", "latency=fast"],
      { kind: "error", message: '--faults: latency must be ms or min-max, got "fast"' },
    ],
    [
      ["--keys", join(dir, "missing.json")],
      { kind: "error", message: `--keys: ${join(dir, "missing.json")} cannot be read` },
    ],
    [["--static", ""], { kind: "error", message: "--static: needs a folder" }],
    [["--fixtures", ""], { kind: "error", message: '--fixtures needs a file or "demo"' }],
    [
      ["--fixtures", join(dir, "none.json")],
      { kind: "error", message: `--fixtures ${join(dir, "none.json")}: cannot be read` },
    ],
    [
      ["--fixtures", brokenKeysFile],
      { kind: "error", message: expect.stringMatching(/^--fixtures .*broken\.json: not valid JSON \(/) },
    ],
    [
      ["--fixtures", badFixturesFile],
      {
        kind: "error",
        message: `--fixtures ${badFixturesFile}: fixtures.applications[1].status: must be one of PENDING_SUBMISSION, IN_REVIEW, ACTION_REQUIRED, APPROVED, REJECTED, CANCELED`,
      },
    ],
    [
      ["--seed", "2", "--fixtures", fixturesFile],
      {
        kind: "error",
        message: `--fixtures ${fixturesFile}: fixtures.applications[0].benefitId: is not a benefit of catalog AWS`,
      },
    ],
    [
      ["--static", join(dir, "nowhere")],
      { kind: "error", message: `--static: static folder ${join(dir, "nowhere")} does not exist` },
    ],
    [["--static", dir], { kind: "error", message: `--static: static folder ${dir} has no index.html` }],
    [["--keys", brokenKeysFile], { kind: "error", message: `--keys: ${brokenKeysFile} not valid JSON` }],
    [
      ["--keys", badKeysFile],
      {
        kind: "error",
        message: `--keys: ${badKeysFile}: entry "AKIDONE" needs a non-empty secretAccessKey and a 12-digit accountId`,
      },
    ],
  ])("parses %j to %j", (argv, expected, env = {}) => {
    expect(parseCliArgs(argv, env)).toEqual(expected);
  });
});
