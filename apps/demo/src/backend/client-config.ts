/**
 * The client's configuration in the browser. The emulator accepts any credentials unless started with
 * `--sigv4`; these are the emulator's first demo key, so the portal also works against `pcb-emulator --sigv4`.
 */
import { PartnerCentralBenefitsClient } from "@pc-benefits/client";

export const DEMO_CREDENTIALS = {
  accessKeyId: "AKIDEMULATORDEMO1",
  secretAccessKey: "emulator-demo-secret-1",
};

export function createPortalClient(endpoint: string | undefined): PartnerCentralBenefitsClient {
  return new PartnerCentralBenefitsClient({
    region: "us-east-1",
    ...(endpoint !== undefined ? { endpoint } : {}),
    credentials: DEMO_CREDENTIALS,
    maxAttempts: 3,
  });
}
