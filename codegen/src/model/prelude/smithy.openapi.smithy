$version: "2.0"

// Hints for the OpenAPI converter (`smithy.openapi`).

namespace smithy.openapi

/// Turns a trait into an OpenAPI specification extension.
@trait(
    selector: "[trait|trait]"
    breakingChanges: [
        {
            change: "presence"
        }
        {
            path: "/as"
            change: "any"
        }
    ]
)
structure specificationExtension {
    as: SpecificationExtensionKey
}

@private
@pattern("^x-.+$")
string SpecificationExtensionKey
