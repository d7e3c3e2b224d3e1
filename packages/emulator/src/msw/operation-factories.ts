/**
 * The generated per-operation MSW factories of `@pc-benefits/msw`, looked up by operation name, with the
 * input and output types each one resolves.
 */

import { operationHandlers } from "@pc-benefits/msw";
import type { ServiceHandlers } from "@pc-benefits/server/core";
import type { OperationName } from "../engine/api-types.js";

/** The generated factory of an operation (`@pc-benefits/msw` generates the map from the model). */
export function operationFactory<Op extends OperationName>(operation: Op): (typeof operationHandlers)[Op] {
  return operationHandlers[operation];
}

/** `GetBenefit` -> `getBenefit`: the key of an operation in the server's `ServiceHandlers`. */
export type HandlerKey<Op extends OperationName> = Uncapitalize<Op> & keyof ServiceHandlers;

export function handlerKey<Op extends OperationName>(operation: Op): HandlerKey<Op> {
  return `${operation.charAt(0).toLowerCase()}${operation.slice(1)}` as HandlerKey<Op>;
}

/** The typed (client model) input of an operation, as MSW resolvers receive it. */
export type MockInput<Op extends OperationName> = Parameters<ServiceHandlers[HandlerKey<Op>]>[0];

/** The typed output of an operation, as MSW resolvers return it. */
export type MockOutput<Op extends OperationName> = Awaited<ReturnType<ServiceHandlers[HandlerKey<Op>]>>;
