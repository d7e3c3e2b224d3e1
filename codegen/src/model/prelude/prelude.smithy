$version: "2.0"

// The Smithy prelude (`smithy.api`): simple shapes, `Unit`, the primitive shapes with defaults,
// every prelude trait with its selector, conflicts and breaking-change rules, and the private helper
// shapes those traits use. Always loaded first, never serialized, immutable from other namespaces.

namespace smithy.api

string String

blob Blob

bigInteger BigInteger

bigDecimal BigDecimal

timestamp Timestamp

document Document

boolean Boolean

byte Byte

short Short

integer Integer

long Long

float Float

double Double

@default(false)
boolean PrimitiveBoolean

@default(0)
byte PrimitiveByte

@default(0)
short PrimitiveShort

@default(0)
integer PrimitiveInteger

@default(0)
long PrimitiveLong

@default(0)
float PrimitiveFloat

@default(0)
double PrimitiveDouble

/// The single unit type shape: the target of valueless union members, enum members and
/// operations without input or output.
@unitType
structure Unit {}

/// Makes a shape a trait definition.
@trait(
    selector: ":is(simpleType, list, map, structure, union)"
    breakingChanges: [
        {
            change: "presence"
        }
        {
            path: "/structurallyExclusive"
            change: "any"
        }
        {
            path: "/conflicts"
            change: "update"
            severity: "NOTE"
            message: "Adding more conflicts to a trait could cause previously written models to fail validation."
        }
    ]
)
structure trait {
    selector: String

    structurallyExclusive: StructurallyExclusive

    conflicts: NonEmptyStringList

    breakingChanges: TraitDiffRules
}

@private
@length(min: 1)
list TraitDiffRules {
    member: TraitDiffRule
}

@private
structure TraitDiffRule {
    path: String

    @required
    change: TraitChangeType

    severity: Severity = "ERROR"

    message: String
}

@private
enum TraitChangeType {
    UPDATE = "update"

    ADD = "add"

    REMOVE = "remove"

    PRESENCE = "presence"

    ANY = "any"
}

@private
enum Severity {
    NOTE

    WARNING

    DANGER

    ERROR
}

@private
enum StructurallyExclusive {
    MEMBER = "member"

    TARGET = "target"
}

/// Marks a shape or member as deprecated, with a message and the version since when.
@trait
structure deprecated {
    message: String

    since: String
}

/// IDL 1.0: a nullable simple shape or member (kept for converted models).
@trait(
    selector: """
        :test(boolean, byte, short, integer, long, float, double,
        member > :test(boolean, byte, short, integer, long, float, double))"""
)
structure box {}

/// Human-readable documentation, in CommonMark (HTML in AWS models).
@trait
string documentation

/// Links to documentation elsewhere, by title.
@trait
@length(min: 1)
map externalDocumentation {
    key: NonEmptyString
    value: NonEmptyString
}

/// The authentication schemes a service or operation uses, in order of preference.
@trait(selector: ":is(service, operation)")
@uniqueItems
list auth {
    member: AuthTraitReference
}

@idRef(selector: "[trait|authDefinition]")
@private
string AuthTraitReference

