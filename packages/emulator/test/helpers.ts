import { expect } from "vitest";
import { exampleDetails } from "../src/catalog/example-details.js";
import type { Benefit } from "../src/catalog/seed-catalog.js";
import type { ApplicationStatus, FulfillmentType } from "../src/engine/api-types.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "../src/engine/create-emulator.js";
import { isModelledError, type ModelledError } from "../src/engine/errors.js";

export const OPPORTUNITY_ARN =
  "arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O1234567";

let tokenCounter = 0;
export const token = () => `tok-${++tokenCounter}-${Math.random().toString(36).slice(2, 8)}`;

export function setup(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ seed: "test", ...options });
}

/** An active benefit of the catalog that offers `type` (and has an amendable path). */
export function activeBenefit(emulator: Emulator, catalog = "AWS", type?: FulfillmentType): Benefit {
  const benefit = emulator
    .benefits(catalog)
    .find(
      (b) =>
        b.status === "ACTIVE" && (!type || b.fulfillmentTypes.includes(type)) && b.amendablePaths.length > 0,
    );
  if (!benefit) throw new Error(`no active benefit in ${catalog}`);
  return benefit;
}

/** Creates a complete draft (valid details, fulfillment types, one associated resource). */
export async function createDraft(emulator: Emulator, catalog = "AWS", account?: string) {
  const benefit = activeBenefit(emulator, catalog);
  const out = await emulator.handlers.CreateBenefitApplication(
    {
      Catalog: catalog,
      ClientToken: token(),
      BenefitIdentifier: benefit.id,
      Name: "Draft",
      FulfillmentTypes: [...benefit.fulfillmentTypes],
      BenefitApplicationDetails: exampleDetails(benefit),
      AssociatedResources: [OPPORTUNITY_ARN],
    },
    account ? { accountId: account } : undefined,
  );
  return { id: out.Id ?? "", arn: out.Arn ?? "", revision: out.Revision ?? "", benefit };
}

/** A new application driven into `status` through the partner API and the reviewer. */
export async function applicationIn(emulator: Emulator, status: ApplicationStatus, catalog = "AWS") {
  const app = await createDraft(emulator, catalog);
  const h = emulator.handlers;
  if (status === "PENDING_SUBMISSION") return app;
  if (status === "CANCELED") {
    await h.CancelBenefitApplication({ Catalog: catalog, ClientToken: token(), Identifier: app.id });
    return app;
  }
  await h.SubmitBenefitApplication({ Catalog: catalog, Identifier: app.id });
  if (status === "ACTION_REQUIRED")
    emulator.reviewer.requestAction(catalog, app.id, { statusReason: "Fix it" });
  if (status === "APPROVED") emulator.reviewer.approve(catalog, app.id);
  if (status === "REJECTED") emulator.reviewer.reject(catalog, app.id);
  return app;
}

export async function statusOf(emulator: Emulator, id: string, catalog = "AWS") {
  return (await emulator.handlers.GetBenefitApplication({ Catalog: catalog, Identifier: id })).Status;
}

export async function revisionOf(emulator: Emulator, id: string, catalog = "AWS") {
  return (await emulator.handlers.GetBenefitApplication({ Catalog: catalog, Identifier: id })).Revision ?? "";
}

/** A modelled error whose members (`Reason`, `FieldList`, `ResourceId`, ...) tests read by name. */
export type ThrownError = ModelledError & { readonly [member: string]: unknown };

/** Awaits `promise` and returns the modelled error it rejects with (failing the test otherwise). */
export async function errorOf(promise: Promise<unknown>): Promise<ThrownError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isModelledError(error), String(error)).toBe(true);
  return error as ThrownError;
}
