/**
 * The clients the suites call a backend with: an aggregated client (`new PartnerCentralBenefits(config)`,
 * ours or the official SDK's) configured the same way everywhere, called by operation name, its errors
 * normalised so both clients' can be compared.
 */

export const TEST_REGION = "us-east-1";
export const TEST_CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

/**
 * The configuration the suites give a client: the test region and credentials, one attempt per call (so
 * errors arrive as they were sent), the endpoint when given, and `extra` (e.g. a `requestHandler`) over it.
 */
export function testClientConfig<Extra extends object = Record<never, never>>(
  endpoint: string | undefined,
  extra?: Extra,
) {
  return {
    region: TEST_REGION,
    ...(endpoint === undefined ? {} : { endpoint }),
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
    ...(extra ?? ({} as Extra)),
  };
}

/** One call by operation name (`GetBenefit`) or method name (`getBenefit`); the output as a plain record. */
export type Call = (operation: string, input: unknown) => Promise<Record<string, unknown>>;

/** Calls the aggregated client's lowerCamelCase method for an operation; a clear error when it has none. */
export function callByOperation(client: object): Call {
  return (operation, input) => {
    const method = `${operation.charAt(0).toLowerCase()}${operation.slice(1)}`;
    const fn = (client as Record<string, unknown>)[method];
    if (typeof fn !== "function") throw new Error(`the client has no method ${method}`);
    return (fn as (input: unknown) => Promise<Record<string, unknown>>).call(client, input);
  };
}

/** What both clients throw, normalised. */
export interface CallError {
  name: string;
  status: number | undefined;
  message: string;
  /** The error's own members (capitalised keys: `Reason`, `FieldList`, ...). */
  members: Record<string, unknown>;
  /** A `ValidationException`'s reason, when the error has one. */
  Reason?: string;
  /** A `ValidationException`'s fields, when the error has them. */
  FieldList?: { Name: string; Code?: string; Message?: string }[];
}

export function normalizeError(error: unknown): CallError {
  if (!(error instanceof Error)) throw error;
  const e = error as Error & Record<string, unknown> & { $metadata?: { httpStatusCode?: number } };
  const members: Record<string, unknown> = {};
  for (const key of Object.keys(e)) if (/^[A-Z]/.test(key)) members[key] = e[key];
  const out: CallError = { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message, members };
  if (typeof e.Reason === "string") out.Reason = e.Reason;
  if (Array.isArray(e.FieldList)) out.FieldList = e.FieldList as NonNullable<CallError["FieldList"]>;
  return out;
}

/** Awaits a call expected to fail and returns its normalised error; a call that succeeds is an error. */
export async function failure(promise: Promise<unknown>): Promise<CallError> {
  const result = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (result.ok) throw new Error(`expected the call to fail, it returned ${JSON.stringify(result.value)}`);
  return normalizeError(result.error);
}

/** Every (transport, client) pair, for `describe.each`: `[transport name, client name, transport, client]`. */
export function matrix<T, C>(
  transports: readonly (readonly [string, T])[],
  clients: readonly (readonly [string, C])[],
): [string, string, T, C][] {
  return transports.flatMap(([t, transport]) =>
    clients.map(([c, client]): [string, string, T, C] => [t, c, transport, client]),
  );
}
