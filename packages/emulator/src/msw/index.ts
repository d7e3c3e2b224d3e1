export type { BenefitsMock, BenefitsMockOptions, MockResolver } from "./create-benefits-mock.js";
export { createBenefitsMock } from "./create-benefits-mock.js";
export type { FailureSpec } from "./one-shot-faults.js";
export type { MockInput, MockOutput } from "./operation-factories.js";
