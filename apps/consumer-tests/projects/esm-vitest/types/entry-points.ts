// Every published entry point, as a team's code imports it; compiled by tsc under each moduleResolution
// (copied to entry-points.cts for the CommonJS side of node16/nodenext).

import * as client from "@pc-benefits/client";
import { GetBenefitCommand, PartnerCentralBenefitsClient } from "@pc-benefits/client";
import type { GetBenefitOutput } from "@pc-benefits/client/models";
import * as models from "@pc-benefits/client/models";
import * as clientNode from "@pc-benefits/client/node";
import * as emulator from "@pc-benefits/emulator";
import * as emulatorMsw from "@pc-benefits/emulator/msw";
import type { SqliteStoreOptions } from "@pc-benefits/emulator/sqlite";
import * as emulatorHttp from "@pc-benefits/emulator-server";
import * as msw from "@pc-benefits/msw";
import type { RequestBody } from "@pc-benefits/openapi";
import * as openapi from "@pc-benefits/openapi";
import * as server from "@pc-benefits/server";
import * as serverCore from "@pc-benefits/server/core";

const body: RequestBody<"GetBenefit"> = { Catalog: "AWS", Identifier: "ben-0123456789abcd" };
const sdk = new PartnerCentralBenefitsClient({
  region: "us-east-1",
  requestHandler: new clientNode.NodeHttpHandler(),
});
export const call: Promise<GetBenefitOutput> = sdk.send(new GetBenefitCommand(body));
const mock = emulatorMsw.createBenefitsMock({ seed: 42 });
export const override = mock.override("GetBenefit", async (input, { engine }) => ({
  ...(await engine()),
  Name: `Renamed ${input.Identifier}`,
}));
export const sqlite: SqliteStoreOptions = { dataDir: ".emulator" };
export const all = [
  openapi,
  client,
  models,
  clientNode,
  server,
  serverCore,
  msw,
  emulator,
  emulatorMsw,
  emulatorHttp,
];
