// `pnpm codegen` / `pnpm codegen:check`: the Smithy codegen (codegen/src/cli.ts) with the arguments given, then,
// for the whole-regeneration forms only (no arguments, or `--check` alone), the emulator's seeded catalogs
// (packages/emulator/scripts/generate-catalogs.ts), so one command rewrites or checks every generated file.
// Every other form (`diff ...`, `--model ... --out ...`, `ast`, `validate`) goes to the codegen CLI unchanged.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const file = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

function run(script, scriptArgs) {
  const result = spawnSync(process.execPath, ["--import", "tsx", file(script), ...scriptArgs], {
    stdio: "inherit",
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const whole = args.length === 0 || (args.length === 1 && args[0] === "--check");
let status = run("codegen/src/cli.ts", args);
if (whole) {
  const catalogs = run("packages/emulator/scripts/generate-catalogs.ts", args);
  if (status === 0) status = catalogs;
}
process.exitCode = status;
