import { PartnerCentralBenefitsServiceException } from "@pc-benefits/protocol/models";
import { describe, expect, it } from "vitest";
import { exampleDetails } from "../src/catalog/example-details.js";
import type { ApplicationStatus } from "../src/engine/api-types.js";
import { seededRng } from "../src/engine/random.js";
import { createDraft, revisionOf, setup, token } from "./helpers.js";

/** Every status change the partner API and the reviewer may cause (lifecycle gates, amend, reviewer moves). */
const ALLOWED_MOVES = new Set([
  "PENDING_SUBMISSION>IN_REVIEW",
  "PENDING_SUBMISSION>CANCELED",
  "IN_REVIEW>PENDING_SUBMISSION",
  "IN_REVIEW>CANCELED",
  "IN_REVIEW>ACTION_REQUIRED",
  "IN_REVIEW>APPROVED",
  "IN_REVIEW>REJECTED",
  "ACTION_REQUIRED>IN_REVIEW",
  "ACTION_REQUIRED>CANCELED",
  "ACTION_REQUIRED>APPROVED",
  "ACTION_REQUIRED>REJECTED",
]);

describe("random walk over the lifecycle", () => {
  it.each([1, 2, 3])("seed %i: 600 random calls keep every invariant", async (seed) => {
    const rng = seededRng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
    const em = setup({ settings: { fileProcessingDelayMs: 0 } });
    const apps = [await createDraft(em), await createDraft(em), await createDraft(em)];
    const h = em.handlers;
    const ops = [
      "update",
      "staleUpdate",
      "submit",
      "recall",
      "cancel",
      "amend",
      "associate",
      "disassociate",
      "approve",
      "reject",
      "action",
      "tag",
    ] as const;
    const seen = new Set<string>();
    const terminal: { id: string; status: string }[] = [];
    for (let i = 0; i < 600; i++) {
      const index = Math.floor(rng() * apps.length);
      const app = apps[index] ?? apps[0]!;
      const op = pick(ops);
      const before = await h.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
      const from = before.Status as ApplicationStatus;
      const arn = `arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/opportunity/O${1000000 + Math.floor(rng() * 12)}`;
      let ok = true;
      try {
        switch (op) {
          case "update":
            await h.UpdateBenefitApplication({
              Catalog: "AWS",
              ClientToken: token(),
              Identifier: app.id,
              Revision: before.Revision ?? "",
              BenefitApplicationDetails: rng() < 0.8 ? exampleDetails(app.benefit) : { broken: true },
            });
            break;
          case "staleUpdate":
            await h.UpdateBenefitApplication({
              Catalog: "AWS",
              ClientToken: token(),
              Identifier: app.id,
              Revision: "old",
            });
            break;
          case "submit":
            await h.SubmitBenefitApplication({ Catalog: "AWS", Identifier: app.arn });
            break;
          case "recall":
            await h.RecallBenefitApplication({ Catalog: "AWS", Identifier: app.id, Reason: "walk" });
            break;
          case "cancel":
            if (rng() < 0.3)
              await h.CancelBenefitApplication({ Catalog: "AWS", ClientToken: token(), Identifier: app.id });
            break;
          case "amend":
            await h.AmendBenefitApplication({
              Catalog: "AWS",
              ClientToken: token(),
              Identifier: app.id,
              Revision: before.Revision ?? "",
              AmendmentReason: "walk",
              Amendments: [
                { FieldPath: pick([...app.benefit.amendablePaths, "$.Nope"]), NewValue: "123456789012" },
              ],
            });
            break;
          case "associate":
            await h.AssociateBenefitApplicationResource({
              Catalog: "AWS",
              BenefitApplicationIdentifier: app.id,
              ResourceArn: arn,
            });
            break;
          case "disassociate":
            await h.DisassociateBenefitApplicationResource({
              Catalog: "AWS",
              BenefitApplicationIdentifier: app.id,
              ResourceArn: arn,
            });
            break;
          case "approve":
            em.reviewer.approve("AWS", app.id);
            break;
          case "reject":
            if (rng() < 0.3) em.reviewer.reject("AWS", app.id);
            break;
          case "action":
            em.reviewer.requestAction("AWS", app.id, { stage: pick(["BUSINESS_REVIEW", "FINANCE_REVIEW"]) });
            break;
          case "tag":
            await h.TagResource({
              resourceArn: app.arn,
              tags: [{ Key: `k${Math.floor(rng() * 5)}`, Value: "v" }],
            });
            break;
        }
      } catch (error) {
        ok = false;
        expect(error).toBeInstanceOf(PartnerCentralBenefitsServiceException);
        expect((error as PartnerCentralBenefitsServiceException).name).not.toBe("InternalServerException");
      }
      const after = await h.GetBenefitApplication({ Catalog: "AWS", Identifier: app.id });
      if (after.Status !== from) {
        expect(ALLOWED_MOVES).toContain(`${from}>${after.Status}`);
        seen.add(`${from}>${after.Status}`);
      }
      if (!ok) expect(after).toEqual(before);
      if (ok && op !== "tag" && op !== "cancel" && op !== "reject")
        expect(after.Revision).not.toBe(before.Revision);
      if (op === "tag") expect(after.Revision).toBe(before.Revision);
      expect(after.AssociatedResources?.length ?? 0).toBeLessThanOrEqual(10);
      // Terminal applications leave the walk (staying terminal); a fresh draft takes their place.
      if (after.Status === "APPROVED" || after.Status === "REJECTED" || after.Status === "CANCELED") {
        terminal.push({ id: app.id, status: after.Status });
        apps[index] = await createDraft(em);
      }
    }
    for (const t of terminal)
      expect((await h.GetBenefitApplication({ Catalog: "AWS", Identifier: t.id })).Status).toBe(t.status);
    // The walk is not vacuous: it exercised a good share of the moves.
    expect(seen.size).toBeGreaterThanOrEqual(9);
    // Every app is still readable by ID and by ARN.
    for (const app of apps) expect(await revisionOf(em, app.arn)).toBe(await revisionOf(em, app.id));
  });
});
