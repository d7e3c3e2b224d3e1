/**
 * The Weather model (the codegen tests' second model) and a release's worth of edits to it, one or
 * more per severity, for the diff's golden and end-to-end tests.
 */
import { readFileSync } from "node:fs";

export const WEATHER_MODEL = readFileSync(
  new URL("../fixtures/weather/model/weather.smithy", import.meta.url),
  "utf8",
);

export const WEATHER_EDITS: [string, string][] = [
  // breaking: an enum value removed, a range narrowed
  ['    /// Stay inside.\n    STORMY = "stormy"\n', ""],
  ["@range(min: 1, max: 14)", "@range(min: 1, max: 7)"],
  // dangerous: an error added to an operation, a length widened
  [
    "    errors: [\n        ValidationException\n    ]\n}\n\n@input\nstructure ListCitiesInput",
    "    errors: [\n        ValidationException\n        NoSuchCityError\n    ]\n}\n\n@input\nstructure ListCitiesInput",
  ],
  ["@length(min: 1, max: 20)", "@length(min: 1, max: 50)"],
  // compatible: an optional member, an intEnum value, documentation
  [
    "    NextToken: String\n\n    @range(min: 1, max: 100)",
    "    NextToken: String\n\n    Language: String\n\n    @range(min: 1, max: 100)",
  ],
  ["    HIGH = 2\n", "    HIGH = 2\n    SEVERE = 3\n"],
  ["/// Lists the known cities, one page at a time.", "/// Lists every known city, one page at a time."],
];

export function edit(text: string, edits: readonly [string, string][]): string {
  return edits.reduce((out, [from, to]) => {
    if (!out.includes(from)) throw new Error(`edit not applicable: ${from}`);
    return out.replace(from, to);
  }, text);
}
