/**
 * Cross-check of two independent generators: every wire response of the Hono stub (success, modelled
 * error, validation error) must satisfy the schema `@pc-benefits/openapi` documents for it.
 */
import type { RequestBody, ResponseBody } from "@pc-benefits/openapi";
import * as models from "@pc-benefits/protocol/models";
import {
  modelledErrors,
  OPERATION_SAMPLES,
  type RunningBackend,
  requestProblems,
  sampleInput,
  schemaProblems,
  serveOnFreePort,
} from "@pc-benefits/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceSchema } from "../src/core.js";
import { createApp, type ServiceHandlers } from "../src/index.js";

let failWith: unknown;
const handlers = Object.fromEntries(
  OPERATION_SAMPLES.map((s) => [
    s.method,
    async () => {
      if (failWith !== undefined) throw failWith;
      return s.output;
    },
  ]),
) as unknown as ServiceHandlers;

let server: RunningBackend;
beforeAll(async () => {
  server = await serveOnFreePort(createApp({ handlers }).fetch);
});
afterAll(() => server.close());

async function send(operation: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.0",
      "x-amz-target": `PartnerCentralBenefitsService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

describe("wire responses satisfy the OpenAPI document", () => {
  it.each(OPERATION_SAMPLES.map((s) => [s.operation] as const))(
    "%s: request and 200 response",
    async (operation) => {
      failWith = undefined;
      const shapes = serviceSchema.operations[operation];
      const body = sampleInput(operation, { members: "all", timestamps: "wire" });
      expect(requestProblems(operation, body)).toEqual([]);
      const { status, json } = await send(operation, body);
      expect(status).toBe(200);
      expect(schemaProblems(shapes?.output ?? "", json)).toEqual([]);
    },
  );

  it.each(modelledErrors().map((e) => [e.operation, e.name, e] as const))(
    "%s: %s response",
    async (operation, name, spec) => {
      const ErrorClass = (models as unknown as Record<string, new (opts: object) => Error>)[name];
      if (!ErrorClass) throw new Error(`@pc-benefits/protocol/models has no error class ${name}`);
      failWith = new ErrorClass({ message: "m", $metadata: {}, ...spec.members });
      const { status, json } = await send(operation, sampleInput(operation));
      expect(status).toBe(spec.status);
      expect(schemaProblems(name, json)).toEqual([]);
    },
  );

  it("validation failures, typed with the document's request and response types", async () => {
    failWith = undefined;
    const bad = { Catalog: "AWS", Identifier: "nope" } satisfies RequestBody<"GetBenefit">;
    const { status, json } = await send("GetBenefit", bad);
    expect(status).toBe(400);
    expect(schemaProblems("ValidationException", json)).toEqual([]);
    const good: ResponseBody<"GetBenefit"> = (
      await send("GetBenefit", { ...bad, Identifier: "ben-0123456789abcd" })
    ).json as ResponseBody<"GetBenefit">;
    expect(good.Id).toBe("ben-0123456789abcd");
  });
});
