/**
 * One run of the test page in headless Chromium: bundle it, serve it on 127.0.0.1, open it, wait for
 * `window.__results`, and record every request the page made on the way. A context route on the API
 * host catches any API request the service worker did not answer (routes never see the requests a
 * service worker answers), so "nothing leaked" is observable rather than assumed.
 */
import type { Browser, Page, Request as PlaywrightRequest } from "playwright-core";
import { API_ORIGIN, type PageResults } from "../page/page-contract.js";
import { launchChromium } from "./chromium.js";
import { bundlePage } from "./page-bundle.js";
import { serveStatic } from "./static-server.js";

export interface ApiRequest {
  method: string;
  url: string;
  status: number | undefined;
  fromServiceWorker: boolean | undefined;
}

export interface PageRun {
  results: PageResults;
  /** The requests for the API host the page made, with how each was answered. */
  apiRequests: ApiRequest[];
  /** API requests that reached the network layer (none must, during the walk). */
  leaked: string[];
  /** `METHOD /path` as the static server saw them. */
  served: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  /** The source files in the page bundle. */
  bundleInputs: string[];
  bundleBytes: number;
  browserVersion: string;
  timings: { bundleMs: number; launchMs: number; pageMs: number };
  /**
   * After the walk (the page has stopped its worker): fetches the API from the page and reports what
   * happened, so the suite can check that an unanswered request is caught.
   */
  probeUnanswered(): Promise<{ outcome: string; leaked: string[] }>;
  close(): Promise<void>;
}

const API_HOST = new URL(API_ORIGIN).host;

function isApi(url: string): boolean {
  return new URL(url).host === API_HOST;
}

async function waitForResults(page: Page): Promise<PageResults> {
  await page.waitForFunction(() => window.__results !== undefined, null, { timeout: 30_000 });
  const results = await page.evaluate(() => window.__results);
  if (!results) throw new Error("the page published no results");
  return results;
}

export async function runPage(executablePath: string): Promise<PageRun> {
  let started = performance.now();
  const { files, inputs } = await bundlePage();
  const bundleMs = performance.now() - started;
  const server = await serveStatic(files);
  let browser: Browser | undefined;
  try {
    started = performance.now();
    browser = await launchChromium(executablePath);
    const launchMs = performance.now() - started;
    const context = await browser.newContext();
    const leaked: string[] = [];
    await context.route(
      (url) => url.host === API_HOST,
      (route) => {
        leaked.push(`${route.request().method()} ${route.request().url()}`);
        return route.abort("namenotresolved");
      },
    );
    const page = await context.newPage();
    const apiRequests: ApiRequest[] = [];
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}`));
    const byRequest = new Map<PlaywrightRequest, ApiRequest>();
    page.on("request", (request) => {
      if (!isApi(request.url())) return;
      const entry: ApiRequest = {
        method: request.method(),
        url: request.url(),
        status: undefined,
        fromServiceWorker: undefined,
      };
      byRequest.set(request, entry);
      apiRequests.push(entry);
    });
    page.on("response", (response) => {
      const entry = byRequest.get(response.request());
      if (!entry) return;
      entry.status = response.status();
      entry.fromServiceWorker = response.fromServiceWorker();
    });

    started = performance.now();
    await page.goto(`${server.origin}/`);
    const results = await waitForResults(page);
    const pageMs = performance.now() - started;
    const bundle = files.get("/walk.js")?.body;
    const open = browser;

    return {
      results,
      // Copies, so the probe below cannot change what the walk did.
      apiRequests: [...apiRequests],
      leaked: [...leaked],
      served: server.requests,
      pageErrors,
      bundleInputs: inputs,
      bundleBytes: bundle === undefined ? 0 : Buffer.byteLength(bundle),
      browserVersion: browser.version(),
      timings: { bundleMs, launchMs, pageMs },
      async probeUnanswered() {
        const before = leaked.length;
        const outcome = await page.evaluate(
          (url) =>
            fetch(url, { method: "POST", body: "{}" }).then(
              (response) => `answered ${response.status}`,
              (error: unknown) => `failed: ${String(error)}`,
            ),
          `${API_ORIGIN}/`,
        );
        return { outcome, leaked: leaked.slice(before) };
      },
      async close() {
        await open.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
