export { API_REFERENCE_SCRIPT_PATH } from "./http/api-reference-script.js";
export type { EmulatorApp, EmulatorAppOptions } from "./http/create-emulator-app.js";
export { createEmulatorApp, DEFAULT_CONTROL_PREFIX } from "./http/create-emulator-app.js";
export type { LogSink } from "./http/request-log.js";
export type { StaticSiteOptions } from "./http/static-site.js";
