import { HttpHandler } from "msw";

/** What the resolver of an `AwsJsonHttpHandler` receives (a subset of MSW's resolver argument). */
export interface AwsJsonResolverInfo {
  request: Request;
  params: { operation?: string };
}

/**
 * An MSW `HttpHandler` for `POST` requests whose clean URL (no query) matches `pattern`, matched without the
 * work `HttpHandler` does for every request besides: the request's cookies (from its header and MSW's
 * cookie store) and path parameters by path-to-regexp, of no use to the AWS JSON protocol. Group 1 of
 * `pattern`, the operation of the `/{OperationName}` form, reaches the resolver as `params.operation`.
 * Everything else (method check, `once`, logging, `server.use` / `resetHandlers`) is `HttpHandler`'s.
 */
export class AwsJsonHttpHandler extends HttpHandler {
  readonly #pattern: RegExp;

  constructor(
    pattern: RegExp,
    resolver: (info: AwsJsonResolverInfo) => Promise<Response | undefined> | Response | undefined,
    options: { once?: boolean } = {},
  ) {
    super("POST", pattern, resolver as never, options);
    this.#pattern = pattern;
  }

  override async parse(args: { request: Request }) {
    const url = args.request.url;
    const end = url.search(/[?#]/);
    const match = this.#pattern.exec(end < 0 ? url : url.slice(0, end));
    const params: Record<string, string> = match?.[1] === undefined ? {} : { operation: match[1] };
    return { match: { matches: match !== null, params }, cookies: {} };
  }
}
