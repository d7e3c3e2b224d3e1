import { describe, expect, it } from "vitest";
import { edit, WEATHER_EDITS, WEATHER_MODEL } from "../../test/diff/weather-edits.js";
import { formatDiagnostic } from "../model/diagnostic.js";
import { loadSources } from "../model/load.js";
import type { Model } from "../model/model.js";
import { formatJson, formatTable } from "./format.js";
import { diffModels } from "./model-diff.js";

const GOLDEN = "../../test/fixtures/diff/golden";

function load(text: string): Model {
  const { model, diagnostics } = loadSources([{ path: "weather.smithy", text }]);
  if (!model) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return model;
}

describe("diff output", () => {
  const before = WEATHER_MODEL;
  const changes = diffModels(load(before), load(edit(before, WEATHER_EDITS)));
  const base = { ref: "v1.0.0", commit: "0123456789abcdef0123456789abcdef01234567" };

  it("lists each edit once, breaking first", () => {
    expect(changes.map((c) => `${c.severity} ${c.rule} ${c.shapeId}`)).toEqual([
      "breaking RemovedEnumValue example.weather#Condition",
      "breaking ChangedRangeTrait example.weather#GetForecastInput$Days",
      "dangerous AddedOperationError example.weather#ListCities",
      "dangerous ChangedLengthTrait example.weather#Readings",
      "compatible ChangedDocumentation example.weather#ListCities",
      "compatible AddedMember example.weather#ListCitiesInput$Language",
      "compatible AddedEnumValue example.weather#Severity",
    ]);
  });

  it("prints a table (golden)", async () => {
    await expect(formatTable(base, changes)).toMatchFileSnapshot(`${GOLDEN}/changes.txt`);
  });

  it("prints JSON (golden)", async () => {
    await expect(formatJson(base, changes)).toMatchFileSnapshot(`${GOLDEN}/changes.json`);
  });

  it("says so when nothing changed", () => {
    expect(formatTable(base, [])).toBe("No API changes against v1.0.0 (0123456789ab).\n");
    expect(JSON.parse(formatJson(base, []))).toEqual({ base: "v1.0.0", changes: [] });
  });
});
