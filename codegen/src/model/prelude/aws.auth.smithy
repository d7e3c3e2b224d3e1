$version: "2.0"

// Bundled definitions of the AWS trait shapes that AWS models use (aws.api, aws.auth,
// aws.protocols), written from the public documentation of those traits. Loaded with the
// prelude so that models using them resolve; never written by the JSON AST serializer.

namespace aws.auth

@trait(selector: "service")
@authDefinition(traits: [unsignedPayload])
structure sigv4 {
    @required
    @length(min: 1)
    name: String
}

@trait(selector: "service")
@authDefinition
structure sigv4a {
    @required
    @length(min: 1)
    name: String
}

@trait(selector: "operation")
structure unsignedPayload {}

@trait(selector: "service")
@authDefinition
structure cognitoUserPools {
    @required
    providerArns: StringList
}

@private
list StringList {
    member: String
}
