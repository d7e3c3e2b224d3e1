/**
 * `withNetworkCause` under the `browser` condition (`#network-cause`): the error as it is. A browser's `fetch`
 * rejects with a bare `TypeError` and withholds why (no `cause`, no code: pages may not probe the network), so
 * there is nothing to name, and browser bundles do without `./network-error.ts`.
 */
export function withNetworkCause(error: unknown): unknown {
  return error;
}
