/**
 * The reviewer-control API as framework-agnostic routes, for transports to mount under a separate
 * prefix (e.g. `/_emulator`, off unless enabled). One request in, one JSON response out; never throws.
 *
 *   GET   /reviews/{catalog}?account=               applications waiting for a reviewer (IN_REVIEW, ACTION_REQUIRED)
 *   GET   /applications/{catalog}/{id}/history      creation and every change since, oldest first
 *   POST  /applications/{catalog}/{id}/review       { status, stage?, statusReason?, statusReasonCodes?, allocate?,
 *                                                     allocations? }
 *   POST  /applications/{catalog}/{id}/files        { fileUri?, status: PENDING|SUCCEEDED|FAILED, reason? }
 *                                                     (no fileUri: every file still PENDING)
 *   POST  /applications/{catalog}/{id}/allocations  { fulfillmentType, amount?, currencyCode?, name?, ... }
 *   PATCH /allocations/{catalog}/{id}               { status?, statusReason?, expiresAt? }
 *   GET   /benefits/{catalog}                        the seeded benefits with their request schemas
 *   GET   /settings                                  the behaviour settings in force (docs/behaviour.md)
 *   PUT   /faults                                    { seed?, all?, operations? } (body null turns faults off)
 *   POST  /fixtures                                  a fixtures document: added to the state, all or nothing
 *   POST  /reset                                     { fixtures?: false }: delete all applications, allocations
 *                                                     and tokens, then reload the start-up fixtures
 */

import {
  BenefitAllocationStatus,
  CurrencyCode as CurrencyCodes,
  FulfillmentType as FulfillmentTypes,
  ResourceNotFoundException,
  ValidationException,
} from "@pc-benefits/protocol/models";
import type { AllocationStatus, CurrencyCode, FulfillmentType } from "../engine/api-types.js";
import type { Emulator } from "../engine/create-emulator.js";
import { errorResponse, fieldError, isModelledError, validationError } from "../engine/errors.js";
import type { FaultOptions } from "../engine/faults.js";
import { REVIEW_OUTCOMES } from "../engine/lifecycle.js";
import type { AllocationChange, AllocationSpec, ReviewDecision } from "../engine/reviewer.js";
import type { EmulatorFixtures } from "../seeding/fixture-format.js";
import { FixturesError } from "../seeding/parse-fixtures.js";
import { FILE_STATUSES, PROCESSED_FILE_STATUSES } from "../store/records.js";

export interface ControlRequest {
  method: string;
  /** Path below the control prefix, e.g. `/applications/AWS/benappl-…/review`. */
  path: string;
  /** Parsed JSON, or the raw text (parsed here). */
  body?: unknown;
  /** Query parameters (`?account=…`). */
  query?: Readonly<Record<string, string>>;
}

export interface ControlResponse {
  status: number;
  body: unknown;
}

type Json = Record<string, unknown>;

function object(body: unknown): Json {
  if (body === undefined || body === null || body === "") return {};
  if (typeof body === "object" && !Array.isArray(body)) return body as Json;
  throw validationError("The request body must be a JSON object.", "cannotParse");
}

function optionalString(body: Json, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw fieldError(key, "INVALID_VALUE", `${key} must be a string.`);
  return value;
}

function oneOf<T extends string>(
  body: Json,
  key: string,
  allowed: readonly T[],
  required: boolean,
): T | undefined {
  const value = body[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string" || !allowed.includes(value as T)) {
    throw fieldError(
      key,
      value === undefined ? "REQUIRED_FIELD_MISSING" : "INVALID_ENUM_VALUE",
      `${key} must be one of ${allowed.join(", ")}.`,
    );
  }
  return value as T;
}

/** Epoch ms from a number or an ISO-8601 string. */
function time(body: Json, key: string): number | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  const ms = typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms))
    throw fieldError(key, "INVALID_VALUE", `${key} must be epoch milliseconds or an ISO-8601 date.`);
  return ms;
}

function stringList(body: Json, key: string): string[] | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw fieldError(key, "INVALID_VALUE", `${key} must be a list of strings.`);
  }
  return value as string[];
}

