/**
 * The fixtures format: JSON that seeds the emulator with applications (any status, with files, associated
 * resources, tags, revision and review fields) and their allocations (credits with codes, cash, access).
 * `FIXTURES_SCHEMA` is its JSON Schema (draft 2020-12), built from the model's enums, so a new enum value
 * is accepted as soon as the model has it.
 */

import {
  BenefitAllocationStatus,
  BenefitApplicationStatus,
  CurrencyCode,
  FulfillmentType,
} from "@pc-benefits/protocol/models";
import type {
  AllocationStatus,
  ApplicationStatus,
  CurrencyCode as Currency,
  DocumentValue,
  FulfillmentType as Fulfillment,
} from "../engine/api-types.js";
import {
  FILE_STATUSES,
  type FileStatus,
  HISTORY_ACTIONS,
  type HistoryAction,
  MAX_HISTORY,
} from "../store/records.js";

/** The whole fixtures document. */
export interface EmulatorFixtures {
  /** Format version; only `1` exists. */
  version?: 1;
  applications?: ApplicationFixture[];
}

/** A timestamp: an ISO-8601 date-time with a zone (`2026-03-01T09:30:00Z`). */
export type FixtureTime = string;

export interface ApplicationFixture {
  /** `benappl-` + 14 of `[0-9a-z]`. Default: derived from the catalog and position (the same on every load). */
  id?: string;
  /** A catalog of the emulator (`AWS`, `Sandbox`). */
  catalog: string;
  /** Owning AWS account (12 digits). Default: the emulator's default account. */
  account?: string;
  /** A benefit of the seeded catalog (`ben-…`). */
  benefitId: string;
  name?: string;
  description?: string;
  /** Requested fulfillment types, each offered by the benefit. Default: the benefit's. */
  fulfillmentTypes?: Fulfillment[];
  /**
   * `BenefitApplicationDetails`. Default: an example valid for the benefit's request schema. Outside
   * `PENDING_SUBMISSION` it must satisfy that schema (as Submit would have checked).
   */
  details?: DocumentValue;
  status: ApplicationStatus;
  stage?: string;
  statusReason?: string;
  /** At most 5. */
  statusReasonCodes?: string[];
  /** Default: the emulator's clock at load time. */
  createdAt?: FixtureTime;
  /** Default: `createdAt`. Not before `createdAt`. */
  updatedAt?: FixtureTime;
  /** Default: a UUID derived from the application ID. */
  revision?: string;
  /** Resource ARNs (opportunities, allocations), at most 10, no duplicates. */
  associatedResources?: string[];
  /** At most one. */
  partnerContacts?: ContactFixture[];
  files?: FileFixture[];
  tags?: Record<string, string>;
  /**
   * The changes since creation, oldest first, between `createdAt` and `updatedAt`; the last one leaves the
   * application's `status`. Default: none for a draft; `IN_REVIEW`: a Submit at `updatedAt`; `CANCELED`: a
   * Cancel at `updatedAt`; otherwise a Submit at `createdAt` and a Review at `updatedAt`.
   */
  history?: HistoryFixture[];
  /** Only on an `APPROVED` application; each of one of its fulfillment types. */
  allocations?: AllocationFixture[];
}

export interface HistoryFixture {
  at: FixtureTime;
  action: HistoryAction;
  status: ApplicationStatus;
  stage?: string;
  reason?: string;
}

export interface ContactFixture {
  email?: string;
  firstName?: string;
  lastName?: string;
  businessTitle?: string;
  phone?: string;
}

export interface FileFixture {
  /** `s3://…` or `https://…`; the name and MIME type come from its last segment. */
  uri: string;
  businessUseCase?: string;
  /** Default `SUCCEEDED`. */
  status?: FileStatus;
  statusReason?: string;
  /** Default: the application's account. */
  createdBy?: string;
  /** Default: the application's `createdAt`. */
  createdAt?: FixtureTime;
}

export interface AllocationFixture {
  /** `benalloc-` + 14 of `[0-9a-z]`. Default: derived from the application's ID and position. */
  id?: string;
  fulfillmentType: Fulfillment;
  /** Default: `<benefit name> <fulfillment type>`. */
  name?: string;
  /** For `ACCESS`, what the access grants (`AccessDetails.Description`). */
  description?: string;
  /** Default `ACTIVE`; an `ACTIVE` allocation past `expiresAt` reads `INACTIVE`. */
  status?: AllocationStatus;
  statusReason?: string;
  /** Decimal string (`"25000.00"`). Default: the benefit's funding. Not for `ACCESS`. */
  amount?: string;
  /** ISO 4217. Default `USD`. */
  currencyCode?: Currency;
  /** Default: the application's `updatedAt`. */
  createdAt?: FixtureTime;
  /** Default: `createdAt`. */
  startsAt?: FixtureTime;
  /** Default: `startsAt` plus the allocation validity (365 days). */
  expiresAt?: FixtureTime;
  /** Default: the application's benefit. */
  applicableBenefitIds?: string[];
  /** `CREDITS` only: the codes issued (default: one code of the whole amount, for the application's account). */
  creditCodes?: CreditCodeFixture[];
  /** `CREDITS` or `CASH`: a pre-approved amount drawn down over time; `utilized` is what was used so far. */
  consumable?: { utilized: string };
  tags?: Record<string, string>;
}

