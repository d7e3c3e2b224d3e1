/**
 * `aws.protocols#awsQueryCompatible` (services that moved from AWS Query to AWS JSON): the generated client
 * of such a service passes {@link addQueryErrorFields} as its `ServiceDescriptor.awsQueryCompatible`, so
 * other clients never bundle it.
 */
import type { ServiceException } from "./service-exception.js";

/**
 * As the AWS SDK for `awsQueryCompatible` services: the `x-amzn-query-error: <Code>;<Type>` header's
 * parts become the error's `Code` (the error code the service had under AWS Query) and `Type`
 * (`Sender` or `Receiver`).
 */
export function addQueryErrorFields(error: ServiceException, headers: Record<string, string>): void {
  const header = headers["x-amzn-query-error"];
  if (header === undefined) return;
  const separator = header.indexOf(";");
  const code = (separator < 0 ? header : header.slice(0, separator)).trim();
  const fields = error as unknown as { Code?: string; Type?: string };
  if (code !== "") fields.Code = code;
  if (separator >= 0) fields.Type = header.slice(separator + 1).trim();
}
