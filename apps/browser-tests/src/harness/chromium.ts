/**
 * Debian's Chromium, driven headless by playwright-core (which never downloads a browser of its own).
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Hermetic: no host but the loopback page server resolves, so an API request the service worker
  // did not answer fails instead of leaving the machine.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** The Chromium to launch: `CHROMIUM_PATH` if set, else Debian's; undefined when that file is absent. */
export function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const path = env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  return exists(path) ? path : undefined;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 });
}
