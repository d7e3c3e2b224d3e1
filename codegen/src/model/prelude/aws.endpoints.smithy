$version: "2.0"

// AWS endpoint rule-set helpers (`aws.endpoints`): built-in parameters for the standard endpoint
// functions and the legacy regional/partitional endpoint descriptions.

namespace aws.endpoints

/// Marks a trait as one that changes how endpoints are resolved.
@trait(
    selector: "structure[trait|trait]"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure endpointsModifier {}

/// A service with one endpoint per region, with special cases.
@trait(
    selector: "service"
    conflicts: [standardPartitionalEndpoints]
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
@endpointsModifier
structure standardRegionalEndpoints {
    partitionSpecialCases: PartitionSpecialCaseMap

    regionSpecialCases: RegionSpecialCaseMap
}

@private
map PartitionSpecialCaseMap {
    key: String
    value: PartitionSpecialCaseList
}

@private
list PartitionSpecialCaseList {
    member: PartitionSpecialCase
}

@private
structure PartitionSpecialCase {
    @required
    endpoint: String

    dualStack: Boolean

    fips: Boolean
}

@private
map RegionSpecialCaseMap {
    key: String
    value: RegionSpecialCaseList
}

@private
list RegionSpecialCaseList {
    member: RegionSpecialCase
}

@private
structure RegionSpecialCase {
    @required
    endpoint: String

    dualStack: Boolean

    fips: Boolean

    signingRegion: String
}

/// A service with one endpoint per partition (a global service).
@trait(
    selector: "service"
    conflicts: [standardRegionalEndpoints]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
@endpointsModifier
structure standardPartitionalEndpoints {
    @required
    endpointPatternType: PartitionEndpointPattern

    partitionEndpointSpecialCases: PartitionEndpointSpecialCaseMap
}

@private
enum PartitionEndpointPattern {
    @deprecated(since: "2025-04-01", message: "Not recommended to use. Use AWS_RECOMMENDED instead")
    SERVICE_DNSSUFFIX = "service_dnsSuffix"

    @deprecated(since: "2025-04-01", message: "Not recommended to use. Use AWS_RECOMMENDED instead")
    SERVICE_REGION_DNSSUFFIX = "service_region_dnsSuffix"

    AWS_RECOMMENDED = "aws_recommended"
}

@private
map PartitionEndpointSpecialCaseMap {
    key: String
    value: PartitionEndpointSpecialCaseList
}

@private
list PartitionEndpointSpecialCaseList {
    member: PartitionEndpointSpecialCase
}

@private
structure PartitionEndpointSpecialCase {
    endpoint: String

    region: String

    dualStack: Boolean

    fips: Boolean
}

/// A service whose endpoints are dual-stack only.
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
@endpointsModifier
structure dualStackOnlyEndpoints {}

/// A service whose endpoints come from its endpoint rule set only.
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
@endpointsModifier
@unstable
structure rulesBasedEndpoints {}
