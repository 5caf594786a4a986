//! The one error type of billkit: a stable code, the input field at fault, and a message.

use std::fmt;

/// What kind of input billkit refused.
///
/// Codes are a stable contract: JS callers branch on [`ErrorCode::as_str`], so a code is
/// never renamed or reused for another meaning. New codes may be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// The input has the wrong shape: a missing field, a wrong type, an unknown enum value.
    InvalidInput,
    /// The time zone is not an IANA time zone name known to billkit.
    InvalidTimezone,
    /// A date or instant is malformed or does not exist (`2024-02-30`).
    InvalidDate,
    /// A value is well formed but outside its documented bounds, or asks for too much work.
    OutOfRange,
    /// An amount is not a decimal string (a JS number is refused: floats cannot hold cents).
    InvalidAmount,
    /// A currency is not an ISO 4217 code with a minor unit, nor a valid custom unit.
    InvalidCurrency,
}

impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: [ErrorCode; 6] = [
        ErrorCode::InvalidInput,
        ErrorCode::InvalidTimezone,
        ErrorCode::InvalidDate,
        ErrorCode::OutOfRange,
        ErrorCode::InvalidAmount,
        ErrorCode::InvalidCurrency,
    ];

    /// The stable snake_case name of the code, as JS sees it in `error.code`.
    ///
    /// ```
    /// assert_eq!(billkit::ErrorCode::InvalidTimezone.as_str(), "invalid_timezone");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::InvalidTimezone => "invalid_timezone",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::InvalidAmount => "invalid_amount",
            ErrorCode::InvalidCurrency => "invalid_currency",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An input billkit refused: which kind of problem ([`code`](Error::code)), where
/// ([`field`](Error::field), a dotted path such as `anchor.day`) and a sentence for people.
///
/// In JS this is thrown as an `Error` named `BillkitError` carrying `code` and `field`.
///
/// ```
/// use billkit::{billing_periods, BillingPeriodsInput, ErrorCode};
///
/// let input = BillingPeriodsInput {
///     timezone: Some("Mars/Olympus".into()),
///     ..BillingPeriodsInput::monthly("2024-01-15", 12)
/// };
/// let error = billing_periods(&input).unwrap_err();
/// assert_eq!(error.code(), ErrorCode::InvalidTimezone);
/// assert_eq!(error.field(), "timezone");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    field: String,
    message: String,
}

impl Error {
    /// An error of `code` at `field`, explained by `message`.
    pub fn new(code: ErrorCode, field: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            code,
            field: field.into(),
            message: message.into(),
        }
    }

    /// The kind of problem.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The dotted path of the input field at fault (`anchor.day`); empty for the input as a whole.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// A sentence a person understands, naming the field and what was wrong with it.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}", self.message, self.code)?;
        if !self.field.is_empty() {
            write!(f, " at `{}`", self.field)?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for Error {}

/// The result of every fallible billkit operation.
pub type Result<T> = std::result::Result<T, Error>;
