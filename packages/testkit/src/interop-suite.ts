/**
 * One suite, run for each (client, backend) pair a package has: the official SDK and our client, against a
 * Hono server on a real port or MSW handlers. The backend serves handlers the suite controls: every
 * operation round-trips its richest sample (`OPERATION_SAMPLES`), one modelled error per error name
 * arrives as the client's own exception class with its status and members, an unexpected throw becomes an
 * `InternalServerException` without detail, and each of `VALIDATION_CASES` is refused field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Call } from "./clients.js";
import { TEST_CREDENTIALS, TEST_REGION } from "./clients.js";
import { modelledErrors } from "./modelled-errors.js";
import { OPERATION_SAMPLES } from "./operation-samples.js";
import { VALIDATION_CASES } from "./validation-cases.js";

type ErrorClass = abstract new (...args: never[]) => Error;

/** The handlers the suite serves, by method name (`getBenefit`): a service's handler table. */
export type InteropHandlers = Record<string, (input: unknown, context: unknown) => Promise<unknown>>;

export interface InteropTarget {
  /** Starts the backend with these handlers; returns the endpoint to call and how to stop it. */
  start(handlers: InteropHandlers): Promise<{ url: string; close(): Promise<void> | void }>;
  /** Builds a client for the endpoint, called by operation or method name. */
  client(url: string): Call;
  /** The client's exception class for a modelled error name. */
  errorClass(name: string): ErrorClass | undefined;
  /** The exception a handler throws for a modelled error (the service side's class of that name). */
  serviceError(name: string, init: { message: string } & Record<string, unknown>): Error;
}

/** One operation per modelled error name: the first the document lists it for. */
const ERRORS = [...new Map(modelledErrors().map((e) => [e.name, e])).values()];

export function defineInteropSuite(label: string, target: InteropTarget): void {
  describe(label, () => {
    const received = new Map<string, { input: unknown; context: unknown }>();
    let nextError: unknown;
    let backend: { url: string; close(): Promise<void> | void };
    let call: Call;

    const handlers: InteropHandlers = Object.fromEntries(
      OPERATION_SAMPLES.map((s) => [
        s.method,
        async (input: unknown, context: unknown) => {
          received.set(s.operation, { input, context });
          if (nextError !== undefined) {
            const error = nextError;
            nextError = undefined;
            throw error;
          }
          return s.output;
        },
      ]),
    );

    beforeAll(async () => {
      backend = await target.start(handlers);
      call = target.client(backend.url);
    });
    afterAll(() => backend?.close());

    it.each(OPERATION_SAMPLES.map((s) => [s.operation, s] as const))(
      "round-trips %s",
      async (operation, sample) => {
        const { $metadata, ...output } = await call(sample.method, sample.input);
        expect(output).toEqual(sample.output);
        expect($metadata).toMatchObject({ httpStatusCode: 200, requestId: expect.any(String) });
        const seen = received.get(operation);
        expect(seen?.input).toEqual(sample.input);
        expect(seen?.context).toMatchObject({
          operation,
          caller: {
            accessKeyId: TEST_CREDENTIALS.accessKeyId,
            region: TEST_REGION,
            service: "partnercentral-benefits",
          },
        });
      },
    );

    it.each(ERRORS.map((e) => [e.name, e] as const))(
      "delivers a thrown %s as the client's exception class",
      async (name, spec) => {
        const Expected = target.errorClass(name);
        if (!Expected) throw new Error(`the client has no exception class ${name}`);
        nextError = target.serviceError(name, {
          message: `${name} happened`,
          $metadata: {},
          ...spec.members,
        });
        const sample = OPERATION_SAMPLES.find((s) => s.operation === spec.operation);
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
      const sample = OPERATION_SAMPLES.find((s) => s.operation === "GetBenefit");
      const error = await call("getBenefit", sample?.input).catch((e: unknown) => e);
      const Expected = target.errorClass("InternalServerException");
      expect(Expected && error instanceof Expected).toBe(true);
      expect((error as Error).message).toBe("An internal error occurred");
      expect(JSON.stringify(error)).not.toContain("hunter2");
    });

    it.each(VALIDATION_CASES.map((c) => [c.operation, c.fields.map((f) => f[0]).join(", "), c] as const))(
      "answers %s with ValidationException naming %s",
      async (operation, _names, { input, fields }) => {
        const error = await call(operation, input).catch((e: unknown) => e);
        const Expected = target.errorClass("ValidationException");
        if (!Expected) throw new Error("the client has no exception class ValidationException");
        expect(error).toBeInstanceOf(Expected);
        const validation = error as Error & {
          $metadata: { httpStatusCode?: number };
          Reason?: string;
          FieldList?: { Name: string; Code?: string; Message?: string }[];
        };
        expect(validation.$metadata.httpStatusCode).toBe(400);
        expect(validation.Reason).toBe("fieldValidationFailed");
        expect(validation.FieldList?.map((f) => [f.Name, f.Code])).toEqual(fields);
        expect(validation.FieldList?.every((f) => f.Message?.startsWith("Value"))).toBe(true);
        expect(validation.message).toMatch(/^\d+ validation errors? detected: /);
      },
    );
  });
}
