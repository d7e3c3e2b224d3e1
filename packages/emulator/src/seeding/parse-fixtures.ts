/**
 * Checking fixtures and turning them into store records. Two passes, both reporting every problem with
 * the JSON path of the offending field (`fixtures.applications[2].status: must be one of …`): the shape
 * (the JSON Schema validator against `FIXTURES_SCHEMA`), then the references and rules the schema cannot express (benefits of
 * the seeded catalog, unique IDs, allocations only on approved applications, details valid for the
 * benefit's request schema once submitted). Nothing here touches a store.
 */

import { exampleDetails } from "../catalog/example-details.js";
import { type Benefit, seedCatalog } from "../catalog/seed-catalog.js";
import type { Contact, CurrencyCode, DocumentValue } from "../engine/api-types.js";
import { cloneJson } from "../engine/clone-json.js";
import { documentDepth, MAX_DOCUMENT_DEPTH } from "../engine/document-depth.js";
import { fileNameOf, fileTypeOf } from "../engine/files.js";
import { checkSupported, type SchemaError, validateSchema } from "../engine/json-schema.js";
import { type Rng, randomIdBody, seededRng } from "../engine/random.js";
import { RequestSchemaValidator } from "../engine/request-validation.js";
import { DEFAULT_SETTINGS } from "../engine/settings.js";
import type {
  AllocationRecord,
  ApplicationRecord,
  FileRecord,
  HistoryEntry,
  StoredFulfillmentDetail,
} from "../store/records.js";
import {
  type AllocationFixture,
  type ApplicationFixture,
  type EmulatorFixtures,
  FIXTURES_SCHEMA,
} from "./fixture-format.js";

/** One problem: where (`fixtures.applications[0].status`) and what. */
export interface FixtureIssue {
  path: string;
  message: string;
}

/** Thrown by `parseFixtures` (and `createEmulator({ fixtures })`) for fixtures that do not fit the format. */
export class FixturesError extends Error {
  override readonly name = "FixturesError";
  constructor(readonly issues: readonly FixtureIssue[]) {
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(first ? `${first.path}: ${first.message}${more}` : "invalid fixtures");
  }
}

/** What the references are checked against. */
export interface FixtureContext {
  /** Catalog seed whose benefits the fixtures name (default 1). */
  seed?: string | number;
  /** Accepted catalogs (default `AWS`, `Sandbox`). */
  catalogs?: readonly string[];
}

export type FixturesResult = { ok: true; fixtures: EmulatorFixtures } | { ok: false; issues: FixtureIssue[] };

let schemaChecked = false;
function checkShape(value: unknown): FixtureIssue[] {
  if (!schemaChecked) {
    checkSupported(FIXTURES_SCHEMA);
    schemaChecked = true;
  }
  const issues = validateSchema(FIXTURES_SCHEMA, value).map(toIssue);
  // One line per path and message (`propertyNames` also reports the enclosing object).
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `fixtures.applications[2].tags["aws:x"]` from path segments. */
export function fixturePath(segments: readonly (string | number)[]): string {
  let path = "fixtures";
  for (const segment of segments) {
    if (typeof segment === "number" || /^\d+$/.test(segment)) path += `[${segment}]`;
    else path += IDENTIFIER.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return path;
}

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null",
};

function toIssue(error: SchemaError): FixtureIssue {
  const segments = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return { path: fixturePath([...segments, String(params.missingProperty)]), message: "is required" };
    case "additionalProperties":
      return {
        path: fixturePath([...segments, String(params.additionalProperty)]),
        message: "is not a field of the fixtures format",
      };
    case "enum":
      return {
        path: fixturePath(segments),
        message: `must be one of ${(params.allowedValues as unknown[]).join(", ")}`,
      };
    case "const":
      return { path: fixturePath(segments), message: `must be ${JSON.stringify(params.allowedValue)}` };
    case "type":
      return {
        path: fixturePath(segments),
        message: `must be ${TYPE_NAMES[String(params.type)] ?? params.type}`,
      };
    case "format":
      return {
        path: fixturePath(segments),
        message:
          params.format === "date-time"
            ? "must be an ISO-8601 date-time with a zone, e.g. 2026-03-01T09:30:00Z"
            : `must be a valid ${params.format}`,
      };
    case "pattern":
      return { path: fixturePath(segments), message: `must match ${params.pattern}` };
    case "propertyNames":
      return {
        path: fixturePath([...segments, String(params.propertyName)]),
        message: 'is not a valid tag key (1-128 characters, not starting with "aws:")',
      };
    case "uniqueItems":
      return { path: fixturePath(segments), message: "must not list the same value twice" };
    default:
      return { path: fixturePath(segments), message: error.message ?? "is invalid" };
  }
}

