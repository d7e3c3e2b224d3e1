import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-options.js";
import { banner } from "./run-cli.js";

function configOf(argv: string[]) {
  const command = parseCliArgs(argv, {});
  if (command.kind !== "run") throw new Error(`expected a run command, got ${command.kind}`);
  return command.config;
}

describe("banner", () => {
  it("prints the seed in force, naming a --seed that a data directory did not apply", () => {
    const config = configOf(["--seed", "9", "--data-dir", ".emulator"]);
    const text = banner("http://127.0.0.1:4010", config, "5");
    expect(text).toContain("seed 5 (kept by the data directory; --seed 9 not applied), data in .emulator");
  });

  it("prints --seed alone when it is the seed in force", () => {
    const text = banner("http://127.0.0.1:4010", configOf(["--seed", "9"]), "9");
    expect(text).toContain("catalogs AWS and Sandbox, seed 9, in memory");
    expect(text).not.toContain("kept by the data directory");
  });
});
