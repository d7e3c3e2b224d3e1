$version: "2.0"

// Bundled, deliberately loose definitions of the AWS IAM, AWS endpoints, Smithy rules-engine
// and smoke-test traits that AWS models carry. Their values are mostly documents; full
// definitions are impractical here. Loaded with the prelude; never serialized.

namespace aws.iam

@private
list StringList {
    member: String
}

@trait(selector: ":test(operation, resource)")
list conditionKeys {
    member: String
}

@trait(selector: "service")
map defineConditionKeys {
    key: String
    value: ConditionKeyDefinition
}

@private
structure ConditionKeyDefinition {
    @required
    type: String
    documentation: String
    externalDocumentation: String
    relativeDocumentation: String
    required: Boolean
}

@trait(selector: ":test(service, resource, operation)")
structure disableConditionKeyInference {}

@trait(selector: "resource")
list conditionKeyValue {
    member: String
}

@trait(selector: ":test(service, operation)")
list supportedPrincipalTypes {
    member: String
}

@trait(selector: "operation")
list requiredActions {
    member: String
}

@trait(selector: "resource")
structure iamResource {
    name: String
    relativeDocumentation: String
    disableConditionKeyInheritance: Boolean
}

@trait(selector: "operation")
string iamAction

@trait(selector: "operation")
structure actionPermissionDescription {}

@trait(selector: "resource")
structure disableConditionKeyInheritance {}

@trait(selector: "structure > member")
string serviceResolvedConditionKeys
