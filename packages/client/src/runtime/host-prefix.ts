/**
 * `@endpoint` host prefixes (Smithy): an operation may prepend to the endpoint's host, e.g.
 * `foo.{label}.`, where each `{name}` is the input's `@hostLabel` member of that name.
 */

/** Thrown when a host label value cannot be part of a host name. */
export class HostLabelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HostLabelError";
  }
}

const LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/** The prefix with its labels filled from `input`; every label value must form valid host labels. */
export function resolveHostPrefix(template: string, input: object): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = (input as Record<string, unknown>)[name];
    if (typeof value !== "string" || value === "") {
      throw new HostLabelError(`host label ${name} is required to build the endpoint host`);
    }
    if (!value.split(".").every((part) => LABEL.test(part))) {
      throw new HostLabelError(`host label ${name} is not a valid host name part: ${JSON.stringify(value)}`);
    }
    return value;
  });
}

/**
 * The `hostPrefix` of a generated command whose operation has an `@endpoint` host prefix: `template`
 * with its labels filled from each input, or "" for a client with `disableHostPrefix` (so operations
 * without one never bundle this file).
 */
export function hostPrefix(
  template: string,
): (input: object, config: { disableHostPrefix: boolean }) => string {
  return (input, config) => (config.disableHostPrefix ? "" : resolveHostPrefix(template, input));
}
