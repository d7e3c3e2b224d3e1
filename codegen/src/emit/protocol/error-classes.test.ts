import { beforeAll, describe, expect, it } from "vitest";
import { loadModel, ODD_NAMES_MODEL, WEATHER_MODEL } from "../../../test/fixtures/index.js";
import { buildServiceIR } from "../../ir/build.js";
import type { ServiceIR } from "../../ir/types.js";
import { emitModels } from "../client/models.js";
import { clientNames } from "../client/names.js";
import { ERROR_CLASSES_FILE, errorClassesFile, withErrorClasses } from "./error-classes.js";

let weather: ServiceIR;
let oddNames: ServiceIR;
beforeAll(() => {
  weather = buildServiceIR(loadModel(WEATHER_MODEL));
  oddNames = buildServiceIR(loadModel(ODD_NAMES_MODEL));
});

describe("errorClassesFile", () => {
  it("lists every modelled error's class under its error name, imported from the errors module", () => {
    const file = errorClassesFile(weather);
    const errors = [...weather.shapes.values()].filter((s) => s.kind === "structure" && s.error);
    expect(errors.length).toBeGreaterThan(0);
    for (const shape of errors) expect(file).toMatch(new RegExp(`^  ${shape.name},$`, "m"));
    expect(file).toContain('from "./errors.js";');
    expect(file).toContain("export const errorClasses = {");
    expect(file).toMatch(/} as const;\n$/);
  });

  it("keys a class renamed for TypeScript by the error's own name", () => {
    const file = errorClassesFile(oddNames);
    expect(file).toMatch(/^ {2}Error: _Error,$/m);
    expect(file).toMatch(/^ {2}ServiceException: _ServiceException,$/m);
    expect(file).toMatch(/^ {2}ThingError,$/m);
  });
});

describe("withErrorClasses", () => {
  it("adds the table after the other models and exports it from the models index", () => {
    const models = emitModels(weather, clientNames(weather));
    const out = withErrorClasses(weather, models);
    expect([...out.keys()]).toEqual([...models.keys(), ERROR_CLASSES_FILE]);
    expect(out.get("models/index.ts")).toBe(
      `${models.get("models/index.ts")?.trimEnd()}\nexport { errorClasses } from "./error-classes.js";\n`,
    );
  });

  it("fails clearly without a models index", () => {
    expect(() => withErrorClasses(weather, new Map())).toThrow(
      "the models have no models/index.ts to export errorClasses",
    );
  });
});
