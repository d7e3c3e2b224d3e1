// Benefit applications: a partner's request for a benefit, and its lifecycle.
// The types these operations use are in application-types.smithy.

$version: "2"

namespace com.amazonaws.partnercentralbenefits

use aws.api#arn

// --- Resource --------------------------------------------------------------------------------------------

@arn(template: "catalog/{CatalogName}/benefit-application/benappl-{BenefitApplicationId}")
resource BenefitApplication {
    identifiers: {
        BenefitApplicationId: BenefitApplicationId
        CatalogName: String
    }
}

// --- Create, read, list ----------------------------------------------------------------------------------

/// Creates a benefit application, with which a partner requests an AWS benefit.
@idempotent
@http(code: 200, method: "POST", uri: "/CreateBenefitApplication")
operation CreateBenefitApplication {
    input := {
        /// The catalog to create the benefit application in.
        @required
        Catalog: CatalogName

        /// A unique, case-sensitive token that makes the create request idempotent.
        @required
        @length(min: 1, max: 64)
        @pattern("^[!-~]{1,64}$")
        ClientToken: String

        /// A display name for the benefit application.
        Name: BenefitApplicationName

        /// A description of the benefit application and how the benefit will be used.
        Description: BenefitApplicationDescription

        /// The benefit this application requests.
        @required
        @pattern("^(arn:.+|ben-[0-9a-z]{14})$")
        BenefitIdentifier: String

        /// The fulfillment types requested, such as credits, cash or access.
        FulfillmentTypes: FulfillmentTypes

        /// Benefit-specific details of the application, shaped by the benefit's request schema.
        BenefitApplicationDetails: Document

        /// Tags to attach to the new benefit application.
        @length(max: 200)
        Tags: Tags

        /// The ARNs of the AWS resources associated with this benefit application.
        @length(max: 10)
        AssociatedResources: Arns

        /// The partner representatives responsible for this benefit application.
        @length(max: 1)
        PartnerContacts: Contacts

        /// Supporting files attached to the benefit application.
        @length(max: 30)
        FileDetails: FileInputDetails
    }
    output := {
        /// The ID of the new benefit application.
        Id: BenefitApplicationId

        /// The ARN of the new benefit application.
        Arn: String

        /// The first revision of the new benefit application.
        Revision: String
    }
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Returns the details of one benefit application.
@http(code: 200, method: "POST", uri: "/GetBenefitApplication")
operation GetBenefitApplication {
    input := {
        /// The catalog to look in.
        @required
        Catalog: CatalogName

        /// The benefit application to return.
        @required
        Identifier: BenefitApplicationIdentifier
    }
    output := {
        /// The ID of the benefit application.
        Id: BenefitApplicationId

        /// The ARN of the benefit application.
        Arn: Arn

        /// The catalog the benefit application belongs to.
        Catalog: CatalogName

        /// The benefit this application requests.
        BenefitId: BenefitId

        /// The display name of the benefit application.
        Name: BenefitApplicationName

        /// A description of the benefit application.
        Description: BenefitApplicationDescription

        /// The fulfillment types this benefit application asks for.
        FulfillmentTypes: FulfillmentTypes

        /// Benefit-specific details of the application, shaped by the benefit's request schema.
        BenefitApplicationDetails: Document

        /// The AWS partner programs this benefit application relates to.
        Programs: Programs

        /// The processing status of the benefit application.
        Status: BenefitApplicationStatus

        /// The workflow stage the benefit application is in.
        Stage: BenefitApplicationStage

        /// More detail on why the benefit application has its current status.
        @length(max: 1000)
        StatusReason: String

        /// A code for the reason behind the current status.
        @deprecated(message: "This field is no longer used", since: "Nov 08 2025")
        StatusReasonCode: StatusReasonCode

        /// Codes for the reasons behind the current status.
        StatusReasonCodes: StatusReasonCodes

        /// When the benefit application was created.
        CreatedAt: Timestamp

        /// When the benefit application was last changed.
        UpdatedAt: Timestamp

        /// The current revision of the benefit application.
        Revision: String

        /// The ARNs of the AWS resources associated with this benefit application.
        @length(max: 10)
        AssociatedResources: Arns

        /// The partner representatives responsible for this benefit application.
        PartnerContacts: Contacts

        /// Supporting files attached to the benefit application.
        @length(max: 30)
        FileDetails: FileDetails
    }
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Lists benefit applications matching the given filters, one page at a time.
@paginated(inputToken: "NextToken", outputToken: "NextToken", pageSize: "MaxResults", items: "BenefitApplicationSummaries")
@http(code: 200, method: "POST", uri: "/ListBenefitApplications")
operation ListBenefitApplications {
    input := {
        /// The catalog to list benefit applications from.
        @required
        Catalog: CatalogName

        /// Only return applications for these partner programs.
        @length(min: 0, max: 1)
        Programs: Programs

        /// Only return applications with these fulfillment types.
        @length(min: 0, max: 2)
        FulfillmentTypes: FulfillmentTypes

        /// Only return applications for these benefits.
        @length(min: 0, max: 1)
        BenefitIdentifiers: BenefitIdentifiers

        /// Only return applications in these statuses.
        @length(min: 0, max: 1)
        Status: Statuses

        /// Only return applications in these stages.
        @length(min: 0, max: 1)
        Stages: Stages

        /// Only return applications associated with these resources.
        @deprecated(message: "This field is no longer used.", since: "Oct 08 2025")
        AssociatedResources: AssociatedResources

        /// Only return applications associated with the resources of these ARNs.
        AssociatedResourceArns: Arns

        /// The largest number of benefit applications to return in one page.
        @range(min: 1, max: 100)
        MaxResults: Integer

        /// The token from a previous response, to fetch the next page.
        @length(min: 1, max: 2048)
        @pattern("^[\\s\\S]*$")
        NextToken: String
    }
    output := {
        /// The benefit applications on this page.
        BenefitApplicationSummaries: BenefitApplicationSummaries

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

// --- Change ----------------------------------------------------------------------------------------------

/// Replaces details of an existing benefit application, guarded by its revision.
@http(code: 200, method: "POST", uri: "/UpdateBenefitApplication")
operation UpdateBenefitApplication {
    input := {
        /// The catalog the benefit application belongs to.
        @required
        Catalog: CatalogName

        /// A unique, case-sensitive token that makes the update request idempotent.
        @required
        @length(min: 1, max: 64)
        @pattern("^[!-~]{1,64}$")
        ClientToken: String

        /// The new display name of the benefit application.
        Name: BenefitApplicationName

        /// The new description of the benefit application.
        Description: BenefitApplicationDescription

        /// The benefit application to update.
        @required
        Identifier: BenefitApplicationIdentifier

        /// The revision of the benefit application the change is based on (optimistic locking).
        @required
        Revision: String

        /// The new benefit-specific details of the application.
        BenefitApplicationDetails: Document

        /// The new list of partner representatives for this benefit application.
        @length(max: 1)
        PartnerContacts: Contacts

        /// The new list of supporting files.
        @length(max: 30)
        FileDetails: FileInputDetails
    }
    output := {
        /// The ID of the updated benefit application.
        Id: BenefitApplicationId

        /// The ARN of the updated benefit application.
        Arn: String

        /// The revision of the benefit application after the update.
        Revision: String
    }
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Amends selected fields of an existing benefit application, guarded by its revision.
@http(code: 200, method: "POST", uri: "/AmendBenefitApplication")
operation AmendBenefitApplication {
    input := {
        /// The catalog the benefit application belongs to.
        @required
        Catalog: CatalogName

        /// A unique, case-sensitive token that makes the amendment request idempotent.
        @required
        @length(min: 1, max: 64)
        @pattern("^[a-zA-Z0-9-]{1,64}$")
        ClientToken: String

        /// The revision of the benefit application the change is based on (optimistic locking).
        @required
        Revision: String

        /// The benefit application to amend.
        @required
        Identifier: BenefitApplicationIdentifier

        /// Why the benefit application is being amended.
        @required
        @length(max: 1000)
        AmendmentReason: String

        /// The field changes to apply to the benefit application.
        @required
        Amendments: AmendmentList
    }
    output := {}
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

// --- Lifecycle -------------------------------------------------------------------------------------------

/// Submits a benefit application to AWS for review.
@http(code: 200, method: "POST", uri: "/SubmitBenefitApplication")
operation SubmitBenefitApplication {
    input := {
        /// The catalog the benefit application belongs to.
        @required
        Catalog: CatalogName

        /// The benefit application to submit.
        @required
        Identifier: BenefitApplicationIdentifier
    }
    output := {}
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Recalls a submitted benefit application so that it can be edited again.
@http(code: 200, method: "POST", uri: "/RecallBenefitApplication")
operation RecallBenefitApplication {
    input := {
        /// The catalog the benefit application belongs to.
        @required
        Catalog: CatalogName

        /// A unique, case-sensitive token that makes the recall request idempotent.
        ClientToken: String

        /// The benefit application to recall.
        @required
        Identifier: BenefitApplicationIdentifier

        /// Why the benefit application is being recalled.
        @required
        Reason: String
    }
    output := {}
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Cancels a benefit application that is in progress; it is not processed any further.
@http(code: 200, method: "POST", uri: "/CancelBenefitApplication")
operation CancelBenefitApplication {
    input := {
        /// The catalog the benefit application belongs to.
        @required
        Catalog: CatalogName

        /// A unique, case-sensitive token that makes the cancellation request idempotent.
        @required
        @length(min: 1, max: 64)
        @pattern("^[a-zA-Z0-9-]{1,64}$")
        ClientToken: String

        /// The benefit application to cancel.
        @required
        Identifier: BenefitApplicationIdentifier

        /// Why the benefit application is being cancelled.
        @length(max: 1000)
        @pattern("^[\\s\\S]{1,1000}$")
        Reason: String
    }
    output := {}
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

// --- Associated resources --------------------------------------------------------------------------------

/// Associates an AWS resource with an existing benefit application.
@http(code: 200, method: "POST", uri: "/AssociateBenefitApplicationResource")
operation AssociateBenefitApplicationResource {
    input := {
        /// The catalog the benefit application belongs to.
        @required
        Catalog: CatalogName

        /// The benefit application to associate the resource with.
        @required
        BenefitApplicationIdentifier: BenefitApplicationIdentifier

        /// The ARN of the AWS resource to associate with the benefit application.
        @required
        @length(min: 0, max: 1600)
        ResourceArn: Arn
    }
    output := {
        /// The ID of the benefit application the resource was associated with.
        Id: BenefitApplicationId

        /// The ARN of the benefit application the resource was associated with.
        Arn: String

        /// The revision of the benefit application after the association.
        Revision: String
    }
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

/// Removes an AWS resource from a benefit application.
@http(code: 200, method: "POST", uri: "/DisassociateBenefitApplicationResource")
operation DisassociateBenefitApplicationResource {
    input := {
        /// The catalog the benefit application belongs to.
        @required
        Catalog: CatalogName

        /// The benefit application to remove the resource from.
        @required
        BenefitApplicationIdentifier: BenefitApplicationIdentifier

        /// The ARN of the AWS resource to remove from the benefit application.
        @required
        @length(min: 0, max: 1600)
        ResourceArn: Arn
    }
    output := {
        /// The ID of the benefit application the resource was removed from.
        Id: BenefitApplicationId

        /// The ARN of the benefit application the resource was removed from.
        Arn: String

        /// The revision of the benefit application after the removal.
        Revision: String
    }
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}
