import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import * as models from "@pc-benefits/client/models";
import { createApp } from "../src/index.js";
import { defineInteropSuite } from "./interop-suite.js";
import { startServer } from "./start-server.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

function caller(client: object) {
  return (method: string, input: unknown) => {
    const fn = (client as Record<string, (input: unknown) => Promise<Record<string, unknown>>>)[method];
    if (!fn) throw new Error(`the client has no method ${method}`);
    return fn.call(client, input);
  };
}

const hono = (handlers: Parameters<typeof createApp>[0]["handlers"]) =>
  startServer(createApp({ handlers, validateOutput: true, onError: () => {} }));

defineInteropSuite("official SDK -> Hono server", {
  start: hono,
  client: (url) =>
    caller(
      new sdk.PartnerCentralBenefits({ region: "us-east-1", endpoint: url, credentials, maxAttempts: 1 }),
    ),
  errorClass: (name) => (sdk as unknown as Record<string, abstract new () => Error>)[name],
  validationClass: sdk.ValidationException,
});

defineInteropSuite("@pc-benefits/client -> Hono server", {
  start: hono,
  client: (url) =>
    caller(new PartnerCentralBenefits({ region: "us-east-1", endpoint: url, credentials, maxAttempts: 1 })),
  errorClass: (name) => (models as unknown as Record<string, abstract new () => Error>)[name],
  validationClass: models.ValidationException,
});
