/**
 * The transport x client matrix: the engine behind the Hono server on a real local port and behind
 * MSW (`createBenefitsMock` + `setupServer`), called with `@pc-benefits/client` (keep-alive Node
 * transport) and with the official `@aws-sdk/client-partnercentral-benefits`.
 */

import type { AddressInfo } from "node:net";
import * as sdk from "@aws-sdk/client-partnercentral-benefits";
import { serve } from "@hono/node-server";
import { PartnerCentralBenefits } from "@pc-benefits/client";
import { NodeHttpHandler } from "@pc-benefits/client/node";
import { createApp } from "@pc-benefits/server";
import { setupServer } from "msw/node";
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

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
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
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    kind: "hono",
    url: `http://127.0.0.1:${port}`,
    emulator,
    close: () =>
      new Promise<void>((resolve) => {
        emulator.close();
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
};

export const mswTransport: Transport = async (options = {}) => {
  const mock = createBenefitsMock({ seed: "transports", baseUrl: MSW_BASE_URL, ...options });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  return {
    kind: "msw",
    url: MSW_BASE_URL,
    emulator: mock.emulator,
    close: async () => {
      server.close();
      mock.close();
    },
  };
};

/** What both clients throw, normalized. */
export interface CallError {
  name: string;
  status: number | undefined;
  message: string;
  Reason?: string;
  FieldList?: { Name: string; Code?: string }[];
  members: Record<string, unknown>;
}

/** One operation call by operation name (`GetBenefit`), the output as a plain record. */
export type Call = (operation: string, input: object) => Promise<Record<string, unknown>>;

export type ClientFactory = (backend: Pick<Backend, "kind" | "url">) => { call: Call; destroy(): void };

function aggregated(client: object): Call {
  return (operation, input) => {
    const method = `${operation.charAt(0).toLowerCase()}${operation.slice(1)}`;
    const fn = (client as Record<string, (input: object) => Promise<Record<string, unknown>>>)[method];
    if (!fn) throw new Error(`the client has no method ${method}`);
    return fn.call(client, input);
  };
}

/**
 * Our client: the keep-alive Node transport against the server; its default fetch transport under MSW,
 * because `setupServer` does not intercept NodeHttpHandler today (see test/msw/node-transport.test.ts).
 */
export const ourClient: ClientFactory = ({ kind, url }) => {
  const client = new PartnerCentralBenefits({
    region: "us-east-1",
    endpoint: url,
    credentials,
    maxAttempts: 1,
    ...(kind === "hono" ? { requestHandler: new NodeHttpHandler() } : {}),
  });
  return { call: aggregated(client), destroy: () => client.destroy() };
};

export const officialClient: ClientFactory = ({ url }) => {
  const client = new sdk.PartnerCentralBenefits({
    region: "us-east-1",
    endpoint: url,
    credentials,
    maxAttempts: 1,
  });
  return { call: aggregated(client), destroy: () => client.destroy() };
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
export const MATRIX: [string, string, Transport, ClientFactory][] = TRANSPORTS.flatMap(([t, transport]) =>
  CLIENTS.map(([c, client]) => [t, c, transport, client] as [string, string, Transport, ClientFactory]),
);

export function normalize(error: unknown): CallError {
  if (!(error instanceof Error)) throw error;
  const e = error as Error & Record<string, unknown> & { $metadata?: { httpStatusCode?: number } };
  const members: Record<string, unknown> = {};
  for (const key of Object.keys(e)) if (/^[A-Z]/.test(key)) members[key] = e[key];
  const out: CallError = { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message, members };
  if (typeof e.Reason === "string") out.Reason = e.Reason;
  if (Array.isArray(e.FieldList)) out.FieldList = e.FieldList as { Name: string; Code?: string }[];
  return out;
}

/** Awaits a call expected to fail and returns the normalized error (failing the test on success). */
export async function failure(promise: Promise<unknown>): Promise<CallError> {
  const result = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (result.ok) expect.fail(`expected the call to fail, it returned ${JSON.stringify(result.value)}`);
  return normalize(result.error);
}

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
