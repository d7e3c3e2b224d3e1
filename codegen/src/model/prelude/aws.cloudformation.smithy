$version: "2.0"

// AWS CloudFormation resource traits (`aws.cloudformation`): which resources and members make up
// a CloudFormation resource schema, and how each property may change.

namespace aws.cloudformation

/// A member that identifies the CloudFormation resource besides its primary identifier.
@unstable
@trait(
    selector: "structure > :test(member > string)"
    conflicts: [cfnExcludeProperty]
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure cfnAdditionalIdentifier {}

/// The property name of a member in the CloudFormation resource schema.
@unstable
@trait(
    selector: "structure > member"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
string cfnName

/// Leaves a member out of the CloudFormation resource schema.
@unstable
@trait(
    selector: "structure > member"
    conflicts: [cfnAdditionalIdentifier, cfnMutability, cfnDefaultValue]
    breakingChanges: [
        {
            change: "add"
        }
    ]
)
structure cfnExcludeProperty {}

/// The member's default value also applies in CloudFormation.
@unstable
@trait(
    selector: "resource > operation -[input, output]-> structure > member"
    conflicts: [cfnExcludeProperty]
)
structure cfnDefaultValue {}

/// How a property may change in CloudFormation (full, create, create-and-read, read, write).
@unstable
@trait(
    selector: "structure > member"
    conflicts: [cfnExcludeProperty]
)
enum cfnMutability {
    FULL = "full"

    CREATE_AND_READ = "create-and-read"

    CREATE = "create"

    READ = "read"

    WRITE = "write"
}

/// Makes a resource a CloudFormation resource, with its name and extra structures.
@unstable
@trait(
    selector: "resource"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure cfnResource {
    name: String

    additionalSchemas: StructureIdList

    @deprecated(message: "Prefer the resource's identifiers when generating resource schemas.")
    primaryIdentifier: String
}

@private
list StructureIdList {
    @idRef(failWhenMissing: true, selector: "structure")
    member: String
}
