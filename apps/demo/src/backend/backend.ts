/**
 * Where the portal's calls go. The partner side is always `@pc-benefits/client`; only the endpoint
 * differs. The reviewer side (the emulator's, not AWS's) is one small interface with two
 * implementations: the emulator's HTTP control routes (`/_emulator/...`, same origin) and the MSW mock's
 * reviewer API inside the page (playground).
 */
import type { BenefitApplicationStatus, FileDetail, PartnerCentralBenefitsClient } from "@pc-benefits/client";
import type { ApplicationHistoryEntry, ReviewDecision, Reviewer } from "@pc-benefits/emulator";

/** A file's processing state, as the emulator's reviewer sets it (the model's FileStatus is a plain string). */
export type FileProcessingStatus = Parameters<Reviewer["setFileStatus"]>[3];

/** One step of an application's history: the emulator's record (AWS's API returns only the current revision). */
export type HistoryStep = ApplicationHistoryEntry;

/** An application waiting for a reviewer, as the reviewer queue lists it. */
export interface WaitingApplication {
  Id?: string | undefined;
  Name?: string | undefined;
  Status?: BenefitApplicationStatus | undefined;
  Stage?: string | undefined;
  FileDetails?: Pick<FileDetail, "FileName" | "FileStatus">[] | undefined;
}

export interface ReviewerDesk {
  /**
   * Applications of the partner's account waiting for a reviewer (`IN_REVIEW`, `ACTION_REQUIRED`), the
   * longest waiting first.
   */
  waiting(catalog: string): Promise<WaitingApplication[]>;
  /** What happened to an application, oldest first: its creation, then every change. */
  history(catalog: string, applicationId: string): Promise<HistoryStep[]>;
  /**
   * Moves an application in review to another status (APPROVED, REJECTED, ACTION_REQUIRED, IN_REVIEW);
   * an approval creates the `allocations` given (one per fulfillment type), all or nothing.
   */
  review(catalog: string, applicationId: string, decision: ReviewDecision): Promise<void>;
  setFileStatus(
    catalog: string,
    applicationId: string,
    fileUri: string,
    status: FileProcessingStatus,
    reason?: string,
  ): Promise<void>;
  /** Every call of `operation` is throttled until called again with undefined. */
  throttle(operation: string | undefined): Promise<void>;
  /** The operation this page last set to be throttled (undefined: none). */
  readonly throttling: string | undefined;
  /** Deletes every application, allocation and token (the catalogs stay). */
  reset(): Promise<void>;
}

export interface Backend {
  mode: "emulator" | "playground";
  client: PartnerCentralBenefitsClient;
  /** The catalogs the service knows (`AWS`, `Sandbox`). */
  catalogs: readonly string[];
  reviewer: ReviewerDesk;
  /** Where the API is, for messages. */
  endpointLabel: string;
}
