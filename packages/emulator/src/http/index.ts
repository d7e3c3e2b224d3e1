export type { EmulatorApp, EmulatorAppOptions } from "./create-emulator-app.js";
export { createEmulatorApp, DEFAULT_CONTROL_PREFIX } from "./create-emulator-app.js";
export type { LogSink } from "./request-log.js";
