import { createDispatcher } from "@pc-benefits/server/core";

const dispatch = createDispatcher({ getBenefit: async (input) => ({ Id: input.Identifier }) });
export const { status, headers, body } = await dispatch({
  target: "PartnerCentralBenefitsService.GetBenefit",
  headers: { "content-type": "application/x-amz-json-1.0" },
  body: '{"Catalog":"AWS","Identifier":"ben-0123456789abcd"}',
});
