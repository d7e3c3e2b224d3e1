$version: "2.0"

// AWS protocol definitions (`aws.protocols`): the JSON 1.0/1.1, REST-JSON, REST-XML, query and EC2
// query protocols, plus the traits that tune them (HTTP checksums, query-compatible errors, ...).

namespace aws.protocols

/// The AWS JSON 1.0 protocol.
@protocolDefinition(
    traits: [timestampFormat, cors, endpoint, hostLabel]
)
@trait(selector: "service")
structure awsJson1_0 with [HttpConfiguration] {}

/// The AWS JSON 1.1 protocol.
@protocolDefinition(
    traits: [timestampFormat, cors, endpoint, hostLabel]
)
@trait(selector: "service")
structure awsJson1_1 with [HttpConfiguration] {}

@private
@mixin(
    localTraits: [private]
)
structure HttpConfiguration {
    http: StringList

    eventStreamHttp: StringList
}

/// The AWS query protocol.
@deprecated
@protocolDefinition(
    traits: [
        timestampFormat
        cors
        endpoint
        hostLabel
        awsQueryError
        xmlAttribute
        xmlFlattened
        xmlName
        xmlNamespace
    ]
)
@trait(selector: "service [trait|xmlNamespace]")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with awsQuery"
    }
)
structure awsQuery {}

/// The error code and HTTP status an error uses in the query protocol.
@trait(
    selector: "structure [trait|error]"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure awsQueryError {
    @required
    code: String

    @required
    httpResponseCode: Integer
}

/// A JSON service that also answers with its former query protocol's error codes.
@trait(
    selector: """
        service :test([trait|aws.protocols#awsJson1_0],
                      [trait|smithy.protocols#rpcv2Cbor],
                      [trait|smithy.protocols#rpcv2Json])"""
)
structure awsQueryCompatible {}

/// The Amazon EC2 query protocol.
@deprecated
@protocolDefinition(
    traits: [
        timestampFormat
        cors
        endpoint
        hostLabel
        ec2QueryName
        xmlAttribute
        xmlFlattened
        xmlName
        xmlNamespace
    ]
)
@trait(selector: "service [trait|xmlNamespace]")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with ec2Query"
    }
)
structure ec2Query {}

/// The serialized name of a member in the EC2 query protocol.
@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$")
@trait(selector: "structure > member")
string ec2QueryName

/// Request and response checksums of an operation.
@trait(
    selector: "operation"
    breakingChanges: [
        {
            change: "remove"
            severity: "DANGER"
            message: """
                Removing the trait removes the ability for clients to do request or response checksums. The service \
                MUST continue to support old clients by supporting the `httpChecksum` trait."""
        }
        {
            change: "remove"
            path: "/requestAlgorithmMember"
            severity: "DANGER"
            message: """
                `requestAlgorithmMember` was removed, so newly generated clients will no longer be able to pick the \
                request checksum algorithms The service MUST continue to support old clients by supporting \
                `requestAlgorithmMember`."""
        }
        {
            change: "remove"
            path: "/requestValidationModeMember"
            severity: "DANGER"
            message: """
                `requestValidationModeMember` was removed, so newly generated clients will no longer validate response \
                checksums. The service MUST continue to support old clients by supporting \
                `requestValidationModeMember`."""
        }
        {
            change: "remove"
            path: "/responseAlgorithms/member"
            severity: "DANGER"
            message: """
                Members of `responseAlgorithms` were removed, so newly generated clients will no longer validate \
                response checksums for the removed algorithms. The service MUST continue to support old clients by \
                supporting removed compression algorithms."""
        }
    ]
)
@unstable
structure httpChecksum {
    requestAlgorithmMember: String

    requestChecksumRequired: Boolean

    requestValidationModeMember: String

    responseAlgorithms: ChecksumAlgorithmSet
}

/// The AWS REST-JSON protocol.
@protocolDefinition(
    traits: [
        timestampFormat
        cors
        endpoint
        hostLabel
        http
        httpError
        httpHeader
        httpLabel
        httpPayload
        httpPrefixHeaders
        httpQuery
        httpQueryParams
        httpResponseCode
        httpChecksum
        httpChecksumRequired
        jsonName
    ]
)
@trait(selector: "service")
structure restJson1 with [HttpConfiguration] {}

/// The AWS REST-XML protocol.
@deprecated
@protocolDefinition(
    traits: [
        timestampFormat
        cors
        endpoint
        hostLabel
        http
        httpError
        httpHeader
        httpLabel
        httpPayload
        httpPrefixHeaders
        httpQuery
        httpQueryParams
        httpResponseCode
        httpChecksum
        httpChecksumRequired
        xmlAttribute
        xmlFlattened
        xmlName
        xmlNamespace
    ]
)
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with restXml"
    }
)
@trait(selector: "service")
structure restXml with [HttpConfiguration] {
    @deprecated
    noErrorWrapping: Boolean
}

@private
list StringList {
    member: String
}

@length(min: 1)
@private
@uniqueItems
list ChecksumAlgorithmSet {
    member: ChecksumAlgorithm
}

@private
enum ChecksumAlgorithm {
    CRC32

    CRC32C

    CRC64NVME

    MD5

    SHA1

    SHA256

    SHA512

    XXHASH64

    XXHASH3

    XXHASH128
}
