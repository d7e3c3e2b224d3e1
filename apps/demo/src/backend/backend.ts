/**
 * Where the portal's calls go. The partner side is always `@pc-benefits/client`; only the endpoint
 * differs. The reviewer side (the emulator's, not AWS's) is one small interface with two
 * implementations: the emulator's HTTP control routes (`/_emulator/...`, same origin) and the MSW mock's
 * reviewer API inside the page (playground).
 */
import type { PartnerCentralBenefitsClient } from "@pc-benefits/client";
import type { ReviewDecision } from "@pc-benefits/emulator";

export type FileProcessingStatus = "PENDING" | "SUCCEEDED" | "FAILED";

export interface ReviewerDesk {
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
