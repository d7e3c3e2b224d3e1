$version: "2.0"

// Bundled definitions of the AWS trait shapes that AWS models use (aws.api, aws.auth,
// aws.protocols), written from the public documentation of those traits. Loaded with the
// prelude so that models using them resolve; never written by the JSON AST serializer.

namespace aws.protocols

@private
list StringList {
    member: String
}

@trait(selector: "service")
@protocolDefinition(traits: [smithy.api#timestampFormat, smithy.api#cors, smithy.api#endpoint, smithy.api#hostLabel])
structure awsJson1_0 {
    http: StringList
    eventStreamHttp: StringList
}

@trait(selector: "service")
@protocolDefinition(traits: [smithy.api#timestampFormat, smithy.api#cors, smithy.api#endpoint, smithy.api#hostLabel])
structure awsJson1_1 {
    http: StringList
    eventStreamHttp: StringList
}

@trait(selector: "service")
@protocolDefinition(
    traits: [
        smithy.api#cors
        smithy.api#endpoint
        smithy.api#hostLabel
        smithy.api#http
        smithy.api#httpError
        smithy.api#httpHeader
        smithy.api#httpLabel
        smithy.api#httpPayload
        smithy.api#httpPrefixHeaders
        smithy.api#httpQuery
        smithy.api#httpQueryParams
        smithy.api#httpResponseCode
        smithy.api#jsonName
        smithy.api#timestampFormat
    ]
)
structure restJson1 {
    http: StringList
    eventStreamHttp: StringList
}

@trait(selector: "service")
@protocolDefinition(noInlineDocumentSupport: true)
structure restXml {
    http: StringList
    eventStreamHttp: StringList
    noErrorWrapping: Boolean
}

@trait(selector: "service")
@protocolDefinition(noInlineDocumentSupport: true)
structure awsQuery {}

@trait(selector: "service")
@protocolDefinition(noInlineDocumentSupport: true)
structure ec2Query {}

@trait(selector: "service :is([trait|aws.protocols#awsJson1_0], [trait|smithy.protocols#rpcv2Cbor])")
structure awsQueryCompatible {}

@trait(selector: "structure[trait|error]")
structure awsQueryError {
    @required
    code: String
    @required
    httpResponseCode: Integer
}

@trait(selector: "structure > :test(member:not([trait|xmlName]))")
string ec2QueryName

@trait(selector: "operation")
structure httpChecksum {
    requestAlgorithmMember: String
    requestChecksumRequired: Boolean
    requestValidationModeMember: String
    responseAlgorithms: StringList
}
