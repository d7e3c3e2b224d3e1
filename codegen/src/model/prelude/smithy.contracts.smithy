$version: "2.0"

// Design-by-contract conditions on shapes (`smithy.contracts`).

namespace smithy.contracts

/// Conditions a shape's values must satisfy, written as JMESPath expressions.
@trait(selector: ":not(:test(service, operation, resource))")
map conditions {
    key: ConditionName

    value: Condition
}

@pattern("^[A-Z]+[A-Za-z0-9]*$")
string ConditionName

structure Condition {
    @required
    expression: String

    @required
    documentation: String
}
