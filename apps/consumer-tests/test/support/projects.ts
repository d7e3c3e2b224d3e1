/**
 * The projects another team would write, as package.json manifests over the packed tarballs. Each
 * project's files come from `projects/<template>/` plus the shared test in `projects/shared/`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const workspaceRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** A publishable package of the workspace: a folder under packages/ whose manifest is not private. */
export interface PublishedPackage {
  /** `@pc-benefits/client` */
  name: string;
  version: string;
  /** The folder under packages/. */
  folder: string;
}

/**
 * Every published package, read from the workspace's manifests (private ones, such as the test kit, are
 * never packed), so a new package is packed and installed without a change here.
 */
export const PACKAGES: readonly PublishedPackage[] = readdirSync(join(workspaceRoot, "packages"))
  .filter((folder) => existsSync(join(workspaceRoot, "packages", folder, "package.json")))
  .map((folder) => {
    const manifest = JSON.parse(
      readFileSync(join(workspaceRoot, "packages", folder, "package.json"), "utf8"),
    );
    return {
      name: manifest.name as string,
      version: manifest.version as string,
      folder,
      private: manifest.private === true,
    };
  })
  .filter((p) => !p.private)
  .map(({ name, version, folder }) => ({ name, version, folder }));

/** The file `pnpm pack` writes for a package (`@pc-benefits/client` 0.1.0: `pc-benefits-client-0.1.0.tgz`). */
export function tarballName(pkg: PublishedPackage): string {
  return `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`;
}

/** The official client at the version the workspace uses (pinned, as the workspace pins it). */
export const OFFICIAL_SDK_VERSION: string = JSON.parse(
  readFileSync(join(workspaceRoot, "packages/client/package.json"), "utf8"),
).devDependencies["@aws-sdk/client-partnercentral-benefits"];

/** msw 3 and Vitest 5 need Node ^22.12 or >= 24 (their `engines`). */
export const nodeRunsMsw3 = (version: string = process.versions.node): boolean => {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return (major === 22 && minor >= 12) || major >= 24;
};

export interface ProjectManifest {
  template: string;
  packageJson: Record<string, unknown>;
}

export function projectManifests(
  tarballOf: (pkg: PublishedPackage) => string,
): Record<string, ProjectManifest> {
  const ours = Object.fromEntries(PACKAGES.map((pkg) => [pkg.name, `file:${tarballOf(pkg)}`]));
  // The tarballs depend on each other by version (`^0.1.0`): point those at the tarballs too.
  const overrides = Object.fromEntries(PACKAGES.map((pkg) => [pkg.name, `$${pkg.name}`]));
  const common = { ...ours, "@aws-sdk/client-partnercentral-benefits": OFFICIAL_SDK_VERSION };
  const manifest = (
    name: string,
    type: "module" | "commonjs",
    scripts: Record<string, string>,
    devDependencies: Record<string, string>,
  ) => ({
    name,
    private: true,
    type,
    scripts,
    devDependencies: { ...common, ...devDependencies },
    overrides,
  });

  const projects: Record<string, ProjectManifest> = {
    "esm-vitest4-msw2": {
      template: "esm-vitest",
      packageJson: manifest(
        "esm-vitest4-msw2",
        "module",
        { test: "vitest run" },
        {
          vitest: "^4.1.0",
          msw: "^2.7.0",
          typescript: "~5.9.3",
          "@types/node": "^20.19.0",
        },
      ),
    },
    "jest29-ts-jest": {
      template: "jest-ts-jest",
      packageJson: manifest(
        "jest29-ts-jest",
        "commonjs",
        { test: "jest" },
        {
          jest: "^29.7.0",
          "ts-jest": "^29.4.0",
          "@babel/core": "^7.28.0",
          "@babel/preset-env": "^7.28.0",
          "@types/jest": "^29.5.0",
          "@types/node": "^20.19.0",
          typescript: "~5.9.3",
          msw: "^2.7.0",
        },
      ),
    },
    "jest30-babel": {
      template: "jest-babel",
      packageJson: manifest(
        "jest30-babel",
        "commonjs",
        { test: "jest" },
        {
          jest: "^30.0.0",
          "babel-jest": "^30.0.0",
          "@babel/core": "^7.28.0",
          "@babel/preset-env": "^7.28.0",
          "@babel/preset-typescript": "^7.27.0",
          msw: "^2.7.0",
        },
      ),
    },
  };
  if (nodeRunsMsw3()) {
    projects["esm-vitest5-msw3"] = {
      template: "esm-vitest",
      packageJson: manifest(
        "esm-vitest5-msw3",
        "module",
        { test: "vitest run" },
        {
          vitest: "^5.0.0",
          msw: "^3.0.0",
          typescript: "~5.9.3",
          "@types/node": "^22.12.0",
        },
      ),
    };
  }
  return projects;
}
