/**
 * The error of a failed call, from one generated table of the service's modelled errors instead of one
 * function per error: the modelled class for the error code, its members read from the body, else the
 * service's base exception.
 */
import type { JsonObject } from "./json-body.js";
import type { ResponseMetadata } from "./metadata.js";
import type { ServiceException, ServiceExceptionOptions } from "./service-exception.js";

/**
 * A modelled error: its class, the members its constructor takes from the body (absent and null ones as
 * `undefined`; never `message` nor a name `Object.prototype` has) and, by member, the deserializer of those
 * whose wire form needs converting.
 */
export type ModelledError = readonly [
  errorClass: new (options: { $metadata: ResponseMetadata }) => ServiceException,
  members: readonly string[],
  convert?: Readonly<Record<string, (value: unknown) => unknown>>,
];

/**
 * The error for error code `code`: `errors[code]`'s class when the table has it (an own key; never an
 * `Object.prototype` name), else `base` named `code` (`UnknownError` without one), a server fault for a
 * 5xx or a status-less response.
 */
export function deserializeError(
  errors: Readonly<Record<string, ModelledError>>,
  base: new (options: ServiceExceptionOptions) => ServiceException,
  code: string | undefined,
  body: JsonObject,
  $metadata: ResponseMetadata,
): ServiceException {
  if (code !== undefined && Object.hasOwn(errors, code)) {
    const [errorClass, members, convert = {}] = errors[code] as ModelledError;
    const options: Record<string, unknown> & { $metadata: ResponseMetadata } = { $metadata };
    for (const name of members) {
      const value = body[name];
      const read = convert[name];
      options[name] = value == null ? undefined : read === undefined ? value : read(value);
    }
    return new errorClass(options);
  }
  return new base({
    name: code ?? "UnknownError",
    $fault: ($metadata.httpStatusCode ?? 500) >= 500 ? "server" : "client",
    $metadata,
  });
}
