// Copies the prelude and bundled trait definitions (.smithy sources read at run time) next to the built modules.
import { cpSync, readdirSync } from "node:fs";
import { join } from "node:path";

const from = new URL("../src/model/prelude/", import.meta.url).pathname;
const to = new URL("../dist/model/prelude/", import.meta.url).pathname;
for (const file of readdirSync(from).filter((f) => f.endsWith(".smithy"))) {
  cpSync(join(from, file), join(to, file));
}
