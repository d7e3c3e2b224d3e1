$version: "2.0"

// Service-specific client customisation markers (`aws.customizations`).

namespace aws.customizations

@trait(selector: "operation")
structure s3UnwrappedXmlOutput {}