/// Makes a trait a protocol definition, listing the traits the protocol honours.
@trait(
    selector: "structure[trait|trait]"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure protocolDefinition {
    traits: TraitShapeIdList

    @deprecated(message: "Use the `@traitValidators` trait instead")
    noInlineDocumentSupport: Boolean
}

@private
list TraitShapeIdList {
    member: TraitShapeId
}

@private
@idRef(failWhenMissing: true, selector: "[trait|trait]")
string TraitShapeId

/// Makes a trait an authentication scheme definition.
@trait(
    selector: "structure[trait|trait]"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure authDefinition {
    traits: TraitShapeIdList
}

/// HTTP Basic authentication.
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
@authDefinition
@externalDocumentation("RFC 2617": "https://tools.ietf.org/html/rfc2617.html")
structure httpBasicAuth {}

/// HTTP Digest authentication.
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
@authDefinition
@externalDocumentation("RFC 2617": "https://tools.ietf.org/html/rfc2617.html")
structure httpDigestAuth {}

/// HTTP Bearer token authentication.
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
@authDefinition
@externalDocumentation("RFC 6750": "https://tools.ietf.org/html/rfc6750.html")
structure httpBearerAuth {}

/// An API key sent in a header or query parameter.
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
@authDefinition
structure httpApiKeyAuth {
    @required
    name: NonEmptyString

    @required
    in: HttpApiKeyLocations

    scheme: NonEmptyString
}

/// Validation rules a trait adds, as selectors with messages.
@trait(selector: "[trait|trait]")
map traitValidators {
    @length(min: 1)
    key: String

    value: TraitValidator
}

@private
structure TraitValidator {
    @required
    selector: String

    message: String

    severity: Severity = "ERROR"
}

/// Declares that a shape describes the value of a metadata key; that metadata is validated against it.
@trait(selector: "dataType :not([trait|input]) :not([trait|output])")
structure metadata {
    @required
    @length(min: 1)
    key: String
}

@private
@metadata(key: "shapeClosures")
list ShapeClosures {
    member: ShapeClosure
}

@private
structure ShapeClosure {
    @required
    id: ClosureId

    includeNamespaces: Namespaces = []

    @length(min: 1)
    includeBySelector: String

    rename: Renames = {}

    documentation: CommonMark
}

@private
@idRef(failWhenMissing: false)
string ClosureId

@private
@uniqueItems
list Namespaces {
    member: String
}

@private
map Renames {
    @idRef(
        failWhenMissing: true
        selector: ":not(:is(member, service, resource, operation))"
        errorMessage: """
            Renames must target shapes that are in the model and must not target \
            services, resources, operations, or members."""
    )
    key: String

    value: Identifier
}

@private
@externalDocumentation("CommonMark Specification": "https://commonmark.org/")
@mediaType("text/markdown; charset=UTF-8; variant=CommonMark")
string CommonMark

@private
@pattern("^(_+[a-zA-Z0-9]|[a-zA-Z])\\w*$")
string Identifier

/// The value a member or shape takes when none is given.
@trait(selector: ":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))")
document default

/// The default was added after the shape was first published.
@trait(
    selector: "structure > member [trait|default]"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure addedDefault {}

/// Clients treat the member as optional even if it is required or has a default.
@trait(selector: "structure > member")
structure clientOptional {}

@private
enum HttpApiKeyLocations {
    HEADER = "header"
    QUERY = "query"
}

/// An operation that may also be called without authentication.
@trait(
    selector: "operation"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure optionalAuth {}

/// Example inputs and outputs (or errors) of an operation.
@trait(selector: "operation")
list examples {
    member: Example
}

@private
structure Example {
    @required
    title: String

    documentation: String

    input: Document

    output: Document

    error: ExampleError

    allowConstraintErrors: Boolean
}

@private
structure ExampleError {
    @idRef(selector: "structure[trait|error]")
    shapeId: String

    content: Document
}

/// Makes a structure an error, caused by the client or the server.
@trait(
    selector: "structure"
    conflicts: [trait]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
enum error {
    CLIENT = "client"
    SERVER = "server"
}

/// An error after which the request may be retried (optionally a throttling error).
@trait(
    selector: "structure[trait|error]"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure retryable {
    throttling: Boolean
}

/// An operation without side effects.
@trait(
    selector: "operation"
    conflicts: [idempotent]
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure readonly {}

/// An operation that may be repeated with the same effect as once.
@trait(
    selector: "operation"
    conflicts: [readonly]
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure idempotent {
    exists: IdempotentErrors

    notFound: IdempotentErrors
}

@private
list IdempotentErrors {
    @idRef(selector: "[trait|error]")
    member: String
}

/// A member holding the client's idempotency token (filled in automatically).
@trait(
    selector: "structure > :test(member > string)"
    structurallyExclusive: "member"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
@notProperty
structure idempotencyToken {}

/// A shape or member for internal use, not part of the public interface.
@trait(
    breakingChanges: [
        {
            change: "remove"
            severity: "WARNING"
            message: "Removing the @internal trait makes a shape externally visible."
        }
    ]
)
structure internal {}

/// The member's name in JSON documents.
@trait(
    selector: ":is(structure, union) > member"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
string jsonName

/// Serializes a member as an XML attribute.
@trait(
    selector: "structure > :test(member > :test(boolean, number, string, timestamp))"
    conflicts: [xmlNamespace]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure xmlAttribute {}

/// Serializes a list or map member without its wrapping element.
@trait(
    selector: ":is(structure, union) > :test(member > :test(list, map))"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure xmlFlattened {}

/// The element or attribute name in XML.
@trait(
    selector: ":is(structure, union, member)"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*(:[a-zA-Z_][a-zA-Z_0-9-]*)?$")
string xmlName

/// The XML namespace of a shape or service.
@trait(
    selector: ":is(service, member, simpleType, list, map, structure, union)"
    conflicts: [xmlAttribute]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure xmlNamespace {
    @required
    uri: NonEmptyString

    @pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$")
    prefix: NonEmptyString
}

@private
@length(min: 1)
string NonEmptyString

/// A resource whose put lifecycle operation cannot replace an existing resource.
@trait(selector: "resource:test(-[put]->)")
structure noReplace {}

/// The media type of a blob or string's contents.
@trait(
    selector: ":is(blob, string)"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
string mediaType

/// References from a structure or string to resources.
@trait(selector: ":is(structure, string)")
list references {
    member: Reference
}

@private
structure Reference {
    @required
    resource: NonEmptyString

    ids: NonEmptyStringMap

    service: NonEmptyString

    rel: NonEmptyString
}

@private
map NonEmptyStringMap {
    key: NonEmptyString
    value: NonEmptyString
}

/// Binds a member to a resource identifier of another name.
@trait(
    selector: "structure > :test(member[trait|required] > string)"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
@length(min: 1)
@notProperty
string resourceIdentifier

/// A shape that only shapes of its own namespace may reference.
@trait
structure private {}

/// Data that must not be logged or shown (passwords, personal data).
@trait(selector: ":not(:test(service, operation, resource, member))")
structure sensitive {}

/// The version in which a shape or member was added.
@trait
string since

/// A blob or union delivered as a stream.
@trait(
    selector: ":is(blob, union)"
    structurallyExclusive: "target"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure streaming {}

/// A streaming blob whose length must be known in advance.
@trait(
    selector: "blob[trait|streaming]"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure requiresLength {}

/// An operation that may hold the connection open while waiting for data.
@trait(selector: "operation")
@unstable
structure longPoll {
    @required
    @range(min: 1)
    timeoutMillis: Integer
}

/// Free-form tags for filtering shapes and members.
@trait
list tags {
    member: String
}

/// The proper name of a service or resource.
@trait
string title

/// IDL 1.0: the allowed values of a string shape.
@trait(
    selector: "string :not(enum)"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
@length(min: 1)
@deprecated(message: "The enum trait is replaced by the enum shape in Smithy 2.0", since: "2.0")
list enum {
    member: EnumDefinition
}

@private
structure EnumDefinition {
    @required
    value: NonEmptyString

    name: EnumConstantBodyName

    documentation: String

    tags: NonEmptyStringList

    deprecated: Boolean
}

@private
@pattern("^[a-zA-Z_]+[a-zA-Z_0-9]*$")
string EnumConstantBodyName

/// The value of an enum or intEnum member.
@trait(selector: ":is(enum, intEnum) > member")
@tags(["diff.error.const"])
document enumValue

/// Bounds on the length of a string, blob, list or map.
@trait(selector: ":test(list, map, string, blob, member > :is(list, map, string, blob))")
structure length {
    min: Long

    max: Long
}

/// Bounds on a number.
@trait(selector: ":test(number, member > number)")
structure range {
    min: BigDecimal

    max: BigDecimal
}

/// A regular expression a string must match (anywhere, unless anchored).
@trait(
    selector: ":test(string, member > string)"
    breakingChanges: [
        {
            change: "add"
            severity: "WARNING"
            message: "The @pattern trait should only be added if the string already had adhered to the pattern."
        }
        {
            change: "update"
            severity: "NOTE"
            message: "Changes to the @pattern trait should generally make the string more permissive, not less."
        }
    ]
)
string pattern

/// A member that must be set.
@trait(selector: "structure > member")
structure required {}

/// Binds a member to a resource property of another name.
@trait(
    selector: "structure > member"
    conflicts: [resourceIdentifier]
    breakingChanges: [
        {
            change: "remove"
        }
        {
            change: "update"
        }
    ]
)
structure property {
    name: String
}

/// A member that is not a resource property.
@trait(
    selector: ":is(operation -[input, output]-> structure > member, [trait|trait])"
    breakingChanges: [
        {
            change: "add"
        }
    ]
)
@notProperty
structure notProperty {}

/// A member whose own members are the resource's properties.
@trait(
    selector: "operation -[input, output]-> structure > member :test(> structure)"
    structurallyExclusive: "member"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
@notProperty
structure nestedProperties {}

/// A member that should be set, with the reason.
@trait(
    selector: "structure > member"
    conflicts: [required]
)
structure recommended {
    reason: String
}

/// A list or map whose values may be null.
@trait(
    selector: ":is(list, map)"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure sparse {}

/// A list whose items are all different.
@trait(
    selector: "list :not(> member ~> :is(float, double, document))"
    conflicts: [sparse]
    breakingChanges: [
        {
            change: "presence"
            severity: "WARNING"
        }
    ]
)
structure uniqueItems {}

/// A shape or member that may change in incompatible ways.
@trait
structure unstable {}

/// Pagination of an operation: tokens, page size and items members.
@trait(
    selector: ":is(service, operation)"
    breakingChanges: [
        {
            change: "remove"
        }
        {
            path: "/inputToken"
            change: "update"
        }
        {
            path: "/outputToken"
            change: "update"
        }
        {
            path: "/items"
            change: "remove"
        }
        {
            path: "/items"
            change: "add"
            severity: "NOTE"
        }
        {
            path: "/items"
            change: "update"
            severity: "NOTE"
        }
        {
            path: "/pageSize"
            change: "update"
        }
        {
            path: "/pageSize"
            change: "remove"
        }
    ]
)
structure paginated {
    inputToken: NonEmptyString

    outputToken: NonEmptyString

    items: NonEmptyString

    pageSize: NonEmptyString
}

/// The HTTP method, URI pattern and success status of an operation.
@trait(
    selector: "operation"
    breakingChanges: [
        {
            change: "remove"
        }
        {
            path: "/method"
            change: "update"
        }
        {
            path: "/uri"
            change: "update"
        }
        {
            path: "/code"
            change: "update"
        }
        {
            path: "/code"
            change: "presence"
            severity: "DANGER"
            message: "Adding or removing is backward compatible only if the value is the default value of 200"
        }
    ]
)
structure http {
    @required
    method: NonEmptyString

    @required
    uri: NonEmptyString

    @range(min: 100, max: 999)
    code: Integer = 200
}

/// A member bound to a label of the operation's URI.
@trait(
    selector: "structure > member[trait|required] :test(> :test(string, number, boolean, timestamp))"
    conflicts: [httpHeader, httpQuery, httpPrefixHeaders, httpPayload, httpResponseCode, httpQueryParams]
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure httpLabel {}

/// A member bound to a query string parameter.
@trait(
    selector: """
        structure > member
        :test(> :test(string, number, boolean, timestamp),
        > list > member > :test(string, number, boolean, timestamp))"""
    conflicts: [httpLabel, httpHeader, httpPrefixHeaders, httpPayload, httpResponseCode, httpQueryParams]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
@length(min: 1)
string httpQuery

/// A map member bound to the remaining query string parameters.
@trait(
    selector: """
        structure > member
        :test(> map > member[id|member=value] > :test(string, list > member > string))"""
    structurallyExclusive: "member"
    conflicts: [httpLabel, httpQuery, httpHeader, httpPayload, httpResponseCode, httpPrefixHeaders]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure httpQueryParams {}

/// A member bound to an HTTP header.
@trait(
    selector: """
        structure > :test(member > :test(boolean, number, string, timestamp,
        list > member > :test(boolean, number, string, timestamp)))"""
    conflicts: [httpLabel, httpQuery, httpPrefixHeaders, httpPayload, httpResponseCode, httpQueryParams]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
@length(min: 1)
string httpHeader

/// A map member bound to the headers starting with a prefix.
@trait(
    selector: """
        structure > member
        :test(> map :not([trait|sparse]) > member[id|member=value] > string)"""
    structurallyExclusive: "member"
    conflicts: [httpLabel, httpQuery, httpHeader, httpPayload, httpResponseCode, httpQueryParams]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
string httpPrefixHeaders

/// A member that is the whole HTTP body.
@trait(
    selector: "structure > member"
    conflicts: [httpLabel, httpQuery, httpHeader, httpPrefixHeaders, httpResponseCode, httpQueryParams]
    structurallyExclusive: "member"
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure httpPayload {}

/// The HTTP status of an error.
@trait(
    selector: "structure[trait|error]"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
integer httpError

/// An output member bound to the HTTP status code.
@trait(
    selector: "structure :not([trait|input]) > member :test(> integer)"
    structurallyExclusive: "member"
    conflicts: [httpLabel, httpQuery, httpHeader, httpPrefixHeaders, httpPayload, httpQueryParams]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure httpResponseCode {}

/// The CORS settings of a service.
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "remove"
        }
    ]
)
structure cors {
    origin: NonEmptyString = "*"

    origins: NonEmptyStringMap

    maxAge: Integer = 600

    additionalAllowedHeaders: NonEmptyStringList

    additionalExposedHeaders: NonEmptyStringList
}

@private
list NonEmptyStringList {
    member: NonEmptyString
}

/// A member that is the whole payload of an event.
@trait(
    selector: "structure > :test(member > :test(blob, string, structure, union))"
    conflicts: [eventHeader]
    structurallyExclusive: "member"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure eventPayload {}

/// A member bound to an event header.
@trait(
    selector: """
        structure >
        :test(member > :test(boolean, byte, short, integer, long, blob, string, timestamp))"""
    conflicts: [eventPayload]
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure eventHeader {}

/// A string that holds a shape ID, optionally of shapes matching a selector.
@trait(selector: ":test(string, member > string)")
structure idRef {
    selector: String = "*"

    failWhenMissing: Boolean

    errorMessage: String
}

/// How a timestamp is serialized (date-time, http-date, epoch-seconds).
@trait(
    selector: ":test(timestamp, member > timestamp)"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
enum timestampFormat {
    DATE_TIME = "date-time"

    EPOCH_SECONDS = "epoch-seconds"

    HTTP_DATE = "http-date"
}

/// A host prefix added to the endpoint of an operation.
@trait(
    selector: "operation"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure endpoint {
    @required
    hostPrefix: NonEmptyString
}

/// A member bound to a label of the endpoint's host prefix.
@trait(
    selector: "structure > :test(member[trait|required] > string)"
    breakingChanges: [
        {
            change: "any"
        }
    ]
)
structure hostLabel {}

/// Validation events suppressed on a shape, by event id.
@trait
list suppress {
    @length(min: 1)
    member: String
}

/// An operation whose request needs a content checksum.
@unstable
@trait(selector: "operation")
structure httpChecksumRequired {}

/// A structure used only as an operation's input.
@trait(
    selector: "structure"
    conflicts: [output, error]
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure input {}

/// A structure used only as an operation's output.
@trait(
    selector: "structure"
    conflicts: [input, error]
    breakingChanges: [
        {
            change: "presence"
        }
    ]
)
structure output {}

/// Marks the one unit type shape.
@trait(selector: "[id=smithy.api#Unit]")
structure unitType {}

/// A shape whose members and traits other shapes copy.
@trait(selector: ":not(member)")
structure mixin {
    localTraits: LocalMixinTraitList
}

@private
list LocalMixinTraitList {
    member: LocalMixinTrait
}

@idRef(
    selector: "[trait|trait]"
    failWhenMissing: true
    errorMessage: """
        Strings provided to the localTraits property of a mixin trait
        must target a valid trait."""
)
@private
string LocalMixinTrait

@private
list RequestCompressionEncodingsList {
    member: String
}

/// Compression encodings an operation's requests may use.
@trait(
    selector: "operation"
    breakingChanges: [
        {
            change: "remove"
            severity: "DANGER"
            message: """
                Trait was removed so newly generated clients will no longer compress requests, \
                but the service MUST continue to support removed compression algorithms in `encodings`."""
        }
        {
            change: "remove"
            path: "/encodings"
            message: "`encodings` was removed, but is required for the requestCompression trait."
        }
        {
            change: "add"
            severity: "NOTE"
            path: "/encodings/member"
            message: """
                Members of `encodings` were added. Once a compression algorithm is added, \
                the service MUST support the compression algorithm."""
        }
        {
            change: "remove"
            severity: "DANGER"
            path: "/encodings/member"
            message: """
                Members of `encodings` were removed so newly generated clients will no longer compress requests \
                for removed compression algorithms. The service MUST continue to support old clients by supporting \
                removed compression algorithms."""
        }
        {
            change: "update"
            severity: "DANGER"
            path: "/encodings/member"
            message: """
                Members of `encodings` were updated so newly generated clients will no longer compress requests \
                for compression algorithms prior to the updates. The service MUST continue to support old clients by \
                supporting compression algorithms prior to the updates."""
        }
    ]
)
structure requestCompression {
    @required
    encodings: RequestCompressionEncodingsList
}
