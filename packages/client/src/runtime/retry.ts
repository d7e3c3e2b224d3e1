import { isAbortError } from "./abort.js";
import type { ServiceException } from "./service-exception.js";

/** Error codes the AWS SDKs treat as throttling. */
const THROTTLING_CODES = new Set([
  "BandwidthLimitExceeded",
  "EC2ThrottledException",
  "LimitExceededException",
  "PriorRequestNotComplete",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "ThrottledException",
  "Throttling",
  "ThrottlingException",
  "TooManyRequestsException",
  "TransactionInProgressException",
]);

/** Error codes the AWS SDKs treat as transient. */
const TRANSIENT_CODES = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);

/** Base delay and cap of the exponential backoff, in milliseconds (the AWS SDK's standard mode). */
export const BASE_DELAY_MS = 100;
export const MAX_DELAY_MS = 20_000;

/** Whether a service error is worth retrying: modelled `@retryable`, throttling codes, 429, 5xx. */
export function isRetryableServiceError(error: ServiceException): boolean {
  if (error.$retryable !== undefined) return true;
  if (THROTTLING_CODES.has(error.name) || TRANSIENT_CODES.has(error.name)) return true;
  const status = error.$metadata.httpStatusCode ?? 0;
  return status === 429 || (status >= 500 && status <= 599);
}

/** Whether an error thrown by the transport is worth retrying: every network failure but an abort. */
export function isRetryableTransportError(error: unknown): boolean {
  return !isAbortError(error);
}

/** Full-jitter exponential backoff before attempt `attempt + 1` (`attempt` counts from 1). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
