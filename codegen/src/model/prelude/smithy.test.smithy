$version: "2.0"

// Bundled, deliberately loose definitions of the AWS IAM, AWS endpoints, Smithy rules-engine
// and smoke-test traits that AWS models carry. Their values are mostly documents; full
// definitions are impractical here. Loaded with the prelude; never serialized.

namespace smithy.test

@trait(selector: "operation")
list smokeTests {
    member: SmokeTestCase
}

@private
structure SmokeTestCase {
    @required
    id: String
    params: Document
    vendorParams: Document
    vendorParamsShape: String
    @required
    expect: Document
    tags: StringList
}

@private
list StringList {
    member: String
}

@trait(selector: "operation")
list httpRequestTests {
    member: Document
}

@trait(selector: ":test(operation, structure[trait|error])")
list httpResponseTests {
    member: Document
}

@trait(selector: "operation")
list httpMalformedRequestTests {
    member: Document
}
