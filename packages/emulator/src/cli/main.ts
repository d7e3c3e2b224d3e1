#!/usr/bin/env node
/** The `pcb-emulator` bin. */
import { runCli } from "./run-cli.js";

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`pcb-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
