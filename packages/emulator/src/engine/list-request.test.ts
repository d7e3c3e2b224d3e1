import { ValidationException } from "@pc-benefits/protocol/models";
import { describe, expect, it } from "vitest";
import { listRequest } from "./list-request.js";
import { PageTokens } from "./pagination.js";
import { resolveSettings } from "./settings.js";

const ctx = { settings: resolveSettings({ defaultMaxResults: 5 }), pages: new PageTokens("secret") };
const input = { Catalog: "AWS", Status: ["ACTIVE" as const], MaxResults: 2 };

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationException);
    return (error as ValidationException).FieldList?.[0];
  }
  throw new Error("expected a ValidationException");
}

describe("listRequest", () => {
  it("reads the page size, no cursor on the first page, and binds the filters and the account", () => {
    const request = listRequest(ctx, "ListBenefitAllocations", input, ["Status"], "111122223333");
    expect(request.limit).toBe(2);
    expect(request.cursor).toBeUndefined();
    expect(request.binding).toEqual({ Catalog: "AWS", Status: ["ACTIVE"], account: "111122223333" });
    expect(listRequest(ctx, "ListBenefits", { Catalog: "AWS" }, []).limit).toBe(5);
    expect(listRequest(ctx, "ListBenefits", input, []).binding).toEqual({
      Catalog: "AWS",
      Status: ["ACTIVE"],
    });
  });

  it("answers no NextToken without a next page, and one the next request reads its cursor from", () => {
    const first = listRequest(ctx, "ListBenefitAllocations", input, [], "111122223333");
    expect(first.nextToken(undefined)).toEqual({});
    const { NextToken } = first.nextToken(42);
    expect(NextToken).toEqual(expect.any(String));
    const next = listRequest(
      ctx,
      "ListBenefitAllocations",
      { ...input, NextToken, MaxResults: 3 },
      [],
      "111122223333",
    );
    expect(next.cursor).toBe(42);
  });

  it.each<[string, () => unknown]>([
    [
      "another account",
      () => listRequest(ctx, "ListBenefitAllocations", { ...input, NextToken: token() }, [], "444455556666"),
    ],
    [
      "other filters",
      () =>
        listRequest(
          ctx,
          "ListBenefitAllocations",
          { ...input, Status: [], NextToken: token() },
          [],
          "111122223333",
        ),
    ],
    [
      "another operation",
      () => listRequest(ctx, "ListBenefitApplications", { ...input, NextToken: token() }, [], "111122223333"),
    ],
  ])("refuses a NextToken issued for %s", (_name, run) => {
    expect(() => run()).toThrow(ValidationException);
  });

  it("checks the catalog, then the capped filters in order, then MaxResults", () => {
    const tooMany = {
      Catalog: "AWS",
      FulfillmentTypes: ["CREDITS", "CASH", "ACCESS"],
      Status: ["ACTIVE", "INACTIVE"],
      MaxResults: 0,
    } as const;
    expect(
      fieldOf(() => listRequest(ctx, "ListBenefitAllocations", { ...tooMany, Catalog: "Nope" }, [], "a")),
    ).toMatchObject({ Name: "Catalog", Code: "INVALID_ENUM_VALUE" });
    expect(
      fieldOf(() => listRequest(ctx, "ListBenefitAllocations", tooMany, ["Status", "FulfillmentTypes"], "a")),
    ).toMatchObject({ Name: "Status", Code: "TOO_MANY_VALUES" });
    expect(
      fieldOf(() => listRequest(ctx, "ListBenefitAllocations", tooMany, ["FulfillmentTypes", "Status"], "a")),
    ).toMatchObject({ Name: "FulfillmentTypes", Code: "TOO_MANY_VALUES" });
    expect(fieldOf(() => listRequest(ctx, "ListBenefitAllocations", tooMany, [], "a"))).toMatchObject({
      Name: "MaxResults",
      Code: "VALUE_OUT_OF_RANGE",
    });
  });
});

/** A NextToken issued for the first page of `input` in ListBenefitAllocations for account 111122223333. */
function token(): string {
  return listRequest(ctx, "ListBenefitAllocations", input, [], "111122223333").nextToken(1)
    .NextToken as string;
}