const ALLOCATION_STATUSES: readonly AllocationStatus[] = Object.values(BenefitAllocationStatus);
const FULFILLMENT_TYPES: readonly FulfillmentType[] = Object.values(FulfillmentTypes);
const CURRENCY_CODES: ReadonlySet<string> = new Set(Object.values(CurrencyCodes));

function decision(body: Json): ReviewDecision {
  const status = oneOf(body, "status", REVIEW_OUTCOMES, true);
  const allocate = body.allocate;
  if (allocate !== undefined && typeof allocate !== "boolean")
    throw fieldError("allocate", "INVALID_VALUE", "allocate must be a boolean.");
  const stage = optionalString(body, "stage");
  const statusReason = optionalString(body, "statusReason");
  const statusReasonCodes = stringList(body, "statusReasonCodes");
  const allocations = allocationList(body);
  return {
    status: status ?? "IN_REVIEW",
    ...(allocations !== undefined ? { allocations } : {}),
    ...(stage !== undefined ? { stage } : {}),
    ...(statusReason !== undefined ? { statusReason } : {}),
    ...(statusReasonCodes !== undefined ? { statusReasonCodes } : {}),
    ...(allocate !== undefined ? { allocate } : {}),
  };
}

function allocationSpec(body: Json): AllocationSpec {
  const spec: AllocationSpec = {
    fulfillmentType: oneOf(body, "fulfillmentType", FULFILLMENT_TYPES, true) ?? "CASH",
  };
  const name = optionalString(body, "name");
  const description = optionalString(body, "description");
  const amount = optionalString(body, "amount");
  const currencyCode = optionalString(body, "currencyCode");
  const status = oneOf(body, "status", ALLOCATION_STATUSES, false);
  const startsAt = time(body, "startsAt");
  const expiresAt = time(body, "expiresAt");
  const applicableBenefitIds = stringList(body, "applicableBenefitIds");
  const consumable = body.consumable;
  if (
    consumable !== undefined &&
    (consumable === null || typeof consumable !== "object" || Array.isArray(consumable))
  ) {
    throw fieldError(
      "consumable",
      "INVALID_VALUE",
      'consumable must be an object such as { utilized: "100.00" }.',
    );
  }
  const utilized = consumable === undefined ? undefined : optionalString(consumable as Json, "utilized");
  if (utilized !== undefined && !/^\d+(\.\d+)?$/.test(utilized)) {
    throw fieldError("consumable.utilized", "INVALID_VALUE", "utilized must be a decimal string.");
  }
  if (amount !== undefined && !/^\d+(\.\d+)?$/.test(amount))
    throw fieldError("amount", "INVALID_VALUE", "amount must be a decimal string.");
  if (currencyCode !== undefined && !CURRENCY_CODES.has(currencyCode)) {
    throw fieldError(
      "currencyCode",
      "INVALID_ENUM_VALUE",
      "currencyCode must be an ISO 4217 code of the model.",
    );
  }
  return {
    ...spec,
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(amount !== undefined ? { amount } : {}),
    ...(currencyCode !== undefined ? { currencyCode: currencyCode as CurrencyCode } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(startsAt !== undefined ? { startsAt } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    ...(applicableBenefitIds !== undefined ? { applicableBenefitIds } : {}),
    ...(consumable !== undefined ? { consumable: utilized !== undefined ? { utilized } : {} } : {}),
  };
}

/** `allocations` of a review: each item checked like a created allocation, errors named `allocations[i].…`. */
function allocationList(body: Json): AllocationSpec[] | undefined {
  const value = body.allocations;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw fieldError("allocations", "INVALID_VALUE", "allocations must be a list.");
  return value.map((item, i) => {
    try {
      if (item === null || typeof item !== "object" || Array.isArray(item)) {
        throw fieldError("", "INVALID_VALUE", 'must be an object such as { fulfillmentType: "CREDITS" }.');
      }
      return allocationSpec(item as Json);
    } catch (error) {
      if (!(error instanceof ValidationException)) throw error;
      const fields = error.FieldList ?? [];
      throw validationError(
        `allocations[${i}]: ${error.message}`,
        "fieldValidationFailed",
        fields.map((f) => ({
          ...f,
          Name: f.Name ? `allocations[${i}].${f.Name}` : `allocations[${i}]`,
          Message: f.Message ?? "",
        })),
      );
    }
  });
}

function allocationChange(body: Json): AllocationChange {
  const status = oneOf(body, "status", ALLOCATION_STATUSES, false);
  const statusReason = optionalString(body, "statusReason");
  const expiresAt = time(body, "expiresAt");
  return {
    ...(status !== undefined ? { status } : {}),
    ...(statusReason !== undefined ? { statusReason } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
  };
}

/** Returns the control handler for `emulator`. */
export function createControl(emulator: Emulator): (request: ControlRequest) => ControlResponse {
  const route = (
    method: string,
    segments: string[],
    body: unknown,
    query: Readonly<Record<string, string>>,
  ): unknown => {
    const [head, catalog = "", id = "", action] = segments;
    const key = `${method} ${head}${action ? `/${action}` : ""}:${segments.length}`;
    switch (key) {
      case "GET reviews:2": {
        const account = query.account ?? emulator.defaultAccountId;
        if (!/^\d{12}$/.test(account))
          throw fieldError("account", "INVALID_VALUE", "account must be 12 digits.");
        return { applications: emulator.reviewer.waiting(catalog, account) };
      }
      case "GET applications/history:4":
        return { history: emulator.reviewer.history(catalog, id) };
      case "POST applications/review:4":
        return emulator.reviewer.review(catalog, id, decision(object(body)));
      case "POST applications/files:4": {
        const b = object(body);
        const fileUri = optionalString(b, "fileUri");
        const reason = optionalString(b, "reason");
        if (fileUri === undefined) {
          const status = oneOf(b, "status", PROCESSED_FILE_STATUSES, false) ?? "SUCCEEDED";
          return emulator.reviewer.processFiles(catalog, id, status, reason);
        }
        const status = oneOf(b, "status", FILE_STATUSES, true) ?? "SUCCEEDED";
        return emulator.reviewer.setFileStatus(catalog, id, fileUri, status, reason);
      }
      case "POST applications/allocations:4":
        return emulator.reviewer.createAllocation(catalog, id, allocationSpec(object(body)));
      case "PATCH allocations:3":
        return emulator.reviewer.updateAllocation(catalog, id, allocationChange(object(body)));
      case "GET benefits:2":
        if (!emulator.settings.catalogs.includes(catalog))
          throw new ResourceNotFoundException({ $metadata: {}, message: `Unknown catalog ${catalog}.` });
        return { benefits: emulator.benefits(catalog) };
      case "GET settings:1":
        return {
          settings: emulator.settings,
          seed: emulator.seed,
          defaultAccountId: emulator.defaultAccountId,
        };
      case "PUT faults:1": {
        const faults = body === null ? undefined : (object(body) as FaultOptions);
        emulator.setFaults(faults);
        return { faults: faults ?? null };
      }
      case "POST fixtures:1":
        try {
          return { loaded: emulator.loadFixtures(body as EmulatorFixtures) };
        } catch (error) {
          if (!(error instanceof FixturesError)) throw error;
          throw validationError(`The fixtures were not loaded: ${error.message}`, "fieldValidationFailed", [
            ...error.issues.map((issue) => ({
              Name: issue.path,
              Message: issue.message,
              Code: "INVALID_VALUE" as const,
            })),
          ]);
        }
      case "POST reset:1": {
        const b = object(body);
        const fixtures = b.fixtures;
        if (fixtures !== undefined && typeof fixtures !== "boolean")
          throw fieldError("fixtures", "INVALID_VALUE", "fixtures must be true or false.");
        emulator.reset(fixtures === false ? { fixtures: false } : undefined);
        return { reset: true };
      }
      default:
        throw new ResourceNotFoundException({
          $metadata: {},
          message: `No emulator control route ${method} /${segments.join("/")}.`,
        });
    }
  };

  return (request) => {
    try {
      let body = request.body;
      if (typeof body === "string" && body !== "") {
        try {
          body = JSON.parse(body) as unknown;
        } catch {
          throw validationError("The request body is not valid JSON.", "cannotParse");
        }
      }
      const segments = request.path.split("/").filter(Boolean).map(decodeURIComponent);
      return { status: 200, body: route(request.method.toUpperCase(), segments, body, request.query ?? {}) };
    } catch (error) {
      return errorResponse(
        isModelledError(error) ? error : validationError("The control request failed.", "other"),
      );
    }
  };
}
