$version: "2.0"

// Bundled definitions of the AWS trait shapes that AWS models use (aws.api, aws.auth,
// aws.protocols), written from the public documentation of those traits. Loaded with the
// prelude so that models using them resolve; never written by the JSON AST serializer.

namespace aws.api

@trait(selector: "service")
structure service {
    @required
    sdkId: String
    arnNamespace: ArnNamespace
    cloudFormationName: CloudFormationName
    cloudTrailEventSource: String
    docId: String
    endpointPrefix: String
    cloudWatchNamespace: String
}

@private
@pattern("^[a-z0-9.\\-]{1,63}$")
string ArnNamespace

@private
@pattern("^[A-Za-z0-9]+$")
string CloudFormationName

@trait(selector: "resource")
structure arn {
    @required
    template: String
    absolute: Boolean
    noRegion: Boolean
    noAccount: Boolean
    resourceDelimiter: ResourceDelimiter
    reusable: Boolean
}

@private
enum ResourceDelimiter {
    FORWARD_SLASH = "/"
    COLON = ":"
}

@trait(selector: "string")
structure arnReference {
    type: String
    @idRef(failWhenMissing: true, selector: "resource")
    resource: String
    @idRef(failWhenMissing: true, selector: "service")
    service: String
}

@trait(selector: "resource")
@length(min: 1)
list taggable {
    member: String
}

@trait(selector: "structure > member")
structure clientEndpointDiscoveryId {}

@trait(selector: "service")
structure clientEndpointDiscovery {
    @required
    operation: String
    error: String
}

@trait(selector: "operation")
structure clientDiscoveredEndpoint {
    @required
    required: Boolean
}

@trait(selector: ":is(simpleType, collection, structure, union, member)")
enum data {
    CUSTOMER_CONTENT = "content"
    CUSTOMER_ACCOUNT_INFORMATION = "account"
    SERVICE_ATTRIBUTES = "usage"
    TAG_DATA = "tagging"
    PERMISSIONS_DATA = "permissions"
}

@trait(selector: ":is(operation, service)")
structure controlPlane {}

@trait(selector: ":is(operation, service)")
structure dataPlane {}

@trait(selector: "service")
structure tagEnabled {
    disableDefaultOperations: Boolean
}
