import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  AllocationChange,
  AllocationFixture,
  AllocationRecord,
  AllocationSpec,
  ApplicationFixture,
  ApplicationRecord,
  AutoReviewOptions,
  Benefit,
  ContactFixture,
  ControlRequest,
  ControlResponse,
  CreditCodeFixture,
  Emulator,
  EmulatorFixtures,
  EmulatorHandlers,
  EmulatorOptions,
  EmulatorSettings,
  EmulatorStore,
  ErrorName,
  FaultOptions,
  FaultSpec,
  FileFixture,
  FileRecord,
  FixtureContext,
  FixtureIssue,
  FixturesResult,
  FixtureTime,
  OperationName,
  OperationShapes,
  RequestContext,
  ReviewDecision,
  Reviewer,
  ReviewResult,
  Scope,
  ServiceHandlersOptions,
  SettingsOverrides,
  TokenRecord,
  ValidationField,
  ValidationFieldCode,
  ValidationReason,
} from "./index.js";
import * as api from "./index.js";

// A vanished or renamed public type fails the typecheck of this file.
type PublicTypes = [
  AllocationChange,
  AllocationFixture,
  ApplicationFixture,
  ContactFixture,
  CreditCodeFixture,
  EmulatorFixtures,
  FileFixture,
  FixtureContext,
  FixtureIssue,
  FixturesResult,
  FixtureTime,
  AllocationRecord,
  AllocationSpec,
  ApplicationRecord,
  AutoReviewOptions,
  Benefit,
  ControlRequest,
  ControlResponse,
  Emulator,
  EmulatorHandlers,
  EmulatorOptions,
  EmulatorSettings,
  EmulatorStore,
  ErrorName,
  FaultOptions,
  FaultSpec,
  FileRecord,
  OperationName,
  OperationShapes,
  RequestContext,
  ReviewDecision,
  Reviewer,
  ReviewResult,
  Scope,
  ServiceHandlersOptions,
  SettingsOverrides,
  TokenRecord,
  ValidationField,
  ValidationFieldCode,
  ValidationReason,
];

describe("public API", () => {
  it("exports exactly these runtime values (and the public types above)", () => {
    expectTypeOf<PublicTypes>().not.toBeNever();
    expect(Object.keys(api).sort()).toEqual(
      [
        "DEFAULT_SETTINGS",
        "EmulatorError",
        "FIXTURES_SCHEMA",
        "FixturesError",
        "demoFixtures",
        "parseFixtures",
        "validateFixtures",
        "MemoryStore",
        "OPERATION_NAMES",
        "createControl",
        "createEmulator",
        "exampleDetails",
        "isEmulatorError",
        "seedCatalog",
        "serviceHandlers",
      ].sort(),
    );
  });

  it("implements all 17 operations", () => {
    const emulator = api.createEmulator();
    expect(Object.keys(emulator.handlers).sort()).toEqual([...api.OPERATION_NAMES].sort());
    expect(api.OPERATION_NAMES).toHaveLength(17);
    expect(Object.keys(api.serviceHandlers(emulator))).toHaveLength(17);
  });
});
