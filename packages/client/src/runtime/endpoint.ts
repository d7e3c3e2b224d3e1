/** An endpoint in the AWS SDK's `Endpoint` form. */
export interface EndpointObject {
  protocol: string;
  hostname: string;
  port?: number;
  path?: string;
}

/** What `endpoint` in the client config accepts: a URL string, a `URL`, an object form, or a provider. */
export type EndpointInput =
  | string
  | URL
  | EndpointObject
  | { url: URL }
  | (() => Promise<string | URL | EndpointObject | { url: URL }>);

/** A resolved endpoint: the request is `POST <protocol>//<hostname>[:port]<path>`. */
export interface ResolvedEndpoint {
  protocol: string;
  hostname: string;
  port?: number;
  /** Always ends with `/`: the AWS JSON request URI is the endpoint path plus `/`. */
  path: string;
}

/** Thrown for an endpoint the client cannot use. */
export class EndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EndpointError";
  }
}

function fromUrl(url: URL): ResolvedEndpoint {
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new EndpointError(`endpoint must be an http: or https: URL, got ${url.protocol}`);
  }
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  const endpoint: ResolvedEndpoint = { protocol: url.protocol, hostname: url.hostname, path };
  if (url.port !== "") endpoint.port = Number(url.port);
  return endpoint;
}

/** Normalizes a non-provider endpoint value. */
export function toResolvedEndpoint(value: string | URL | EndpointObject | { url: URL }): ResolvedEndpoint {
  if (typeof value === "string") {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new EndpointError(`endpoint is not a valid URL: ${JSON.stringify(value)}`);
    }
    return fromUrl(url);
  }
  if (value instanceof URL) return fromUrl(value);
  if ("url" in value) return fromUrl(value.url);
  const protocol = value.protocol.endsWith(":") ? value.protocol : `${value.protocol}:`;
  const port = value.port === undefined ? "" : `:${value.port}`;
  return toResolvedEndpoint(`${protocol}//${value.hostname}${port}${value.path ?? "/"}`);
}

/** Fills `{region}` in a default endpoint template such as `https://svc.{region}.api.aws`. */
export function endpointForRegion(template: string, region: string): ResolvedEndpoint {
  if (!/^[a-z0-9-]+$/i.test(region)) throw new EndpointError(`invalid region: ${JSON.stringify(region)}`);
  return toResolvedEndpoint(template.replace("{region}", region));
}
