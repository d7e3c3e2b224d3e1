// Types shared by benefits, benefit applications and benefit allocations.

$version: "2"

namespace com.amazonaws.partnercentralbenefits

// --- Catalog and time ------------------------------------------------------------------------------------

@pattern("^[A-Za-z0-9_-]+$")
string CatalogName

@timestampFormat("date-time")
timestamp Timestamp

// --- ARNs ------------------------------------------------------------------------------------------------

@pattern("^arn:aws:([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.+)$")
string Arn

list Arns {
    member: Arn
}

// --- Programs and fulfillment ----------------------------------------------------------------------------

@length(min: 1, max: 255)
@pattern("^[A-Za-z0-9_-]+$")
string Program

list Programs {
    member: Program
}

enum FulfillmentType {
    CREDITS
    CASH
    ACCESS
}

list FulfillmentTypes {
    member: FulfillmentType
}

// --- Money -----------------------------------------------------------------------------------------------

/// An amount of money and its currency.
structure MonetaryValue {
    /// The amount, as a decimal number in a string.
    @required
    Amount: String

    /// The ISO 4217 code of the currency, such as USD or EUR.
    @required
    CurrencyCode: CurrencyCode
}

enum CurrencyCode {
    AED
    AMD
    ARS
    AUD
    AWG
    AZN
    BBD
    BDT
    BGN
    BMD
    BND
    BOB
    BRL
    BSD
    BYR
    BZD
    CAD
    CHF
    CLP
    CNY
    COP
    CRC
    CZK
    DKK
    DOP
    EEK
    EGP
    EUR
    GBP
    GEL
    GHS
    GTQ
    GYD
    HKD
    HNL
    HRK
    HTG
    HUF
    IDR
    ILS
    INR
    ISK
    JMD
    JPY
    KES
    KHR
    KRW
    KYD
    KZT
    LBP
    LKR
    LTL
    LVL
    MAD
    MNT
    MOP
    MUR
    MVR
    MXN
    MYR
    NAD
    NGN
    NIO
    NOK
    NZD
    PAB
    PEN
    PHP
    PKR
    PLN
    PYG
    QAR
    RON
    RUB
    SAR
    SEK
    SGD
    SIT
    SKK
    THB
    TND
    TRY
    TTD
    TWD
    TZS
    UAH
    USD
    UYU
    UZS
    VND
    XAF
    XCD
    XOF
    XPF
    ZAR
}
