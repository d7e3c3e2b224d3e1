$version: "2.0"

// Smoke-test traits (`smithy.test`): operation calls with parameters and an expected outcome.

namespace smithy.test

/// Smoke tests: calls to an operation and the outcome expected.
@trait(selector: "operation")
list smokeTests {
    member: SmokeTestCase
}

@private
structure SmokeTestCase {
    @required
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    id: String

    params: Document

    vendorParams: Document

    @idRef(failWhenMissing: true)
    vendorParamsShape: String

    @required
    expect: Expectation

    tags: TagList
}

@private
union Expectation {
    success: Unit

    failure: FailureExpectation
}

@private
structure FailureExpectation {
    @idRef(failWhenMissing: true, selector: "[trait|error]")
    errorId: String
}

@private
list TagList {
    member: Tag
}

@private
@pattern("^[A-Za-z][A-Za-z0-9_\\-]+$")
string Tag
