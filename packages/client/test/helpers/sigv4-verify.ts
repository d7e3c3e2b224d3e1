import { createHash, createHmac } from "node:crypto";
import type { Recorded } from "./local-server.js";

const AUTH =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

/** What a verified `Authorization` header says. */
export interface SigV4Facts {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
}

/**
 * Verifies a recorded request's SigV4 signature server-side with node:crypto (independent of the
 * signer under test). Returns the parsed facts, or throws saying what does not match.
 */
export function verifySigV4(request: Recorded, secretAccessKey: string): SigV4Facts {
  const match = AUTH.exec(String(request.headers.authorization ?? ""));
  if (!match) throw new Error(`malformed Authorization: ${request.headers.authorization}`);
  const [, accessKeyId = "", date = "", region = "", service = "", signed = "", signature = ""] = match;
  const signedHeaders = signed.split(";");
  const amzDate = String(request.headers["x-amz-date"] ?? "");
  if (!amzDate.startsWith(date)) throw new Error(`x-amz-date ${amzDate} does not match scope date ${date}`);
  const canonicalHeaders = signedHeaders
    .map((name) => {
      const value = request.headers[name];
      return `${name}:${(Array.isArray(value) ? value.join(",") : (value ?? "")).trim().replace(/\s+/g, " ")}\n`;
    })
    .join("");
  const [path = "/", query = ""] = request.url.split("?");
  const canonical = [
    request.method,
    path,
    query,
    canonicalHeaders,
    signed,
    createHash("sha256").update(request.body).digest("hex"),
  ].join("\n");
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = [
    "AWS4-HMAC-SHA256",
    amzDate,
    scope,
    createHash("sha256").update(canonical).digest("hex"),
  ].join("\n");
  let key: Buffer = createHmac("sha256", `AWS4${secretAccessKey}`).update(date).digest();
  for (const part of [region, service, "aws4_request"]) key = createHmac("sha256", key).update(part).digest();
  const expected = createHmac("sha256", key).update(toSign).digest("hex");
  if (expected !== signature) throw new Error(`signature mismatch for ${request.headers["x-amz-target"]}`);
  return { accessKeyId, date, region, service, signedHeaders };
}
