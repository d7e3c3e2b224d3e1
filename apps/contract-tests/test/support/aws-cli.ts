/**
 * The AWS CLI as a subprocess, isolated from the host: no `AWS_*` variable of the environment is passed
 * on, the config and credentials files are empty temporary files, no pager, no instance metadata, one
 * attempt per call. `PCB_AWS_CLI` names another executable than `aws` on PATH.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface AwsResult {
  /** The exit code (null when the process was killed, e.g. by the timeout). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** What `probeAwsCli` found. */
export type AwsCliProbe =
  | { available: true; version: string; major: number }
  | { available: false; reason: string };

const SERVICE = "partnercentral-benefits";
/** Python start-up alone takes about a second on a loaded 2-core machine: stay generous. */
const TIMEOUT_MS = 45_000;

export const AWS_CLI = process.env.PCB_AWS_CLI ?? "aws";

/** A folder with an empty config and credentials file; `dispose` removes it. */
export function isolatedHome(): { env: (credentials: AwsCredentials) => NodeJS.ProcessEnv; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), "pcb-aws-cli-"));
  const config = join(dir, "config");
  const credentialsFile = join(dir, "credentials");
  writeFileSync(config, "");
  writeFileSync(credentialsFile, "");
  const host = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("AWS_")));
  return {
    env: (credentials) => ({
      ...host,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_CONFIG_FILE: config,
      AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
      AWS_PAGER: "",
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_MAX_ATTEMPTS: "1",
      AWS_RETRY_MODE: "standard",
    }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `aws <args>`; resolves with the exit code and output, whatever the outcome. */
export function runAws(args: readonly string[], env: NodeJS.ProcessEnv): Promise<AwsResult> {
  return new Promise((resolve) => {
    execFile(AWS_CLI, args, { env, timeout: TIMEOUT_MS, encoding: "utf8" }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      if (error && typeof error.code === "string") {
        // ENOENT and the like: the executable itself could not run.
        resolve({ code: null, stdout, stderr: `${stderr}${error.message}` });
        return;
      }
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Whether the CLI is installed and its botocore knows the service: `--version`, and a skeleton of the
 * `list-benefits` input (generated locally, no request), both at once.
 */
export async function probeAwsCli(): Promise<AwsCliProbe> {
  const home = isolatedHome();
  try {
    const env = home.env({ accessKeyId: "AKIDPROBE", secretAccessKey: "probe" });
    const [version, skeleton] = await Promise.all([
      runAws(["--version"], env),
      runAws([SERVICE, "list-benefits", "--generate-cli-skeleton", "input"], env),
    ]);
    if (version.code !== 0) {
      const missing = /ENOENT/.test(version.stderr);
      return {
        available: false,
        reason: missing
          ? `\`${AWS_CLI}\` is not on PATH`
          : `\`${AWS_CLI} --version\` failed: ${firstLine(version.stderr)}`,
      };
    }
    const text = `${version.stdout}${version.stderr}`.trim();
    const match = /aws-cli\/(\d+)\.\S+/.exec(text);
    if (!match) return { available: false, reason: `unrecognised version output: ${firstLine(text)}` };
    if (skeleton.code !== 0 || !skeleton.stdout.includes('"Catalog"')) {
      return {
        available: false,
        reason: `${match[0]} does not know the ${SERVICE} service (${firstLine(skeleton.stderr)})`,
      };
    }
    return { available: true, version: match[0], major: Number(match[1]) };
  } finally {
    home.dispose();
  }
}

/**
 * The exit code of a call the service answered with an error: aws-cli v2 documents 254; v1 exits
 * with 255 for every error, service errors included.
 */
export function serviceErrorExitCode(major: number): number {
  return major >= 2 ? 254 : 255;
}

/** The error code the CLI prints on stderr: `An error occurred (Code) when calling the Op operation: …`. */
export function errorCodeOf(stderr: string): string | undefined {
  return /An error occurred \(([A-Za-z]+)\) when calling the (?:[A-Za-z]+) operation/.exec(stderr)?.[1];
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0] ?? "";
}
