import { describe, expect, it } from "vitest";
import { accountIdFromAccessKeyId, parseAuthorization } from "./caller-identity.js";

const SIGNED =
  "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/partnercentral-benefits/aws4_request, " +
  "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=abc123";

describe("parseAuthorization", () => {
  it.each<[string, string | undefined, string | undefined, ReturnType<typeof parseAuthorization>]>([
    [
      "a SigV4 header",
      SIGNED,
      undefined,
      {
        accessKeyId: "AKIDEXAMPLE",
        date: "20260101",
        region: "us-east-1",
        service: "partnercentral-benefits",
        temporary: false,
      },
    ],
    [
      "temporary credentials with a decodable key",
      SIGNED.replace("AKIDEXAMPLE", "ASIAY34FZKBOKMUTVV7A"),
      "token",
      {
        accessKeyId: "ASIAY34FZKBOKMUTVV7A",
        accountId: "609629065308",
        date: "20260101",
        region: "us-east-1",
        service: "partnercentral-benefits",
        temporary: true,
      },
    ],
    ["no header", undefined, undefined, undefined],
    ["another scheme", "Bearer abc", undefined, undefined],
    ["a header without a credential", "AWS4-HMAC-SHA256 Signature=abc", undefined, undefined],
  ])("parses %s", (_name, header, token, expected) => {
    expect(parseAuthorization(header, token)).toEqual(expected);
  });
});

describe("accountIdFromAccessKeyId", () => {
  it.each<[string, string | undefined]>([
    ["ASIAY34FZKBOKMUTVV7A", "609629065308"],
    ["AKIAQAAAAAAAAAAAAAAA", "000000000000"],
    ["AKIDEXAMPLE", undefined],
    ["akiay34fzkbokmutvv7a", undefined],
  ])("%s -> %s", (key, account) => {
    expect(accountIdFromAccessKeyId(key)).toBe(account);
  });
});
