export { exampleDetails } from "./catalog/example-details.js";
export type { Benefit } from "./catalog/seed-catalog.js";
export { seedCatalog } from "./catalog/seed-catalog.js";
export type { ControlRequest, ControlResponse } from "./control/create-control.js";
export { createControl } from "./control/create-control.js";
export type {
  EmulatorHandlers,
  OperationName,
  OperationShapes,
  RequestContext,
} from "./engine/api-types.js";
export { OPERATION_NAMES } from "./engine/api-types.js";
export type { AutoReviewOptions, Emulator, EmulatorOptions } from "./engine/create-emulator.js";
export { createEmulator } from "./engine/create-emulator.js";
export type {
  ErrorName,
  ModelledError,
  ValidationField,
  ValidationFieldCode,
  ValidationReason,
} from "./engine/errors.js";
export { isModelledError } from "./engine/errors.js";
export type { FaultOptions, FaultSpec } from "./engine/faults.js";
export type {
  AllocationChange,
  AllocationSpec,
  ApplicationHistoryEntry,
  ReviewDecision,
  Reviewer,
  ReviewResult,
} from "./engine/reviewer.js";
export type { ServiceHandlersOptions } from "./engine/service-handlers.js";
export { serviceHandlers } from "./engine/service-handlers.js";
export type { EmulatorSettings, SettingsOverrides } from "./engine/settings.js";
export { DEFAULT_SETTINGS } from "./engine/settings.js";
export { wireOptions } from "./engine/wire-settings.js";
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
