import { ResourceNotFoundException } from "@pc-benefits/protocol/models";
import { createApp, type PartnerCentralBenefitsHandlers } from "@pc-benefits/server";

const handlers: Partial<PartnerCentralBenefitsHandlers> = {
  // Input arrives validated against the model and typed; timestamps are Dates.
  async getBenefit({ Catalog, Identifier }, { caller }) {
    if (Identifier !== "ben-0123456789abcd") {
      throw new ResourceNotFoundException({
        message: `No benefit ${Identifier} for ${caller?.accessKeyId}`,
        $metadata: {},
      });
    }
    return { Id: Identifier, Catalog, Name: "MAP credits", FulfillmentTypes: ["CREDITS"], Status: "ACTIVE" };
  },
};

// Every other operation answers an AWS-shaped 501 until you implement it.
export const app = createApp({ handlers, maxBodyBytes: 256 * 1024 });
