$version: "2.0"

// The endpoint rules engine (`smithy.rules`): rule sets, their tests, static context parameters,
// context parameters on members and operation-level parameters.

namespace smithy.rules

/// The rules that resolve a service's endpoint.
@unstable
@trait(selector: "service")
document endpointRuleSet

/// The endpoint rules compiled to a binary decision diagram.
@unstable
@trait(selector: "service")
structure endpointBdd {
    @required
    version: String

    @required
    parameters: Parameters

    @required
    conditions: Conditions

    @required
    results: Results

    @required
    @range(min: -1)
    root: Integer

    @required
    @range(min: 0)
    nodeCount: Integer

    @required
    nodes: String
}

@private
map Parameters {
    key: String
    value: Parameter
}

@private
structure Parameter {
    @required
    type: ParameterType

    deprecated: Boolean

    documentation: String

    default: Document

    builtIn: String

    required: Boolean
}

enum ParameterType {
    STRING = "string"
    BOOLEAN = "boolean"
    STRING_ARRAY = "stringArray"
}

@private
list Conditions {
    member: Condition
}

@private
structure Condition {
    @required
    fn: String

    @required
    argv: DocumentList

    assign: String
}

@private
list DocumentList {
    member: Document
}

@private
list Results {
    member: Result
}

@private
structure Result {
    @required
    type: ResultType

    documentation: String

    error: Document

    endpoint: EndpointObject

    conditions: Conditions
}

@private
enum ResultType {
    ENDPOINT = "endpoint"
    ERROR = "error"
}

@private
structure EndpointObject {
    @required
    url: Document

    properties: EndpointProperties

    headers: EndpointObjectHeaders
}

@private
map EndpointProperties {
    key: String
    value: Document
}

@private
map EndpointObjectHeaders {
    key: String
    value: DocumentList
}

/// Test cases for a service's endpoint rules.
@unstable
@trait(selector: "service :is([trait|smithy.rules#endpointRuleSet], [trait|smithy.rules#endpointBdd])")
structure endpointTests {
    @required
    version: String

    testCases: EndpointTestList
}

/// A member whose value feeds an endpoint rule parameter.
@unstable
@trait(selector: "operation -[input]-> structure > member")
structure contextParam {
    @required
    name: String
}

/// Endpoint rule parameters an operation sets to fixed values.
@unstable
@trait(selector: "operation")
map staticContextParams {
    key: String

    value: StaticContextParamDefinition
}

/// Endpoint rule parameters an operation takes from its input by JMESPath.
@unstable
@trait(selector: "operation")
map operationContextParams {
    key: String

    value: OperationContextParamDefinition
}

/// Endpoint rule parameters set once on the client.
@unstable
@trait(selector: "service")
map clientContextParams {
    key: String

    value: ClientContextParamDefinition
}

@unstable
@private
structure StaticContextParamDefinition {
    @required
    value: Document
}

@unstable
@private
structure OperationContextParamDefinition {
    @required
    path: String
}

@unstable
@private
structure ClientContextParamDefinition {
    @required
    type: ShapeType

    documentation: String
}

@unstable
@private
enum ShapeType {
    STRING = "string"

    BOOLEAN = "boolean"
}

@unstable
@private
list EndpointTestList {
    member: EndpointTest
}

@unstable
@private
structure EndpointTest {
    documentation: String

    params: Document

    operationInputs: OperationInputs

    @required
    expect: EndpointTestExpectation
}

@unstable
@private
list OperationInputs {
    member: OperationInput
}

@unstable
@private
structure OperationInput {
    @required
    operationName: String

    operationParams: Document

    builtInParams: Document

    clientParams: Document
}

@unstable
@private
union EndpointTestExpectation {
    error: String

    endpoint: EndpointExpectation
}

@unstable
@private
structure EndpointExpectation {
    url: String

    headers: EndpointHeaders

    properties: Properties
}

@unstable
@private
map EndpointHeaders {
    key: String

    value: EndpointHeaderValue
}

@unstable
@private
list EndpointHeaderValue {
    member: String
}

@unstable
@private
map Properties {
    key: String

    value: Document
}
