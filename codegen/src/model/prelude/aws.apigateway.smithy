$version: "2.0"

// Amazon API Gateway integration traits (`aws.apigateway`): API keys, authorizers, request
// validators and the integration/mock-integration configuration of an operation or service.

namespace aws.apigateway

use aws.api#arnReference

/// Where API Gateway reads the API key from (header or authorizer).
@externalDocumentation(
    "Developer Guide": "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html"
)
@internal
@tags(["internal"])
@trait(selector: "service")
string apiKeySource

/// Requires an API key for the operation or every operation of the service.
@internal
@tags(["internal"])
@trait(selector: "operation")
structure apiKeyRequired {}

/// Selects which of the service's authorizers protects a service, resource or operation.
@internal
@tags(["internal"])
@trait(selector: ":test(service, resource, operation)")
string authorizer

/// The Lambda or Cognito authorizers of a service, by name.
@internal
@tags(["internal"])
@trait(selector: "service")
map authorizers {
    key: String
    value: AuthorizerDefinition
}

/// The backend an operation is wired to through API Gateway.
@internal
@tags(["internal"])
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.apigateway#mockIntegration"]
)
structure integration {
    @required
    type: IntegrationType

    @required
    uri: Arn

    credentials: IamRoleArn

    @required
    httpMethod: String

    passThroughBehavior: PassThroughBehavior

    contentHandling: ContentHandling

    timeoutInMillis: Integer

    connectionId: String

    connectionType: ConnectionType = "INTERNET"

    cacheNamespace: String

    payloadFormatVersion: String

    cacheKeyParameters: StringList

    requestParameters: RequestParameters

    requestTemplates: Templates

    responses: IntegrationResponses

    tlsConfig: TlsConfig

    responseTransferMode: String

    @suppress(["RepeatedShapeName"])
    integrationTarget: String
}

/// A mock backend answering the operation from templates.
@internal
@tags(["internal"])
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.apigateway#integration"]
)
structure mockIntegration {
    passThroughBehavior: PassThroughBehavior

    requestParameters: RequestParameters

    requestTemplates: Templates

    responses: IntegrationResponses
}

/// Which parts of a request API Gateway validates.
@internal
@tags(["internal"])
@trait(selector: ":test(service, operation)")
string requestValidator

/// Customised responses API Gateway sends for its own errors.
@internal
@tags(["internal"])
@trait(selector: "service")
map gatewayResponses {
    key: String
    value: GatewayResponse
}

/// The endpoint types and settings of the API.
@internal
@tags(["internal"])
@trait(selector: "service")
structure endpointConfiguration {
    @required
    types: EndpointTypes

    vpcEndpointIds: VpcEndpointIds

    disableExecuteApiEndpoint: Boolean

    ipAddressType: IpAddressType
}

/// The payload size above which responses are compressed.
@internal
@tags(["internal"])
@trait(selector: "service")
@range(min: 0, max: 10485760)
integer minimumCompressionSize

/// The IAM resource policy attached to the API.
@internal
@tags(["internal"])
@trait(selector: "service")
document resourcePolicy

/// The TLS policy of the API's endpoint.
@internal
@tags(["internal"])
@trait(selector: "service")
structure apiTlsPolicy {
    @required
    securityPolicy: String

    endpointAccessMode: EndpointAccessMode
}

@private
structure AuthorizerDefinition {
    @idRef(
        selector: "[trait|authDefinition]"
        failWhenMissing: true
        errorMessage: "The scheme of an authorizer definition must reference an auth trait"
    )
    @required
    scheme: String

    type: String

    customAuthType: String

    uri: String

    credentials: String

    identitySource: String

    identityValidationExpression: String

    resultTtlInSeconds: Integer

    authorizerPayloadFormatVersion: PayloadFormatVersion

    enableSimpleResponses: Boolean
}

@private
structure IntegrationResponse {
    statusCode: String

    contentHandling: ContentHandling

    responseTemplates: Templates

    responseParameters: ResponseParameters
}

@private
structure TlsConfig {
    insecureSkipVerification: Boolean
}

@private
list StringList {
    member: String
}

@private
map IntegrationResponses {
    key: String
    value: IntegrationResponse
}

@private
map RequestParameters {
    key: String
    value: String
}

@private
map ResponseParameters {
    key: String
    value: String
}

@private
map Templates {
    key: String
    value: String
}

@arnReference
@private
string Arn

@private
enum ConnectionType {
    INTERNET

    VPC_LINK
}

@private
enum ContentHandling {
    CONVERT_TO_TEXT

    CONVERT_TO_BINARY
}

@arnReference(type: "AWS::IAM::Role")
@private
string IamRoleArn

@private
enum IntegrationType {
    AWS = "aws"

    AWS_PROXY = "aws_proxy"

    HTTP = "http"

    HTTP_PROXY = "http_proxy"
}

@private
enum PassThroughBehavior {
    WHEN_NO_TEMPLATES = "when_no_templates"

    WHEN_NO_MATCH = "when_no_match"

    NEVER = "never"
}

@private
enum PayloadFormatVersion {
    V1_0 = "1.0"

    V2_0 = "2.0"
}

@private
structure GatewayResponse {
    statusCode: String

    responseParameters: GatewayResponseParameterMap

    responseTemplates: GatewayResponseTemplateMap
}

@private
map GatewayResponseParameterMap {
    key: String
    value: String
}

@private
map GatewayResponseTemplateMap {
    key: String
    value: String
}

@private
enum EndpointType {
    EDGE

    REGIONAL

    PRIVATE
}

@private
list EndpointTypes {
    member: EndpointType
}

@private
list VpcEndpointIds {
    member: String
}

@private
enum EndpointAccessMode {
    BASIC

    STRICT
}

@private
enum IpAddressType {
    IPV4 = "ipv4"

    DUAL_STACK = "dualstack"
}
