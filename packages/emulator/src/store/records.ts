/** What the store keeps: plain JSON-serializable records (timestamps as epoch milliseconds). */

import type {
  AllocationStatus,
  ApplicationStatus,
  Contact,
  DocumentValue,
  FileType,
  FulfillmentDetails,
  FulfillmentType,
} from "../engine/api-types.js";

/** A file's processing status as the emulator keeps it (the model's `FileStatus` is a plain string). */
export const FILE_STATUSES = ["PENDING", "SUCCEEDED", "FAILED"] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];
/** The statuses a file's processing ends in. */
export type ProcessedFileStatus = Exclude<FileStatus, "PENDING">;
export const PROCESSED_FILE_STATUSES: readonly ProcessedFileStatus[] = FILE_STATUSES.filter(
  (status): status is ProcessedFileStatus => status !== "PENDING",
);

export interface FileRecord {
  uri: string;
  businessUseCase?: string;
  name: string;
  /** MIME type derived from the extension, when known. */
  type?: FileType;
  /** `PENDING` reads as `SUCCEEDED` once `processAt` has passed (see docs/behaviour.md#file-processing); reviewers set it explicitly. */
  status: FileStatus;
  statusReason?: string;
  /** Epoch ms when a PENDING file turns SUCCEEDED; null = only the reviewer decides. */
  processAt: number | null;
  createdBy: string;
  createdAt: number;
}

export interface ApplicationRecord {
  /** Insertion sequence, assigned by the store; the list order key. */
  seq: number;
  id: string;
  account: string;
  catalog: string;
  benefitId: string;
  programs: string[];
  name?: string;
  description?: string;
  fulfillmentTypes: FulfillmentType[];
  details?: DocumentValue;
  status: ApplicationStatus;
  stage?: string;
  statusReason?: string;
  statusReasonCodes?: string[];
  createdAt: number;
  updatedAt: number;
  revision: string;
  associatedResources: string[];
  partnerContacts?: Contact[];
  files: FileRecord[];
  tags: Record<string, string>;
  /** Last recall/cancel/amend reason, kept for traceability (not in any output). */
  lastReason?: string;
  /** Every change since creation, oldest first (at most `MAX_HISTORY`; the control API's history). */
  history?: HistoryEntry[];
}

/** What changed an application. */
export type HistoryAction =
  | "Update"
  | "AssociateResource"
  | "DisassociateResource"
  | "Submit"
  | "Recall"
  | "Cancel"
  | "Amend"
  | "Review";

export const HISTORY_ACTIONS: readonly HistoryAction[] = [
  "Update",
  "AssociateResource",
  "DisassociateResource",
  "Submit",
  "Recall",
  "Cancel",
  "Amend",
  "Review",
];

/** Most history entries kept per application (the oldest are dropped first). */
export const MAX_HISTORY = 200;

/** One change of an application: when, what, and the state it left (status, stage, reason, revision). */
export interface HistoryEntry {
  at: number;
  action: HistoryAction;
  status: ApplicationStatus;
  stage?: string;
  /** The reviewer's status reason, or the partner's recall, cancel or amendment reason. */
  reason?: string;
  revision: string;
}

/** A benefit allocation. */
export interface AllocationRecord {
  seq: number;
  id: string;
  account: string;
  catalog: string;
  name: string;
  description?: string;
  status: AllocationStatus;
  statusReason?: string;
  applicationId: string;
  benefitId: string;
  fulfillmentType: FulfillmentType;
  applicableBenefitIds: string[];
  /** The union with timestamps as epoch ms. */
  fulfillmentDetail?: StoredFulfillmentDetail;
  createdAt: number;
  updatedAt: number;
  startsAt?: number;
  expiresAt?: number;
  tags: Record<string, string>;
}

/** `FulfillmentDetails` with `Date`s replaced by epoch milliseconds, for storage. */
export type StoredFulfillmentDetail = DatesAsNumbers<FulfillmentDetails>;

type DatesAsNumbers<T> = T extends Date
  ? number
  : T extends (infer U)[]
    ? DatesAsNumbers<U>[]
    : T extends object
      ? { [K in keyof T]: DatesAsNumbers<T[K]> }
      : T;

export interface TokenRecord {
  /** `<operation>|<catalog>|<account>|<token>`. */
  key: string;
  /** Canonical JSON of the request, to tell "same request" from "different request". */
  fingerprint: string;
  /** The first successful response, replayed for a repeat. */
  response: unknown;
  expiresAt: number;
}

/**
 * An auto review armed by a Submit (`autoReview` option), kept so a restart can re-arm it. It applies
 * once, and only while the application is still at the revision that Submit produced.
 */
export interface PendingReviewRecord {
  catalog: string;
  id: string;
  /** The revision Submit produced; any later change of the application cancels the review. */
  revision: string;
  /** Epoch ms of the Submit; the review is due `afterMs` later. */
  submittedAt: number;
}
