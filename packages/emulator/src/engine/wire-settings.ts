import type { DispatcherOptions } from "@pc-benefits/protocol";
import type { EmulatorSettings } from "./settings.js";

/**
 * The settings that shape the wire rather than the engine (error status codes, empty output bodies),
 * as options of the server's dispatcher, so the Hono app and the MSW handlers apply them alike.
 */
export function wireOptions(
  settings: EmulatorSettings,
): Pick<DispatcherOptions, "emptyOutputBody" | "errorStatusCodes"> {
  return { emptyOutputBody: settings.emptyOutputBody, errorStatusCodes: settings.errorStatusCodes };
}
