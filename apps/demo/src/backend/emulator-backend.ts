/**
 * The portal served by `pcb-emulator --static`: the API on the same origin (`POST /`), the reviewer
 * console on the emulator's control routes (`--control`, under `/_emulator`).
 */
import { DEFAULT_SETTINGS } from "@pc-benefits/emulator";
import type { Backend, HistoryStep, ReviewerDesk, WaitingApplication } from "./backend.js";
import { createPortalClient } from "./client-config.js";
import { reviewerDesk } from "./reviewer-desk.js";

export const CONTROL_PREFIX = "/_emulator";

/** A control route refused the request; `message` is the emulator's. */
export class ControlRouteError extends Error {
  override name = "ControlRouteError";
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A control route answers JSON; anything else (an HTML error page) reads as no body. */
function parseJson(text: string): unknown {
  try {
    return text === "" ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Without --control the emulator answers `/_emulator/...` as an unknown API route (404,
 * UnknownOperationException); another static host answers 404 without an AWS error type.
 */
function routesOff(status: number, json: unknown): boolean {
  if (status !== 404) return false;
  const type = (json as { __type?: unknown } | undefined)?.__type;
  return type === undefined || type === "UnknownOperationException";
}

async function control(origin: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${origin}${CONTROL_PREFIX}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const json = parseJson(text);
  if (!response.ok) {
    const message =
      (json as { message?: string; Message?: string } | undefined)?.message ??
      (json as { Message?: string } | undefined)?.Message ??
      `${method} ${CONTROL_PREFIX}${path} answered ${response.status}`;
    throw new ControlRouteError(
      routesOff(response.status, json)
        ? `The emulator's control routes are off: start it with --control. (${message})`
        : message,
      response.status,
    );
  }
  return json;
}

function httpDesk(origin: string): ReviewerDesk {
  const app = (catalog: string, id: string) =>
    `/applications/${encodeURIComponent(catalog)}/${encodeURIComponent(id)}`;
  return reviewerDesk({
    async waiting(catalog) {
      const answer = (await control(origin, "GET", `/reviews/${encodeURIComponent(catalog)}`)) as {
        applications: WaitingApplication[];
      };
      return answer.applications;
    },
    async history(catalog, id) {
      const answer = (await control(origin, "GET", `${app(catalog, id)}/history`)) as {
        history: (Omit<HistoryStep, "at"> & { at: string })[];
      };
      // Times arrive as ISO-8601 strings.
      return answer.history.map((step) => ({ ...step, at: new Date(step.at) }));
    },
    async review(catalog, id, decision) {
      await control(origin, "POST", `${app(catalog, id)}/review`, decision);
    },
    async setFileStatus(catalog, id, fileUri, status, reason) {
      await control(origin, "POST", `${app(catalog, id)}/files`, {
        fileUri,
        status,
        ...(reason ? { reason } : {}),
      });
    },
    async setFaults(faults) {
      await control(origin, "PUT", "/faults", faults ?? null);
    },
    async reset() {
      await control(origin, "POST", "/reset");
    },
  });
}

export async function emulatorBackend(origin: string): Promise<Backend> {
  const settings = (await control(origin, "GET", "/settings").catch(() => undefined)) as
    | { settings?: { catalogs?: string[] } }
    | undefined;
  return {
    mode: "emulator",
    client: createPortalClient(origin),
    // Without --control the settings route is absent: the emulator's default catalogs are assumed (the
    // model's CatalogName is a pattern, not an enum, so the client has no list of them).
    catalogs: settings?.settings?.catalogs ?? DEFAULT_SETTINGS.catalogs,
    reviewer: httpDesk(origin),
    endpointLabel: origin,
  };
}
