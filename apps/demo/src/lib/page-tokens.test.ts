import { describe, expect, it } from "vitest";
import { currentToken, FIRST_PAGE, nextPage, pageNumber, previousPage } from "./page-tokens.js";

describe("page tokens", () => {
  it("walks forward with each NextToken and back to the token that opened the page before", () => {
    const two = nextPage(FIRST_PAGE, "t2");
    const three = nextPage(two, "t3");
    expect([pageNumber(three), currentToken(three)]).toEqual([3, "t3"]);
    expect([pageNumber(previousPage(three)), currentToken(previousPage(three))]).toEqual([2, "t2"]);
    expect(currentToken(previousPage(two))).toBeUndefined();
  });

  it("stays on the first page when going back from it", () => {
    expect(previousPage(FIRST_PAGE)).toBe(FIRST_PAGE);
    expect(pageNumber(FIRST_PAGE)).toBe(1);
  });
});