/** Checks `value` against the fixtures format and the seeded catalogs; never throws. */
export function validateFixtures(value: unknown, context: FixtureContext = {}): FixturesResult {
  const issues = checkShape(value);
  if (issues.length > 0) return { ok: false, issues };
  const fixtures = value as EmulatorFixtures;
  const { issues: ruleIssues } = buildRecords(fixtures, {
    catalogs: catalogsFor(context),
    defaultAccountId: "123456789012",
    now: 0,
    allocationValidityMs: DEFAULT_SETTINGS.allocationValidityMs,
  });
  return ruleIssues.length > 0 ? { ok: false, issues: ruleIssues } : { ok: true, fixtures };
}

/**
 * The fixtures in `value` (an object, or JSON text), checked; throws a `FixturesError` listing every
 * problem otherwise.
 */
export function parseFixtures(value: unknown, context: FixtureContext = {}): EmulatorFixtures {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch (error) {
      throw new FixturesError([
        {
          path: "fixtures",
          message: `is not valid JSON (${error instanceof Error ? error.message : error})`,
        },
      ]);
    }
  }
  const result = validateFixtures(parsed, context);
  if (!result.ok) throw new FixturesError(result.issues);
  return result.fixtures;
}

/**
 * Store records for `value` (fixtures as parsed JSON); throws a `FixturesError` listing every problem
 * of shape or rule. Used by `createEmulator`, which loads them.
 */
export function fixtureRecords(value: unknown, context: RecordContext): FixtureRecords {
  const shapeIssues = checkShape(value);
  if (shapeIssues.length > 0) throw new FixturesError(shapeIssues);
  const { issues, ...records } = buildRecords(value as EmulatorFixtures, context);
  if (issues.length > 0) throw new FixturesError(issues);
  return records;
}

function catalogsFor(context: FixtureContext): Map<string, readonly Benefit[]> {
  const seed = context.seed ?? 1;
  return new Map(
    (context.catalogs ?? DEFAULT_SETTINGS.catalogs).map((c) => [c, seedCatalog(c, seed)] as const),
  );
}

/** What records are built with. */
export interface RecordContext {
  catalogs: ReadonlyMap<string, readonly Benefit[]>;
  defaultAccountId: string;
  /** Engine time (epoch ms) for timestamps the fixtures leave out. */
  now: number;
  allocationValidityMs: number;
}

export interface FixtureRecords {
  applications: ApplicationRecord[];
  allocations: AllocationRecord[];
  /** Where each record came from, by `catalog/id`, for messages about clashes with stored records. */
  origins: Map<string, string>;
}

const validator = new RequestSchemaValidator();

/** A UUID v4 drawn from `rng` (revisions that stay the same on every load). */
function seededUuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ms = (time: string | undefined): number | undefined =>
  time === undefined ? undefined : Date.parse(time);

const money = (amount: number, currency: CurrencyCode) => ({
  Amount: amount.toFixed(2),
  CurrencyCode: currency,
});

function contact(fixture: NonNullable<ApplicationFixture["partnerContacts"]>[number]): Contact {
  return {
    ...(fixture.email !== undefined ? { Email: fixture.email } : {}),
    ...(fixture.firstName !== undefined ? { FirstName: fixture.firstName } : {}),
    ...(fixture.lastName !== undefined ? { LastName: fixture.lastName } : {}),
    ...(fixture.businessTitle !== undefined ? { BusinessTitle: fixture.businessTitle } : {}),
    ...(fixture.phone !== undefined ? { Phone: fixture.phone } : {}),
  };
}

/**
 * Store records for shape-checked fixtures, and the rule violations found on the way (records are only
 * meaningful when there are none).
 */
