/**
 * Fuzz-style robustness test: thousands of random mutations and truncations of valid IDL and
 * JSON AST files must produce diagnostics, never exceptions or hangs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseIdl } from "../../src/idl/parser.js";
import { loadJsonAst } from "../../src/model/json-loader.js";
import { BUNDLED_FILES } from "../../src/model/prelude/prelude-files.js";
import { printJsonAst, toJsonAst } from "../../src/model/serialize.js";
import { assembleAtOnce, assembleSources, assembleStreaming } from "../../src/model/sources.js";
import { modelSnapshot } from "../support/model-snapshot.js";
import { seededRandom } from "../support/random.js";

const GOLDEN = join(import.meta.dirname, "fixtures", "golden");
const PRELUDE = join(import.meta.dirname, "..", "..", "src", "model", "prelude");

const idlSeeds = [
  ...readdirSync(GOLDEN)
    .filter((f) => f.endsWith(".smithy"))
    .map((f) => readFileSync(join(GOLDEN, f), "utf8")),
  ...BUNDLED_FILES.slice(1).map((f) => readFileSync(join(PRELUDE, f), "utf8")),
];
const jsonSeeds = readdirSync(GOLDEN)
  .filter((f) => f.endsWith(".json"))
  .map((f) => readFileSync(join(GOLDEN, f), "utf8"));

const PIECES = [
  '"',
  '"""',
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  "@",
  "$",
  "#",
  ".",
  ":",
  ":=",
  "=",
  ",",
  "\n",
  "\r",
  " ",
  "\t",
  "//",
  "///",
  "\\",
  "\\u",
  "-",
  "1",
  "1e",
  "0.",
  "a",
  "_",
  "with",
  "for",
  "apply",
  "use",
  "namespace",
  "metadata",
  "structure",
  "enum",
  "\u0000",
  "😀",
  "\uD800",
  "true",
  "null",
  "`",
];

function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const at = () => Math.floor(random() * (text.length + 1));
  let out = text;
  const steps = 1 + Math.floor(random() * 4);
  for (let i = 0; i < steps; i++) {
    const p = at();
    switch (Math.floor(random() * 6)) {
      case 0: // truncate
        out = out.slice(0, p);
        break;
      case 1: // delete a range
        out = out.slice(0, p) + out.slice(p + Math.floor(random() * 20));
        break;
      case 2: // insert a piece
        out = out.slice(0, p) + pick(PIECES) + out.slice(p);
        break;
      case 3: // duplicate a slice
        out = out.slice(0, p) + out.slice(p, p + Math.floor(random() * 40)) + out.slice(p);
        break;
      case 4: // replace one character
        out = out.slice(0, p) + pick(PIECES) + out.slice(p + 1);
        break;
      default: // swap two halves
        out = out.slice(p) + out.slice(0, p);
    }
  }
  return out;
}

describe("fuzzing the IDL parser and the JSON loader", () => {
  it("never throws on 4000 mutated IDL files, and reports real positions", () => {
    const random = seededRandom(42);
    const start = performance.now();
    let withErrors = 0;
    const badPositions: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const input = mutate(idlSeeds[i % idlSeeds.length] as string, random);
      let parsed: ReturnType<typeof parseIdl>;
      try {
        parsed = parseIdl(input, "fuzz.smithy");
      } catch (e) {
        throw new Error(`parseIdl threw on input #${i}: ${String(e)}\n${JSON.stringify(input)}`);
      }
      if (parsed.diagnostics.some((d) => d.severity === "ERROR")) withErrors++;
      for (const d of parsed.diagnostics) {
        if (!d.location || d.location.line < 1 || d.location.column < 1) badPositions.push(d.message);
      }
    }
    expect(badPositions).toEqual([]);
    expect(withErrors).toBeGreaterThan(1000);
    expect(performance.now() - start).toBeLessThan(20_000);
  });

  it("never throws when assembling and serializing 300 mutated IDL files", () => {
    const random = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const input = mutate(idlSeeds[i % idlSeeds.length] as string, random);
      expect(() => {
        const { model } = assembleSources([{ path: "fuzz.smithy", text: input }]);
        printJsonAst(toJsonAst(model));
      }, JSON.stringify(input)).not.toThrow();
    }
  });

  it("assembles 300 mutated IDL files the same way streaming and at once, where streaming completes", () => {
    const random = seededRandom(11);
    let streamed = 0;
    for (let i = 0; i < 300; i++) {
      const sources = [
        { path: "fuzz.smithy", text: mutate(idlSeeds[i % idlSeeds.length] as string, random) },
      ];
      const result = assembleStreaming(sources);
      if (result === undefined) continue; // it gave up: only the reference answers
      streamed++;
      expect(modelSnapshot(result), sources[0]?.text).toEqual(modelSnapshot(assembleAtOnce(sources)));
    }
    expect(streamed).toBeGreaterThan(50);
  });

  it("never throws on 2000 mutated JSON AST files", () => {
    const random = seededRandom(1234);
    for (let i = 0; i < 2000; i++) {
      const input = mutate(jsonSeeds[i % jsonSeeds.length] as string, random);
      expect(() => loadJsonAst(input, "fuzz.json"), JSON.stringify(input)).not.toThrow();
    }
    const random2 = seededRandom(99);
    for (let i = 0; i < 150; i++) {
      const input = mutate(jsonSeeds[i % jsonSeeds.length] as string, random2);
      expect(() =>
        printJsonAst(toJsonAst(assembleSources([{ path: "f.json", text: input }]).model)),
      ).not.toThrow();
    }
  });
});
