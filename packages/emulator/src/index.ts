export type {
  EmulatorHandlers,
  OperationName,
  OperationShapes,
  RequestContext,
} from "./api-types.js";
export { OPERATION_NAMES } from "./api-types.js";
export { exampleDetails } from "./catalog/example-details.js";
export type { Benefit } from "./catalog/seed-catalog.js";
export { seedCatalog } from "./catalog/seed-catalog.js";
export type { ControlRequest, ControlResponse } from "./control.js";
export { createControl } from "./control.js";
export type { AutoReviewOptions, Emulator, EmulatorOptions } from "./create-emulator.js";
export { createEmulator } from "./create-emulator.js";
export type { ErrorName, ValidationField, ValidationFieldCode, ValidationReason } from "./errors.js";
export { EmulatorError, isEmulatorError } from "./errors.js";
export type { FaultOptions, FaultSpec } from "./faults.js";
export type {
  AllocationChange,
  AllocationSpec,
  ApplicationHistoryEntry,
  ReviewDecision,
  Reviewer,
  ReviewResult,
} from "./reviewer.js";
export { demoFixtures } from "./seeding/demo-fixtures.js";
export type {
  AllocationFixture,
  ApplicationFixture,
  ContactFixture,
  CreditCodeFixture,
  EmulatorFixtures,
  FileFixture,
  FixtureTime,
  HistoryFixture,
} from "./seeding/fixture-format.js";
export { FIXTURES_SCHEMA } from "./seeding/fixture-format.js";
export type { FixtureContext, FixtureIssue, FixturesResult } from "./seeding/parse-fixtures.js";
export { FixturesError, parseFixtures, validateFixtures } from "./seeding/parse-fixtures.js";
export type { ServiceHandlersOptions } from "./service-handlers.js";
export { serviceHandlers } from "./service-handlers.js";
export type { EmulatorSettings, SettingsOverrides } from "./settings.js";
export { DEFAULT_SETTINGS } from "./settings.js";
export { MemoryStore } from "./store/memory-store.js";
export type {
  AllocationRecord,
  ApplicationRecord,
  FileRecord,
  HistoryAction,
  HistoryEntry,
  PendingReviewRecord,
  TokenRecord,
} from "./store/records.js";
export type { EmulatorStore, Scope } from "./store/store.js";
