/**
 * `createBenefitsMock`: the emulator engine behind MSW. A thin layer over `@pc-benefits/msw`: the engine's
 * handlers go to that package's router (`partnerCentralBenefits.link(endpoint).router`, one MSW handler whose
 * dispatcher is built once, the same AWS JSON routing and dispatcher as every factory there), overrides are
 * its generated factories on the same endpoints, and this file adds what is the engine's: state, reset,
 * reviewer, one-shot faults and latency. No Node built-ins: works with `setupServer` (msw/node) and
 * `setupWorker` (msw/browser).
 */
import {
  type EndpointOptions,
  type HandlerOptions,
  type LinkHandlerOptions,
  type OperationInput,
  type OperationOutput,
  partnerCentralBenefits,
  type ResolverContext,
} from "@pc-benefits/msw";
import { serviceSchema } from "@pc-benefits/protocol";
import type { HttpHandler } from "msw";
import { type EmulatorHandlers, OPERATION_NAMES, type OperationName } from "../../engine/api-types.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "../../engine/create-emulator.js";
import { type ErrorName, errorNamed } from "../../engine/errors.js";
import type { FaultOptions } from "../../engine/faults.js";
import type { Reviewer } from "../../engine/reviewer.js";
import { type ServiceHandlersOptions, serviceHandlers } from "../../engine/service-handlers.js";
import { wireOptions } from "../../engine/wire-settings.js";
import { type FailureSpec, OneShotFaults } from "./one-shot-faults.js";

/** The typed (client model) input of an operation, as MSW resolvers receive it. */
export type MockInput<Op extends OperationName> = OperationInput<Op>;
/** The typed output of an operation, as MSW resolvers return it. */
export type MockOutput<Op extends OperationName> = OperationOutput<Op>;

export interface BenefitsMockOptions extends EmulatorOptions, EndpointOptions {
  /** Run an existing engine instead of creating one (the other engine options are then ignored). */
  emulator?: Emulator;
  /** The caller's account per request (default: derived from the SigV4 access key, else the default account). */
  accountOf?: ServiceHandlersOptions["accountOf"];
  /**
   * Other options of the MSW handlers (`delay`, `validateOutput`, `onError`, `requestId`, `sigv4`, ...; `once`
   * applies to overrides only).
   */
  handlerOptions?: Omit<HandlerOptions, keyof EndpointOptions>;
}

/** An override's resolver: the generated factory's resolver, plus `engine()` to call the stateful default. */
export type MockResolver<Op extends OperationName> = (
  input: MockInput<Op>,
  context: ResolverContext & { engine: (input?: MockInput<Op>) => Promise<MockOutput<Op>> },
) => MockOutput<Op> | Response | Promise<MockOutput<Op> | Response>;

export interface BenefitsMock {
  /** The stateful handlers for `setupServer(...mock.handlers)` / `setupWorker(...mock.handlers)`. */
  handlers: HttpHandler[];
  /** The engine (state, settings, seeded catalogs). */
  emulator: Emulator;
  /** What AWS reviewers do: `approve`, `reject`, `requestAction`, `setFileStatus`, allocations. */
  reviewer: Reviewer;
  /** The endpoints the handlers answer; pass them to a generated factory to override on the same URLs. */
  endpoint: EndpointOptions;
  /**
   * A typed handler for one operation on the mock's endpoints, for `server.use(...)`; its resolver may
   * call `context.engine()` to run the stateful default and change or inspect the result (a copy of its own).
   */
  override<Op extends OperationName>(
    operation: Op,
    resolver: MockResolver<Op>,
    options?: LinkHandlerOptions,
  ): HttpHandler;
  /** The next `times` (default 1) calls of `operation` fail with `error` (an error name or an Error). */
  failNext(operation: OperationName, error: ErrorName | Error, options?: FailureSpec): void;
  /** Adds `ms` of latency to every call of `operation` (or of every operation: "all"); undefined removes it. */
  setLatency(operation: OperationName | "all", ms: number | undefined): void;
  /** Seeded fault rates and latency ranges of the engine (see `FaultOptions`); undefined turns them off. */
  setFaults(faults: FaultOptions | undefined): void;
  /** Removes pending failures, added latency and seeded faults. */
  clearFaults(): void;
  /** Deletes all applications, allocations and tokens (catalogs stay) and restores the initial faults. */
  reset(): void;
  /** Cancels timers and closes the engine's store. */
  close(): void;
}

