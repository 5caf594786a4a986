//! Orb's Subscription object, as Orb's API returns it: the fields an invoice preview reads.
//! Every other field is ignored, so a subscription fetched from Orb is passed in as is.

use serde::Deserialize;

use crate::calendar::anchor::AnchorSpec;
use crate::invoice::adjust::MAX_ADJUSTMENT_INTERVALS;
use crate::invoice::fees::{MAX_PRICE_INTERVALS, MAX_TRANSITIONS};
use crate::invoice::number::OrbNumber;
use crate::money::DecimalText;

/// An Orb Subscription (`GET /subscriptions/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbSubscription {
    /// When billing starts: a date or an RFC 3339 instant.
    pub start_date: String,
    /// When billing stops, if scheduled.
    #[serde(default)]
    pub end_date: Option<String>,
    /// The customer: its `timezone`, `currency` and `balance`.
    #[serde(default)]
    pub customer: Option<OrbCustomer>,
    /// The plan: only its `currency` and `net_terms` are read; its prices and phases arrive
    /// materialized as `price_intervals` and `adjustment_intervals`.
    #[serde(default)]
    pub plan: Option<OrbPlan>,
    /// Where billing cycles are anchored; the start's local day when absent.
    #[serde(default)]
    pub billing_cycle_anchor_configuration: Option<AnchorSpec>,
    /// Days from issue to due; the plan's, else 0 (due on issue).
    #[serde(default)]
    pub net_terms: Option<i64>,
    /// Every price billed, each over its own dates.
    #[serde(deserialize_with = "crate::bounded::at_most::<_, _, MAX_PRICE_INTERVALS>")]
    pub price_intervals: Vec<OrbPriceInterval>,
    /// Discounts, minimums and maximums, each over its own dates.
    #[serde(
        default,
        deserialize_with = "crate::bounded::at_most_or_none::<_, _, MAX_ADJUSTMENT_INTERVALS>"
    )]
    pub adjustment_intervals: Option<Vec<OrbAdjustmentInterval>>,
}

/// The parts of Orb's Customer a preview reads.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct OrbCustomer {
    /// The customer's IANA zone: billing days are its local days.
    #[serde(default)]
    pub timezone: Option<String>,
    /// The customer's currency, when the plan names none.
    #[serde(default)]
    pub currency: Option<String>,
    /// Orb's customer balance, a decimal string, applied after the total: a positive balance
    /// is credit that lowers the amount due (what is left rolls over), a negative one is owed
    /// and raises it (Orb's balance transactions).
    #[serde(default)]
    pub balance: Option<DecimalText>,
}

/// The parts of Orb's Plan a preview reads.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct OrbPlan {
    /// The ISO 4217 code the plan bills in.
    #[serde(default)]
    pub currency: Option<String>,
    /// The plan's net terms, when the subscription sets none.
    #[serde(default)]
    pub net_terms: Option<i64>,
}

/// A price over a span of the subscription (Orb's price interval).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbPriceInterval {
    /// The interval's id, as adjustments name it.
    #[serde(default)]
    pub id: Option<String>,
    /// When the price starts billing.
    pub start_date: String,
    /// When it stops; open-ended when absent.
    #[serde(default)]
    pub end_date: Option<String>,
    /// The price.
    pub price: OrbPrice,
    /// Fixed-fee quantity changes inside the interval.
    #[serde(
        default,
        deserialize_with = "crate::bounded::at_most_or_none::<_, _, MAX_TRANSITIONS>"
    )]
    pub fixed_fee_quantity_transitions: Option<Vec<OrbQuantityTransition>>,
}

/// A fixed fee's quantity from `effective_date` on.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbQuantityTransition {
    /// When the quantity takes effect.
    pub effective_date: String,
    /// The new quantity.
    pub quantity: OrbNumber,
}

