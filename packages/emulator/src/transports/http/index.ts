export { API_REFERENCE_SCRIPT_PATH } from "./api-reference-script.js";
export type { EmulatorApp, EmulatorAppOptions } from "./create-emulator-app.js";
export { createEmulatorApp, DEFAULT_CONTROL_PREFIX } from "./create-emulator-app.js";
export type { LogSink } from "./request-log.js";
export type { StaticSiteOptions } from "./static-site.js";
