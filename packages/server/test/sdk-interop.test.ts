/**
 * The official SDK and @pc-benefits/client against the Hono server on a real port, through the test kit's
 * interop suite: every operation round-trips, every modelled error arrives as the client's own class,
 * validation failures are checked field by field.
 */
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import * as clientModels from "@pc-benefits/client/models";
import * as models from "@pc-benefits/protocol/models";
import {
  callByOperation,
  defineInteropSuite,
  type InteropHandlers,
  serveOnFreePort,
  testClientConfig,
} from "@pc-benefits/testkit";
import { createApp, type ServiceHandlers } from "../src/index.js";

type ErrorClass = abstract new (...args: never[]) => Error;

/** What a handler throws for a modelled error: the protocol's class of that name. */
function serviceError(name: string, init: { message: string } & Record<string, unknown>): Error {
  const ErrorClass = (models as unknown as Record<string, new (init: object) => Error>)[name];
  if (!ErrorClass) throw new Error(`@pc-benefits/protocol/models has no error class ${name}`);
  return new ErrorClass({ ...init, $metadata: {} });
}

const hono = (handlers: InteropHandlers) =>
  serveOnFreePort(
    createApp({ handlers: handlers as unknown as ServiceHandlers, validateOutput: true, onError: () => {} })
      .fetch,
  );

defineInteropSuite("official SDK -> Hono server", {
  start: hono,
  client: (url) => callByOperation(new sdk.PartnerCentralBenefits(testClientConfig(url))),
  errorClass: (name) => (sdk as unknown as Record<string, ErrorClass>)[name],
  serviceError,
});

defineInteropSuite("@pc-benefits/client -> Hono server", {
  start: hono,
  client: (url) => callByOperation(new PartnerCentralBenefits(testClientConfig(url))),
  errorClass: (name) => (clientModels as unknown as Record<string, ErrorClass>)[name],
  serviceError,
});
