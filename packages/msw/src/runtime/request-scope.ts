/**
 * Per-request state for resolvers that a dispatcher built once per handler set calls: the dispatcher hands a
 * handler only its own context, so the intercepted `Request` (and a `Response` a resolver returned to send as
 * is) travel beside it, keyed by the request ID. The dispatcher asks for that ID synchronously, first thing,
 * when it is called (`createDispatcher` in `@pc-benefits/protocol`); `dispatch` checks that it did.
 */
export interface RequestScope {
  readonly request: Request;
  /** A `Response` the resolver returned: sent instead of the dispatcher's answer. */
  raw: Response | undefined;
  /** The dispatcher's request ID, once it asked for one. */
  id: string | undefined;
}

export class RequestScopes {
  private readonly open = new Map<string, RequestScope[]>();
  private pending: RequestScope | undefined;

  constructor(private readonly nextId: () => string) {}

  /** The dispatcher's `requestId` option: the next ID, bound to the request being dispatched. */
  readonly requestId = (): string => {
    const id = this.nextId();
    const scope = this.pending;
    if (scope) {
      this.pending = undefined;
      scope.id = id;
      const same = this.open.get(id);
      if (same) same.push(scope);
      else this.open.set(id, [scope]);
    }
    return id;
  };

  /** The scope of the request with this ID (the oldest open one, if a custom generator repeats IDs). */
  of(requestId: string): RequestScope | undefined {
    return this.open.get(requestId)?.[0];
  }

  /** Runs `dispatch` for `request`, its scope open until it settles. */
  async dispatch<T>(
    request: Request,
    dispatch: () => Promise<T>,
  ): Promise<{ answer: T; scope: RequestScope }> {
    const scope: RequestScope = { request, raw: undefined, id: undefined };
    this.pending = scope;
    let running: Promise<T>;
    try {
      running = dispatch();
    } finally {
      const unclaimed = this.pending === scope;
      this.pending = undefined;
      if (unclaimed) {
        // biome-ignore lint/correctness/noUnsafeFinally: a broken contract with the dispatcher must surface
        throw new Error("@pc-benefits/msw: the dispatcher did not ask for a request ID when called");
      }
    }
    try {
      return { answer: await running, scope };
    } finally {
      this.close(scope);
    }
  }

  private close(scope: RequestScope): void {
    if (scope.id === undefined) return;
    const scopes = this.open.get(scope.id);
    if (!scopes) return;
    if (scopes.length === 1) this.open.delete(scope.id);
    else scopes.splice(scopes.indexOf(scope), 1);
  }
}
