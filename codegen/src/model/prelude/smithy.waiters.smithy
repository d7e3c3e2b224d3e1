$version: "2.0"

// Bundled, deliberately loose definition of the Smithy waiters trait that AWS models carry
// (each waiter's acceptors are kept as documents). Loaded with the prelude; never serialized.

namespace smithy.waiters

@trait(selector: "operation")
map waitable {
    key: String
    value: Document
}
