/**
 * A BenefitApplicationDetails document that satisfies a benefit's request schema, for fixtures,
 * demos and docs. Handles the schema features the seeded catalog uses.
 */

import type { DocumentValue } from "../engine/api-types.js";
import type { Benefit } from "./seed-catalog.js";

type Schema = Record<string, unknown>;

const BY_PATTERN: Record<string, string> = {
  "^[0-9]{12}$": "123456789012",
  "^O[0-9]{7,10}$": "O1234567",
};

const BY_FORMAT: Record<string, string> = {
  date: "2026-06-30",
  email: "partner@example.com",
  uri: "https://example.com",
};

export function exampleValue(schema: Schema): DocumentValue {
  if (Array.isArray(schema.enum)) return schema.enum[0] as DocumentValue;
  switch (schema.type) {
    case "object": {
      const out: { [key: string]: DocumentValue } = {};
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const [name, child] of Object.entries(properties)) out[name] = exampleValue(child);
      return out;
    }
    case "boolean":
      return true;
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? Math.max(schema.minimum, 1) : 1;
    case "string": {
      if (typeof schema.pattern === "string" && BY_PATTERN[schema.pattern])
        return BY_PATTERN[schema.pattern] ?? "";
      if (typeof schema.format === "string" && BY_FORMAT[schema.format])
        return BY_FORMAT[schema.format] ?? "";
      return "Example";
    }
    default:
      return null;
  }
}

/** Every property of the benefit's request schema filled with a valid example value. */
export function exampleDetails(benefit: Pick<Benefit, "requestSchema">): { [key: string]: DocumentValue } {
  return exampleValue(benefit.requestSchema) as { [key: string]: DocumentValue };
}
