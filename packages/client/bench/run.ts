/** `pnpm --filter @pc-benefits/client bench`: runs every benchmark and prints Markdown tables. */
import { run as bundleSize } from "./bundle-size.js";
import { run as signedCall } from "./signed-call.js";

for (const bench of [bundleSize, signedCall]) {
  process.stdout.write(`${await bench()}\n\n`);
}
