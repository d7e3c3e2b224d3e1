/** The official SDK and our client against the generated MSW handlers (`setupServer`), all 17 operations. */
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import * as models from "@pc-benefits/client/models";
import { setupServer } from "msw/node";
import { defineInteropSuite } from "../../server/test/interop-suite.js";
import { handlersFor } from "../src/index.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const LOCAL = "http://localhost:4010";

function caller(client: object) {
  return (method: string, input: unknown) => {
    const fn = (client as Record<string, (input: unknown) => Promise<Record<string, unknown>>>)[method];
    if (!fn) throw new Error(`the client has no method ${method}`);
    return fn.call(client, input);
  };
}

function mswBackend(url: string) {
  return (handlers: Parameters<typeof handlersFor>[0]) => {
    const server = setupServer(
      ...handlersFor(handlers, { baseUrl: LOCAL, validateOutput: true, onError: () => {} }),
    );
    server.listen({ onUnhandledRequest: "error" });
    return Promise.resolve({ url, close: () => server.close() });
  };
}

defineInteropSuite("official SDK -> MSW (official regional endpoint)", {
  start: mswBackend("https://partnercentral-benefits.us-east-1.api.aws"),
  // No endpoint: the SDK resolves the real one from its rules, which the handlers must match.
  client: () => caller(new sdk.PartnerCentralBenefits({ region: "us-east-1", credentials, maxAttempts: 1 })),
  errorClass: (name) => (sdk as unknown as Record<string, abstract new () => Error>)[name],
  validationClass: sdk.ValidationException,
});

defineInteropSuite("@pc-benefits/client -> MSW (configured base URL)", {
  start: mswBackend(LOCAL),
  client: (url) =>
    caller(new PartnerCentralBenefits({ region: "us-east-1", endpoint: url, credentials, maxAttempts: 1 })),
  errorClass: (name) => (models as unknown as Record<string, abstract new () => Error>)[name],
  validationClass: models.ValidationException,
});
