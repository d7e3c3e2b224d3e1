/**
 * `createBenefitsMock`: the emulator engine behind MSW. Stateful defaults for all 17 operations, answered
 * by the server's dispatcher (the one `handlersFor` of `@pc-benefits/msw` and the Hono app run) on the
 * URLs `handlersFor` matches, so MSW, the server and the engine can never disagree; typed per-operation
 * overrides through the generated factories; fault helpers. No Node built-ins: works with `setupServer`
 * (msw/node) and `setupWorker` (msw/browser).
 */

import {
  type EndpointOptions,
  type HandlerOptions,
  handlersFor,
  type ResolverContext,
} from "@pc-benefits/msw";
import type { HttpHandler } from "msw";
import { type EmulatorHandlers, OPERATION_NAMES, type OperationName } from "../engine/api-types.js";
import { createEmulator, type Emulator, type EmulatorOptions } from "../engine/create-emulator.js";
import { EmulatorError, type ErrorName } from "../engine/errors.js";
import type { FaultOptions } from "../engine/faults.js";
import type { Reviewer } from "../engine/reviewer.js";
import { type ServiceHandlersOptions, serviceHandlers } from "../engine/service-handlers.js";
import { wireOptions } from "../engine/wire-settings.js";
import { type FailureSpec, OneShotFaults } from "./one-shot-faults.js";
import { handlerKey, type MockInput, type MockOutput, operationFactory } from "./operation-factories.js";
import { operationRouter } from "./operation-router.js";

export interface BenefitsMockOptions extends EmulatorOptions, EndpointOptions {
  /** Run an existing engine instead of creating one (the other engine options are then ignored). */
  emulator?: Emulator;
  /** The caller's account per request (default: derived from the SigV4 access key, else the default account). */
  accountOf?: ServiceHandlersOptions["accountOf"];
  /** Other options of the MSW handlers (`delay`, `validateOutput`, `onError`, `requestId`, ...; `once` applies to overrides only). */
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
    options?: Omit<HandlerOptions, keyof EndpointOptions>,
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

/** Engine handlers that run the one-shot faults first. */
function faultedHandlers(engine: EmulatorHandlers, faults: OneShotFaults): EmulatorHandlers {
  const wrapped: Partial<Record<OperationName, unknown>> = {};
  for (const operation of OPERATION_NAMES) {
    const call = engine[operation] as (input: unknown, context?: unknown) => Promise<unknown>;
    wrapped[operation] = async (input: unknown, context?: unknown) => {
      await faults.before(operation);
      return call(input, context);
    };
  }
  return wrapped as EmulatorHandlers;
}

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
  const faults = new OneShotFaults((name, message) => errorFor(name, message));
  const endpoint: EndpointOptions = {
    ...(baseUrl !== undefined ? { baseUrl } : {}),
    ...(officialEndpoints !== undefined ? { officialEndpoints } : {}),
  };
  const service = serviceHandlers(
    { handlers: faultedHandlers(emulator.handlers, faults) },
    accountOf ? { accountOf } : {},
  );
  // The URLs `handlersFor` answers (official endpoints, base URLs), served by one router handler over
  // the same dispatcher, so MSW runs one handler per request rather than trying 17 in turn.
  const probe = handlersFor({ getBenefit: service.getBenefit }, endpoint)[0]?.info.path;
  if (!(probe instanceof RegExp)) throw new Error("@pc-benefits/msw handlers are expected to match a RegExp");
  const { once: _once, ...routerOptions } = handlerOptions;
  const handlers = [
    operationRouter(service, { ...wireOptions(emulator.settings), ...routerOptions, pattern: probe }),
  ];

  return {
    handlers,
    emulator,
    reviewer: emulator.reviewer,
    endpoint,
    override(operation, resolver, overrideOptions = {}) {
      type Op = typeof operation;
      const factory = operationFactory(operation) as unknown as (
        resolver: (input: MockInput<Op>, context: ResolverContext) => unknown,
        options?: HandlerOptions,
      ) => HttpHandler;
      const run = service[handlerKey(operation)] as unknown as (
        input: MockInput<Op>,
        context: ResolverContext,
      ) => Promise<MockOutput<Op>>;
      // The engine shares frozen outputs between calls (see `immutableOutput`); a resolver gets its own copy.
      const engine = async (input: MockInput<Op>, context: ResolverContext) =>
        structuredClone(await run(input, context));
      return factory(
        (input, context) =>
          resolver(input, { ...context, engine: (replaced) => engine(replaced ?? input, context) }),
        { ...handlerOptions, ...overrideOptions, ...endpoint },
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

/** A modelled error by name, with the members the model requires. */
function errorFor(name: ErrorName, message: string): EmulatorError {
  switch (name) {
    case "ValidationException":
      return new EmulatorError(name, message, { Reason: "other" });
    case "ServiceQuotaExceededException":
      return new EmulatorError(name, message, {
        ResourceId: "injected",
        ResourceType: "BenefitApplication",
        QuotaCode: "injected",
      });
    default:
      return new EmulatorError(name, message);
  }
}
