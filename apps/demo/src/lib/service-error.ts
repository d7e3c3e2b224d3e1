/**
 * What went wrong with a call, in the terms the portal shows a partner: the error classes come from the
 * generated client, so `instanceof` decides, never a copied name.
 */
import {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
  type ValidationExceptionField,
} from "@pc-benefits/client";

export type ProblemKind =
  | "validation"
  | "conflict"
  | "throttling"
  | "network"
  | "not-found"
  | "access-denied"
  | "quota"
  | "server"
  | "other";

export interface Problem {
  kind: ProblemKind;
  /** One sentence for the banner. */
  title: string;
  /** The service's own message, when there is one. */
  detail: string | undefined;
  /** A ValidationException's FieldList (empty otherwise). */
  fields: ValidationExceptionField[];
  requestId: string | undefined;
  attempts: number | undefined;
}

interface WithMetadata {
  $metadata?: { requestId?: string; attempts?: number; httpStatusCode?: number };
}

function metadataOf(error: unknown): WithMetadata["$metadata"] {
  return typeof error === "object" && error !== null ? (error as WithMetadata).$metadata : undefined;
}

function tries(attempts: number | undefined): string {
  return attempts !== undefined && attempts > 1 ? ` (tried ${attempts} times)` : "";
}

/** Classifies any error a client call can throw. */
export function describeProblem(error: unknown): Problem {
  const metadata = metadataOf(error);
  const base = {
    detail: error instanceof Error && error.message !== "" ? error.message : undefined,
    fields: [] as ValidationExceptionField[],
    requestId: metadata?.requestId,
    attempts: metadata?.attempts,
  };
  if (error instanceof ValidationException) {
    const fields = error.FieldList ?? [];
    return {
      ...base,
      kind: "validation",
      fields,
      title:
        fields.length > 0
          ? `The request has ${fields.length} problem${fields.length === 1 ? "" : "s"}; each is shown next to its field.`
          : "The service rejected the request as invalid.",
    };
  }
  if (error instanceof ConflictException) {
    return {
      ...base,
      kind: "conflict",
      title:
        "Someone changed this application since you loaded it (its revision moved on), so your change was not applied.",
    };
  }
  if (error instanceof ThrottlingException || metadata?.httpStatusCode === 429) {
    return {
      ...base,
      kind: "throttling",
      title: `The service is throttling requests${tries(base.attempts)}. Wait a moment, then try again.`,
    };
  }
  if (error instanceof ResourceNotFoundException) {
    return { ...base, kind: "not-found", title: "Not found: it does not exist in this catalog." };
  }
  if (error instanceof AccessDeniedException) {
    return { ...base, kind: "access-denied", title: "Access denied: your credentials may not do this." };
  }
  if (error instanceof ServiceQuotaExceededException) {
    return { ...base, kind: "quota", title: "A service quota is exhausted." };
  }
  if (error instanceof InternalServerException || (metadata?.httpStatusCode ?? 0) >= 500) {
    return {
      ...base,
      kind: "server",
      title: `The service failed with an internal error${tries(base.attempts)}. Try again later.`,
    };
  }
  // fetch rejects with a TypeError when nothing answers: no HTTP status ever arrived.
  if (error instanceof TypeError && metadata?.httpStatusCode === undefined) {
    return {
      ...base,
      kind: "network",
      title: `The service could not be reached${tries(base.attempts)}: the server may have stopped, or the network is down.`,
    };
  }
  return { ...base, kind: "other", title: "The request failed." };
}
