/**
 * The test kit's interop suite over the published entry points: the official SDK and `@pc-benefits/client`
 * against the server stub (`createApp` of `@pc-benefits/server`, on a real port) and against the generated
 * MSW handlers (`handlersFor` of `@pc-benefits/msw`), both validating what the handlers return. Every
 * operation round-trips a sample with every member, every modelled error arrives as the client's class,
 * and invalid requests are refused field by field.
 */
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import * as models from "@pc-benefits/client/models";
import { NodeHttpHandler } from "@pc-benefits/client/node";
import { handlersFor } from "@pc-benefits/msw";
import { createApp } from "@pc-benefits/server";
import {
  callByOperation,
  defineInteropSuite,
  type InteropHandlers,
  type InteropTarget,
  interceptWithMsw,
  matrix,
  serveOnFreePort,
  testClientConfig,
} from "@pc-benefits/testkit";

type ErrorClass = abstract new (...args: never[]) => Error;
type Handlers = Parameters<typeof createApp>[0]["handlers"];

const MSW_BASE_URL = "http://benefits.interop.test";

const TRANSPORTS: [string, InteropTarget["start"]][] = [
  [
    "Hono server",
    (handlers: InteropHandlers) =>
      serveOnFreePort(
        createApp({ handlers: handlers as Handlers, validateOutput: true, onError: () => {} }).fetch,
      ),
  ],
  [
    "MSW",
    async (handlers: InteropHandlers) =>
      interceptWithMsw(
        handlersFor(handlers as Handlers, { baseUrl: MSW_BASE_URL, validateOutput: true, onError: () => {} }),
        MSW_BASE_URL,
      ),
  ],
];

interface ClientSpec {
  client(url: string): InteropTarget["client"] extends (url: string) => infer C ? C : never;
  errorClass(name: string): ErrorClass | undefined;
}

const CLIENTS: [string, ClientSpec][] = [
  [
    "@pc-benefits/client",
    {
      // The keep-alive Node transport against a port; its default fetch transport under MSW, which
      // intercepts fetch.
      client: (url) =>
        callByOperation(
          new PartnerCentralBenefits(
            testClientConfig(url, url === MSW_BASE_URL ? {} : { requestHandler: new NodeHttpHandler() }),
          ),
        ),
      errorClass: (name) => (models as unknown as Record<string, ErrorClass | undefined>)[name],
    },
  ],
  [
    "official SDK",
    {
      client: (url) => callByOperation(new sdk.PartnerCentralBenefits(testClientConfig(url))),
      errorClass: (name) => (sdk as unknown as Record<string, ErrorClass | undefined>)[name],
    },
  ],
];

for (const [transport, client, start, spec] of matrix(TRANSPORTS, CLIENTS)) {
  defineInteropSuite(`${client} -> ${transport}`, {
    start,
    client: spec.client,
    errorClass: spec.errorClass,
    serviceError: (name, init) => {
      const Thrown = (models as unknown as Record<string, (new (init: object) => Error) | undefined>)[name];
      if (!Thrown) throw new Error(`@pc-benefits/client/models exports no ${name}`);
      return new Thrown({ $metadata: {}, ...init });
    },
  });
}
