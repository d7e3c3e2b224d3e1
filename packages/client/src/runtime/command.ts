import type { ResolvedCompressionConfig } from "./compression.js";
import type { JsonObject } from "./json-body.js";
import type { MetadataBearer, ResponseMetadata } from "./metadata.js";
import type { ServiceException } from "./service-exception.js";

/** What the client needs to run one operation; generated once per operation. */
export interface Operation<Input extends object, Output extends MetadataBearer> {
  /** Operation name as modelled. */
  readonly name: string;
  /** `X-Amz-Target` header value: `<ServiceShapeName>.<OperationName>`. */
  readonly target: string;
  /** Input to the JSON body object (only modelled members; idempotency tokens filled). */
  serialize(input: Input): JsonObject;
  /** Parsed success body to the output (the client adds `$metadata`). */
  deserialize(body: JsonObject): Omit<Output, "$metadata">;
  /** The error for a failed response: the modelled class for `code`, else the service's base exception. */
  error(code: string | undefined, body: JsonObject, metadata: ResponseMetadata): ServiceException;
  /**
   * `@endpoint` host prefix of an input, e.g. `foo.{label}.` with its `@hostLabel` members filled in, or ""
   * under `disableHostPrefix` (`hostPrefix(template)` from host-prefix.ts).
   */
  readonly hostPrefix?: (input: Input, config: { disableHostPrefix: boolean }) => string;
  /**
   * `@requestCompression`: the body to send for `json` under the client's compression options (gzipped from
   * `requestMinCompressionSizeBytes` on, its `content-encoding` added to `headers`; `gzipRequestBody` from
   * compression.ts).
   */
  readonly compress?: (
    json: string,
    config: Partial<ResolvedCompressionConfig>,
    headers: Record<string, string>,
  ) => Promise<string | Uint8Array>;
}

/** Base class of every generated command: the input plus the operation it runs. */
export class Command<Input extends object, Output extends MetadataBearer> {
  readonly input: Input;
  readonly operation: Operation<Input, Output>;

  constructor(input: Input, operation: Operation<Input, Output>) {
    this.input = input;
    this.operation = operation;
  }
}
