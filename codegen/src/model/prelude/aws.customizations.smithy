$version: "2.0"

// Service-specific client customisation markers (`aws.customizations`).

namespace aws.customizations

/// An S3 operation whose XML output is not wrapped in the usual element.
@trait(selector: "operation")
structure s3UnwrappedXmlOutput {}
