/**
 * The `--faults` flag: comma-separated `[Operation:]key=value` items, e.g.
 * `ThrottlingException=0.1,latency=50` or `GetBenefit:InternalServerException=0.5,latency=20-80`.
 * Keys: `ThrottlingException` (or `throttle`) and `InternalServerException` (or `error`): rates 0-1;
 * `latency`: ms or `min-max`.
 */
import {
  type FaultOptions,
  type FaultSpec,
  OPERATION_NAMES,
  type OperationName,
} from "@pc-benefits/emulator";

const RATE_KEYS: Record<string, "throttleRate" | "errorRate"> = {
  throttlingexception: "throttleRate",
  throttle: "throttleRate",
  internalserverexception: "errorRate",
  error: "errorRate",
};

/** Parses the flag into engine fault options, or returns the error message. */
export function parseFaultSpec(text: string, seed: string | number): FaultOptions | string {
  const all: FaultSpec = {};
  const operations: Partial<Record<OperationName, FaultSpec>> = {};
  for (const raw of text.split(",")) {
    const item = raw.trim();
    if (item === "") continue;
    const eq = item.indexOf("=");
    if (eq < 0) return `--faults: "${item}" is not key=value`;
    const left = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    const colon = left.indexOf(":");
    const operation = colon < 0 ? undefined : left.slice(0, colon);
    const key = (colon < 0 ? left : left.slice(colon + 1)).toLowerCase();
    if (operation !== undefined && !OPERATION_NAMES.includes(operation as OperationName)) {
      return `--faults: unknown operation "${operation}"`;
    }
    let target = all;
    if (operation !== undefined) {
      target = operations[operation as OperationName] ?? {};
      operations[operation as OperationName] = target;
    }
    const rateKey = RATE_KEYS[key];
    if (rateKey) {
      const rate = Number(value);
      if (value === "" || !Number.isFinite(rate) || rate < 0 || rate > 1) {
        return `--faults: ${left} must be a rate between 0 and 1, got "${value}"`;
      }
      target[rateKey] = rate;
    } else if (key === "latency") {
      const latency = parseLatency(value);
      if (latency === undefined) return `--faults: latency must be ms or min-max, got "${value}"`;
      target.latencyMs = latency;
    } else {
      return `--faults: unknown key "${left}" (use ThrottlingException, InternalServerException or latency)`;
    }
  }
  const options: FaultOptions = { seed };
  if (Object.keys(all).length > 0) options.all = all;
  if (Object.keys(operations).length > 0) options.operations = operations;
  return options;
}

function parseLatency(value: string): number | [number, number] | undefined {
  const m = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(value);
  if (!m) return undefined;
  const min = Number(m[1]);
  if (m[2] === undefined) return min;
  const max = Number(m[2]);
  return max >= min ? [min, max] : undefined;
}
