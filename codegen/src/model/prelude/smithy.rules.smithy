$version: "2.0"

// Bundled, deliberately loose definitions of the AWS IAM, AWS endpoints, Smithy rules-engine
// and smoke-test traits that AWS models carry. Their values are mostly documents; full
// definitions are impractical here. Loaded with the prelude; never serialized.

namespace smithy.rules

@trait(selector: "service")
document endpointRuleSet

@trait(selector: "service")
document endpointBdd

@trait(selector: "service")
structure endpointTests {
    @required
    version: String
    testCases: Document
}

@trait(selector: ":is(service, operation)")
document clientContextParams

@trait(selector: ":is(service, operation)")
document staticContextParams

@trait(selector: "structure > member")
structure contextParam {
    @required
    name: String
}

@trait(selector: "operation")
document operationContextParams