export function buildRecords(
  fixtures: EmulatorFixtures,
  context: RecordContext,
): FixtureRecords & { issues: FixtureIssue[] } {
  const issues: FixtureIssue[] = [];
  const applications: ApplicationRecord[] = [];
  const allocations: AllocationRecord[] = [];
  const origins = new Map<string, string>();
  /** False (and an issue) when an earlier record has the ID. */
  const claim = (catalog: string, id: string, path: string): boolean => {
    const key = `${catalog}/${id}`;
    const earlier = origins.get(key);
    if (earlier) issues.push({ path, message: `${id} is already used by ${earlier}` });
    else origins.set(key, path);
    return earlier === undefined;
  };

  (fixtures.applications ?? []).forEach((app, index) => {
    const at = (...segments: (string | number)[]) => fixturePath(["applications", index, ...segments]);
    const benefits = context.catalogs.get(app.catalog);
    if (!benefits) {
      issues.push({
        path: at("catalog"),
        message: `must be one of ${[...context.catalogs.keys()].join(", ")}`,
      });
      return;
    }
    const benefit = benefits.find((b) => b.id === app.benefitId);
    if (!benefit) {
      issues.push({ path: at("benefitId"), message: `is not a benefit of catalog ${app.catalog}` });
      return;
    }
    const id =
      app.id ?? `benappl-${randomIdBody(14, seededRng(`fixtures/${app.catalog}/application/${index}`))}`;
    // A repeated application ID would repeat its derived allocation IDs too: one issue is enough.
    const unique = claim(app.catalog, id, at("id"));
    const account = app.account ?? context.defaultAccountId;
    const fulfillmentTypes = app.fulfillmentTypes ?? [...benefit.fulfillmentTypes];
    fulfillmentTypes.forEach((type, i) => {
      if (!benefit.fulfillmentTypes.includes(type)) {
        issues.push({
          path: at("fulfillmentTypes", i),
          message: `benefit ${benefit.id} offers only ${benefit.fulfillmentTypes.join(", ")}`,
        });
      }
    });
    const details: DocumentValue = app.details !== undefined ? app.details : exampleDetails(benefit);
    if (documentDepth(details) > MAX_DOCUMENT_DEPTH) {
      issues.push({ path: at("details"), message: `must not nest deeper than ${MAX_DOCUMENT_DEPTH} levels` });
    } else if (app.status !== "PENDING_SUBMISSION") {
      const root = at("details");
      for (const field of validator.validate(
        `${benefit.catalog}/${benefit.id}`,
        benefit.requestSchema,
        details,
        root,
      )) {
        const message = field.Message.startsWith(`${field.Name} `)
          ? field.Message.slice(field.Name.length + 1).replace(/\.$/, "")
          : field.Message;
        issues.push({
          path: field.Name,
          message: `${message} (details of a submitted application must satisfy the benefit's request schema)`,
        });
      }
    }
    const createdAt = ms(app.createdAt) ?? context.now;
    const updatedAt = ms(app.updatedAt) ?? createdAt;
    if (updatedAt < createdAt)
      issues.push({ path: at("updatedAt"), message: "must not be before createdAt" });
    const files: FileRecord[] = (app.files ?? []).map((file) => {
      const name = fileNameOf(file.uri);
      const type = fileTypeOf(name);
      return {
        uri: file.uri,
        ...(file.businessUseCase !== undefined ? { businessUseCase: file.businessUseCase } : {}),
        name,
        ...(type ? { type } : {}),
        status: file.status ?? "SUCCEEDED",
        ...(file.statusReason !== undefined ? { statusReason: file.statusReason } : {}),
        // An explicit state: only a reviewer (control route) moves it on.
        processAt: null,
        createdBy: file.createdBy ?? account,
        createdAt: ms(file.createdAt) ?? createdAt,
      };
    });
    const revision = app.revision ?? seededUuid(seededRng(`fixtures/${app.catalog}/${id}/revision`));
    const history = buildHistory(app, createdAt, updatedAt, revision, id, at, issues);
    const record: ApplicationRecord = {
      seq: 0,
      id,
      account,
      catalog: app.catalog,
      benefitId: benefit.id,
      programs: [...benefit.programs],
      ...(app.name !== undefined ? { name: app.name } : {}),
      ...(app.description !== undefined ? { description: app.description } : {}),
      fulfillmentTypes: [...fulfillmentTypes],
      details: cloneJson(details),
      status: app.status,
      ...(app.stage !== undefined ? { stage: app.stage } : {}),
      ...(app.statusReason !== undefined ? { statusReason: app.statusReason } : {}),
      ...(app.statusReasonCodes !== undefined ? { statusReasonCodes: [...app.statusReasonCodes] } : {}),
      createdAt,
      updatedAt,
      revision,
      associatedResources: [...(app.associatedResources ?? [])],
      ...(app.partnerContacts !== undefined ? { partnerContacts: app.partnerContacts.map(contact) } : {}),
      files,
      tags: { ...(app.tags ?? {}) },
      ...(history.length > 0 ? { history } : {}),
    };
    applications.push(record);
    if (!unique) return;

    if (app.allocations && app.allocations.length > 0 && app.status !== "APPROVED") {
      issues.push({
        path: at("allocations"),
        message: `only an APPROVED application has allocations (this one is ${app.status})`,
      });
      return;
    }
    (app.allocations ?? []).forEach((allocation, i) => {
      const built = buildAllocation(allocation, i, record, benefit, benefits, context, (...segments) =>
        at("allocations", i, ...segments),
      );
      issues.push(...built.issues);
      claim(app.catalog, built.record.id, at("allocations", i, "id"));
      allocations.push(built.record);
    });
  });
  return { applications, allocations, origins, issues };
}

