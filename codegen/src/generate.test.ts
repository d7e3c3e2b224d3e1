import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEATHER_MODEL } from "../test/fixtures/index.js";
import type { Emitter, GeneratedFile } from "./emit/emitter.js";
import { generate } from "./generate.js";
import { formatDiagnostic } from "./model/diagnostic.js";

/** An emitter whose output the test controls. */
function fakeEmitter(files: () => GeneratedFile[]): Emitter {
  return { name: "fake", emit: () => files() };
}

const REPO = resolve(fileURLToPath(import.meta.url), "../../..");

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "codegen-generate-"));
  cpSync(WEATHER_MODEL, join(root, "model"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Gives `dir` the repository's Biome configuration and installed binary, as a checkout has them. */
function useRepositoryFormatter(dir: string): void {
  cpSync(join(REPO, "biome.json"), join(dir, "biome.json"));
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"), "dir");
}

const read = (path: string) => readFileSync(join(root, path), "utf8");
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe("generate", () => {
  it("writes files, reports them as changed, and is idempotent", async () => {
    const emitter = fakeEmitter(() => [
      { path: "pkg/a/src/generated/one.ts", contents: "1\n" },
      { path: "pkg/a/src/generated/deep/two.ts", contents: "2\n" },
    ]);
    const first = await generate({ format: false, root, check: false, emitters: [emitter] });
    expect(first).toMatchObject({ failed: false, files: 2 });
    expect(first.stale).toEqual(["pkg/a/src/generated/deep/two.ts", "pkg/a/src/generated/one.ts"]);
    expect([read("pkg/a/src/generated/one.ts"), read("pkg/a/src/generated/deep/two.ts")]).toEqual([
      "1\n",
      "2\n",
    ]);

    const second = await generate({ format: false, root, check: false, emitters: [emitter] });
    expect(second.stale).toEqual([]);
    expect(await generate({ format: false, root, check: true, emitters: [emitter] })).toMatchObject({
      failed: false,
      stale: [],
    });
  });

  it("rewrites a generated folder whole but never touches anything outside it", async () => {
    write("pkg/a/src/generated/old/gone.ts", "old\n");
    write("pkg/a/src/generated/changed.ts", "before\n");
    write("pkg/a/src/index.ts", "hand-written\n");
    write("pkg/b/src/generated/untouched.ts", "other package\n");
    const emitter = fakeEmitter(() => [{ path: "pkg/a/src/generated/changed.ts", contents: "after\n" }]);

    const check = await generate({ format: false, root, check: true, emitters: [emitter] });
    expect(check.stale).toEqual(["pkg/a/src/generated/changed.ts", "pkg/a/src/generated/old/gone.ts"]);
    expect(read("pkg/a/src/generated/changed.ts")).toBe("before\n");

    await generate({ format: false, root, check: false, emitters: [emitter] });
    expect(read("pkg/a/src/generated/changed.ts")).toBe("after\n");
    expect(existsSync(join(root, "pkg/a/src/generated/old"))).toBe(false);
    expect(read("pkg/a/src/index.ts")).toBe("hand-written\n");
    expect(read("pkg/b/src/generated/untouched.ts")).toBe("other package\n");
  });

  it("reports missing files in check mode", async () => {
    const emitter = fakeEmitter(() => [{ path: "pkg/a/src/generated/new.ts", contents: "x\n" }]);
    const result = await generate({ format: false, root, check: true, emitters: [emitter] });
    expect(result.stale).toEqual(["pkg/a/src/generated/new.ts"]);
    expect(existsSync(join(root, "pkg/a/src/generated/new.ts"))).toBe(false);
  });

  it("passes the IR of the model under <root>/model to emitters", async () => {
    let seen = "";
    const emitter: Emitter = {
      name: "spy",
      emit: (ir) => {
        seen = `${ir.shapeName}:${ir.operations.length}`;
        return [];
      },
    };
    await generate({ format: false, root, check: true, emitters: [emitter] });
    expect(seen).toBe("Weather:4");
  });

  it.each<[string, Emitter[], string]>([
    [
      "a path outside src/generated",
      [fakeEmitter(() => [{ path: "pkg/a/src/index.ts", contents: "" }])],
      "codegen: emitter `fake` wrote `pkg/a/src/index.ts`, outside any src/generated/ folder",
    ],
    [
      "a path escaping the folder",
      [fakeEmitter(() => [{ path: "pkg/a/src/generated/../x.ts", contents: "" }])],
      "codegen: emitter `fake` wrote `pkg/a/src/generated/../x.ts`, outside any src/generated/ folder",
    ],
    [
      "the same file twice",
      [
        fakeEmitter(() => [{ path: "p/src/generated/x.ts", contents: "" }]),
        fakeEmitter(() => [{ path: "p/src/generated/x.ts", contents: "" }]),
      ],
      "codegen: `p/src/generated/x.ts` is generated twice",
    ],
    [
      "an emitter that throws",
      [
        {
          name: "broken",
          emit: () => {
            throw new Error("boom");
          },
        },
      ],
      "codegen: emitter `broken` failed: boom",
    ],
  ])("fails without writing on %s", async (_name, emitters, message) => {
    write("p/src/generated/keep.ts", "keep\n");
    const result = await generate({ format: false, root, check: false, emitters });
    expect(result.failed).toBe(true);
    expect(result.diagnostics.filter((d) => d.severity === "ERROR").map((d) => d.message)).toEqual([message]);
    expect(read("p/src/generated/keep.ts")).toBe("keep\n");
  });

  it("fails with the model's diagnostics when the model is broken", async () => {
    writeFileSync(join(root, "model", "broken.json"), '{ "smithy": "2.0", "shapes": { ');
    const result = await generate({ format: false, root, check: false, emitters: [] });
    expect(result.failed).toBe(true);
    expect(
      result.diagnostics.some((d) => d.severity === "ERROR" && d.location?.file.endsWith("broken.json")),
    ).toBe(true);
  });
});

describe("generate into another root", () => {
  it("writes and checks under outRoot, leaving the repository alone", async () => {
    const out = mkdtempSync(join(tmpdir(), "codegen-outroot-"));
    try {
      write("pkg/a/src/generated/x.ts", "repository copy\n");
      const emitter = fakeEmitter(() => [{ path: "pkg/a/src/generated/x.ts", contents: "new\n" }]);
      const result = await generate({ format: false, root, outRoot: out, emitters: [emitter] });
      expect(result).toMatchObject({ failed: false, stale: ["pkg/a/src/generated/x.ts"] });
      expect(readFileSync(join(out, "pkg/a/src/generated/x.ts"), "utf8")).toBe("new\n");
      expect(read("pkg/a/src/generated/x.ts")).toBe("repository copy\n");
      expect(
        await generate({ format: false, root, outRoot: out, check: true, emitters: [emitter] }),
      ).toMatchObject({
        stale: [],
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("tells emitters where the output goes", async () => {
    const seen: (string | undefined)[] = [];
    const spy: Emitter = {
      name: "spy",
      emit: (_ir, ctx) => {
        seen.push(ctx.root, ctx.outRoot);
        return [];
      },
    };
    await generate({ format: false, root, outRoot: "/elsewhere", check: true, emitters: [spy] });
    await generate({ format: false, root, check: true, emitters: [spy] });
    expect(seen).toEqual([root, "/elsewhere", root, root]);
  });
});

describe("generate on a model with several services", () => {
  const twoServices = (dir: string): void => {
    const service = { type: "service", version: "1", traits: { "aws.protocols#awsJson1_1": {} } };
    writeFileSync(
      join(dir, "two.json"),
      JSON.stringify({ smithy: "2.0", shapes: { "a.b#One": service, "a.b#Two": service } }),
    );
  };

  it.each<[string, string | undefined, string | undefined]>([
    [
      "none named",
      undefined,
      "codegen: the model defines 2 services (`a.b#One`, `a.b#Two`); name one with `--service <shape-id>` (option `serviceId`)",
    ],
    ["one named", "a.b#Two", undefined],
    [
      "an unknown one named",
      "a.b#Three",
      "codegen: service `a.b#Three` not found in the model (its services: `a.b#One`, `a.b#Two`)",
    ],
  ])("%s", async (_name, serviceId, message) => {
    const dir = mkdtempSync(join(tmpdir(), "codegen-services-"));
    try {
      twoServices(dir);
      let generated = "";
      const spy: Emitter = {
        name: "spy",
        emit: (ir) => {
          generated = `${ir.id} ${ir.protocol.contentType}`;
          return [];
        },
      };
      const result = await generate({
        format: false,
        root: dir,
        modelPaths: [dir],
        check: true,
        emitters: [spy],
        ...(serviceId ? { serviceId } : {}),
      });
      const errors = result.diagnostics.filter((d) => d.severity === "ERROR").map((d) => d.message);
      expect(errors).toEqual(message ? [message] : []);
      if (!message) expect(generated).toBe(`${serviceId} application/x-amz-json-1.1`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("generate on a model the IR cannot represent", () => {
  it("reports the problem at the service's location", async () => {
    const service = JSON.stringify(
      { smithy: "2.0", shapes: { "x.y#S": { type: "service", version: "1" } } },
      null,
      2,
    );
    const dir = mkdtempSync(join(tmpdir(), "codegen-noprotocol-"));
    try {
      writeFileSync(join(dir, "s.json"), service);
      const result = await generate({
        format: false,
        root: dir,
        check: true,
        modelPaths: [dir],
        emitters: [],
      });
      const [error] = result.diagnostics.filter((d) => d.severity === "ERROR");
      expect(result.failed).toBe(true);
      expect(error && formatDiagnostic(error)).toBe(
        `${join(dir, "s.json")}:4:14: codegen: service \`x.y#S\` has no supported protocol trait (expected \`aws.protocols#awsJson1_0\` or \`aws.protocols#awsJson1_1\`)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("generate with the registered emitters", () => {
  it("is deterministic: a second run on the same model changes nothing", { timeout: 120_000 }, async () => {
    useRepositoryFormatter(root);
    const first = await generate({ root, check: false });
    expect(first.failed).toBe(false);
    expect(first.files).toBeGreaterThan(3);
    expect(first.stale).toHaveLength(first.files);
    expect(existsSync(join(root, "packages/openapi/src/generated/openapi.json"))).toBe(true);
    const second = await generate({ root, check: true });
    expect(second).toMatchObject({ failed: false, stale: [], files: first.files });
  });
});

describe("generate's formatting", () => {
  const emitter = fakeEmitter(() => [
    { path: "pkg/a/src/generated/one.ts", contents: "export const one = {a: 1,\n  b: [ 'x' ]}\n" },
    { path: "pkg/a/src/generated/data.json", contents: '{"a":[1,2],\n"b":{}}' },
    { path: "pkg/a/src/generated/notes.txt", contents: "kept  as   is" },
  ]);

  it("formats TypeScript and JSON as the repository's Biome does, and leaves other files alone", async () => {
    useRepositoryFormatter(root);
    const result = await generate({ root, emitters: [emitter] });
    expect(result.failed).toBe(false);
    expect(read("pkg/a/src/generated/one.ts")).toBe('export const one = { a: 1, b: ["x"] };\n');
    expect(read("pkg/a/src/generated/data.json")).toBe('{ "a": [1, 2], "b": {} }\n');
    expect(read("pkg/a/src/generated/notes.txt")).toBe("kept  as   is");
    expect(await generate({ root, check: true, emitters: [emitter] })).toMatchObject({ stale: [] });
  });

  it("fails with a clear message and writes nothing when the formatter is not installed", async () => {
    const result = await generate({ root, emitters: [emitter] });
    expect(result.failed).toBe(true);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      `codegen: cannot format generated code: \`${join(root, "node_modules/.bin/biome")}\` is missing (run \`pnpm install\`)`,
    ]);
    expect(existsSync(join(root, "pkg"))).toBe(false);
  });
});
