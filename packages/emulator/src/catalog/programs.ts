/**
 * The programs the seeded catalog draws from (names from AWS Partner Central's
 * developer guide) and the JSON Schema fields each program's benefits ask for in BenefitApplicationDetails.
 */

import type { FulfillmentType } from "../engine/api-types.js";

export interface FieldSpec {
  /** JSON Schema of the field (draft 2020-12). */
  schema: Record<string, unknown>;
  required: boolean;
}

export interface ProgramSpec {
  code: string;
  title: string;
  /** Fulfillment type sets a benefit of this program may offer. */
  fulfillment: FulfillmentType[][];
  /** Benefit name stems; the seed picks one and a qualifier. */
  names: string[];
  /** Fields every benefit of the program asks for. */
  fields: Record<string, FieldSpec>;
  /** Documented amendable paths (API-AmendBenefitApplication), besides the generic ones. */
  amendable: string[];
  /** Funding range in USD for allocations created on approval. */
  amount: [number, number];
}

const accountId = { type: "string", pattern: "^[0-9]{12}$", description: "12-digit AWS account ID" };
const isoDate = { type: "string", format: "date" };
const money = { type: "number", minimum: 0, maximum: 10_000_000 };
const text = (maxLength: number) => ({ type: "string", minLength: 1, maxLength });

/** Optional fields a benefit may add to its program's own. */
export const OPTIONAL_FIELDS: Record<string, Record<string, unknown>> = {
  CustomerCompanyName: text(255),
  CustomerWebsite: { type: "string", format: "uri" },
  Industry: {
    type: "string",
    enum: ["Financial Services", "Healthcare", "Retail", "Manufacturing", "Public Sector", "Media", "Other"],
  },
  ProjectDescription: text(2000),
  OpportunityId: { type: "string", pattern: "^O[0-9]{7,10}$" },
  ContactEmail: { type: "string", format: "email" },
  NumberOfWorkloads: { type: "integer", minimum: 1, maximum: 100 },
};

export const PROGRAMS: ProgramSpec[] = [
  {
    code: "MAP",
    title: "Migration Acceleration Program",
    fulfillment: [["CREDITS"], ["CASH"], ["CREDITS", "CASH"]],
    names: ["MAP Assess", "MAP Mobilize", "MAP Migrate", "MAP Modernize"],
    fields: {
      AccountId: { schema: accountId, required: true },
      MigrationWorkloadName: { schema: text(255), required: true },
      EstimatedAnnualRecurringRevenue: { schema: money, required: true },
      TargetCompletionDate: { schema: isoDate, required: true },
      MigrationPhase: {
        schema: { type: "string", enum: ["ASSESS", "MOBILIZE", "MIGRATE"] },
        required: false,
      },
    },
    amendable: ["$.AccountId"],
    amount: [10_000, 500_000],
  },
  {
    code: "MDF",
    title: "Marketing Development Funds",
    fulfillment: [["CASH"]],
    names: ["MDF Campaign Funding", "MDF Event Sponsorship", "MDF Digital Marketing"],
    fields: {
      CampaignName: { schema: text(255), required: true },
      CampaignStartDate: { schema: isoDate, required: true },
      CampaignEndDate: { schema: isoDate, required: true },
      ExpectedLeads: { schema: { type: "integer", minimum: 1, maximum: 100_000 }, required: true },
      Channel: {
        schema: { type: "string", enum: ["EVENT", "DIGITAL", "WEBINAR", "PRINT"] },
        required: false,
      },
    },
    amendable: [],
    amount: [2_000, 50_000],
  },
  {
    code: "ISVWMP",
    title: "ISV Workload Migration Program",
    fulfillment: [["CASH"], ["CREDITS", "CASH"]],
    names: ["ISV Workload Migration", "ISV WMP Tranche Funding"],
    fields: {
      WorkloadName: { schema: text(255), required: true },
      CustomerAccountId: { schema: accountId, required: true },
      IsvWmpSecondTrancheConsentCaptured: { schema: { type: "boolean" }, required: true },
      ExpectedMonthlySpend: { schema: money, required: false },
    },
    amendable: ["$.IsvWmpSecondTrancheConsentCaptured"],
    amount: [5_000, 150_000],
  },
  {
    code: "POC",
    title: "Proof of Concept",
    fulfillment: [["CREDITS"]],
    names: ["POC Credits", "Proof of Concept Funding", "Generative AI POC"],
    fields: {
      ProjectName: { schema: text(255), required: true },
      CreditDisbursementDetails: {
        schema: {
          type: "object",
          properties: { AwsAccountIdForCredits: accountId },
          required: ["AwsAccountIdForCredits"],
          additionalProperties: false,
        },
        required: true,
      },
      ProjectedSpend: { schema: money, required: true },
    },
    amendable: ["$.CreditDisbursementDetails.AwsAccountIdForCredits"],
    amount: [1_000, 25_000],
  },
  {
    code: "INNOVATION_SANDBOX",
    title: "Innovation Sandbox",
    fulfillment: [["CREDITS"]],
    names: ["Innovation Sandbox Credits", "Sandbox Build Credits"],
    fields: {
      SolutionName: { schema: text(255), required: true },
      AwsAccountIdForCredits: { schema: accountId, required: true },
      UseCase: { schema: text(1000), required: true },
    },
    amendable: ["$.AwsAccountIdForCredits"],
    amount: [500, 10_000],
  },
  {
    code: "PIF",
    title: "Partner Initiative Funding",
    fulfillment: [["CASH"], ["ACCESS"], ["CASH", "ACCESS"]],
    names: ["Partner Initiative Funding", "Solutions Architect Access", "Training Access"],
    fields: {
      InitiativeName: { schema: text(255), required: true },
      BusinessJustification: { schema: text(2000), required: true },
      StartDate: { schema: isoDate, required: false },
    },
    amendable: [],
    amount: [1_000, 75_000],
  },
];
