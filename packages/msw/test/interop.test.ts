/**
 * The official SDK and @pc-benefits/client against these handlers (`setupServer`), all 17 operations, through
 * the shared interop suite: `handlersFor` on the official regional endpoint (the SDK resolves it from its own
 * rules, which the handlers must match) and a link's `router` on a configured base URL.
 */
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import * as models from "@pc-benefits/protocol/models";
import {
  callByOperation,
  defineInteropSuite,
  type InteropHandlers,
  interceptWithMsw,
  testClientConfig,
} from "@pc-benefits/testkit";
import type { HttpHandler } from "msw";
import { handlersFor, partnerCentralBenefits } from "../src/index.js";

type ErrorClass = abstract new (...args: never[]) => Error;
const LOCAL = "http://localhost:4010";
const quiet = { validateOutput: true, onError: () => {} };

function serviceError(name: string, init: { message: string } & Record<string, unknown>): Error {
  const ErrorClass = (models as unknown as Record<string, new (init: object) => Error>)[name];
  if (!ErrorClass) throw new Error(`@pc-benefits/protocol/models has no error class ${name}`);
  return new ErrorClass({ ...init, $metadata: {} });
}

const msw = (url: string, handlers: (table: InteropHandlers) => HttpHandler[]) => (table: InteropHandlers) =>
  Promise.resolve(interceptWithMsw(handlers(table), url));

defineInteropSuite("official SDK -> MSW handlersFor (official regional endpoint)", {
  start: msw("https://partnercentral-benefits.us-east-1.api.aws", (table) => handlersFor(table, quiet)),
  client: () => callByOperation(new sdk.PartnerCentralBenefits(testClientConfig(undefined))),
  errorClass: (name) => (sdk as unknown as Record<string, ErrorClass>)[name],
  serviceError,
});

defineInteropSuite("@pc-benefits/client -> MSW link(url).router (configured base URL)", {
  start: msw(LOCAL, (table) => [partnerCentralBenefits.link(LOCAL).router(table, quiet)]),
  client: (url) => callByOperation(new PartnerCentralBenefits(testClientConfig(url))),
  errorClass: (name) => (models as unknown as Record<string, ErrorClass>)[name],
  serviceError,
});
