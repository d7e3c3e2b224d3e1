$version: "2.0"

// Waiters (`smithy.waiters`): named polling loops over an operation, with acceptors that match
// output, errors or the input/output pair through JMESPath.

namespace smithy.waiters

/// Waiters of an operation: polling until an acceptor matches.
@trait(selector: "operation :not(-[input, output]-> structure > member > union[trait|streaming])")
@length(min: 1)
map waitable {
    key: WaiterName
    value: Waiter
}

@pattern("^[A-Z]+[A-Za-z0-9]*$")
string WaiterName

@private
structure Waiter {
    documentation: String

    @required
    acceptors: Acceptors

    minDelay: WaiterDelay = 2

    maxDelay: WaiterDelay = 120

    deprecated: Boolean

    tags: NonEmptyStringList
}

@range(min: 1)
integer WaiterDelay

@private
@length(min: 1)
list Acceptors {
    member: Acceptor
}

@private
structure Acceptor {
    @required
    state: AcceptorState

    @required
    matcher: Matcher

    message: String
}

@private
enum AcceptorState {
    SUCCESS = "success"

    FAILURE = "failure"

    RETRY = "retry"
}

@private
union Matcher {
    output: PathMatcher

    inputOutput: PathMatcher

    errorType: String

    success: Boolean
}

@private
structure PathMatcher {
    @required
    path: String

    @required
    expected: String

    @required
    comparator: PathComparator
}

@private
enum PathComparator {
    STRING_EQUALS = "stringEquals"

    BOOLEAN_EQUALS = "booleanEquals"

    ALL_STRING_EQUALS = "allStringEquals"

    ANY_STRING_EQUALS = "anyStringEquals"
}

@private
list NonEmptyStringList {
    member: NonEmptyString
}

@private
@length(min: 1)
string NonEmptyString
