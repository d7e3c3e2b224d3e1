$version: "2.0"

// Bundled, deliberately loose definitions of the AWS IAM, AWS endpoints, Smithy rules-engine
// and smoke-test traits that AWS models carry. Their values are mostly documents; full
// definitions are impractical here. Loaded with the prelude; never serialized.

namespace aws.endpoints

@trait(selector: "service")
structure standardRegionalEndpoints {
    partitionSpecialCases: Document
    regionSpecialCases: Document
}

@trait(selector: "service")
structure standardPartitionalEndpoints {
    @required
    endpointPatternType: String
    partitionEndpointSpecialCases: Document
}

@trait(selector: "service")
structure dualStackOnlyEndpoints {}

@trait(selector: "service")
structure rulesBasedEndpoints {}
