/**
 * Both clients behind one small interface: `send(operation, input)` builds the client's own
 * `<Operation>Command` from its package entry point and sends it, as an application would.
 */
import * as official from "@aws-sdk/client-partnercentral-benefits";
import * as ours from "@pc-benefits/client";
import { NodeHttpHandler } from "@pc-benefits/client/node";
import type { OperationName } from "@pc-benefits/openapi";

export type ClientName = "@pc-benefits/client" | "official SDK";

export const CLIENT_NAMES: readonly ClientName[] = ["@pc-benefits/client", "official SDK"];

export interface ContractClient {
  name: ClientName;
  send(operation: OperationName, input: object): Promise<Record<string, unknown>>;
  /** The client's own exception class for a modelled error name. */
  errorClass(name: string): (abstract new (...args: never[]) => Error) | undefined;
  destroy(): void;
}

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "contract-secret" };

type Command = new (input: object) => object;
type Sender = { send(command: object): Promise<Record<string, unknown>>; destroy(): void };

function lookup<T>(module: object, name: string): T {
  const value = (module as Record<string, unknown>)[name];
  if (value === undefined) throw new Error(`the package exports no ${name}`);
  return value as T;
}

function contractClient(name: ClientName, module: object, client: Sender): ContractClient {
  return {
    name,
    send: (operation, input) => client.send(new (lookup<Command>(module, `${operation}Command`))(input)),
    errorClass: (error) => (module as Record<string, abstract new (...args: never[]) => Error>)[error],
    destroy: () => client.destroy(),
  };
}

/**
 * A client for `endpoint`, one attempt per call (errors must arrive as they were sent). Ours uses the
 * keep-alive Node transport (`@pc-benefits/client/node`) against a real port and its default `fetch`
 * transport under MSW: `setupServer` does not intercept `NodeHttpHandler` today (it binds `node:http`'s
 * `request` as an ESM named import, which MSW's interceptor cannot patch).
 */
export function createClient(
  name: ClientName,
  endpoint: string,
  transport: "socket" | "msw",
): ContractClient {
  const config = { region: "us-east-1", endpoint, credentials, maxAttempts: 1 };
  if (name === "official SDK") {
    return contractClient(name, official, new official.PartnerCentralBenefitsClient(config));
  }
  const client = new ours.PartnerCentralBenefitsClient(
    transport === "socket" ? { ...config, requestHandler: new NodeHttpHandler() } : config,
  );
  return contractClient(name, ours, client);
}

/** The output without `$metadata`, which legitimately differs (request IDs, attempts). */
export function withoutMetadata(output: Record<string, unknown>): Record<string, unknown> {
  const { $metadata: _metadata, ...rest } = output;
  return rest;
}