/** Engine handlers that run the one-shot faults first (only while some are set, so a plain call pays nothing). */
function faultedHandlers(engine: EmulatorHandlers, faults: OneShotFaults): EmulatorHandlers {
  const wrapped: Partial<Record<OperationName, unknown>> = {};
  for (const operation of OPERATION_NAMES) {
    const call = engine[operation] as (input: unknown, context?: unknown) => Promise<unknown>;
    wrapped[operation] = (input: unknown, context?: unknown) =>
      faults.idle ? call(input, context) : faults.before(operation).then(() => call(input, context));
  }
  return wrapped as EmulatorHandlers;
}

type AnyResolver = (input: unknown, context: ResolverContext) => unknown;

export function createBenefitsMock(options: BenefitsMockOptions = {}): BenefitsMock {
  const {
    emulator: given,
    baseUrl,
    officialEndpoints,
    accountOf,
    handlerOptions = {},
    ...engineOptions
  } = options;
  const emulator = given ?? createEmulator(engineOptions);
  const initialFaults = given ? undefined : engineOptions.faults;
  const faults = new OneShotFaults(errorNamed);
  const endpoint: EndpointOptions = {
    ...(baseUrl !== undefined ? { baseUrl } : {}),
    ...(officialEndpoints !== undefined ? { officialEndpoints } : {}),
  };
  const benefits = partnerCentralBenefits.link(endpoint);
  const service = serviceHandlers(
    { handlers: faultedHandlers(emulator.handlers, faults) },
    accountOf ? { accountOf } : {},
  );
  const { once: _once, ...routerOptions } = handlerOptions;
  const handlers = [benefits.router(service, { ...wireOptions(emulator.settings), ...routerOptions })];
  return {
    handlers,
    emulator,
    reviewer: emulator.reviewer,
    endpoint,
    override(operation, resolver, overrideOptions = {}) {
      type Op = typeof operation;
      const schema = serviceSchema.operations[operation];
      if (!schema) throw new Error(`PartnerCentralBenefitsService has no operation ${operation}`);
      const run = (service as unknown as Record<string, AnyResolver>)[schema.handler];
      if (!run) throw new Error(`The engine does not implement ${operation}`);
      // The engine shares frozen outputs between calls (see `immutableOutput`); a resolver gets its own copy.
      const engine = async (input: MockInput<Op>, context: ResolverContext) =>
        structuredClone(await run.call(service, input, context)) as MockOutput<Op>;
      const factory = benefits.operationHandlers[operation] as unknown as (
        resolver: AnyResolver,
        options?: LinkHandlerOptions,
      ) => HttpHandler;
      return factory(
        (input, context) =>
          resolver(input as MockInput<Op>, {
            ...context,
            engine: (replaced) => engine(replaced ?? (input as MockInput<Op>), context),
          }),
        { ...wireOptions(emulator.settings), ...handlerOptions, ...overrideOptions },
      );
    },
    failNext: (operation, error, spec) => faults.failNext(operation, error, spec),
    setLatency: (operation, ms) => faults.setLatency(operation, ms),
    setFaults: (next) => emulator.setFaults(next),
    clearFaults() {
      faults.clear();
      emulator.setFaults(undefined);
    },
    reset() {
      faults.clear();
      emulator.setFaults(initialFaults);
      emulator.reset();
    },
    close: () => emulator.close(),
  };
}
