// Tagging of benefit applications (and other taggable Partner Central resources).
// The tagging operations follow the AWS-wide Request/Response naming, set by the control statements below.

$version: "2"
$operationInputSuffix: "Request"
$operationOutputSuffix: "Response"

namespace com.amazonaws.partnercentralbenefits

// --- Operations ------------------------------------------------------------------------------------------

/// Adds tags to a resource, or updates the values of existing keys.
@idempotent
@http(uri: "/TagResource", method: "POST", code: 200)
operation TagResource {
    input := {
        /// The ARN of the resource to tag.
        @required
        resourceArn: TaggableResourceArn

        /// The tags to add or update.
        @required
        tags: Tags
    }
    output := {}
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ServiceQuotaExceededException
        ThrottlingException
        ValidationException
    ]
}

/// Removes tags from a resource.
@idempotent
@http(uri: "/UntagResource", method: "POST", code: 200)
operation UntagResource {
    input := {
        /// The ARN of the resource to untag.
        @required
        resourceArn: TaggableResourceArn

        /// The keys of the tags to remove.
        @required
        tagKeys: TagKeyList
    }
    output := {}
    errors: [
        AccessDeniedException
        ConflictException
        InternalServerException
        ResourceNotFoundException
        ServiceQuotaExceededException
        ThrottlingException
        ValidationException
    ]
}

/// Lists the tags of a resource.
@readonly
@http(uri: "/ListTagsForResource", method: "POST", code: 200)
operation ListTagsForResource {
    input := {
        /// The ARN of the resource whose tags to list.
        @required
        resourceArn: TaggableResourceArn
    }
    output := {
        /// The tags of the resource.
        tags: Tags
    }
    errors: [
        AccessDeniedException
        InternalServerException
        ResourceNotFoundException
        ThrottlingException
        ValidationException
    ]
}

// --- Types -----------------------------------------------------------------------------------------------

@length(min: 1, max: 1000)
@pattern("^arn:[\\w+=/,.@-]+:partnercentral:[\\w+=/,.@-]*:[0-9]{12}:catalog/([a-zA-Z]+)/[\\w+=,.@-]+(/[\\w+=,.@-]+)*$")
string TaggableResourceArn

list Tags {
    member: Tag
}

/// A key-value label attached to a resource.
structure Tag {
    /// The tag key: the name or category of the tag.
    @required
    Key: TagKey

    /// The tag value, which qualifies the key.
    @required
    Value: TagValue
}

@length(min: 1, max: 128)
@pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$")
string TagKey

@length(max: 256)
@pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$")
string TagValue

@length(min: 1, max: 50)
list TagKeyList {
    member: TagKey
}
