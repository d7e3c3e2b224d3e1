// Benefit allocations: what a partner was granted, and how it is fulfilled.

$version: "2"

namespace com.amazonaws.partnercentralbenefits

use aws.api#arn

// --- Resource --------------------------------------------------------------------------------------------

@arn(template: "catalog/{CatalogName}/benefit-allocation/benalloc-{BenefitAllocationId}")
resource BenefitAllocation {
    identifiers: {
        BenefitAllocationId: BenefitAllocationId
        CatalogName: String
    }
}

// --- Operations ------------------------------------------------------------------------------------------

/// Returns the details of one benefit allocation granted to the partner.
@http(code: 200, method: "POST", uri: "/GetBenefitAllocation")
operation GetBenefitAllocation {
    input := {
        /// The catalog to look in.
        @required
        Catalog: CatalogName

        /// The benefit allocation to return.
        @required
        Identifier: BenefitAllocationIdentifier
    }
    output := {
        /// The ID of the benefit allocation.
        Id: BenefitAllocationId

        /// The catalog the benefit allocation belongs to.
        Catalog: CatalogName

        /// The ARN of the benefit allocation.
        Arn: BenefitAllocationArn

        /// The display name of the benefit allocation.
        Name: String

        /// A description of the benefit allocation.
        Description: String

        /// The status of the benefit allocation.
        Status: BenefitAllocationStatus

        /// More detail on why the benefit allocation has its current status.
        StatusReason: String

        /// The benefit application that led to this allocation.
        BenefitApplicationId: BenefitApplicationId

        /// The benefit this allocation was granted for.
        BenefitId: BenefitId

        /// How this benefit allocation is fulfilled.
        FulfillmentType: FulfillmentType

        /// The benefits this allocation can be applied to.
        ApplicableBenefitIds: BenefitIdentifiers

        /// The fulfillment details of the allocation.
        FulfillmentDetail: FulfillmentDetails

        /// When the benefit allocation was created.
        CreatedAt: Timestamp

        /// When the benefit allocation was last changed.
        UpdatedAt: Timestamp

        /// When the benefit allocation becomes usable.
        StartsAt: Timestamp

        /// When the benefit allocation expires and stops being usable.
        ExpiresAt: Timestamp
    }
    errors: [
        AccessDeniedException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Lists benefit allocations matching the given filters, one page at a time.
@paginated(inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults", items: "BenefitAllocationSummaries")
@http(code: 200, method: "POST", uri: "/ListBenefitAllocations")
operation ListBenefitAllocations {
    input := {
        /// The catalog to list benefit allocations from.
        @required
        Catalog: CatalogName

        /// Only return allocations with these fulfillment types.
        @length(min: 0, max: 2)
        FulfillmentTypes: FulfillmentTypes

        /// Only return allocations for these benefits.
        @length(min: 0, max: 1)
        BenefitIdentifiers: BenefitIdentifiers

        /// Only return allocations that resulted from these benefit applications.
        @length(min: 0, max: 1)
        BenefitApplicationIdentifiers: BenefitApplicationIdentifierList

        /// Only return allocations in these statuses.
        @length(min: 0, max: 1)
        Status: BenefitAllocationStatusList

        /// The largest number of benefit allocations to return in one page.
        @range(min: 1, max: 100)
        MaxResults: Integer

        /// The token from a previous response, to fetch the next page.
        @length(min: 1, max: 2048)
        @pattern("^[\\s\\S]*$")
        NextToken: String
    }
    output := {
        /// The benefit allocations on this page.
        BenefitAllocationSummaries: BenefitAllocationSummaries

        /// Pass this token to fetch the next page; absent on the last page.
        @length(max: 2048)
        NextToken: String
    }
    errors: [
        AccessDeniedException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

// --- Identifiers, names and status -----------------------------------------------------------------------

@pattern("^benalloc-[0-9a-z]{14}$")
string BenefitAllocationId

@pattern("^(arn:.+|benalloc-[0-9a-z]{14})$")
string BenefitAllocationIdentifier

@pattern("^(arn:.+benalloc-[0-9a-z]{14})$")
string BenefitAllocationArn

@length(min: 1, max: 255)
string BenefitAllocationName

enum BenefitAllocationStatus {
    ACTIVE
    INACTIVE
    FULFILLED
}

list BenefitAllocationStatusList {
    member: BenefitAllocationStatus
}

// --- Summaries -------------------------------------------------------------------------------------------

list BenefitAllocationSummaries {
    member: BenefitAllocationSummary
}

/// The main facts about a benefit allocation, as returned by list operations.
structure BenefitAllocationSummary {
    /// The ID of the benefit allocation.
    Id: BenefitAllocationId

    /// The catalog the benefit allocation belongs to.
    Catalog: CatalogName

    /// The ARN of the benefit allocation.
    Arn: String

    /// The status of the benefit allocation.
    Status: BenefitAllocationStatus

    /// More detail on why the benefit allocation has its current status.
    StatusReason: String

    /// The display name of the benefit allocation.
    Name: BenefitAllocationName

    /// The benefit this allocation was granted for.
    BenefitId: BenefitId

    /// The benefit application that led to this allocation.
    BenefitApplicationId: BenefitApplicationId

    /// How this benefit allocation is fulfilled.
    FulfillmentTypes: FulfillmentTypes

    /// When the benefit allocation was created.
    CreatedAt: Timestamp

    /// When the benefit allocation expires.
    ExpiresAt: Timestamp

    /// The benefits this allocation applies to.
    ApplicableBenefitIds: BenefitIds
}

// --- Fulfillment -----------------------------------------------------------------------------------------

/// How a benefit allocation is fulfilled; exactly one kind of fulfillment is set.
union FulfillmentDetails {
    /// Set when the allocation is fulfilled by disbursement.
    DisbursementDetails: DisbursementDetails

    /// Set when the allocation is fulfilled by a consumable amount.
    ConsumableDetails: ConsumableDetails

    /// Set when the allocation is fulfilled by credits.
    CreditDetails: CreditDetails

    /// Set when the allocation is fulfilled by access.
    AccessDetails: AccessDetails
}

/// Fulfillment by disbursement, such as a payment or reimbursement.
structure DisbursementDetails {
    /// The total amount paid out.
    DisbursedAmount: MonetaryValue

    /// How and when the disbursement was issued.
    IssuanceDetails: IssuanceDetail
}

/// Fulfillment by a consumable amount, such as a usage quota.
structure ConsumableDetails {
    /// The total amount allocated.
    AllocatedAmount: MonetaryValue

    /// The amount still available to use.
    RemainingAmount: MonetaryValue

    /// The amount already used.
    UtilizedAmount: MonetaryValue

    /// How and when the consumable amount was issued.
    IssuanceDetails: IssuanceDetail
}

/// Fulfillment by AWS promotional credits.
structure CreditDetails {
    /// The total credit amount allocated.
    @required
    AllocatedAmount: MonetaryValue

    /// The credit amount issued so far and available to use.
    @required
    IssuedAmount: MonetaryValue

    /// The credit codes issued for this allocation.
    @required
    Codes: CreditCodes
}

/// Fulfillment by access, such as a service permission or a feature being enabled.
structure AccessDetails {
    /// What access or permissions the benefit grants.
    Description: String
}

list CreditCodes {
    member: CreditCode
}

/// An AWS promotional credit code that can be redeemed on an AWS account.
structure CreditCode {
    /// The AWS account the credit code is for.
    @required
    AwsAccountId: String

    /// What the credit code is worth.
    @required
    Value: MonetaryValue

    /// The code to redeem in the AWS Billing console.
    @required
    AwsCreditCode: String

    /// The status of the credit code.
    @required
    Status: BenefitAllocationStatus

    /// When the credit code was issued.
    @required
    IssuedAt: Timestamp

    /// When the credit code expires; it cannot be redeemed afterwards.
    @required
    ExpiresAt: Timestamp
}

/// One issuance of benefit value.
structure IssuanceDetail {
    /// The ID of the issuance.
    IssuanceId: String

    /// The amount issued.
    IssuanceAmount: MonetaryValue

    /// When the issuance was processed.
    IssuedAt: Timestamp
}
