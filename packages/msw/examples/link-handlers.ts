import { partnerCentralBenefits } from "@pc-benefits/msw";

const benefits = partnerCentralBenefits.link("http://localhost:4010");

export const handlers = [
  // Every generated factory, on this URL only.
  benefits.getBenefit(({ Identifier }) => ({ Id: Identifier, Name: "MAP credits", Status: "ACTIVE" })),
  // One resolver for every operation; `context.operation` names the one called.
  benefits.operation((_input, { operation }) => {
    throw new Error(`${operation} is not mocked`);
  }),
];

// The whole service from one handlers object (the server's handler interface), as one MSW handler.
export const router = benefits.router({
  listBenefits: async () => ({ BenefitSummaries: [] }),
  getBenefit: async ({ Identifier }) => ({ Id: Identifier }),
});
