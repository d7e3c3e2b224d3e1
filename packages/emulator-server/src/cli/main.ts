#!/usr/bin/env node
/** The `pcb-emulator` bin. */
import { runCli } from "./run-cli.js";

// Output piped to a reader that stops reading (`pcb-emulator --help | head -1`): end quietly, as a
// SIGPIPE would, instead of an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`pcb-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
