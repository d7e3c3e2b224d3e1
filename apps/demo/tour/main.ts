/**
 * `pnpm --filter demo start`: the toolkit's tour. Set `PCB_ENDPOINT` (e.g. http://127.0.0.1:4010) to run
 * it against an emulator you started yourself instead of the in-process one.
 */
import { runDemo } from "./run-demo.js";

try {
  await runDemo({ endpoint: process.env.PCB_ENDPOINT || undefined, print: (line) => console.log(line) });
} catch (error) {
  const e = error as Error & { $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : "";
  console.error(`\nThe demo stopped: ${e.name}${status}: ${e.message}`);
  process.exitCode = 1;
}