/** The stored history: the fixture's (checked), or a plausible one for the status; the last step has `revision`. */
function buildHistory(
  app: ApplicationFixture,
  createdAt: number,
  updatedAt: number,
  revision: string,
  id: string,
  at: (...segments: (string | number)[]) => string,
  issues: FixtureIssue[],
): HistoryEntry[] {
  let steps: Omit<HistoryEntry, "revision">[];
  if (app.history !== undefined) {
    let previous = createdAt;
    steps = app.history.map((step, i) => {
      const time = Date.parse(step.at);
      if (time < previous) {
        issues.push({
          path: at("history", i, "at"),
          message: i === 0 ? "must not be before createdAt" : "must not be before the step before",
        });
      } else if (time > updatedAt) {
        issues.push({ path: at("history", i, "at"), message: "must not be after updatedAt" });
      }
      previous = Math.max(previous, time);
      return {
        at: time,
        action: step.action,
        status: step.status,
        ...(step.stage !== undefined ? { stage: step.stage } : {}),
        ...(step.reason !== undefined ? { reason: step.reason } : {}),
      };
    });
    const last = app.history[app.history.length - 1];
    if (last && last.status !== app.status) {
      issues.push({
        path: at("history", app.history.length - 1, "status"),
        message: `must be the application's status (${app.status}): the last step leaves it`,
      });
    }
    if (!last && app.status !== "PENDING_SUBMISSION") {
      issues.push({ path: at("history"), message: `must end in the application's status (${app.status})` });
    }
  } else {
    const stage = app.stage !== undefined ? { stage: app.stage } : {};
    const reason = app.statusReason !== undefined ? { reason: app.statusReason } : {};
    const submit = {
      at: createdAt,
      action: "Submit" as const,
      status: "IN_REVIEW" as const,
      stage: DEFAULT_SETTINGS.initialReviewStage,
    };
    switch (app.status) {
      case "PENDING_SUBMISSION":
        steps = [];
        break;
      case "IN_REVIEW":
        steps = [{ ...submit, at: updatedAt, ...stage }];
        break;
      case "CANCELED":
        steps = [{ at: updatedAt, action: "Cancel", status: "CANCELED", ...stage, ...reason }];
        break;
      default:
        steps = [submit, { at: updatedAt, action: "Review", status: app.status, ...stage, ...reason }];
    }
  }
  const rng = seededRng(`fixtures/${app.catalog}/${id}/history`);
  return steps.map((step, i) => ({ ...step, revision: i === steps.length - 1 ? revision : seededUuid(rng) }));
}

