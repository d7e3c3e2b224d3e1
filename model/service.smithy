// The Partner Central Benefits service: protocol, auth and endpoint traits, and every resource and operation it
// binds. The operations are bound to the service directly (not to the resources), as in AWS's published model.
// IAM condition keys, endpoint rule sets and smoke tests of the published model are deliberately left out.

$version: "2"

// AWS's published model has an unanchored pattern on FileURI; we keep the constraint identical and say so here.
metadata suppressions = [
    {
        id: "PatternTrait"
        namespace: "com.amazonaws.partnercentralbenefits"
        reason: "FileURI's pattern is unanchored in AWS's published model, and we keep it identical."
    }
]

namespace com.amazonaws.partnercentralbenefits

use aws.api#service
use aws.auth#sigv4
use aws.endpoints#dualStackOnlyEndpoints
use aws.endpoints#standardRegionalEndpoints
use aws.protocols#awsJson1_0

/// The AWS Partner Central Benefits API lets AWS Partner Network partners browse the benefits on offer,
/// apply for them, and track the benefit allocations they are granted.
@title("Partner Central Benefits API")
@awsJson1_0
@sigv4(name: "partnercentral-benefits")
@service(
    sdkId: "PartnerCentral Benefits"
    endpointPrefix: "partnercentral-benefits"
    arnNamespace: "partnercentral"
    cloudTrailEventSource: "partnercentral-benefits.amazonaws.com"
)
@standardRegionalEndpoints
@dualStackOnlyEndpoints
service PartnerCentralBenefitsService {
    version: "2018-05-10"
    resources: [
        Benefit
        BenefitApplication
        BenefitAllocation
    ]
    operations: [
        // Benefits (benefits.smithy)
        GetBenefit
        ListBenefits
        // Benefit applications (applications.smithy)
        CreateBenefitApplication
        GetBenefitApplication
        ListBenefitApplications
        UpdateBenefitApplication
        AmendBenefitApplication
        SubmitBenefitApplication
        RecallBenefitApplication
        CancelBenefitApplication
        AssociateBenefitApplicationResource
        DisassociateBenefitApplicationResource
        // Benefit allocations (allocations.smithy)
        GetBenefitAllocation
        ListBenefitAllocations
        // Tagging (tagging.smithy)
        TagResource
        UntagResource
        ListTagsForResource
    ]
}
