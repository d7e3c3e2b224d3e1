// Types of benefit applications (see applications.smithy for the operations).

$version: "2"

namespace com.amazonaws.partnercentralbenefits

// --- Identifiers and names -------------------------------------------------------------------------------

@pattern("^benappl-[0-9a-z]{14}$")
string BenefitApplicationId

@pattern("^(arn:.+|benappl-[0-9a-z]{14})$")
string BenefitApplicationIdentifier

list BenefitApplicationIdentifierList {
    member: BenefitApplicationIdentifier
}

@length(min: 1, max: 255)
string BenefitApplicationName

@length(min: 1, max: 1000)
string BenefitApplicationDescription

// --- Status and stage ------------------------------------------------------------------------------------

enum BenefitApplicationStatus {
    PENDING_SUBMISSION
    IN_REVIEW
    ACTION_REQUIRED
    APPROVED
    REJECTED
    CANCELED
}

list Statuses {
    member: BenefitApplicationStatus
}

string BenefitApplicationStage

list Stages {
    member: BenefitApplicationStage
}

@length(min: 1, max: 255)
string StatusReasonCode

/// A list of status reason codes.
@length(min: 0, max: 5)
list StatusReasonCodes {
    member: StatusReasonCode
}

// --- Summaries -------------------------------------------------------------------------------------------

list BenefitApplicationSummaries {
    member: BenefitApplicationSummary
}

/// The main facts about a benefit application, as returned by list operations.
structure BenefitApplicationSummary {
    /// The catalog the benefit application belongs to.
    Catalog: CatalogName

    /// The display name of the benefit application.
    Name: BenefitApplicationName

    /// The ID of the benefit application.
    Id: BenefitApplicationId

    /// The ARN of the benefit application.
    Arn: String

    /// The benefit this application requests.
    BenefitId: BenefitId

    /// The AWS partner programs this benefit application relates to.
    Programs: Programs

    /// The fulfillment types this benefit application asks for.
    FulfillmentTypes: FulfillmentTypes

    /// The processing status of the benefit application.
    Status: BenefitApplicationStatus

    /// The workflow stage the benefit application is in.
    Stage: BenefitApplicationStage

    /// When the benefit application was created.
    CreatedAt: Timestamp

    /// When the benefit application was last changed.
    UpdatedAt: Timestamp

    /// Extra attributes of the benefit application, as key-value pairs.
    BenefitApplicationDetails: Attributes

    /// The ARNs of the AWS resources associated with this benefit application.
    AssociatedResources: Arns
}

map Attributes {
    key: String
    value: String
}

// --- Amendments ------------------------------------------------------------------------------------------

list AmendmentList {
    member: Amendment
}

/// One change to one field of a benefit application.
structure Amendment {
    /// The JSON path (or field name) of the benefit application field to change.
    @required
    FieldPath: String

    /// The value to store in that field.
    @required
    NewValue: String
}

// --- Associated resources --------------------------------------------------------------------------------

list AssociatedResources {
    member: AssociatedResource
}

/// An AWS resource associated with a benefit application.
structure AssociatedResource {
    /// The kind of the associated resource.
    ResourceType: ResourceType

    /// The identifier of the resource within its own service.
    @deprecated(message: "This field is no longer used", since: "Oct 08 2025")
    ResourceIdentifier: String

    /// The ARN of the resource.
    ResourceArn: Arn
}

enum ResourceType {
    OPPORTUNITY
    BENEFIT_ALLOCATION
}

// --- Partner contacts ------------------------------------------------------------------------------------

list Contacts {
    member: Contact
}

/// How to reach a partner representative.
structure Contact {
    /// The contact's email address.
    Email: ContactEmail

    /// The contact's first name.
    FirstName: ContactFirstName

    /// The contact's last name.
    LastName: ContactLastName

    /// The contact's job title or role in the organization.
    @length(min: 0, max: 80)
    BusinessTitle: String

    /// The contact's phone number.
    Phone: ContactPhone
}

@length(min: 0, max: 80)
@pattern("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
@sensitive
string ContactEmail

@length(min: 0, max: 80)
@sensitive
string ContactFirstName

@length(min: 0, max: 80)
@sensitive
string ContactLastName

@sensitive
string ContactPhone

// --- Files -----------------------------------------------------------------------------------------------

list FileInputDetails {
    member: FileInput
}

/// A file to attach to a benefit application.
structure FileInput {
    /// Where the file is (or will be) stored.
    @required
    FileURI: FileURI

    /// The business use case the file supports.
    BusinessUseCase: String
}

list FileDetails {
    member: FileDetail
}

/// A file attached to a benefit application.
structure FileDetail {
    /// Where the file is stored.
    @required
    FileURI: FileURI

    /// The business use case the file supports.
    BusinessUseCase: String

    /// The file's original name.
    @length(min: 1, max: 255)
    FileName: String

    /// The processing status of the file.
    @length(min: 1, max: 50)
    FileStatus: String

    /// Why the file has its current status.
    FileStatusReason: String

    /// The media type of the file.
    FileType: FileType

    /// Who uploaded the file.
    @length(min: 1, max: 255)
    CreatedBy: String

    /// When the file was uploaded.
    CreatedAt: Timestamp
}

enum FileType {
    DOC = "application/msword"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    PDF = "application/pdf"
    PNG = "image/png"
    JPG = "image/jpeg"
    SVG = "image/svg+xml"
    CSV = "text/csv"
}

@length(min: 1, max: 2000)
@pattern("^(s3://|https://).*")
string FileURI
