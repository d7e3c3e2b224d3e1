/**
 * Which URLs a handler answers: every official regional endpoint of the service
 * (`https://<endpointPrefix>[-fips].<region>.api.aws`, and the older `amazonaws.com` forms) and any
 * configured base URLs, each at `/` or `/{OperationName}`.
 */
export interface EndpointOptions {
  /** Extra base URLs to answer, e.g. `http://localhost:4010` (a path is allowed; a trailing slash is ignored). */
  baseUrl?: string | readonly string[];
  /** Answer the official AWS endpoints of every region. Default true. */
  officialEndpoints?: boolean;
}

const DNS_SUFFIXES = String.raw`(?:api\.aws|amazonaws\.com(?:\.cn)?|api\.amazonwebservices\.com\.cn)`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** `urls` as given, once each is an absolute http(s) URL (a request URL could never match anything else). */
export function checkedBaseUrls<T extends string | readonly string[]>(urls: T): T {
  for (const url of typeof urls === "string" ? [urls] : (urls as readonly string[])) {
    if (typeof url !== "string" || !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new TypeError(`The base URL ${JSON.stringify(url)} is not an absolute http(s) URL`);
    }
  }
  return urls;
}

/** A RegExp over clean request URLs (no query) whose group 1 is the operation name of the path form, if any. */
export function endpointPattern(endpointPrefix: string | undefined, options: EndpointOptions = {}): RegExp {
  const bases: string[] = [];
  if (options.officialEndpoints !== false && endpointPrefix) {
    bases.push(String.raw`https://${escapeRegExp(endpointPrefix)}(?:-fips)?\.[a-z0-9-]+\.${DNS_SUFFIXES}`);
  }
  const extra = checkedBaseUrls(
    typeof options.baseUrl === "string" ? [options.baseUrl] : (options.baseUrl ?? []),
  );
  for (const url of extra) bases.push(escapeRegExp(url.replace(/\/+$/, "")));
  if (bases.length === 0) return /(?!)/;
  return new RegExp(`^(?:${bases.join("|")})(?:/([A-Za-z][A-Za-z0-9_]*))?/?$`);
}