/// An Orb Price: its model and the configuration object its `model_type` names.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbPrice {
    /// The price's id, as usage and adjustments name it.
    pub id: String,
    /// Its name on invoice lines.
    #[serde(default)]
    pub name: Option<String>,
    /// `unit`, `package`, `tiered`, `bulk`, `matrix`, `bps`, `tiered_bps` or `bulk_bps`.
    pub model_type: String,
    /// `usage_price` (billed in arrears from usage) or `fixed_price`.
    #[serde(default)]
    pub price_type: Option<String>,
    /// `one_time`, `monthly`, `quarterly`, `semi_annual`, `annual` or `custom`.
    pub cadence: String,
    /// A custom cadence's length.
    #[serde(default)]
    pub billing_cycle_configuration: Option<OrbCycleConfiguration>,
    /// A fixed fee's quantity; 1 when absent.
    #[serde(default)]
    pub fixed_price_quantity: Option<OrbNumber>,
    /// Whether a fixed fee bills at the start of its period (Orb's older field).
    #[serde(default)]
    pub billed_in_advance: Option<bool>,
    /// `in_advance` or `in_arrear` (Orb's newer field); fixed fees bill in advance when
    /// neither is given, usage always in arrears.
    #[serde(default)]
    pub billing_mode: Option<String>,
    /// `unit`: `{ unit_amount }`.
    #[serde(default)]
    pub unit_config: Option<OrbUnitConfig>,
    /// `package`: `{ package_amount, package_size }`.
    #[serde(default)]
    pub package_config: Option<OrbPackageConfig>,
    /// `tiered`: graduated tiers.
    #[serde(default)]
    pub tiered_config: Option<OrbTieredConfig>,
    /// `bulk`: volume tiers.
    #[serde(default)]
    pub bulk_config: Option<OrbBulkConfig>,
    /// `matrix`: a unit amount per dimension values.
    #[serde(default)]
    pub matrix_config: Option<OrbMatrixConfig>,
    /// `bps`: basis points of the volume.
    #[serde(default)]
    pub bps_config: Option<OrbBpsConfig>,
    /// `tiered_bps`: graduated basis-point tiers over the volume.
    #[serde(default)]
    pub tiered_bps_config: Option<OrbTieredBpsConfig>,
    /// `bulk_bps`: volume basis-point tiers.
    #[serde(default)]
    pub bulk_bps_config: Option<OrbBulkBpsConfig>,
}

/// A custom cadence: `duration` units of `day` or `month`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbCycleConfiguration {
    /// How many units.
    pub duration: i64,
    /// `day` or `month`.
    pub duration_unit: String,
}

/// Orb's `unit_config`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbUnitConfig {
    /// The amount per unit.
    pub unit_amount: DecimalText,
}

/// Orb's `package_config`: every started package of `package_size` units costs
/// `package_amount`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbPackageConfig {
    /// The amount per package.
    pub package_amount: DecimalText,
    /// Units per package.
    pub package_size: OrbNumber,
}

/// Orb's `tiered_config`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbTieredConfig {
    /// The tiers, in order.
    pub tiers: Vec<OrbTier>,
}

/// A graduated tier: units above `first_unit` up to `last_unit` cost `unit_amount` each.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbTier {
    /// Where the tier starts (exclusive).
    pub first_unit: OrbNumber,
    /// Where it ends (inclusive); the last tier is open-ended.
    #[serde(default)]
    pub last_unit: Option<OrbNumber>,
    /// The amount per unit in the tier.
    pub unit_amount: DecimalText,
}

/// Orb's `bulk_config`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbBulkConfig {
    /// The tiers, in order.
    pub tiers: Vec<OrbBulkTier>,
}

/// A volume tier: when the quantity falls in it, every unit costs `unit_amount`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbBulkTier {
    /// The tier's upper bound (inclusive); the last tier is open-ended.
    #[serde(default)]
    pub maximum_units: Option<OrbNumber>,
    /// The amount per unit.
    pub unit_amount: DecimalText,
}

