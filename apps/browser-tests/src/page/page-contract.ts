/**
 * What the test page and the Vitest suite agree on: the seed of the page's mock, the names it uses, and
 * the shape of what it leaves in `window.__results`. Plain JSON only: it crosses from the browser to Node.
 */

/** The catalog seed of the page's `createBenefitsMock`; the suite seeds its own engine the same way. */
export const PAGE_SEED = 42;
/** The catalog the walk runs in. */
export const WALK_CATALOG = "Sandbox";
/** The API host both clients call: AWS's official endpoint, which the page must never reach. */
export const API_ORIGIN = "https://partnercentral-benefits.us-east-1.api.aws";
/** The name the per-test `getBenefit` override answers with. */
export const OVERRIDE_NAME = "Overridden in the browser";
/** The application names the walk creates and then renames. */
export const CREATED_NAME = "Browser walk";
export const RENAMED_NAME = "Browser walk (renamed)";

/** A modelled error as the page saw it. */
export interface ErrorSummary {
  /** `error instanceof` the client's own class of the expected name. */
  isExpectedClass: boolean;
  name: string;
  fault: string | undefined;
  httpStatusCode: number | undefined;
  requestId: string | undefined;
  message: string;
}

/** One client's walk through the service, step by step. */
export interface WalkResult {
  client: "@pc-benefits/client" | "@aws-sdk/client-partnercentral-benefits";
  /** How many API calls the walk made (each one a request the worker must have answered). */
  calls: number;
  /** ListBenefitApplications before the walk creates anything (the state `mock.reset()` left). */
  existingApplications: number;
  listBenefits: {
    httpStatusCode: number | undefined;
    requestId: string | undefined;
    summaries: { id: string; name: string; status: string; fulfillmentTypes: string[] }[];
  };
  /** The ACTIVE benefit the walk applied for. */
  benefitId: string;
  created: { id: string; arn: string; revision: string; httpStatusCode: number | undefined };
  fetched: {
    id: string;
    name: string;
    status: string;
    benefitId: string;
    revision: string;
    fulfillmentTypes: string[];
    createdAtIsDate: boolean;
    createdAt: string;
  };
  updated: { revision: string; nameAfter: string; revisionAfter: string };
  /** UpdateBenefitApplication with the revision from before the update. */
  staleRevision: ErrorSummary;
  submitted: { status: string; stage: string };
  /** After `mock.reviewer.approve`: the application and its allocations. */
  approved: { status: string; allocationApplicationIds: string[]; allocationCount: number };
  /** GetBenefitApplication of an ID that does not exist. */
  notFound: ErrorSummary;
  /** `mock.failNext("ListBenefits", "ThrottlingException")`, then the same call again. */
  throttled: ErrorSummary;
  afterThrottle: { count: number };
  /** `worker.use(getBenefit(...))` from `@pc-benefits/msw`, then `worker.resetHandlers()`. */
  overridden: { id: string; name: string; catalog: string };
  afterResetHandlers: { id: string; name: string };
}

export type PageResults =
  | { ok: true; walks: WalkResult[]; workerStartMs: number; walkMs: number }
  | { ok: false; error: { name: string; message: string; stack: string | undefined } };
