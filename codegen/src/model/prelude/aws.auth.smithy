$version: "2.0"

// AWS authentication traits (`aws.auth`): SigV4 and SigV4a signing, Cognito user pools, and
// operations that need no authentication or an unsigned payload.

namespace aws.auth

/// Authentication through Amazon Cognito user pools.
@authDefinition
@internal
@tags(["internal"])
@trait(selector: "service")
structure cognitoUserPools {
    @required
    providerArns: StringList
}

/// OAuth scopes an operation requires with Cognito user pools.
@internal
@tags(["internal"])
@length(min: 1)
@trait(selector: "service[trait|aws.auth#cognitoUserPools] ~> operation")
list cognitoUserPoolsScopes {
    member: String
}

/// Signature Version 4 authentication, with the signing name.
@authDefinition(
    traits: [unsignedPayload]
)
@externalDocumentation(Reference: "https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html")
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "remove"
            message: """
                Removing the existing authentication scheme is not backward compatible \
                and can break existing clients' authentication."""
        }
    ]
)
structure sigv4 {
    @externalDocumentation(Reference: "https://docs.aws.amazon.com/general/latest/gr/sigv4-create-string-to-sign.html")
    @length(min: 1)
    @required
    name: String
}

/// Signature Version 4a (multi-region) authentication, with the signing name.
@authDefinition(
    traits: [unsignedPayload]
)
@externalDocumentation(
    Reference: "https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html"
    Examples: "https://github.com/aws-samples/sigv4a-signing-examples"
)
@trait(
    selector: "service[trait|aws.auth#sigv4]"
    breakingChanges: [
        {
            change: "remove"
            message: """
                Removing the existing authentication scheme is not backward compatible \
                and can break existing clients' authentication."""
        }
    ]
)
structure sigv4a {
    @externalDocumentation(Reference: "https://docs.aws.amazon.com/general/latest/gr/sigv4-create-string-to-sign.html")
    @length(min: 1)
    @required
    name: String
}

/// An operation whose request payload is not signed.
@trait(selector: "operation")
structure unsignedPayload {}

@private
list StringList {
    member: String
}
