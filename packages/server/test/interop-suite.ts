/**
 * One suite, run for every (client, backend) pair: the official SDK and our client, against the Hono stub
 * on a real port and against MSW. Every operation round-trips; every modelled error arrives as the
 * client's own exception class; validation failures are checked field by field.
 */
import * as models from "@pc-benefits/client/models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELLED_ERRORS, SAMPLES, VALIDATION_CASES } from "../../protocol/test/fixtures/benefits-samples.js";
import type { HandlerContext, ServiceHandlers } from "../src/index.js";

type AnyHandler = (input: unknown, context: HandlerContext) => Promise<unknown>;
type Call = (method: string, input: unknown) => Promise<Record<string, unknown>>;
type ErrorClass = abstract new (...args: never[]) => Error;

export interface InteropTarget {
  /** Starts the backend with these handlers; returns the endpoint to call and how to stop it. */
  start(handlers: ServiceHandlers): Promise<{ url: string; close(): Promise<void> | void }>;
  /** Builds a client for the endpoint; `call(method, input)` invokes its lowerCamelCase method. */
  client(url: string): Call;
  /** The client's exception class for a modelled error name. */
  errorClass(name: string): ErrorClass | undefined;
  /** The client's exception class for validation errors (to read `FieldList`, `Reason`). */
  validationClass: ErrorClass;
}

export function defineInteropSuite(label: string, target: InteropTarget): void {
  describe(label, () => {
    const received = new Map<string, { input: unknown; context: HandlerContext }>();
    let nextError: unknown;
    let backend: { url: string; close(): Promise<void> | void };
    let call: Call;

    const handlers = Object.fromEntries(
      SAMPLES.map((s) => [
        s.method,
        (async (input, context) => {
          received.set(s.operation, { input, context });
          if (nextError !== undefined) {
            const error = nextError;
            nextError = undefined;
            throw error;
          }
          return s.output;
        }) satisfies AnyHandler,
      ]),
    ) as unknown as ServiceHandlers;

    beforeAll(async () => {
      backend = await target.start(handlers);
      call = target.client(backend.url);
    });
    afterAll(() => backend.close());

    it.each(SAMPLES.map((s) => [s.operation, s] as const))("round-trips %s", async (operation, sample) => {
      const { $metadata, ...output } = await call(sample.method, sample.input);
      expect(output).toEqual(sample.output);
      expect($metadata).toMatchObject({ httpStatusCode: 200, requestId: expect.any(String) });
      const seen = received.get(operation);
      expect(seen?.input).toEqual(sample.input);
      expect(seen?.context).toMatchObject({
        operation,
        caller: { accessKeyId: "AKIDEXAMPLE", region: "us-east-1", service: "partnercentral-benefits" },
      });
    });

    it.each(MODELLED_ERRORS.map((e) => [e.name, e] as const))(
      "delivers a thrown %s as the client's exception class",
      async (name, spec) => {
        const Thrown = (models as unknown as Record<string, new (opts: object) => Error>)[name];
        const Expected = target.errorClass(name);
        if (!Thrown || !Expected) throw new Error(`missing error class ${name}`);
        nextError = new Thrown({ message: `${name} happened`, $metadata: {}, ...spec.members });
        const sample = SAMPLES.find((s) => s.operation === spec.operation);
        const error = await call(sample?.method ?? "", sample?.input).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Expected);
        expect(error).toMatchObject({
          name,
          message: `${name} happened`,
          $metadata: { httpStatusCode: spec.status },
          ...spec.members,
        });
      },
    );

    it("answers an unexpected throw with InternalServerException and no detail", async () => {
      nextError = new Error("database password is hunter2");
      const error = await call("getBenefit", { Catalog: "AWS", Identifier: "ben-0123456789abcd" }).catch(
        (e) => e,
      );
      const Expected = target.errorClass("InternalServerException");
      expect(Expected && error instanceof Expected).toBe(true);
      expect((error as Error).message).toBe("An internal error occurred");
      expect(JSON.stringify(error)).not.toContain("hunter2");
    });

    it.each(
      VALIDATION_CASES.map(
        ([op, input, fields]) => [op, fields.map((f) => f[0]).join(", "), input, fields] as const,
      ),
    )("answers %s with ValidationException naming %s", async (operation, _names, input, fields) => {
      const sample = SAMPLES.find((s) => s.operation === operation);
      const error = await call(sample?.method ?? "", input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(target.validationClass);
      const validation = error as models.ValidationException;
      expect(validation.$metadata.httpStatusCode).toBe(400);
      expect(validation.Reason).toBe("fieldValidationFailed");
      expect(validation.FieldList?.map((f) => [f.Name, f.Code])).toEqual(fields);
      expect(validation.FieldList?.every((f) => f.Message?.startsWith("Value"))).toBe(true);
      expect(validation.message).toMatch(/^\d+ validation errors? detected: /);
    });
  });
}