/// Orb's `matrix_config`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbMatrixConfig {
    /// The amount per unit of usage matching no value.
    pub default_unit_amount: DecimalText,
    /// The one or two dimensions usage is grouped by.
    #[serde(default)]
    pub dimensions: Vec<Option<String>>,
    /// The amount per unit for each combination of dimension values.
    pub matrix_values: Vec<OrbMatrixValue>,
}

/// One cell of a matrix price.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbMatrixValue {
    /// The dimension values, in the order of `dimensions`; `null` matches any value.
    pub dimension_values: Vec<Option<String>>,
    /// The amount per unit.
    pub unit_amount: DecimalText,
}

/// Orb's `bps_config`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbBpsConfig {
    /// Basis points (hundredths of a percent) of the volume.
    pub bps: OrbNumber,
    /// A cap per event; refused, since a preview sees totals, not events.
    #[serde(default)]
    pub per_unit_maximum: Option<DecimalText>,
}

/// Orb's `tiered_bps_config`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbTieredBpsConfig {
    /// The tiers, in order.
    pub tiers: Vec<OrbTieredBpsTier>,
}

/// A graduated basis-point tier over the volume from `minimum_amount` to `maximum_amount`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbTieredBpsTier {
    /// Where the tier starts.
    pub minimum_amount: DecimalText,
    /// Where it ends; the last tier is open-ended.
    #[serde(default)]
    pub maximum_amount: Option<DecimalText>,
    /// Basis points of the volume in the tier.
    pub bps: OrbNumber,
    /// A cap per event; refused, as for `bps`.
    #[serde(default)]
    pub per_unit_maximum: Option<DecimalText>,
}

/// Orb's `bulk_bps_config`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbBulkBpsConfig {
    /// The tiers, in order.
    pub tiers: Vec<OrbBulkBpsTier>,
}

/// A volume basis-point tier: when the volume falls in it, all of it costs `bps`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbBulkBpsTier {
    /// The tier's upper bound (inclusive); the last tier is open-ended.
    #[serde(default)]
    pub maximum_amount: Option<DecimalText>,
    /// Basis points of the whole volume.
    pub bps: OrbNumber,
    /// A cap per event; refused, as for `bps`.
    #[serde(default)]
    pub per_unit_maximum: Option<DecimalText>,
}

/// A discount, minimum or maximum over a span (Orb's adjustment interval).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbAdjustmentInterval {
    /// The interval's id.
    #[serde(default)]
    pub id: Option<String>,
    /// When it starts applying.
    pub start_date: String,
    /// When it stops; open-ended when absent.
    #[serde(default)]
    pub end_date: Option<String>,
    /// The price intervals it applies to (besides the adjustment's own price ids).
    #[serde(default)]
    pub applies_to_price_interval_ids: Option<Vec<String>>,
    /// What it does.
    pub adjustment: OrbAdjustment,
}

/// Orb's adjustment: one of five kinds, applied in that order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OrbAdjustment {
    /// The adjustment's id.
    #[serde(default)]
    pub id: Option<String>,
    /// `usage_discount`, `amount_discount`, `percentage_discount`, `minimum` or `maximum`.
    pub adjustment_type: String,
    /// Units of usage taken off before pricing.
    #[serde(default)]
    pub usage_discount: Option<OrbNumber>,
    /// An amount taken off per billing period.
    #[serde(default)]
    pub amount_discount: Option<DecimalText>,
    /// A fraction (0 to 1) taken off.
    #[serde(default)]
    pub percentage_discount: Option<OrbNumber>,
    /// The least charged per billing period.
    #[serde(default)]
    pub minimum_amount: Option<DecimalText>,
    /// The most charged per billing period.
    #[serde(default)]
    pub maximum_amount: Option<DecimalText>,
    /// The prices it applies to.
    #[serde(default)]
    pub applies_to_price_ids: Option<Vec<String>>,
    /// Whether it applies to the whole invoice.
    #[serde(default)]
    pub is_invoice_level: Option<bool>,
    /// Why, for the line's explanation.
    #[serde(default)]
    pub reason: Option<String>,
}
