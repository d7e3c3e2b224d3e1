/** Response facts attached to every output and every service error as `$metadata`. */
export interface ResponseMetadata {
  /** HTTP status code of the last response. */
  httpStatusCode?: number;
  /** Value of the `x-amzn-RequestId` response header. */
  requestId?: string;
  /** Value of the `x-amz-id-2` response header, when present. */
  extendedRequestId?: string;
  /** Value of the `x-amz-cf-id` response header, when present. */
  cfId?: string;
  /** Number of HTTP attempts made for this call (1 when no retry happened). */
  attempts?: number;
  /** Milliseconds spent waiting between attempts. */
  totalRetryDelay?: number;
}

/** Any object that carries `$metadata`. */
export interface MetadataBearer {
  $metadata: ResponseMetadata;
}
