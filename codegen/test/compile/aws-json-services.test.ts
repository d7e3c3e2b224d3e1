/**
 * Every AWS JSON 1.0 and 1.1 service AWS publishes, through every emitter, compiled with `tsc`.
 *
 * The published models live outside the repository, in `<repo>/../shared/aws-models/` (or
 * `$PCB_SHARED_DIR/aws-models/`); without them the suite is skipped, loudly. Each service is
 * generated into its own folder of one temporary project (see `generated-project.ts`) and the
 * project is type-checked in a few large `tsc` programs, so the runtimes and TypeScript's own
 * libraries are checked once per batch instead of once per service.
 *
 * The OpenAPI emitter's document is built for every service (`buildOpenApiDocument` must not throw
 * and must survive JSON), but its TypeScript outputs are not compiled here: `openapi.ts` is the
 * document as one `as const` literal and `openapi-types.ts` is openapi-typescript's output, together
 * about 1.3 MB per large service; openapi-typescript alone takes about 0.5 s per service and the
 * literal types would multiply the compile several times. Neither file's identifiers come from model
 * names (every key is a quoted string), so names cannot break them; `odd-names.test.ts` compiles
 * both for the tricky-names fixture.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emitter } from "../../src/emit/emitter.js";
import { buildOpenApiDocument } from "../../src/emit/openapi/document.js";
import { generate } from "../../src/generate.js";
import { formatDiagnostic } from "../../src/model/diagnostic.js";
import {
  compile,
  generatedFiles,
  initProject,
  linkRuntimes,
  projectEmitters,
  REPO_ROOT,
} from "./generated-project.js";

const MODELS_DIR = join(process.env.PCB_SHARED_DIR ?? join(REPO_ROOT, "..", "shared"), "aws-models");
const PROTOCOLS = ["aws.protocols#awsJson1_0", "aws.protocols#awsJson1_1"];
/** Services per `tsc` program: about 1 GB of compiler memory each. */
const BATCH = 40;

/**
 * Published models our loader still rejects (model/ and validate/ work, not the generators'): the
 * test of each is expected to fail, and fails loudly once the model loads, so the entry is removed.
 */
const KNOWN_LOAD_FAILURES: ReadonlyMap<string, string> = new Map([]);

interface Service {
  file: string;
  id: string;
  protocol: string;
}

/** The AWS JSON services among the published models, one per file, by file name. */
function awsJsonServices(): Service[] {
  const out: Service[] = [];
  for (const file of readdirSync(MODELS_DIR).sort()) {
    if (!file.endsWith(".json")) continue;
    const text = readFileSync(join(MODELS_DIR, file), "utf8");
    if (!PROTOCOLS.some((p) => text.includes(`"${p}"`))) continue;
    const ast = JSON.parse(text) as { shapes?: Record<string, { type: string; traits?: object }> };
    for (const [id, shape] of Object.entries(ast.shapes ?? {})) {
      const protocol = PROTOCOLS.find((p) => shape.type === "service" && p in (shape.traits ?? {}));
      if (protocol) {
        out.push({ file, id, protocol: protocol.slice(protocol.indexOf("#") + 1) });
        break;
      }
    }
  }
  return out;
}

const available = existsSync(MODELS_DIR);
if (!available) {
  console.warn(
    `aws-json-services: SKIPPING the generation and compilation of every AWS JSON service: ${MODELS_DIR} not found ` +
      "(set PCB_SHARED_DIR to the folder holding aws-models/).",
  );
}
const services = available ? awsJsonServices() : [];

/** Per model file: what went wrong (empty when the service generated and compiled). */
const problems = new Map<string, string[]>();
let project = "";

beforeAll(async () => {
  if (!available) return;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  project = mkdtempSync(join(tmpdir(), "pcb-aws-json-services-"));
  initProject(project);
  const emitters = [openApiDocument, ...projectEmitters({ openapi: false })];
  const generated: string[] = [];
  for (const service of services) {
    const folder = service.file.replace(/\.json$/, "");
    const modelPaths = [join(MODELS_DIR, service.file)];
    const list: string[] = [];
    problems.set(service.file, list);
    const result = await generate({
      root: REPO_ROOT,
      modelPaths,
      serviceId: service.id,
      outRoot: join(project, folder),
      emitters,
      // Formatting changes no type, and one Biome run per service would add about a second each.
      format: false,
    });
    if (result.failed) {
      const errors = result.diagnostics.filter((d) => d.severity === "ERROR");
      const stage = errors.some((d) => d.id === "Codegen") ? "generate" : "load";
      list.push(...errors.slice(0, 5).map((d) => `${stage}: ${formatDiagnostic(d)}`));
      if (errors.length > 5) list.push(`${stage}: ... and ${errors.length - 5} more`);
      continue;
    }
    linkRuntimes(join(project, folder));
    generated.push(folder);
  }
  const generatedAt = performance.now();
  const cpuGenerated = process.cpuUsage(cpuStarted);
  for (let i = 0; i < generated.length; i += BATCH) {
    const batch = generated.slice(i, i + BATCH);
    const files = batch.flatMap((folder) => generatedFiles(join(project, folder), { openapi: false }));
    for (const [folder, messages] of compile(project, files)) {
      const target = folder === "" ? undefined : problems.get(`${folder}.json`);
      if (target) target.push(...messages.slice(0, 10).map((m) => `compile: ${m}`));
      else throw new Error(`tsc reports problems outside the generated code:\n${messages.join("\n")}`);
    }
  }
  const done = performance.now();
  const cpuDone = process.cpuUsage(cpuStarted);
  const cpu = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;
  const failing = [...problems].filter(([, list]) => list.length > 0);
  const count = (protocol: string) => services.filter((s) => s.protocol === protocol).length;
  console.log(
    `aws-json-services: ${services.length - failing.length} of ${services.length} AWS JSON services ` +
      `(${count("awsJson1_0")} awsJson1_0, ${count("awsJson1_1")} awsJson1_1) generate and compile; ` +
      `${failing.length} fail${failing.length > 0 ? `: ${failing.map(([file, list]) => `${file} (${list[0]?.split(":")[0]})`).join(", ")}` : ""}; ` +
      `generate ${seconds(generatedAt - started)} (CPU ${seconds(cpu(cpuGenerated))}), ` +
      `tsc ${seconds(done - generatedAt)} (CPU ${seconds(cpu(cpuDone) - cpu(cpuGenerated))}) in ${Math.ceil(generated.length / BATCH)} programs, ` +
      `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
}, 900_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The OpenAPI emitter's document, built and serialized but not written (its TypeScript is not compiled here). */
const openApiDocument: Emitter = {
  name: "openapi-document",
  emit: (ir) => {
    JSON.stringify(buildOpenApiDocument(ir));
    return [];
  },
};

describe.skipIf(!available)("every AWS JSON service generates and compiles", () => {
  it("finds the AWS JSON services", () => {
    expect(services.length).toBeGreaterThan(100);
  });

  for (const service of services) {
    const reason = KNOWN_LOAD_FAILURES.get(service.file);
    const test = reason === undefined ? it : it.fails;
    test(`${service.file} (${service.protocol})${reason ? ` [known load failure: ${reason}]` : ""}`, () => {
      expect(problems.get(service.file)).toEqual([]);
    });
  }
});
