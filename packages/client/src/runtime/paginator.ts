import type { Command } from "./command.js";
import type { HttpHandlerOptions } from "./http.js";
import type { MetadataBearer } from "./metadata.js";

/** Pagination options, as the AWS SDK's `PaginationConfiguration`. */
export interface PaginationConfiguration<C> {
  client: C;
  /** Sent as the operation's page-size member on every page. */
  pageSize?: number;
  /** Token of the first page to fetch. */
  startingToken?: unknown;
  /** Stop when the service returns the token it was just given (guards against a loop). */
  stopOnSameToken?: boolean;
}

/** What a paginator returns: one output per page. */
export type Paginator<T> = AsyncGenerator<T, undefined, unknown>;

/** Anything that can send the command, i.e. the generated client. */
export interface CommandSender<I extends object, O extends MetadataBearer> {
  send(command: Command<I, O>, options?: HttpHandlerOptions): Promise<O>;
}

function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Builds a `paginateX(config, input)` function: an async generator that sends the command once
 * per page, passing each page's output token as the next page's input token.
 */
export function createPaginator<I extends object, O extends MetadataBearer>(
  CommandCtor: new (input: I) => Command<I, O>,
  inputToken: string,
  outputToken: string,
  pageSizeMember?: string,
): (config: PaginationConfiguration<CommandSender<I, O>>, input: I, ...rest: unknown[]) => Paginator<O> {
  return async function* paginate(config, input) {
    let token: unknown = config.startingToken;
    let hasNext = true;
    while (hasNext) {
      const pageInput: Record<string, unknown> = { ...(input as Record<string, unknown>) };
      if (token !== undefined) pageInput[inputToken] = token;
      if (pageSizeMember !== undefined && config.pageSize !== undefined)
        pageInput[pageSizeMember] = config.pageSize;
      const page = await config.client.send(new CommandCtor(pageInput as I));
      yield page;
      const previous = token;
      token = readPath(page, outputToken);
      hasNext =
        token !== undefined &&
        token !== null &&
        token !== "" &&
        !(config.stopOnSameToken && token === previous);
    }
    return undefined;
  };
}
