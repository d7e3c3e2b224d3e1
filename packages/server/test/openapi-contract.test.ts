/**
 * Cross-check of two independent generators: every wire response of the Hono stub (success, modelled
 * error, validation error) must satisfy the schema `@pc-benefits/openapi` documents for it.
 */
import * as models from "@pc-benefits/client/models";
import { openapiDocument, type RequestBody, type ResponseBody } from "@pc-benefits/openapi";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELLED_ERRORS, SAMPLES } from "../../protocol/test/fixtures/benefits-samples.js";
import { serviceSchema } from "../src/core.js";
import { createApp, type ServiceHandlers } from "../src/index.js";
import { startServer } from "./start-server.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
ajv.addSchema(openapiDocument as object, "openapi.json");

function schemaErrors(shape: string, value: unknown): string[] {
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${shape}`);
  if (!validate) throw new Error(`no schema ${shape}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

let failWith: unknown;
const handlers = Object.fromEntries(
  SAMPLES.map((s) => [
    s.method,
    async () => {
      if (failWith !== undefined) throw failWith;
      return s.output;
    },
  ]),
) as unknown as ServiceHandlers;

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer(createApp({ handlers }));
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
  it.each(SAMPLES.map((s) => [s.operation, s] as const))(
    "%s: request and 200 response",
    async (operation, sample) => {
      failWith = undefined;
      const shapes = serviceSchema.operations[operation];
      expect(schemaErrors(shapes?.input ?? "", sample.input)).toEqual([]);
      const { status, json } = await send(operation, sample.input);
      expect(status).toBe(200);
      expect(schemaErrors(shapes?.output ?? "", json)).toEqual([]);
    },
  );

  it.each(MODELLED_ERRORS.map((e) => [e.name, e] as const))("%s response", async (name, spec) => {
    const ErrorClass = (models as unknown as Record<string, new (opts: object) => Error>)[name];
    if (!ErrorClass) throw new Error(`no error class ${name}`);
    failWith = new ErrorClass({ message: "m", $metadata: {}, ...spec.members });
    const sample = SAMPLES.find((s) => s.operation === spec.operation);
    const { status, json } = await send(spec.operation, sample?.input);
    expect(status).toBe(spec.status);
    expect(schemaErrors(name, json)).toEqual([]);
  });

  it("validation failures, typed with the document's request and response types", async () => {
    failWith = undefined;
    const bad = { Catalog: "AWS", Identifier: "nope" } satisfies RequestBody<"GetBenefit">;
    const { status, json } = await send("GetBenefit", bad);
    expect(status).toBe(400);
    expect(schemaErrors("ValidationException", json)).toEqual([]);
    const good: ResponseBody<"GetBenefit"> = (
      await send("GetBenefit", { ...bad, Identifier: "ben-0123456789abcd" })
    ).json as ResponseBody<"GetBenefit">;
    expect(good.Id).toBe("ben-0123456789abcd");
  });
});
