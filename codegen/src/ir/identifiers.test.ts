import { describe, expect, it } from "vitest";
import { lowerCamel, operationNames } from "./identifiers.js";

describe("lowerCamel", () => {
  it.each([
    ["GetBenefit", "getBenefit"],
    ["ListTagsForResource", "listTagsForResource"],
    ["ARNLookup", "arnLookup"],
    ["AWSThing", "awsThing"],
    ["S3Copy", "s3Copy"],
    ["X", "x"],
  ])("%s -> %s", (input, expected) => {
    expect(lowerCamel(input)).toBe(expected);
  });
});

describe("operationNames: one rule for the client method, the handler key and the MSW factory", () => {
  it.each<[string, string, string, string]>([
    // operation          method             handler            factory
    ["GetBenefit", "getBenefit", "getBenefit", "getBenefit"],
    ["ARNLookup", "arnLookup", "arnLookup", "arnLookup"],
    ["URLShorten", "urlShorten", "urlShorten", "urlShorten"],
    ["Delete", "_delete", "_delete", "_delete"],
    ["Import", "_import", "_import", "_import"],
    ["Send", "_send", "send", "send"],
    ["Config", "_config", "config", "config"],
    ["Constructor", "_constructor", "_constructor", "_constructor"],
    ["ToString", "toString", "_toString", "toString"],
    ["OperationHandlers", "operationHandlers", "operationHandlers", "_operationHandlers"],
    ["ServiceSchema", "serviceSchema", "serviceSchema", "_serviceSchema"],
  ])("%s", (operation, method, handler, factory) => {
    expect(operationNames(operation)).toEqual({ method, handler, factory });
  });
});
