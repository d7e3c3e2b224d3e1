/**
 * Synthetic AWS JSON errors the protocol layer raises before a handler runs.
 * They are not modelled, so `__type` carries the bare name, as Smithy's server SDKs do.
 */
export interface ProtocolErrorSpec {
  status: number;
  type: string;
}

export const PROTOCOL_ERRORS = {
  /** Body is not JSON, or not a JSON object. */
  serialization: { status: 400, type: "SerializationException" },
  /** Missing, malformed or unknown `X-Amz-Target` / operation path. */
  unknownOperation: { status: 400, type: "UnknownOperationException" },
  /** Content-Type is not the protocol's (`application/x-amz-json-1.0`). */
  unsupportedMediaType: { status: 415, type: "UnsupportedMediaTypeException" },
  /** Body larger than the configured limit. */
  requestTooLarge: { status: 413, type: "RequestEntityTooLargeException" },
  /** The operation exists but no handler implements it. */
  notImplemented: { status: 501, type: "NotImplementedException" },
  /** An unexpected failure when the model has no server-fault error to report it with. */
  internalFailure: { status: 500, type: "InternalFailure" },
  /** SigV4 mode: no `Authorization` header. */
  missingAuthentication: { status: 403, type: "MissingAuthenticationTokenException" },
  /** SigV4 mode: an `Authorization` header or `X-Amz-Date` that cannot be read. */
  incompleteSignature: { status: 403, type: "IncompleteSignatureException" },
  /** SigV4 mode: an unknown access key (or a wrong session token). */
  unrecognizedClient: { status: 403, type: "UnrecognizedClientException" },
  /** SigV4 mode: a signature that does not match, a wrong scope or a date outside the allowed skew. */
  invalidSignature: { status: 403, type: "InvalidSignatureException" },
  /** Not a POST, or an unknown path. */
  notFound: { status: 404, type: "UnknownOperationException" },
} as const satisfies Record<string, ProtocolErrorSpec>;

export type ProtocolErrorName = keyof typeof PROTOCOL_ERRORS;

/** A protocol failure raised inside the dispatcher; turned into a response by `protocolErrorResponse`. */
export class ProtocolError extends Error {
  readonly spec: ProtocolErrorSpec;
  constructor(name: ProtocolErrorName, message: string) {
    super(message);
    this.name = "ProtocolError";
    this.spec = PROTOCOL_ERRORS[name];
  }
}
