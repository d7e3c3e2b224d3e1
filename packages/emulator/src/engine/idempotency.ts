/**
 * ClientToken idempotency (see docs/behaviour.md#idempotency). Tokens are scoped by operation, catalog and caller account. Same
 * token and same request: the first response is replayed and nothing runs again. Same token with a
 * different request: ConflictException. Failed requests are not recorded, so they can be retried.
 */

import { ConflictException } from "@pc-benefits/protocol/models";
import { canonicalJson } from "@pc-benefits/protocol/wire";
import type { EmulatorStore } from "../store/store.js";
import { cloneJson } from "./clone-json.js";

export interface TokenScope {
  operation: string;
  catalog: string;
  account: string;
  token: string;
}

export class IdempotencyRegistry {
  private calls = 0;

  constructor(
    private readonly store: EmulatorStore,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /**
   * Runs `execute` once per (scope, request). Must be called inside `store.transaction` together
   * with the work it guards, so the check and the record are one atomic step.
   */
  run<T>(scope: TokenScope, request: unknown, execute: () => T): T {
    const now = this.now();
    if (++this.calls % 1000 === 0) this.store.purgeTokens(now);
    const key = `${scope.operation}|${scope.catalog}|${scope.account}|${scope.token}`;
    const fingerprint = canonicalJson(request);
    const previous = this.store.getToken(key);
    if (previous && previous.expiresAt > now) {
      if (previous.fingerprint !== fingerprint) {
        throw new ConflictException({
          $metadata: {},
          message: `ClientToken ${JSON.stringify(scope.token)} was already used with a different request for ${scope.operation}.`,
        });
      }
      // A copy: callers may change what they get back without touching the recorded response.
      return cloneJson(previous.response) as T;
    }
    const response = execute();
    this.store.putToken({ key, fingerprint, response, expiresAt: now + this.ttlMs });
    return response;
  }
}
