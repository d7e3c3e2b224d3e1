import { describe, expect, it } from "vitest";
import { formatArn, isId, newId, parseArn, resolveIdentifier } from "./identifiers.js";

const APP = "benappl-abcdefghij0123";
const APP_ARN = `arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/benefit-application/${APP}`;

describe("identifiers", () => {
  it.each([
    ["benefit-application", /^benappl-[0-9a-z]{14}$/],
    ["benefit-allocation", /^benalloc-[0-9a-z]{14}$/],
  ] as const)("newId(%s) matches the model pattern", (kind, pattern) => {
    const ids = new Set(Array.from({ length: 200 }, () => newId(kind)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(pattern);
  });

  it.each([
    ["benefit", "", "arn:aws:partnercentral:us-east-1::catalog/AWS/benefit/ben-abcdefghij0123"],
    ["benefit-application", "123456789012", APP_ARN],
  ] as const)("formats %s ARNs in the IAM form", (kind, account, expected) => {
    const id = kind === "benefit" ? "ben-abcdefghij0123" : APP;
    expect(formatArn({ region: "us-east-1", account, catalog: "AWS", kind, id })).toBe(expected);
    expect(parseArn(expected)).toMatchObject({ kind, id, catalog: "AWS", account });
  });

  it.each([
    ["bare ID", APP, "AWS", "123456789012", APP],
    ["ARN", APP_ARN, "AWS", "123456789012", APP],
    ["ARN of another catalog", APP_ARN, "Sandbox", "123456789012", undefined],
    ["ARN of another account", APP_ARN, "AWS", "210987654321", undefined],
    [
      "ARN of another kind",
      APP_ARN.replace("benefit-application", "benefit-allocation"),
      "AWS",
      "123456789012",
      undefined,
    ],
    [
      "event-style ARN without catalog",
      `arn:aws:partnercentral:us-east-1:123456789012:benefit-application/${APP}`,
      "AWS",
      "123456789012",
      undefined,
    ],
    ["ID of another kind", "benalloc-abcdefghij0123", "AWS", "123456789012", undefined],
    ["short ID", "benappl-abc", "AWS", "123456789012", undefined],
  ])("resolveIdentifier: %s", (_name, value, catalog, account, expected) => {
    expect(resolveIdentifier(value, "benefit-application", catalog, account)).toBe(expected);
  });

  it("isId checks prefix and 14 lower-case characters", () => {
    expect(isId("benefit", "ben-abcdefghij0123")).toBe(true);
    expect(isId("benefit", "ben-ABCDEFGHIJ0123")).toBe(false);
  });
});
