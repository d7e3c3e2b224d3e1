import { describe, expect, it } from "vitest";
import { endpointForRegion, type ResolvedEndpoint, toResolvedEndpoint } from "./endpoint.js";

describe("toResolvedEndpoint", () => {
  it.each<[string, Parameters<typeof toResolvedEndpoint>[0], ResolvedEndpoint]>([
    ["https string", "https://example.com", { protocol: "https:", hostname: "example.com", path: "/" }],
    [
      "port and path",
      "http://localhost:8080/custom",
      { protocol: "http:", hostname: "localhost", port: 8080, path: "/custom/" },
    ],
    [
      "trailing slash kept",
      "http://localhost/custom/",
      { protocol: "http:", hostname: "localhost", path: "/custom/" },
    ],
    ["URL", new URL("http://127.0.0.1:9/"), { protocol: "http:", hostname: "127.0.0.1", port: 9, path: "/" }],
    ["{ url }", { url: new URL("https://a.b") }, { protocol: "https:", hostname: "a.b", path: "/" }],
    [
      "SDK object form",
      { protocol: "http", hostname: "localhost", port: 3000, path: "/x" },
      { protocol: "http:", hostname: "localhost", port: 3000, path: "/x/" },
    ],
  ])("%s", (_name, input, expected) => {
    expect(toResolvedEndpoint(input)).toEqual(expected);
  });

  it.each([
    ["not a URL", "localhost:3000", /http: or https:/],
    ["garbage", "::::", /not a valid URL/],
    ["ftp", "ftp://example.com", /http: or https:/],
  ])("rejects %s", (_name, input, message) => {
    expect(() => toResolvedEndpoint(input)).toThrow(message);
  });
});

describe("endpointForRegion", () => {
  it("fills the region", () => {
    expect(endpointForRegion("https://svc.{region}.api.aws", "us-east-1")).toEqual({
      protocol: "https:",
      hostname: "svc.us-east-1.api.aws",
      path: "/",
    });
  });

  it("rejects a region that would change the host", () => {
    expect(() => endpointForRegion("https://svc.{region}.api.aws", "evil.com/x")).toThrow(/invalid region/);
  });
});