function buildAllocation(
  fixture: AllocationFixture,
  index: number,
  app: ApplicationRecord,
  benefit: Benefit,
  benefits: readonly Benefit[],
  context: RecordContext,
  at: (...segments: (string | number)[]) => string,
): { record: AllocationRecord; issues: FixtureIssue[] } {
  const issues: FixtureIssue[] = [];
  const type = fixture.fulfillmentType;
  const rng = seededRng(`fixtures/${app.catalog}/${app.id}/allocation/${index}`);
  const id = fixture.id ?? `benalloc-${randomIdBody(14, rng)}`;
  if (!app.fulfillmentTypes.includes(type)) {
    issues.push({
      path: at("fulfillmentType"),
      message: `must be one of the application's fulfillment types (${app.fulfillmentTypes.join(", ")})`,
    });
  }
  (fixture.applicableBenefitIds ?? []).forEach((benefitId, i) => {
    if (!benefits.some((b) => b.id === benefitId)) {
      issues.push({
        path: at("applicableBenefitIds", i),
        message: `is not a benefit of catalog ${app.catalog}`,
      });
    }
  });
  if (type === "ACCESS") {
    for (const member of ["amount", "currencyCode", "creditCodes", "consumable"] as const) {
      if (fixture[member] !== undefined)
        issues.push({ path: at(member), message: "is not for an ACCESS allocation" });
    }
  }
  if (fixture.creditCodes !== undefined && type !== "CREDITS") {
    issues.push({ path: at("creditCodes"), message: "is only for a CREDITS allocation" });
  }
  if (fixture.creditCodes !== undefined && fixture.consumable !== undefined) {
    issues.push({ path: at("consumable"), message: "cannot be combined with creditCodes" });
  }

  const status = fixture.status ?? "ACTIVE";
  const createdAt = ms(fixture.createdAt) ?? app.updatedAt;
  const startsAt = ms(fixture.startsAt) ?? createdAt;
  const expiresAt = ms(fixture.expiresAt) ?? startsAt + context.allocationValidityMs;
  if (expiresAt <= startsAt) issues.push({ path: at("expiresAt"), message: "must be after startsAt" });
  const currency: CurrencyCode = fixture.currencyCode ?? "USD";
  const amount = fixture.amount !== undefined ? Number(fixture.amount) : benefit.amountUsd;
  const issuance = (issuedAt: number) => ({
    IssuanceId: `iss-${randomIdBody(12, rng)}`,
    IssuanceAmount: money(amount, currency),
    IssuedAt: issuedAt,
  });

  let detail: StoredFulfillmentDetail;
  if (type === "ACCESS") {
    detail = {
      AccessDetails: { Description: fixture.description ?? `Access granted through ${benefit.name}.` },
    };
  } else if (fixture.consumable) {
    const utilized = Number(fixture.consumable.utilized);
    if (utilized > amount) {
      issues.push({
        path: at("consumable", "utilized"),
        message: `must not exceed the amount (${amount.toFixed(2)})`,
      });
    }
    detail = {
      ConsumableDetails: {
        AllocatedAmount: money(amount, currency),
        UtilizedAmount: money(utilized, currency),
        RemainingAmount: money(Math.max(0, amount - utilized), currency),
        IssuanceDetails: issuance(startsAt),
      },
    };
  } else if (type === "CREDITS") {
    const codes = fixture.creditCodes ?? [{ code: `PC${randomIdBody(12, rng).toUpperCase()}` }];
    const share = amount / codes.length;
    const issued = codes.map((code) => ({
      AwsAccountId: code.awsAccountId ?? app.account,
      Value: money(code.amount !== undefined ? Number(code.amount) : share, currency),
      AwsCreditCode: code.code,
      Status: code.status ?? status,
      IssuedAt: ms(code.issuedAt) ?? startsAt,
      ExpiresAt: ms(code.expiresAt) ?? expiresAt,
    }));
    const issuedTotal = issued.reduce((sum, code) => sum + Number(code.Value.Amount), 0);
    if (issuedTotal > amount + 0.005) {
      issues.push({
        path: at("creditCodes"),
        message: `add up to ${issuedTotal.toFixed(2)}, more than the amount (${amount.toFixed(2)})`,
      });
    }
    detail = {
      CreditDetails: {
        AllocatedAmount: money(amount, currency),
        IssuedAmount: money(issuedTotal, currency),
        Codes: issued,
      },
    };
  } else {
    detail = {
      DisbursementDetails: { DisbursedAmount: money(amount, currency), IssuanceDetails: issuance(startsAt) },
    };
  }

  const record: AllocationRecord = {
    seq: 0,
    id,
    account: app.account,
    catalog: app.catalog,
    name: fixture.name ?? `${benefit.name} ${type.toLowerCase()}`.slice(0, 255),
    ...(fixture.description !== undefined ? { description: fixture.description } : {}),
    status,
    ...(fixture.statusReason !== undefined ? { statusReason: fixture.statusReason } : {}),
    applicationId: app.id,
    benefitId: app.benefitId,
    fulfillmentType: type,
    applicableBenefitIds: [...(fixture.applicableBenefitIds ?? [app.benefitId])],
    fulfillmentDetail: detail,
    createdAt,
    updatedAt: createdAt,
    startsAt,
    expiresAt,
    tags: { ...(fixture.tags ?? {}) },
  };
  return { record, issues };
}
