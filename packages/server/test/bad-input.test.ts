/**
 * Hostile requests against the Hono stub (in process, through `app.request`): each is answered with an
 * AWS-shaped 4xx, a bounded body and bounded work, and the handler never runs.
 */
import { describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";

const JSON10 = "application/x-amz-json-1.0";
const TARGET = "PartnerCentralBenefitsService";
const MiB = 1024 * 1024;
const MAX_ANSWER_BYTES = 64 * 1024;

let handlerCalls = 0;
const app = createApp({
  handlers: {
    listBenefits: async () => {
      handlerCalls++;
      return { BenefitSummaries: [] };
    },
    createBenefitApplication: async () => {
      handlerCalls++;
      return { Id: "benappl-0123456789abcd", Arn: "arn:aws:partnercentral:us-east-1::x", Revision: "1" };
    },
  },
  // One byte under the default limit of the dispatcher is what these requests are sized to.
  maxBodyBytes: MiB,
  onError: () => {},
});

/** `{"Catalog":"AWS","FulfillmentTypes":["X","X",...]}` of about `bytes` bytes: every item a bad enum value. */
function badListItems(bytes: number): string {
  const head = '{"Catalog":"AWS","FulfillmentTypes":[';
  const count = Math.floor((bytes - head.length - 2) / 4);
  return `${head}${Array.from({ length: count }, () => '"X"').join(",")}]}`;
}

/** A valid CreateBenefitApplication whose document member nests `depth` arrays. */
function deeplyNested(depth: number): string {
  const prefix =
    '{"Catalog":"AWS","ClientToken":"t-1","BenefitIdentifier":"ben-0123456789abcd","BenefitApplicationDetails":';
  return `${prefix}${"[".repeat(depth)}${"]".repeat(depth)}}`;
}

interface Answer {
  status: number;
  type: string | null;
  bytes: number;
  body: Record<string, unknown>;
  cpuMs: number;
}

async function send(operation: string, body: string | Uint8Array<ArrayBuffer>): Promise<Answer> {
  const before = process.cpuUsage();
  const response = await app.request("/", {
    method: "POST",
    headers: { "content-type": JSON10, "x-amz-target": `${TARGET}.${operation}` },
    body,
  });
  const text = await response.text();
  const used = process.cpuUsage(before);
  return {
    status: response.status,
    type: response.headers.get("x-amzn-errortype"),
    bytes: new TextEncoder().encode(text).length,
    body: JSON.parse(text) as Record<string, unknown>,
    cpuMs: (used.user + used.system) / 1000,
  };
}

describe("bad input", () => {
  it("answers 1 MiB of bad list items with at most 100 field errors and the count of the others", async () => {
    const body = badListItems(MiB - 1);
    expect(body.length).toBeGreaterThan(MiB - 8);
    const answer = await send("ListBenefits", body);
    expect(answer.status).toBe(400);
    expect(answer.type).toBe("ValidationException");
    expect(answer.bytes).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
    const fields = answer.body.FieldList as { Name: string; Code: string }[];
    expect(fields).toHaveLength(100);
    expect(fields[0]).toMatchObject({ Name: "FulfillmentTypes", Code: "TOO_MANY_VALUES" });
    expect(fields[1]).toMatchObject({ Name: "FulfillmentTypes[0]", Code: "INVALID_ENUM_VALUE" });
    expect(answer.body.Message).toMatch(
      /^at least 10100 validation errors detected, the first 100 listed \(at least 10000 more not listed\): /,
    );
    // Loose, so a busy machine does not fail it; the server bench reports the real figure.
    expect(answer.cpuMs).toBeLessThan(500);
    expect(handlerCalls).toBe(0);
  });

  it("counts every violation when there are few more than it lists", async () => {
    const answer = await send("ListBenefits", badListItems(4 * 150 + 40));
    expect((answer.body.FieldList as unknown[]).length).toBe(100);
    expect(answer.body.Message).toMatch(
      /^\d+ validation errors detected, the first 100 listed \(\d+ more not listed\)/,
    );
    const [, total, more] = /^(\d+) .*\((\d+) more/.exec(answer.body.Message as string) ?? [];
    expect(Number(total) - Number(more)).toBe(100);
  });

  it("answers a deeply nested document without overflowing the stack", async () => {
    const answer = await send("CreateBenefitApplication", deeplyNested(400_000));
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.type).toBe("SerializationException");
    expect(answer.bytes).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
    expect(answer.cpuMs).toBeLessThan(500);
    expect(handlerCalls).toBe(0);
  });

  it("answers a huge string without echoing it", async () => {
    const huge = "a".repeat(MiB - 100);
    const answer = await send(
      "CreateBenefitApplication",
      JSON.stringify({ Catalog: "AWS", ClientToken: huge }),
    );
    expect(answer.status).toBe(400);
    expect(answer.type).toBe("ValidationException");
    expect(answer.bytes).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
    expect(JSON.stringify(answer.body)).not.toContain("aaaaaaaa");
    expect(answer.body.FieldList).toContainEqual(expect.objectContaining({ Name: "ClientToken" }));
  });

  it("cuts a huge map key in the field path", async () => {
    const key = "k".repeat(MiB - 200);
    const answer = await send(
      "ListBenefits",
      JSON.stringify({ Catalog: "AWS", FulfillmentTypes: { [key]: 1 } }),
    );
    expect(answer.status).toBe(400);
    expect(answer.bytes).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
  });

  it.each<[string, Uint8Array<ArrayBuffer> | string, string]>([
    [
      "invalid UTF-8",
      new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]),
      "SerializationException",
    ],
    ["truncated JSON", '{"Catalog":"AWS","FulfillmentTypes":["X",', "SerializationException"],
    ["a JSON array", "[1,2,3]", "SerializationException"],
    ["a lone surrogate escape", '{"Catalog":"\\ud800"}', "ValidationException"],
  ])("answers %s with an AWS-shaped 400", async (_name, body, type) => {
    const answer = await send("ListBenefits", body);
    expect(answer.status).toBe(400);
    expect(answer.type).toBe(type);
    expect(answer.body.__type).toBeDefined();
    expect(answer.bytes).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
  });
});
