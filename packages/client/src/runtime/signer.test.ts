import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { HttpRequest } from "./http.js";
import { amzDate, signRequest } from "./signer.js";

/** An independent SigV4 implementation over node:crypto, the oracle for the WebCrypto signer. */
function expectedAuthorization(
  request: HttpRequest,
  host: string,
  secret: string,
  accessKeyId: string,
  region: string,
  service: string,
): string {
  const date = request.headers["x-amz-date"] ?? "";
  const headers: Record<string, string> = { ...request.headers, host };
  delete headers.authorization;
  const names = Object.keys(headers).sort();
  const canonical = [
    request.method,
    request.path,
    "",
    `${names.map((n) => `${n}:${headers[n]}`).join("\n")}\n`,
    names.join(";"),
    createHash("sha256").update(request.body).digest("hex"),
  ].join("\n");
  const scope = `${date.slice(0, 8)}/${region}/${service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", date, scope, createHash("sha256").update(canonical).digest("hex")].join(
    "\n",
  );
  let key: Buffer = createHmac("sha256", `AWS4${secret}`).update(date.slice(0, 8)).digest();
  for (const part of [region, service, "aws4_request"]) key = createHmac("sha256", key).update(part).digest();
  const signature = createHmac("sha256", key).update(toSign).digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${names.join(";")}, Signature=${signature}`;
}

const base = (): HttpRequest => ({
  method: "POST",
  protocol: "https:",
  hostname: "svc.us-east-1.api.aws",
  path: "/",
  headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "Svc.GetThing" },
  body: '{"Id":"a"}',
});

describe("signRequest", () => {
  it.each([
    ["default port", base(), "svc.us-east-1.api.aws", undefined],
    [
      "explicit port",
      { ...base(), protocol: "http:", hostname: "127.0.0.1", port: 8080 },
      "127.0.0.1:8080",
      undefined,
    ],
    ["session token", base(), "svc.us-east-1.api.aws", "TOKEN/+="],
    ["endpoint path", { ...base(), path: "/custom/" }, "svc.us-east-1.api.aws", undefined],
  ])("%s", async (_name, request, host, sessionToken) => {
    const credentials = {
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG",
      sessionToken,
    };
    const date = new Date("2026-01-02T03:04:05.678Z");
    await signRequest(request, credentials, { region: "us-east-1", service: "svc", cache: new Map(), date });
    expect(request.headers["x-amz-date"]).toBe("20260102T030405Z");
    expect(request.headers["x-amz-security-token"]).toBe(sessionToken);
    expect(request.headers.authorization).toBe(
      expectedAuthorization(
        request,
        host,
        credentials.secretAccessKey,
        credentials.accessKeyId,
        "us-east-1",
        "svc",
      ),
    );
    const signed = request.headers.authorization?.match(/SignedHeaders=([^,]+)/)?.[1];
    expect(signed?.split(";")).toEqual(
      expect.arrayContaining(["content-type", "host", "x-amz-date", "x-amz-target"]),
    );
  });

  it("reuses derived keys through the cache", async () => {
    const cache = new Map<string, ArrayBuffer>();
    const options = { region: "eu-west-1", service: "svc", cache, date: new Date("2026-01-02T00:00:00Z") };
    await signRequest(base(), { accessKeyId: "A", secretAccessKey: "S" }, options);
    await signRequest(base(), { accessKeyId: "A", secretAccessKey: "S" }, options);
    expect(cache.size).toBe(1);
  });
});

describe("amzDate", () => {
  it("drops separators and milliseconds", () => {
    expect(amzDate(new Date("2026-11-26T08:09:10.123Z"))).toBe("20261126T080910Z");
  });
});
