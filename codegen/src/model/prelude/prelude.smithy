$version: "2.0"

// The Smithy prelude (`smithy.api`): the shapes and traits every model can use without
// importing them. Written from the Smithy 2.0 specification (model.rst, the trait pages);
// always loaded, never serialized, immutable from other namespaces.

namespace smithy.api

// ---------------------------------------------------------------- simple shapes

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

// ---------------------------------------------------------------- private helper shapes

@private
list NonEmptyStringList {
    member: NonEmptyString
}

@private
@length(min: 1)
string NonEmptyString

@private
@length(min: 1)
map NonEmptyStringMap {
    key: String
    value: String
}

@private
@pattern("^[A-Za-z_][A-Za-z0-9_]*$")
string Identifier

@private
string CommonMark

@private
@idRef(failWhenMissing: true, selector: "[trait|trait]")
string TraitShapeId

@private
list TraitShapeIdList {
    member: TraitShapeId
}

@private
list LocalMixinTraitList {
    member: LocalMixinTrait
}

@private
@idRef(failWhenMissing: true, selector: "[trait|trait]")
string LocalMixinTrait

@private
@idRef(failWhenMissing: true, selector: "[trait|authDefinition]")
string AuthTraitReference

@private
list Namespaces {
    member: String
}

@private
map Renames {
    key: String
    value: String
}

@private
enum StructurallyExclusive {
    MEMBER = "member"
    TARGET = "target"
}

@private
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
structure TraitValidator {
    @required
    selector: String
    message: String
    severity: Severity = "ERROR"
}

@private
enum HttpApiKeyLocations {
    HEADER = "header"
    QUERY = "query"
}

@private
list ShapeClosures {
    member: ShapeClosure
}

@private
structure ShapeClosure {
    @required
    id: ClosureId
}

@private
string ClosureId

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

@private
list IdempotentErrors {
    @idRef(failWhenMissing: true, selector: "structure[trait|error]")
    member: String
}

