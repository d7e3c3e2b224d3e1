// Benefits: the catalog of what partners can apply for.

$version: "2"

namespace com.amazonaws.partnercentralbenefits

use aws.api#arn

// --- Resource --------------------------------------------------------------------------------------------

@arn(template: "catalog/{CatalogName}/benefit/ben-{BenefitId}", noAccount: true)
resource Benefit {
    identifiers: {
        BenefitId: BenefitId
        CatalogName: String
    }
}

// --- Operations ------------------------------------------------------------------------------------------

/// Returns the details of one benefit in the partner catalog.
@http(code: 200, method: "POST", uri: "/GetBenefit")
operation GetBenefit {
    input := {
        /// The catalog to look in.
        @required
        Catalog: CatalogName

        /// The benefit to return.
        @required
        @pattern("^(arn:.+|ben-[0-9a-z]{14})$")
        Identifier: String
    }
    output := {
        /// The ID of the benefit.
        @pattern("^ben-[0-9a-z]{14}$")
        Id: String

        /// The catalog the benefit belongs to.
        Catalog: CatalogName

        /// The ARN of the benefit.
        Arn: String

        /// The display name of the benefit.
        @length(min: 1, max: 100)
        Name: String

        /// A description of the benefit and what it is for.
        @length(max: 1000)
        Description: String

        /// The AWS partner programs that offer this benefit.
        Programs: Programs

        /// The ways this benefit can be fulfilled, such as credits, cash or access.
        FulfillmentTypes: FulfillmentTypes

        /// A schema describing the details an application for this benefit must provide.
        BenefitRequestSchema: Document

        /// The status of the benefit.
        Status: BenefitStatus
    }
    errors: [
        AccessDeniedException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Lists the benefits available to the partner that match the given filters, one page at a time.
@paginated(inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults", items: "BenefitSummaries")
@http(code: 200, method: "POST", uri: "/ListBenefits")
operation ListBenefits {
    input := {
        /// The catalog to list benefits from.
        @required
        Catalog: CatalogName

        /// Only return benefits of these partner programs.
        @length(min: 0, max: 1)
        Programs: Programs

        /// Only return benefits with these fulfillment types.
        @length(min: 0, max: 2)
        FulfillmentTypes: FulfillmentTypes

        /// Only return benefits in these statuses.
        @length(min: 0, max: 2)
        Status: BenefitStatuses

        /// The largest number of benefits to return in one page.
        @range(min: 1, max: 100)
        MaxResults: Integer

        /// The token from a previous response, to fetch the next page.
        @length(min: 1, max: 2048)
        @pattern("^[\\s\\S]*$")
        NextToken: String
    }
    output := {
        /// The benefits on this page.
        BenefitSummaries: BenefitSummaries

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

// --- Types -----------------------------------------------------------------------------------------------

@pattern("^(arn:.+|ben-[0-9a-z]{14})$")
string BenefitId

list BenefitIdentifiers {
    member: BenefitId
}

list BenefitIds {
    member: BenefitId
}

enum BenefitStatus {
    ACTIVE
    INACTIVE
}

list BenefitStatuses {
    member: BenefitStatus
}

list BenefitSummaries {
    member: BenefitSummary
}

/// The main facts about a benefit, as returned by list operations.
structure BenefitSummary {
    /// The ID of the benefit.
    @pattern("^ben-[0-9a-z]{14}$")
    Id: String

    /// The catalog the benefit belongs to.
    Catalog: CatalogName

    /// The ARN of the benefit.
    Arn: String

    /// The display name of the benefit.
    @length(min: 1, max: 100)
    Name: String

    /// A short description of the benefit and what it is for.
    @length(max: 1000)
    Description: String

    /// The AWS partner programs that offer this benefit.
    Programs: Programs

    /// The ways this benefit can be fulfilled.
    FulfillmentTypes: FulfillmentTypes

    /// The status of the benefit.
    Status: BenefitStatus
}
