import type { MetadataBearer, ResponseMetadata } from "./metadata.js";

/** `@retryable` trait of a modelled error. */
export interface RetryableTrait {
  readonly throttling?: boolean;
}

/** Constructor options of {@link ServiceException}. */
export interface ServiceExceptionOptions extends MetadataBearer {
  name: string;
  $fault: "client" | "server";
  message?: string;
}

/**
 * Constructor options of a modelled error class: `$metadata`, an optional `message`, and the
 * error's own modelled members (all optional). Accepts everything the AWS SDK's
 * `ExceptionOptionType` accepts, e.g. `new ConflictException({ message, $metadata })`.
 */
export type ExceptionOptionType<E extends Error, Base extends Error> = {
  $metadata: ResponseMetadata;
  message?: string;
} & Partial<Omit<E, keyof Base>>;

/** Base class of every error a service returns (modelled or not). */
export class ServiceException extends Error implements MetadataBearer {
  readonly $fault: "client" | "server";
  $retryable?: RetryableTrait;
  $metadata: ResponseMetadata;

  constructor(options: ServiceExceptionOptions) {
    super(options.message);
    // Keep `instanceof` working when compiled to ES5-style classes or subclassed across realms.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = options.name;
    this.$fault = options.$fault;
    this.$metadata = options.$metadata;
  }
}
