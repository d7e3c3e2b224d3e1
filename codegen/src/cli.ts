#!/usr/bin/env node
/**
 * The codegen CLI. From the repository root:
 *   pnpm codegen                  regenerate every generated folder from model/
 *   pnpm codegen --check          exit 1 and list stale files when generated output is out of date
 *   pnpm codegen --model <path>... [--service <shape-id>] [--out <dir>]
 *                                 generate another model's service, optionally into another folder
 *   pnpm --silent codegen ast <file-or-dir>...   print the assembled JSON AST
 *   pnpm --silent codegen validate <file-or-dir>...  print diagnostics only
 */
import { runCli } from "./cli-main.js";

// A closed pipe (`pnpm --silent codegen ast model/ | head`) ends the output quietly, never with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});