export interface CreditCodeFixture {
  /** The code to redeem (`AwsCreditCode`). */
  code: string;
  /** Default: the application's account. */
  awsAccountId?: string;
  /** Default: the allocation's amount divided evenly between its codes. */
  amount?: string;
  /** Default: the allocation's status. */
  status?: AllocationStatus;
  /** Default: the allocation's `startsAt`. */
  issuedAt?: FixtureTime;
  /** Default: the allocation's `expiresAt`. */
  expiresAt?: FixtureTime;
}

const values = (enumObject: Record<string, string>) => Object.values(enumObject);
const text = (maxLength: number) => ({ type: "string", minLength: 1, maxLength });
const time = { type: "string", format: "date-time" };
const decimal = { type: "string", pattern: "^\\d+(\\.\\d+)?$" };
const accountId = { type: "string", pattern: "^\\d{12}$" };
const tags = {
  type: "object",
  maxProperties: 200,
  propertyNames: { minLength: 1, maxLength: 128, not: { pattern: "^[aA][wW][sS]:" } },
  additionalProperties: { type: "string", maxLength: 256 },
};

/** The JSON Schema (draft 2020-12) of `EmulatorFixtures`. */
export const FIXTURES_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Partner Central Benefits emulator fixtures",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    version: { const: 1 },
    applications: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["catalog", "benefitId", "status"],
        properties: {
          id: { type: "string", pattern: "^benappl-[0-9a-z]{14}$" },
          catalog: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
          account: accountId,
          benefitId: { type: "string", pattern: "^ben-[0-9a-z]{14}$" },
          name: text(255),
          description: text(1000),
          fulfillmentTypes: {
            type: "array",
            minItems: 1,
            uniqueItems: true,
            items: { enum: values(FulfillmentType) },
          },
          details: {},
          status: { enum: values(BenefitApplicationStatus) },
          stage: text(255),
          statusReason: text(1000),
          statusReasonCodes: { type: "array", maxItems: 5, items: text(255) },
          createdAt: time,
          updatedAt: time,
          revision: text(64),
          associatedResources: {
            type: "array",
            maxItems: 10,
            uniqueItems: true,
            items: { type: "string", pattern: "^arn:aws:[a-zA-Z0-9-]+:[a-z0-9-]*:(\\d{12})?:.+$" },
          },
          partnerContacts: {
            type: "array",
            maxItems: 1,
            items: {
              type: "object",
              additionalProperties: false,
              properties: {
                email: { type: "string", maxLength: 80, format: "email" },
                firstName: { type: "string", maxLength: 80 },
                lastName: { type: "string", maxLength: 80 },
                businessTitle: { type: "string", maxLength: 80 },
                phone: { type: "string", maxLength: 40 },
              },
            },
          },
          files: {
            type: "array",
            maxItems: 30,
            items: {
              type: "object",
              additionalProperties: false,
              required: ["uri"],
              properties: {
                uri: { type: "string", maxLength: 2000, pattern: "^(s3://|https://).+" },
                businessUseCase: text(255),
                status: { enum: [...FILE_STATUSES] },
                statusReason: text(1000),
                createdBy: text(255),
                createdAt: time,
              },
            },
          },
          tags,
          history: {
            type: "array",
            maxItems: MAX_HISTORY,
            items: {
              type: "object",
              additionalProperties: false,
              required: ["at", "action", "status"],
              properties: {
                at: time,
                action: { enum: [...HISTORY_ACTIONS] },
                status: { enum: values(BenefitApplicationStatus) },
                stage: text(255),
                reason: text(1000),
              },
            },
          },
          allocations: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["fulfillmentType"],
              properties: {
                id: { type: "string", pattern: "^benalloc-[0-9a-z]{14}$" },
                fulfillmentType: { enum: values(FulfillmentType) },
                name: text(255),
                description: text(1000),
                status: { enum: values(BenefitAllocationStatus) },
                statusReason: text(1000),
                amount: decimal,
                currencyCode: { enum: values(CurrencyCode) },
                createdAt: time,
                startsAt: time,
                expiresAt: time,
                applicableBenefitIds: {
                  type: "array",
                  minItems: 1,
                  uniqueItems: true,
                  items: { type: "string", pattern: "^ben-[0-9a-z]{14}$" },
                },
                creditCodes: {
                  type: "array",
                  minItems: 1,
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["code"],
                    properties: {
                      code: text(64),
                      awsAccountId: accountId,
                      amount: decimal,
                      status: { enum: values(BenefitAllocationStatus) },
                      issuedAt: time,
                      expiresAt: time,
                    },
                  },
                },
                consumable: {
                  type: "object",
                  additionalProperties: false,
                  required: ["utilized"],
                  properties: { utilized: decimal },
                },
                tags,
              },
            },
          },
        },
      },
    },
  },
} as const;
