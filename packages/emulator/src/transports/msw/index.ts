export type {
  BenefitsMock,
  BenefitsMockOptions,
  MockInput,
  MockOutput,
  MockResolver,
} from "./create-benefits-mock.js";
export { createBenefitsMock } from "./create-benefits-mock.js";
export type { FailureSpec } from "./one-shot-faults.js";
