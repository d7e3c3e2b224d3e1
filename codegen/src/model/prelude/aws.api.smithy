$version: "2.0"

// AWS service metadata traits (`aws.api`): the SDK service identity, ARN templates and ARN
// references, control/data plane markers, client discovery, tagging support.

namespace aws.api

/// The ARN template of a resource, relative to the service's ARN namespace.
@externalDocumentation(Reference: "https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html")
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

/// Marks a string as holding the ARN of a resource (optionally naming its type, service and resource shape).
@trait(selector: "string")
structure arnReference {
    type: String

    resource: String

    service: String
}

/// Sends a streaming blob with the aws-chunked content encoding.
@trait(
    selector: "blob[trait|streaming]"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure awsChunked {}

/// An operation whose endpoint clients discover through the service's discovery operation.
@trait(selector: "operation")
structure clientDiscoveredEndpoint {
    @required
    required: Boolean
}

/// Names the operation and error a service uses for client endpoint discovery.
@trait(selector: "service")
structure clientEndpointDiscovery {
    @idRef(failWhenMissing: true, selector: "operation")
    @required
    operation: String

    @idRef(failWhenMissing: true, selector: "structure[trait|error]")
    @recommended
    error: String
}

/// An input member whose value is sent when discovering the operation's endpoint.
@trait(
    selector: """
        operation[trait|aws.api#clientDiscoveredEndpoint] -[input]->
        structure > :test(member[trait|required] > string)"""
)
structure clientEndpointDiscoveryId {}

/// Marks a service, resource or operation as control plane (configuration, low volume).
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.api#dataPlane"]
)
structure controlPlane {}

/// Classifies the kind of data a shape holds (customer content, account data, ...).
@trait(selector: ":test(simpleType, list, structure, union, member)")
enum data {
    CUSTOMER_CONTENT = "content"

    CUSTOMER_ACCOUNT_INFORMATION = "account"

    SERVICE_ATTRIBUTES = "usage"

    TAG_DATA = "tagging"

    PERMISSIONS_DATA = "permissions"
}

/// Marks a service, resource or operation as data plane (high volume, the service's main traffic).
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.api#controlPlane"]
)
structure dataPlane {}

/// Identifies an AWS service: its SDK id, ARN namespace, CloudFormation and CloudWatch names, endpoint prefix.
@trait(selector: "service")
structure service {
    @required
    sdkId: String

    arnNamespace: ArnNamespace

    cloudFormationName: CloudFormationName

    cloudTrailEventSource: String

    docId: String

    endpointPrefix: String

    cloudWatchNamespace: CloudWatchMetricNamespace
}

/// A service whose resources can be tagged, with optional standard tagging operations.
@trait(selector: "service")
@unstable
structure tagEnabled {
    disableDefaultOperations: Boolean

    apiConfig: TaggableServiceApiConfig
}

@idRef(failWhenMissing: true, selector: "service > operation")
string ServiceTagOperationReference

structure TaggableServiceApiConfig {
    tagApi: ServiceTagOperationReference

    untagApi: ServiceTagOperationReference

    listTagsApi: ServiceTagOperationReference
}

@idRef(failWhenMissing: true, selector: "resource > operation")
string TagOperationReference

structure TaggableApiConfig {
    @required
    tagApi: TagOperationReference

    @required
    untagApi: TagOperationReference

    @required
    listTagsApi: TagOperationReference
}

/// A resource that supports tags, and how its tags are read and written.
@trait(selector: "resource")
@unstable
structure taggable {
    property: String

    apiConfig: TaggableApiConfig

    disableSystemTags: Boolean
}

@private
enum ResourceDelimiter {
    FORWARD_SLASH = "/"

    COLON = ":"
}

@pattern("^[a-z0-9.\\-]{1,63}$")
@private
string ArnNamespace

@pattern("^[A-Z][A-Za-z0-9]+$")
@private
string CloudFormationName

@pattern("^[^:].*$")
@length(min: 1, max: 255)
@private
string CloudWatchMetricNamespace
