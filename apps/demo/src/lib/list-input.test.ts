import { describe, expect, it } from "vitest";
import { listInput } from "./list-input.js";

describe("listInput", () => {
  it("sets only the catalog and page size without filters or token", () => {
    expect(listInput({ catalog: "AWS", status: "", fulfillmentType: "", nextToken: undefined }, 10)).toEqual({
      Catalog: "AWS",
      MaxResults: 10,
    });
  });

  it("filters by one status and one fulfillment type, from the page's token", () => {
    expect(
      listInput({ catalog: "Sandbox", status: "ACTIVE", fulfillmentType: "CREDITS", nextToken: "t2" }, 5),
    ).toEqual({
      Catalog: "Sandbox",
      MaxResults: 5,
      Status: ["ACTIVE"],
      FulfillmentTypes: ["CREDITS"],
      NextToken: "t2",
    });
  });
});
