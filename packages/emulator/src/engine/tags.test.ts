import { ServiceQuotaExceededException } from "@pc-benefits/protocol/models";
import { describe, expect, it } from "vitest";
import { addTags, removeTags, tagKeyError, tagList } from "./tags.js";

const resource = { arn: "arn:x", type: "BenefitApplication" };

describe("tags", () => {
  it.each([
    ["team", undefined],
    ["cost:center/a=b+c-d@e_f.g", undefined],
    ["Ünïcode 名前", undefined],
    ["", "INVALID_VALUE"],
    ["x".repeat(129), "INVALID_VALUE"],
    ["aws:reserved", "INVALID_VALUE"],
    ["bad#char", "INVALID_STRING_FORMAT"],
  ])("tag key %j -> %s", (key, code) => {
    const error = tagKeyError(key);
    expect(error?.FieldList?.[0]?.Code).toBe(code);
  });

  it("adds, overwrites, caps and removes", () => {
    const one = addTags({}, [{ Key: "a", Value: "1" }], 2, resource);
    const two = addTags(
      one,
      [
        { Key: "a", Value: "2" },
        { Key: "b", Value: "" },
      ],
      2,
      resource,
    );
    expect(tagList(two)).toEqual([
      { Key: "a", Value: "2" },
      { Key: "b", Value: "" },
    ]);
    expect(() => addTags(two, [{ Key: "c", Value: "3" }], 2, resource)).toThrow(
      ServiceQuotaExceededException,
    );
    expect(removeTags(two, ["a", "zzz"])).toEqual({ b: "" });
    expect(two).toEqual({ a: "2", b: "" });
  });
});
