/**
 * `pnpm --filter demo bench` (after `pnpm build`): the gzip size of the JavaScript each build ships,
 * measured from dist/. The portal must stay within BUDGET_KB; the playground's extra code (the MSW
 * mock and the emulator engine it runs in the page) is reported apart and has no budget.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = 250;
const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function chunks(build: "portal" | "playground"): Chunk[] {
  const dir = join(DIST, build, "assets");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((file) => {
      const body = readFileSync(join(dir, file));
      return { file, bytes: body.byteLength, gzipBytes: gzipSync(body, { level: 9 }).byteLength };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (list: Chunk[]) => list.reduce((sum, c) => sum + c.gzipBytes, 0);

function report(title: string, list: Chunk[]): void {
  console.log(`\n${title}`);
  for (const c of list)
    console.log(`  ${c.file.padEnd(44)} ${kb(c.bytes).padStart(10)}  gzip ${kb(c.gzipBytes).padStart(9)}`);
  console.log(`  ${"total".padEnd(44)} ${"".padStart(10)}  gzip ${kb(total(list)).padStart(9)}`);
}

const portal = chunks("portal");
const playground = chunks("playground");
// The playground's chunks that the portal does not have (by name, without the content hash).
const stem = (file: string) => file.replace(/-[\w-]{8}\.js$/, "");
const portalStems = new Set(portal.map((c) => stem(c.file)));
const extra = playground.filter((c) => !portalStems.has(stem(c.file)));

report("portal (dist/portal: what `pnpm start` serves)", portal);
report("playground extra (dist/playground: the in-browser mock, loaded only there)", extra);
const portalKb = total(portal) / 1024;
console.log(
  `\nportal JavaScript: ${portalKb.toFixed(1)} KB gzip of a ${BUDGET_KB} KB budget; ` +
    `playground adds ${kb(total(extra))} gzip`,
);
if (portalKb > BUDGET_KB) {
  console.error(`over budget by ${(portalKb - BUDGET_KB).toFixed(1)} KB`);
  process.exitCode = 1;
}
