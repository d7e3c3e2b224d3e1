/**
 * Every modelled error of every operation, as the OpenAPI document lists them, forced through the two
 * typed MSW overrides a test writer has (`mock.override` of `@pc-benefits/emulator/msw`, and the
 * generated per-operation factories of `@pc-benefits/msw` with `failWith`): both clients must surface it
 * as their own exception class of that name, with the `$fault` and HTTP status the document declares.
 */
import * as models from "@pc-benefits/client/models";
import { type BenefitsMock, createBenefitsMock } from "@pc-benefits/emulator/msw";
import * as factories from "@pc-benefits/msw";
import type { OperationName } from "@pc-benefits/openapi";
import { modelledErrors, VALID_INPUTS } from "@pc-benefits/testkit";
import type { HttpHandler } from "msw";
import { type SetupServer, setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MSW_BASE_URL } from "./support/backends.js";
import { CLIENT_NAMES, type ContractClient, createClient } from "./support/clients.js";

type ErrorConstructor = new (
  options: { message: string; $metadata: object } & Record<string, unknown>,
) => Error;

type Factory = (resolver: (input: unknown) => never, options?: factories.HandlerOptions) => HttpHandler;

/** The generated factory of an operation (`getBenefit` for GetBenefit), answering only on the suite's URL. */
function factoryOverride(operation: OperationName, error: Error): HttpHandler {
  const name = `${operation.charAt(0).toLowerCase()}${operation.slice(1)}`;
  const factory = (factories as unknown as Record<string, Factory | undefined>)[name];
  if (!factory) throw new Error(`@pc-benefits/msw exports no ${name}`);
  return factory(factories.failWith(error), { baseUrl: MSW_BASE_URL, officialEndpoints: false });
}

const OVERRIDES = {
  "mock.override": (operation: OperationName, error: Error) =>
    mock.override(operation, () => {
      throw error;
    }),
  "@pc-benefits/msw factory": factoryOverride,
};

const ERRORS = modelledErrors();
let mock: BenefitsMock;
let server: SetupServer;
const clients: ContractClient[] = [];

beforeAll(() => {
  mock = createBenefitsMock({ seed: "contract-tests", baseUrl: MSW_BASE_URL });
  server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  for (const name of CLIENT_NAMES) clients.push(createClient(name, MSW_BASE_URL, "msw"));
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  for (const client of clients) client.destroy();
  server.close();
  mock.close();
});

describe("the document's error table", () => {
  it("lists errors for all 17 operations, 4xx as client faults and 5xx as server faults", () => {
    expect(new Set(ERRORS.map((e) => e.operation)).size).toBe(17);
    for (const e of ERRORS) expect(e.fault).toBe(e.status >= 500 ? "server" : "client");
  });
});

describe("modelled errors reach both clients as the document declares", () => {
  it.each(ERRORS.map((e) => [e.operation, e.name, e.status, e]))(
    "%s: %s (%i)",
    async (operation, name, status, spec) => {
      const ErrorClass = (models as unknown as Record<string, ErrorConstructor | undefined>)[name];
      if (!ErrorClass) throw new Error(`@pc-benefits/client/models exports no ${name}`);
      const seen: { via: string; client: string; name: string; fault: unknown; status: unknown }[] = [];
      for (const [via, override] of Object.entries(OVERRIDES)) {
        server.resetHandlers();
        server.use(
          override(
            operation,
            new ErrorClass({ message: `${name} forced by the suite`, $metadata: {}, ...spec.members }),
          ),
        );
        for (const client of clients) {
          const error = await client.send(operation, VALID_INPUTS[operation]).then(
            () => expect.fail(`${client.name}: ${operation} succeeded`),
            (e: unknown) => e as Error & { $fault?: unknown; $metadata?: { httpStatusCode?: number } },
          );
          const Expected = client.errorClass(name);
          expect(Expected, `${client.name} exports ${name}`).toBeDefined();
          expect(error).toBeInstanceOf(Expected as NonNullable<typeof Expected>);
          expect(error.message).toBe(`${name} forced by the suite`);
          expect(error).toMatchObject(spec.members);
          seen.push({
            via,
            client: client.name,
            name: error.name,
            fault: error.$fault,
            status: error.$metadata?.httpStatusCode,
          });
        }
      }
      expect(seen).toEqual(
        Object.keys(OVERRIDES).flatMap((via) =>
          CLIENT_NAMES.map((client) => ({ via, client, name, fault: spec.fault, status })),
        ),
      );
    },
  );
});
