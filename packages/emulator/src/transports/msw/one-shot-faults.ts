/**
 * Test-time faults of the MSW mock: queued one-shot failures per operation and fixed added latency.
 * (Seeded fault *rates* live in the engine, see `../../engine/faults.ts`.)
 */

import type { OperationName } from "../../engine/api-types.js";
import type { ErrorName } from "../../engine/errors.js";

export interface FailureSpec {
  /** How many consecutive calls fail (default 1). */
  times?: number;
  /** Message of the error when `error` is a name. */
  message?: string;
}

type Failure = { error: ErrorName | Error; message: string | undefined; left: number };

export class OneShotFaults {
  private readonly failures = new Map<OperationName, Failure[]>();
  private readonly latency = new Map<OperationName | "all", number>();

  constructor(private readonly errorFor: (name: ErrorName, message: string) => Error) {}

  failNext(operation: OperationName, error: ErrorName | Error, spec: FailureSpec = {}): void {
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError("times must be a positive integer");
    const queue = this.failures.get(operation) ?? [];
    queue.push({ error, message: spec.message, left: times });
    this.failures.set(operation, queue);
  }

  setLatency(operation: OperationName | "all", ms: number | undefined): void {
    if (ms === undefined || ms <= 0) this.latency.delete(operation);
    else this.latency.set(operation, ms);
  }

  /** No failure is queued and no latency set: `before` has nothing to do. */
  get idle(): boolean {
    return this.failures.size === 0 && this.latency.size === 0;
  }

  clear(): void {
    this.failures.clear();
    this.latency.clear();
  }

  /** Waits the added latency, then throws the next queued failure of `operation`, if any. */
  async before(operation: OperationName): Promise<void> {
    const ms = this.latency.get(operation) ?? this.latency.get("all");
    if (ms !== undefined) await new Promise((resolve) => setTimeout(resolve, ms));
    const queue = this.failures.get(operation);
    const next = queue?.[0];
    if (!queue || !next) return;
    next.left -= 1;
    if (next.left === 0) queue.shift();
    if (queue.length === 0) this.failures.delete(operation);
    if (typeof next.error !== "string") throw next.error;
    throw this.errorFor(next.error, next.message ?? `Injected ${next.error} for ${operation}.`);
  }
}
