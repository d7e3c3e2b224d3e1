/**
 * The public surface: every type a user names is imported here (so a vanished export fails
 * `pnpm typecheck`), types are checked against the official SDK's in both directions where code
 * written for one must compile with the other, and the runtime exports are compared by name.
 */
import type * as Official from "@aws-sdk/client-partnercentral-benefits";
import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  AmendBenefitApplicationCommandInput,
  CreateBenefitApplicationCommandInput,
  GetBenefitAllocationOutput,
  GetBenefitApplicationOutput,
  GetBenefitOutput,
  ListBenefitAllocationsOutput,
  ListBenefitApplicationsCommandInput,
  ResponseMetadata,
  TagResourceCommandInput,
  UpdateBenefitApplicationCommandInput,
} from "../src/generated/index.js";
import * as Client from "../src/generated/index.js";
import * as Models from "../src/generated/models/index.js";
import * as Node from "../src/node.js";
import type { PublicTypes } from "./public-types.js";

/** Checked by `pnpm typecheck`: every public type still exists. */
expectTypeOf<PublicTypes>().not.toBeNever();

/** Runtime exports of the official client that are SDK internals, not part of ordinary use. */
const OFFICIAL_INTERNALS = ["$Command", "__Client", "default", "errorTypeRegistries"];

describe("runtime exports", () => {
  it("include every non-internal value the official client exports", async () => {
    const official = await import("@aws-sdk/client-partnercentral-benefits");
    const wanted = Object.keys(official).filter((k) => !k.endsWith("$") && !OFFICIAL_INTERNALS.includes(k));
    expect(wanted).toHaveLength(39);
    expect(wanted.filter((k) => !(k in Client))).toEqual([]);
  });

  it("keep enum values identical to the official client's", async () => {
    const official = (await import("@aws-sdk/client-partnercentral-benefits")) as unknown as Record<
      string,
      unknown
    >;
    for (const name of [
      "BenefitStatus",
      "BenefitApplicationStatus",
      "FulfillmentType",
      "ValidationExceptionReason",
      "CurrencyCode",
    ]) {
      expect((Client as unknown as Record<string, unknown>)[name]).toEqual(official[name]);
    }
  });

  it("models subpath carries the types' runtime half and no client code", () => {
    expect(Object.keys(Models).sort()).toEqual(
      [
        "AccessDeniedException",
        "BenefitAllocationStatus",
        "BenefitApplicationStatus",
        "BenefitStatus",
        "ConflictException",
        "CurrencyCode",
        "FileType",
        "FulfillmentType",
        "InternalServerException",
        "PartnerCentralBenefitsServiceException",
        "ResourceNotFoundException",
        "ResourceType",
        "ServiceException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
        "ValidationException",
        "ValidationExceptionErrorCode",
        "ValidationExceptionReason",
      ].sort(),
    );
    expect(Object.keys(Node).sort()).toEqual(["NodeHttpHandler", "nodeSigner"]);
  });

  it("error classes construct like the official ones", () => {
    const e = new Models.ConflictException({ message: "stale revision", $metadata: { httpStatusCode: 409 } });
    expect(e).toBeInstanceOf(Models.ConflictException);
    expect(e).toBeInstanceOf(Models.PartnerCentralBenefitsServiceException);
    expect(e).toMatchObject({ name: "ConflictException", $fault: "client", message: "stale revision" });
    const v = new Models.ValidationException({
      message: "bad",
      $metadata: {},
      Message: "bad",
      Reason: "fieldValidationFailed",
      FieldList: [{ Name: "Catalog", Message: "required" }],
    });
    expect(v.Reason).toBe("fieldValidationFailed");
    expect(v.FieldList).toHaveLength(1);
    expect(new Models.ServiceQuotaExceededException({ $metadata: {} }).$retryable).toEqual({});
  });
});

describe("types match the official client (checked by `pnpm typecheck`)", () => {
  it("accept the official inputs and produce outputs assignable to the official ones", () => {
    expectTypeOf<Official.CreateBenefitApplicationCommandInput>().toExtend<CreateBenefitApplicationCommandInput>();
    expectTypeOf<Official.ListBenefitApplicationsCommandInput>().toExtend<ListBenefitApplicationsCommandInput>();
    expectTypeOf<Official.UpdateBenefitApplicationCommandInput>().toExtend<UpdateBenefitApplicationCommandInput>();
    expectTypeOf<Official.AmendBenefitApplicationCommandInput>().toExtend<AmendBenefitApplicationCommandInput>();
    expectTypeOf<Official.TagResourceCommandInput>().toExtend<TagResourceCommandInput>();
    expectTypeOf<GetBenefitAllocationOutput>().toExtend<Official.GetBenefitAllocationOutput>();
    expectTypeOf<GetBenefitApplicationOutput>().toExtend<Official.GetBenefitApplicationOutput>();
    expectTypeOf<GetBenefitOutput>().toExtend<Official.GetBenefitOutput>();
    expectTypeOf<ListBenefitAllocationsOutput>().toExtend<Official.ListBenefitAllocationsOutput>();
    expectTypeOf<Client.BenefitApplicationStatus>().toEqualTypeOf<Official.BenefitApplicationStatus>();
    expectTypeOf<ResponseMetadata>().toExtend<Official.GetBenefitCommandOutput["$metadata"]>();
  });
});
