import { describe, expect, it } from "vitest";
import { requestProblems } from "./response-validator.js";
import { VALIDATION_CASES } from "./validation-cases.js";

describe("VALIDATION_CASES", () => {
  it.each(VALIDATION_CASES.map((c) => [c.operation, c.fields.map((f) => f[0]).join(", "), c] as const))(
    "%s breaks the document's schema at %s",
    (operation, _names, { input, fields }) => {
      const problems = requestProblems(operation, input);
      expect(problems.length).toBeGreaterThanOrEqual(fields.length);
      for (const [name] of fields) {
        const member = name.split(/[.[]/)[0] ?? name;
        expect(problems.join("\n"), name).toContain(member);
      }
    },
  );
});
