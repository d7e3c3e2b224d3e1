// Errors the operations can return.

$version: "2"

namespace com.amazonaws.partnercentralbenefits

// --- Client errors ---------------------------------------------------------------------------------------

/// The caller is not permitted to perform this operation.
@error("client")
@httpError(403)
structure AccessDeniedException {
    /// Explains why access was denied.
    @required
    Message: String
}

/// The request conflicts with the resource's current state, for example because someone else changed it first.
@error("client")
@httpError(409)
structure ConflictException {
    /// Explains the conflict.
    @required
    Message: String
}

/// The requested resource does not exist.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    /// Says which resource could not be found.
    @required
    Message: String
}

/// The request would take the account over a service quota.
@error("client")
@httpError(402)
@retryable
structure ServiceQuotaExceededException {
    /// Explains which quota would be exceeded.
    @required
    Message: String

    /// The ID of the resource that would exceed the quota.
    @required
    ResourceId: String

    /// The type of the resource that would exceed the quota.
    @required
    ResourceType: String

    /// The code of the quota that would be exceeded.
    @required
    QuotaCode: String
}

/// The request was throttled because the caller exceeded the allowed request rate.
@error("client")
@httpError(429)
structure ThrottlingException {
    /// Explains the throttling.
    @required
    Message: String
}

/// The request has invalid parameters or fails validation.
@error("client")
@httpError(400)
structure ValidationException {
    /// Describes the validation failure.
    @required
    Message: String

    /// Why validation failed.
    @required
    Reason: ValidationExceptionReason

    /// The fields that failed validation.
    FieldList: ValidationExceptionFieldList
}

// --- Server errors ---------------------------------------------------------------------------------------

/// The service failed unexpectedly while processing the request.
@error("server")
@httpError(500)
structure InternalServerException {
    /// Describes the internal error.
    @required
    Message: String
}

// --- Validation details ----------------------------------------------------------------------------------

enum ValidationExceptionReason {
    UNKNOWN_OPERATION = "unknownOperation"
    CANNOT_PARSE = "cannotParse"
    FIELD_VALIDATION_FAILED = "fieldValidationFailed"
    OTHER = "other"
    BUSINESS_VALIDATION_FAILED
}

list ValidationExceptionFieldList {
    member: ValidationExceptionField
}

/// A validation failure of one field.
structure ValidationExceptionField {
    /// The name of the invalid field.
    @required
    Name: String

    /// Explains why the field is invalid.
    @required
    Message: String

    /// A code for why the field is invalid.
    Code: ValidationExceptionErrorCode
}

enum ValidationExceptionErrorCode {
    REQUIRED_FIELD_MISSING
    INVALID_ENUM_VALUE
    INVALID_STRING_FORMAT
    INVALID_VALUE
    NOT_ENOUGH_VALUES
    TOO_MANY_VALUES
    INVALID_RESOURCE_STATE
    DUPLICATE_KEY_VALUE
    VALUE_OUT_OF_RANGE
    ACTION_NOT_PERMITTED
}
