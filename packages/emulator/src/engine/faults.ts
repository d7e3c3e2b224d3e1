/**
 * Fault injection (off by default): per operation, seeded latency and error rates
 * (ThrottlingException, InternalServerException), plus the optional published per-account request rates (see docs/behaviour.md#quotas).
 */

import { InternalServerException, ThrottlingException } from "@pc-benefits/protocol/models";
import type { OperationName } from "./api-types.js";
import { type Rng, seededRng } from "./random.js";
import { RATE_QUOTAS } from "./settings.js";

export interface FaultSpec {
  /** Added latency in ms: a fixed value or a [min, max] range drawn from the seeded generator. */
  latencyMs?: number | [number, number];
  /** Share of calls (0-1) answered with ThrottlingException. */
  throttleRate?: number;
  /** Share of calls (0-1) answered with InternalServerException. */
  errorRate?: number;
}

export interface FaultOptions {
  /** Seed of the fault generator; the same seed and call order give the same faults. */
  seed?: string | number;
  /** Faults for every operation. */
  all?: FaultSpec;
  /** Faults per operation (merged over `all`). */
  operations?: Partial<Record<OperationName, FaultSpec>>;
}

export class FaultInjector {
  private rng: Rng;
  private options: FaultOptions;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    options: FaultOptions | undefined,
    private readonly enforceRates: () => boolean,
    private readonly now: () => number,
  ) {
    this.options = options ?? {};
    this.rng = seededRng(this.options.seed ?? 0);
  }

  /** Replaces the fault configuration (and restarts the seeded sequence). */
  configure(options: FaultOptions | undefined): void {
    this.options = options ?? {};
    this.rng = seededRng(this.options.seed ?? 0);
  }

  get active(): boolean {
    return this.options.all !== undefined || Object.keys(this.options.operations ?? {}).length > 0;
  }

  /** Runs before an operation: waits the drawn latency, then throws the drawn fault, if any. */
  async before(operation: OperationName, account: string): Promise<void> {
    if (this.enforceRates()) this.takeToken(operation, account);
    if (!this.active) return;
    const spec = { ...this.options.all, ...this.options.operations?.[operation] };
    const latency = Array.isArray(spec.latencyMs)
      ? spec.latencyMs[0] + this.rng() * (spec.latencyMs[1] - spec.latencyMs[0])
      : (spec.latencyMs ?? 0);
    const roll = this.rng();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const throttleRate = spec.throttleRate ?? 0;
    if (roll < throttleRate)
      throw new ThrottlingException({
        $metadata: {},
        message: `Rate exceeded for ${operation} (injected fault).`,
      });
    if (roll < throttleRate + (spec.errorRate ?? 0))
      throw new InternalServerException({
        $metadata: {},
        message: `Injected internal error for ${operation}.`,
      });
  }

  /** Token bucket per account and operation, refilled at the documented rate, burst = one second. */
  private takeToken(operation: OperationName, account: string): void {
    const rate = RATE_QUOTAS[operation];
    if (rate === undefined) return;
    const key = `${account}|${operation}`;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: rate, at: now };
    bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      throw new ThrottlingException({
        $metadata: {},
        message: `Rate exceeded: ${operation} allows ${rate} requests per second per account.`,
      });
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
  }
}
