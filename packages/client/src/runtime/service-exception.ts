/** The base class of every service error, defined once in `@pc-benefits/protocol` (one class for `instanceof`). */
export {
  type ExceptionOptionType,
  ServiceException,
  type ServiceExceptionOptions,
} from "@pc-benefits/protocol/models";
