import { failWith, getBenefit, listBenefits } from "@pc-benefits/msw";
import { ResourceNotFoundException } from "@pc-benefits/protocol/models";
import { setupServer } from "msw/node";

// Handlers match the official endpoint of every region (and any `baseUrl` you pass).
export const server = setupServer(
  getBenefit(async ({ Catalog, Identifier }) => ({
    Id: Identifier,
    Catalog,
    Name: "MAP credits",
    Status: "ACTIVE",
  })),
  listBenefits(() => ({ BenefitSummaries: [] }), { delay: 20 }),
);

// Per test: make one operation fail with a modelled error.
export const notFound = getBenefit(
  failWith(new ResourceNotFoundException({ message: "gone", $metadata: {} })),
);
