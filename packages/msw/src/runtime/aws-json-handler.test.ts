import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { AwsJsonHttpHandler } from "./aws-json-handler.js";

const pattern = /^(?:http:\/\/svc\.test)(?:\/([A-Za-z][A-Za-z0-9_]*))?\/?$/;

async function run(url: string, method = "POST") {
  const seen: unknown[] = [];
  const handler = new AwsJsonHttpHandler(pattern, (info) => {
    // MSW's resolver argument carries its cookies too: the handler worked none out.
    const { params, cookies } = info as typeof info & { cookies: unknown };
    seen.push({ params, cookies });
    return HttpResponse.text("ok");
  });
  const request = new Request(url, {
    method,
    headers: { cookie: "a=1" },
    body: method === "GET" ? null : "{}",
  });
  const result = await handler.run({ request, requestId: "r" });
  return { answered: result?.response !== undefined, seen };
}

describe("AwsJsonHttpHandler", () => {
  it.each<[string, string, string, boolean, object | undefined]>([
    ["the endpoint", "http://svc.test/", "POST", true, {}],
    ["the /{OperationName} form", "http://svc.test/GetThing", "POST", true, { operation: "GetThing" }],
    ["a query string", "http://svc.test/GetThing?x=1#y", "POST", true, { operation: "GetThing" }],
    ["another host", "http://other.test/", "POST", false, undefined],
    ["a deeper path", "http://svc.test/a/b", "POST", false, undefined],
    ["a GET", "http://svc.test/", "GET", false, undefined],
  ])("%s", async (_name, url, method, answered, params) => {
    const out = await run(url, method);
    expect(out.answered).toBe(answered);
    // No cookie parsing: the protocol has no use for them.
    expect(out.seen).toEqual(params === undefined ? [] : [{ params, cookies: {} }]);
  });

  it("is an HttpHandler MSW lists as POST on its pattern", () => {
    const handler = new AwsJsonHttpHandler(pattern, () => undefined);
    expect(handler.info).toMatchObject({ method: "POST", path: pattern });
  });
});
