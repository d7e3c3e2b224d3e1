/**
 * The transport x client matrix: the engine behind the Hono server on a real local port and behind
 * MSW (`createBenefitsMock` + `setupServer`), called with `@pc-benefits/client` (keep-alive Node
 * transport) and with the official `@aws-sdk/client-partnercentral-benefits`.
 */

import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import { NodeHttpHandler } from "@pc-benefits/client/node";
import { createApp } from "@pc-benefits/server";
import {
  type Call,
  callByOperation,
  interceptWithMsw,
  matrix,
  serveOnFreePort,
  testClientConfig,
} from "@pc-benefits/testkit";
import { expect } from "vitest";
import { exampleDetails } from "../../src/catalog/example-details.js";
import type { Benefit } from "../../src/catalog/seed-catalog.js";
import type { ApplicationStatus } from "../../src/engine/api-types.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "../../src/engine/create-emulator.js";
import { serviceHandlers } from "../../src/engine/service-handlers.js";
import { createBenefitsMock } from "../../src/transports/msw/create-benefits-mock.js";

export const OPPORTUNITY_ARN =
  "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1234567";
export const OTHER_ARN = "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O7654321";

const MSW_BASE_URL = "http://benefits.emulator.test";

/** A running transport over one engine. */
export interface Backend {
  kind: "hono" | "msw";
  url: string;
  emulator: Emulator;
  close(): Promise<void>;
}

export type Transport = (options?: EmulatorOptions) => Promise<Backend>;

export const honoTransport: Transport = async (options = {}) => {
  const emulator = createEmulator({ seed: "transports", ...options });
  const app = createApp({ handlers: serviceHandlers(emulator), docs: false, openapi: false });
  const server = await serveOnFreePort(app.fetch);
  return {
    kind: "hono",
    url: server.url,
    emulator,
    close: async () => {
      emulator.close();
      await server.close();
    },
  };
};

export const mswTransport: Transport = async (options = {}) => {
  const mock = createBenefitsMock({ seed: "transports", baseUrl: MSW_BASE_URL, ...options });
  const intercepted = interceptWithMsw(mock.handlers, MSW_BASE_URL);
  return {
    kind: "msw",
    url: intercepted.url,
    emulator: mock.emulator,
    close: async () => {
      await intercepted.close();
      mock.close();
    },
  };
};

export type ClientFactory = (backend: Pick<Backend, "kind" | "url">) => { call: Call; destroy(): void };

/**
 * Our client: the keep-alive Node transport against the server; its default fetch transport under MSW,
 * because `setupServer` does not intercept NodeHttpHandler today (see test/msw/node-transport.test.ts).
 */
export const ourClient: ClientFactory = ({ kind, url }) => {
  const client = new PartnerCentralBenefits(
    testClientConfig(url, kind === "hono" ? { requestHandler: new NodeHttpHandler() } : {}),
  );
  return { call: callByOperation(client), destroy: () => client.destroy() };
};

export const officialClient: ClientFactory = ({ url }) => {
  const client = new sdk.PartnerCentralBenefits(testClientConfig(url));
  return { call: callByOperation(client), destroy: () => client.destroy() };
};

export const TRANSPORTS: [string, Transport][] = [
  ["Hono server", honoTransport],
  ["MSW", mswTransport],
];

export const CLIENTS: [string, ClientFactory][] = [
  ["@pc-benefits/client", ourClient],
  ["official SDK", officialClient],
];

/** Every (transport, client) pair, for `describe.each`. */
export const MATRIX = matrix(TRANSPORTS, CLIENTS);

let tokens = 0;
export const token = () => `tok-${++tokens}-${Math.random().toString(36).slice(2, 8)}`;

/** An active benefit with fulfillment types and an amendable path. */
export function activeBenefit(emulator: Emulator, catalog = "AWS"): Benefit {
  const benefit = emulator
    .benefits(catalog)
    .find((b) => b.status === "ACTIVE" && b.fulfillmentTypes.length > 0 && b.amendablePaths.length > 0);
  if (!benefit) throw new Error(`no active benefit in ${catalog}`);
  return benefit;
}

export interface Draft {
  id: string;
  arn: string;
  revision: string;
  benefit: Benefit;
}

/** A complete draft created over the wire. */
export async function createDraft(call: Call, emulator: Emulator, extra: object = {}): Promise<Draft> {
  const benefit = activeBenefit(emulator);
  const out = await call("CreateBenefitApplication", {
    Catalog: "AWS",
    ClientToken: token(),
    BenefitIdentifier: benefit.id,
    Name: "Draft",
    Description: "Created through a transport",
    FulfillmentTypes: [...benefit.fulfillmentTypes],
    BenefitApplicationDetails: exampleDetails(benefit),
    AssociatedResources: [OPPORTUNITY_ARN],
    ...extra,
  });
  return { id: String(out.Id), arn: String(out.Arn), revision: String(out.Revision), benefit };
}

export async function getApp(call: Call, id: string) {
  return call("GetBenefitApplication", { Catalog: "AWS", Identifier: id });
}

/** A new application driven into `status` over the wire (partner calls) and the reviewer API. */
export async function applicationIn(
  call: Call,
  emulator: Emulator,
  status: ApplicationStatus,
): Promise<Draft> {
  const app = await createDraft(call, emulator);
  if (status === "PENDING_SUBMISSION") return app;
  if (status === "CANCELED") {
    await call("CancelBenefitApplication", {
      Catalog: "AWS",
      ClientToken: token(),
      Identifier: app.id,
      Reason: "No",
    });
    return app;
  }
  await call("SubmitBenefitApplication", { Catalog: "AWS", Identifier: app.id });
  if (status === "ACTION_REQUIRED")
    emulator.reviewer.requestAction("AWS", app.id, { statusReason: "Fix it" });
  if (status === "APPROVED") emulator.reviewer.approve("AWS", app.id);
  if (status === "REJECTED") emulator.reviewer.reject("AWS", app.id, { statusReason: "Not eligible" });
  expect((await getApp(call, app.id)).Status).toBe(status);
  return app;
}
