import { beforeAll, describe, expect, it } from "vitest";
import { loadModel, ODD_NAMES_MODEL, WEATHER_MODEL } from "../../../test/fixtures/index.js";
import { buildServiceIR } from "../../ir/build.js";
import type { ServiceIR } from "../../ir/types.js";
import { emitModels, errorClassesFile } from "./models.js";
import { clientNames } from "./names.js";

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

describe("emitModels", () => {
  it("writes the error class table after the other models and exports it last from the models index", () => {
    const models = emitModels(weather, clientNames(weather));
    expect([...models.keys()].at(-1)).toBe("models/error-classes.ts");
    expect(models.get("models/error-classes.ts")).toBe(errorClassesFile(weather));
    expect(models.get("models/index.ts")).toMatch(
      /\nexport \{ errorClasses \} from "\.\/error-classes\.js";\n$/,
    );
  });
});