@private
structure Reference {
    @required
    @idRef(failWhenMissing: true, selector: "resource")
    resource: String
    ids: NonEmptyStringMap
    @idRef(failWhenMissing: true, selector: "service")
    service: String
    rel: String
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

@private
list RequestCompressionEncodingsList {
    member: String
}

// ---------------------------------------------------------------- trait-defining traits

/// Makes a shape a trait definition.
@trait(selector: ":is(simpleType, list, map, structure, union)")
@tags(["diff.error.remove"])
structure trait {
    selector: String
    structurallyExclusive: StructurallyExclusive
    conflicts: NonEmptyStringList
    breakingChanges: TraitDiffRules
}

@trait(selector: "structure[trait|trait]")
structure protocolDefinition {
    traits: TraitShapeIdList
    noInlineDocumentSupport: Boolean
}

@trait(selector: "structure[trait|trait]")
structure authDefinition {
    traits: TraitShapeIdList
}

@trait(selector: "[trait|trait]")
map traitValidators {
    key: String
    value: TraitValidator
}

// ---------------------------------------------------------------- documentation traits

@trait
string documentation

@trait
map externalDocumentation {
    key: NonEmptyString
    value: NonEmptyString
}

@trait
structure deprecated {
    message: String
    since: String
}

@trait
list tags {
    member: String
}

@trait
string title

@trait
string since

@trait
structure internal {}

@trait
structure unstable {}

@trait
list examples {
    member: Example
}

@trait(selector: "*")
list suppress {
    member: String
}

@trait(selector: "*")
structure private {}

@trait(selector: "*")
list enum {
    member: EnumDefinition
}

@trait(selector: ":not(member)")
structure mixin {
    localTraits: LocalMixinTraitList
}

@trait(selector: "[id=smithy.api#Unit]")
structure unitType {}

@trait(selector: "dataType :not([trait|input]) :not([trait|output])")
structure metadata {
    @required
    key: String
}

// ---------------------------------------------------------------- auth traits

@trait(selector: ":is(service, operation)")
@uniqueItems
list auth {
    member: AuthTraitReference
}

@trait(selector: "operation")
structure optionalAuth {}

@trait(selector: "service")
@authDefinition
structure httpBasicAuth {}

@trait(selector: "service")
@authDefinition
structure httpDigestAuth {}

@trait(selector: "service")
@authDefinition
structure httpBearerAuth {}

@trait(selector: "service")
@authDefinition
structure httpApiKeyAuth {
    @required
    name: NonEmptyString
    @required
    in: HttpApiKeyLocations
    scheme: NonEmptyString
}

// ---------------------------------------------------------------- type refinement traits

@trait(
    selector: ":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))"
)
document default

@trait(selector: "structure > member [trait|default]")
structure addedDefault {}

@trait(selector: "structure > member")
structure clientOptional {}

@trait(selector: "structure > member", conflicts: ["recommended"])
structure required {}

@trait(selector: "structure > member", conflicts: ["required"])
structure recommended {
    reason: String
}

@trait(selector: ":is(boolean, byte, short, integer, long, float, double, member > :is(boolean, byte, short, integer, long, float, double))")
structure box {}

@trait(selector: "structure", conflicts: ["trait"])
enum error {
    CLIENT = "client"
    SERVER = "server"
}

@trait(selector: "structure", conflicts: ["output", "error"])
structure input {}

@trait(selector: "structure", conflicts: ["input", "error"])
structure output {}

@trait(selector: ":is(list, map)")
structure sparse {}

@trait(selector: ":is(blob, union)", structurallyExclusive: "target")
structure streaming {}

@trait(selector: "blob[trait|streaming]")
structure requiresLength {}

@trait(selector: ":is(enum, intEnum) > member")
document enumValue

// ---------------------------------------------------------------- constraint traits

@trait(selector: ":test(string, member > string)")
structure idRef {
    selector: String = "*"
    failWhenMissing: Boolean
    errorMessage: String
}

@trait(selector: ":test(list, map, string, blob, member > :is(list, map, string, blob))")
structure length {
    min: Long
    max: Long
}

@trait(selector: ":test(string, member > string)")
string pattern

@trait(selector: ":test(number, member > number)")
structure range {
    min: BigDecimal
    max: BigDecimal
}

@trait(selector: "list :not(> member ~> :is(float, double, document))", conflicts: ["sparse"])
structure uniqueItems {}

// ---------------------------------------------------------------- behavior traits

@trait(selector: "structure > :test(member > string)", structurallyExclusive: "member")
structure idempotencyToken {}

@trait(selector: "operation", conflicts: ["readonly"])
structure idempotent {
    exists: IdempotentErrors
    notFound: IdempotentErrors
}

@trait(selector: "operation", conflicts: ["idempotent"])
structure readonly {}

@trait(selector: "structure[trait|error]")
structure retryable {
    throttling: Boolean
}

@trait(selector: ":is(service, operation)")
structure paginated {
    inputToken: String
    outputToken: String
    items: String
    pageSize: String
}

@trait(selector: "operation")
structure httpChecksumRequired {}

@trait(selector: "operation")
structure requestCompression {
    @required
    encodings: RequestCompressionEncodingsList
}

@trait(selector: "operation")
structure longPoll {
    @required
    @range(min: 1)
    timeoutMillis: Long
}

// ---------------------------------------------------------------- resource traits

@trait(selector: "resource:test(-[put]->)")
structure noReplace {}

@trait(selector: ":is(structure, string)")
list references {
    member: Reference
}

@trait(selector: "structure > :test(member[trait|required] > string)")
string resourceIdentifier

@trait(selector: "structure > member", conflicts: ["resourceIdentifier"])
structure property {
    name: String
}

@trait(selector: ":is(operation -[input, output]-> structure > member, [trait|trait])")
structure notProperty {}

@trait(
    selector: "operation -[input, output]-> structure > member :test(> structure)"
    structurallyExclusive: "member"
)
structure nestedProperties {}

// ---------------------------------------------------------------- serialization traits

@trait(selector: ":is(structure, union) > member")
string jsonName

@trait(selector: "structure > :test(member > :test(boolean, number, string, timestamp))", conflicts: ["xmlNamespace"])
structure xmlAttribute {}

@trait(selector: ":is(structure, union) > :test(member > :test(list, map))")
structure xmlFlattened {}

@trait(selector: ":is(structure, union, member)")
@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*(:[a-zA-Z_][a-zA-Z_0-9-]*)?$")
string xmlName

@trait(selector: ":is(service, member, simpleType, list, map, structure, union)", conflicts: ["xmlAttribute"])
structure xmlNamespace {
    @required
    uri: NonEmptyString
    @pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$")
    prefix: String
}

@trait(selector: ":is(blob, string)")
string mediaType

@trait(selector: ":test(timestamp, member > timestamp)")
enum timestampFormat {
    DATE_TIME = "date-time"
    EPOCH_SECONDS = "epoch-seconds"
    HTTP_DATE = "http-date"
}

@trait(selector: ":not(:test(service, operation, resource, member))")
structure sensitive {}

// ---------------------------------------------------------------- http binding traits

@trait(selector: "operation")
structure http {
    @required
    method: NonEmptyString
    @required
    uri: NonEmptyString
    @range(min: 100, max: 999)
    code: Integer = 200
}

@trait(
    selector: "structure > member[trait|required] :test(> :test(string, number, boolean, timestamp))"
    conflicts: ["httpHeader", "httpQuery", "httpPrefixHeaders", "httpPayload", "httpResponseCode", "httpQueryParams"]
)
structure httpLabel {}

@trait(
    selector: "structure > member :test(> :test(string, number, boolean, timestamp), > list > member > :test(string, number, boolean, timestamp))"
    conflicts: ["httpLabel", "httpHeader", "httpPrefixHeaders", "httpPayload", "httpResponseCode", "httpQueryParams"]
)
@length(min: 1)
string httpQuery

@trait(
    selector: "structure > member :test(> map > member[id|member=value] > :test(string, list > member > string))"
    structurallyExclusive: "member"
    conflicts: ["httpLabel", "httpQuery", "httpHeader", "httpPayload", "httpResponseCode", "httpPrefixHeaders"]
)
structure httpQueryParams {}

@trait(
    selector: "structure > :test(member > :test(boolean, number, string, timestamp, list > member > :test(boolean, number, string, timestamp)))"
    conflicts: ["httpLabel", "httpQuery", "httpPrefixHeaders", "httpPayload", "httpResponseCode", "httpQueryParams"]
)
@length(min: 1)
string httpHeader

@trait(
    selector: "structure > member :test(> map :not([trait|sparse]) > member[id|member=value] > string)"
    structurallyExclusive: "member"
    conflicts: ["httpLabel", "httpQuery", "httpHeader", "httpPayload", "httpResponseCode", "httpQueryParams"]
)
string httpPrefixHeaders

@trait(
    selector: "structure > :test(member > :test(string, blob, structure, union, document, list, map))"
    structurallyExclusive: "member"
    conflicts: ["httpLabel", "httpQuery", "httpHeader", "httpPrefixHeaders", "httpResponseCode", "httpQueryParams"]
)
structure httpPayload {}

@trait(selector: "structure[trait|error]")
@range(min: 200, max: 599)
integer httpError

@trait(
    selector: "structure :not([trait|input]) > member :test(> integer)"
    structurallyExclusive: "member"
    conflicts: ["httpLabel", "httpQuery", "httpHeader", "httpPrefixHeaders", "httpPayload", "httpQueryParams"]
)
structure httpResponseCode {}

@trait(selector: "service")
structure cors {
    origin: NonEmptyString = "*"
    maxAge: Integer = 600
    additionalAllowedHeaders: NonEmptyStringList
    additionalExposedHeaders: NonEmptyStringList
}

// ---------------------------------------------------------------- endpoint traits

@trait(selector: "operation")
structure endpoint {
    @required
    hostPrefix: NonEmptyString
}

@trait(selector: "structure > :test(member[trait|required] > string)")
structure hostLabel {}

// ---------------------------------------------------------------- event stream traits

@trait(
    selector: "structure > :test(member > :test(blob, string, structure, union))"
    conflicts: ["eventHeader"]
    structurallyExclusive: "member"
)
structure eventPayload {}

@trait(
    selector: "structure > :test(member > :test(boolean, byte, short, integer, long, blob, string, timestamp))"
    conflicts: ["eventPayload"]
)
structure eventHeader {}
