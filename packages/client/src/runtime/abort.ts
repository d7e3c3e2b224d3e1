/** The error thrown when a call is aborted through its `AbortSignal` (same name as the AWS SDK's). */
export function abortError(signal?: AbortSignal): Error {
  const reason: unknown = signal?.reason;
  // A bare `controller.abort()` gives a DOMException("This operation was aborted"): use the SDK's wording.
  const custom = reason instanceof Error && reason.name !== "AbortError" && reason.message !== "";
  const message = custom ? reason.message : "Request aborted";
  const error = new Error(message, reason === undefined ? undefined : { cause: reason });
  error.name = "AbortError";
  return error;
}

/** Whether `error` is the result of an abort (ours, fetch's or node's). */
export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

/** Waits `ms` milliseconds; rejects with an `AbortError` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
