/**
 * (b) Browser bundle of one command: esbuild (browser platform, ESM, minified) then gzip, ours vs
 * the official client, for the same few lines of application code.
 *
 * Ours is 6.5 KB gzip (6,625 bytes) for `GetBenefitCommand`, within the 6.5 KB (6,656 bytes) goal. What each
 * module adds to the gzip size (the bundle's gzip with and without it): aws4fetch ~2.3 KB (its code 2.2 KB, of
 * which 0.65 KB is its service and region guessing from the host name, which its `AwsV4Signer` constructor
 * reaches when either is missing, so bundlers keep it although we always pass both; its licence comment,
 * which esbuild keeps at the end, 0.11 KB), runtime/client ~0.76 KB, runtime/config ~0.3 KB,
 * fetch-http-handler ~0.3 KB, the generated protocols/Aws_json1_0 (this command's serde, the modelled errors
 * table) ~0.27 KB, retry and endpoint ~0.25 KB each, the rest under 0.16 KB each (the protocol package's error
 * classes and its aws4fetch signer 0.14 KB each). Under the `browser` condition the client's `#platform` and
 * `#network-cause` imports pick modules without what a page cannot use (0.4 KB): no `AWS_*` environment reads
 * (no credentials, region or endpoint from the environment) and no naming of a network failure's cause (a
 * browser's `fetch` error has none). Host-prefix, request-compression and awsQueryCompatible code is bundled
 * only by the commands or clients whose model has them; aws4fetch's `AwsClient` (fetch and retry) is
 * tree-shaken.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const app = (from: string): string => `
import { GetBenefitCommand, PartnerCentralBenefitsClient } from "${from}";
const client = new PartnerCentralBenefitsClient({ region: "us-east-1" });
export const getBenefit = (Identifier) => client.send(new GetBenefitCommand({ Catalog: "AWS", Identifier }));
`;

export interface BundleSize {
  minified: number;
  gzip: number;
  text: string;
}

/** Bundles the one-command app against `from` (a package name resolvable from packages/client). */
export async function bundleOneCommand(from: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: app(from), resolveDir: packageDir, loader: "js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    text: new TextDecoder().decode(code),
  };
}

export async function run(): Promise<string> {
  const ours = await bundleOneCommand("@pc-benefits/client");
  const official = await bundleOneCommand("@aws-sdk/client-partnercentral-benefits");
  const kb = (n: number): string => (n / 1024).toFixed(1);
  return [
    "### Browser bundle of one command (esbuild --bundle --minify --platform=browser, then gzip -9)",
    "",
    "| client | minified KB | gzip KB | gzip vs official |",
    "| --- | ---: | ---: | ---: |",
    `| ours (@pc-benefits/client) | ${kb(ours.minified)} | ${kb(ours.gzip)} | ${(ours.gzip / official.gzip).toFixed(3)}x |`,
    `| official @aws-sdk/client-partnercentral-benefits | ${kb(official.minified)} | ${kb(official.gzip)} | 1.000x |`,
    "",
    "Goal: ours <= 0.2x the official bundle. Ours is bundled from the built package (`dist/`, via its `exports`).",
  ].join("\n");
}
