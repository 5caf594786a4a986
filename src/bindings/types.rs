//! The TypeScript declarations of every export's input and output.
//!
//! They are written here, beside the Rust types they describe, and checked against them:
//! the package's type test compiles every input and output of the shared test vectors
//! against these declarations with `tsc --strict`, and a native test below pins the
//! error codes to [`crate::ErrorCode::ALL`].

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &'static str = DECLARATIONS;

// Read by the attribute above through a const item, which the dead-code lint does not see.
#[allow(dead_code)]
const DECLARATIONS: &str = r#"
/** The stable code of a {@link BillkitError}. */
export type ErrorCode = "invalid_input" | "invalid_timezone" | "invalid_date" | "out_of_range" | "invalid_amount" | "invalid_currency";

/** What every billkit function throws for input it refuses. */
export interface BillkitError extends Error {
  name: "BillkitError";
  /** What kind of problem: stable across versions. */
  code: ErrorCode;
  /** Dotted path of the input field at fault (`"anchor.day"`); `""` for the whole input. */
  field: string;
}

/** How often a cycle starts: a name, or `count` units. */
export type Cadence =
  | "daily" | "weekly" | "monthly" | "quarterly" | "semi_annual" | "annual" | "one_time"
  | { unit: "day" | "week" | "month" | "year"; count: number };

/** Orb's `billing_cycle_anchor_configuration`. */
export interface Anchor {
  /** Day of the month 1-31 (clamped to short months), or ISO weekday 1-7 for weekly cadences. */
  day: number;
  /** Month 1-12 in which multi-month cycles start. */
  month?: number | null;
  /** Year in which multi-year cycles start. */
  year?: number | null;
}

/** Input of {@link billingPeriods}. */
export interface BillingPeriodsInput {
  /** A local date `"2024-01-15"` or an RFC 3339 instant. */
  start: string;
  /** IANA time zone; `"UTC"` when absent. */
  timezone?: string | null;
  cadence: Cadence;
  anchor?: Anchor | null;
  /** Where the last period is cut; a date or an RFC 3339 instant. */
  end?: string | null;
  /** At most this many periods (1 to 10000); needed when `end` is absent. */
  count?: number | null;
}

/** An ISO 4217 code (`"USD"`), or a custom unit rounded to `scale` decimals (0-12). */
export type Currency = string | { code: string; scale: number };

/** How amounts round to the currency's minor unit; `"half_up"` (halves away from zero) by default. */
export type RoundingMode = "half_up" | "half_even" | "half_down" | "up" | "down" | "ceiling" | "floor";

/** What a proration counts: local calendar days (default) or seconds. */
export type ProrationUnit = "day" | "second";

/** A quantity or weight: a whole number, or a decimal string. */
export type Quantity = number | string;

/** Input of {@link prorate}. Amounts are decimal strings; a JS number is refused. */
export interface ProrateInput {
  amount: string;
  /** The period the amount is for: pass the nominal cycle (`cycle_start`, `cycle_end`). */
  period_start: string;
  period_end: string;
  /** The part to charge, within the period. */
  from: string;
  to: string;
  timezone?: string | null;
  unit?: ProrationUnit | null;
  /** Round to this currency's minor unit; absent, the share is exact. */
  currency?: Currency | null;
  rounding?: RoundingMode | null;
}

/** `amount * used / total`, rounded once. */
export interface Proration {
  amount: string;
  used: number;
  total: number;
}

/** What changed in the middle of a period. */
export type Change =
  | { type: "plan_change"; old_amount: string; new_amount: string }
  | { type: "quantity_change"; unit_amount: string; old_quantity: Quantity; new_quantity: Quantity }
  | { type: "cancellation"; amount: string };

/** Input of {@link prorateChange}: a change at `at`; the new state covers `[at, period_end)`. */
export interface ProrateChangeInput {
  period_start: string;
  period_end: string;
  at: string;
  timezone?: string | null;
  unit?: ProrationUnit | null;
  currency?: Currency | null;
  rounding?: RoundingMode | null;
  change: Change;
}

/** A line a change causes: rounded once from `exact`, explained for people. */
export interface ProrationLine {
  kind: "credit" | "charge";
  amount: string;
  exact: string;
  used: number;
  total: number;
  explanation: string;
}

/** Input of {@link prorateBatch}: row `i` of the five columns is one proration; the rest is shared. */
export interface ProrateBatchInput {
  amounts: string[];
  period_starts: string[];
  period_ends: string[];
  froms: string[];
  tos: string[];
  timezone?: string | null;
  unit?: ProrationUnit | null;
  currency?: Currency | null;
  rounding?: RoundingMode | null;
}

/** Output of {@link prorateBatch}: row `i` is the proration of the input's row `i`. */
export interface ProrateBatchOutput {
  amounts: string[];
  used: number[];
  total: number[];
}

/** Input of {@link allocate}. */
export interface AllocateInput {
  amount: string;
  weights: Quantity[];
  currency: Currency;
  rounding?: RoundingMode | null;
}

/** Orb's plan phase duration unit. */
export type DurationUnit = "daily" | "monthly" | "quarterly" | "semi_annual" | "annual";

/** Input of {@link phaseSchedule}. */
export interface PhaseScheduleInput {
  start: string;
  timezone?: string | null;
  /** Orb's plan phases: `duration: null` is evergreen. */
  phases: { order: number; duration?: number | null; duration_unit?: DurationUnit | null }[];
  /** Manual triggers: the phase of `order` starts at `effective`. */
  transitions?: { order: number; effective: string }[] | null;
  /** The phase the subscription starts in; the first when absent. */
  initial_phase_order?: number | null;
}

/** A phase as it happens; `end` is `null` for an evergreen phase. */
export interface Phase {
  order: number;
  start: string;
  end: string | null;
}

/** A fixed fee of a plan: `amount` per unit per billing cycle. */
export interface PriceSpec {
  id: string;
  amount: string;
  billing: "in_advance" | "in_arrears";
  quantity?: Quantity | null;
  /** The plan phase the fee belongs to (Orb's `plan_phase_order`); every phase when absent. */
  plan_phase_order?: number | null;
  /** The fee's own cadence, a whole multiple of the timeline's (an annual fee billed monthly). */
  cadence?: Cadence | null;
}

/** A plan: its id and fixed fees, billed on the timeline's cadence. */
export interface PlanSpec {
  id: string;
  prices: PriceSpec[];
  /** Orb's plan phases, from the subscription's start; only the initial plan may have them. */
  phases?: { order: number; duration?: number | null; duration_unit?: DurationUnit | null }[] | null;
}

/** Orb's `change_option`; `"requested_date"` (at `at`) when absent. */
export type ChangeOption = "immediate" | "requested_date" | "end_of_subscription_term";

/** Orb's `billing_cycle_alignment` for a plan change; `"unchanged"` when absent. */
export type BillingCycleAlignment = "unchanged" | "plan_change_date" | "start_of_month";

/** A scheduled event of {@link subscriptionTimeline}. */
export type TimelineEvent =
  | { type: "plan_change"; at: string; change_option?: ChangeOption | null; plan: PlanSpec;
      billing_cycle_alignment?: BillingCycleAlignment | null }
  | { type: "cancellation"; at: string; change_option?: ChangeOption | null }
  | { type: "quantity_change"; at: string; change_option?: ChangeOption | null; price_id: string; quantity: Quantity }
  | { type: "phase_trigger"; at: string; change_option?: ChangeOption | null; order: number };

/** Input of {@link subscriptionTimeline}. */
export interface TimelineInput {
  start: string;
  timezone?: string | null;
  cadence: Cadence;
  /** Anchored where billing starts (the trial's end, or the start) when absent. */
  anchor?: Anchor | null;
  currency: Currency;
  rounding?: RoundingMode | null;
  unit?: ProrationUnit | null;
  plan: PlanSpec;
  /** `days` from the start, or Wingback's `free_trial_end` as `end`. */
  trial?: { days: number } | { end: string } | null;
  /** Wingback's `free_cycles`: the first this many whole billing periods bill nothing. */
  free_cycles?: number | null;
  events?: TimelineEvent[] | null;
  /** Billing periods to return, 1 to 1000 (a trial comes on top). */
  count: number;
}

/** One period of a timeline. */
export interface TimelinePeriod {
  start: string;
  end: string;
  partial: boolean;
  cycle_start: string;
  cycle_end: string;
  plan: string;
  /** The plan's phase at the period's start, for a plan with phases. */
  phase: number | null;
  trial: boolean;
  free: boolean;
  in_advance: ProrationLine[];
  in_arrears: ProrationLine[];
  changes: ProrationLine[];
}

/** A billing period `[start, end)` and the nominal cycle it lies in. */
export interface Period {
  start: string;
  end: string;
  partial: boolean;
  cycle_start: string;
  cycle_end: string;
}
/** A number Orb writes as a JSON number (quantities, tier bounds, percentages, bps), or a decimal string. */
export type OrbNumber = number | string;

/** Input of {@link previewInvoice}: an Orb Subscription as Orb's API returns it, usage, and which invoice. */
export interface PreviewInvoiceInput extends PreviewRequest {
  subscription: OrbSubscription;
}

/** Which invoice of a `Subscription` to preview, the usage it bills, and how. */
export interface PreviewRequest {
  /** Usage over the period billed in arrears, by price interval id or price id. */
  usage?: Record<string, OrbNumber | UsageGroup[]> | null;
  /** The invoice that opens billing period `period_index` (0: the first). */
  period_index?: number | null;
  /** Or the invoice that opens the billing period holding this instant. */
  at?: string | null;
  currency?: Currency | null;
  rounding?: RoundingMode | null;
  unit?: ProrationUnit | null;
}

/** Usage of a matrix price with one combination of dimension values. */
export interface UsageGroup {
  dimension_values: (string | null)[];
  quantity: OrbNumber;
}

/** The fields of Orb's Subscription a preview reads; other fields are accepted and ignored. */
export interface OrbSubscription {
  start_date: string;
  end_date?: string | null;
  customer?: { timezone?: string | null; currency?: string | null; balance?: string | null; [field: string]: unknown } | null;
  plan?: { currency?: string | null; net_terms?: number | null; [field: string]: unknown } | null;
  billing_cycle_anchor_configuration?: Anchor | null;
  net_terms?: number | null;
  price_intervals: OrbPriceInterval[];
  adjustment_intervals?: OrbAdjustmentInterval[] | null;
  [field: string]: unknown;
}

/** Orb's price interval. */
export interface OrbPriceInterval {
  id?: string | null;
  start_date: string;
  end_date?: string | null;
  price: OrbPrice;
  fixed_fee_quantity_transitions?: { effective_date: string; quantity: OrbNumber; [field: string]: unknown }[] | null;
  [field: string]: unknown;
}

/** Orb's Price: `model_type` names the configuration object that is present. */
export interface OrbPrice {
  id: string;
  name?: string | null;
  model_type: "unit" | "package" | "tiered" | "bulk" | "matrix" | "bps" | "tiered_bps" | "bulk_bps" | (string & {});
  price_type?: "usage_price" | "fixed_price" | null;
  cadence: "one_time" | "monthly" | "quarterly" | "semi_annual" | "annual" | "custom";
  billing_cycle_configuration?: { duration: number; duration_unit: "day" | "month" } | null;
  fixed_price_quantity?: OrbNumber | null;
  billed_in_advance?: boolean | null;
  billing_mode?: "in_advance" | "in_arrear" | null;
  unit_config?: { unit_amount: string } | null;
  package_config?: { package_amount: string; package_size: OrbNumber } | null;
  tiered_config?: { tiers: { first_unit: OrbNumber; last_unit?: OrbNumber | null; unit_amount: string }[] } | null;
  bulk_config?: { tiers: { maximum_units?: OrbNumber | null; unit_amount: string }[] } | null;
  matrix_config?: {
    default_unit_amount: string;
    dimensions?: (string | null)[];
    matrix_values: { dimension_values: (string | null)[]; unit_amount: string }[];
  } | null;
  bps_config?: { bps: OrbNumber; per_unit_maximum?: string | null } | null;
  tiered_bps_config?: { tiers: { minimum_amount: string; maximum_amount?: string | null; bps: OrbNumber; per_unit_maximum?: string | null }[] } | null;
  bulk_bps_config?: { tiers: { maximum_amount?: string | null; bps: OrbNumber; per_unit_maximum?: string | null }[] } | null;
  [field: string]: unknown;
}

/** Orb's adjustment interval. */
export interface OrbAdjustmentInterval {
  id?: string | null;
  start_date: string;
  end_date?: string | null;
  applies_to_price_interval_ids?: string[] | null;
  adjustment: {
    id?: string | null;
    adjustment_type: "usage_discount" | "amount_discount" | "percentage_discount" | "minimum" | "maximum";
    usage_discount?: OrbNumber | null;
    amount_discount?: string | null;
    percentage_discount?: OrbNumber | null;
    minimum_amount?: string | null;
    maximum_amount?: string | null;
    applies_to_price_ids?: string[] | null;
    is_invoice_level?: boolean | null;
    reason?: string | null;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/** Output of {@link previewInvoice}. */
export interface Invoice {
  currency: string;
  invoice_date: string;
  due_date: string;
  /** The billing period the invoice opens. */
  period: Period;
  /** The period before it, billed in arrears. */
  previous_period: Period | null;
  lines: InvoiceLine[];
  subtotal: string;
  total: string;
  balance_applied: string;
  amount_due: string;
}

/** One invoice line: a price over a service period, rounded once, then adjusted. */
export interface InvoiceLine {
  kind: "in_advance" | "one_time" | "in_arrears" | "usage" | "credit" | "charge";
  name: string;
  price_id: string;
  price_interval_id: string | null;
  start: string;
  end: string | null;
  quantity: string;
  unit_amount: string | null;
  subtotal: string;
  adjustments: { adjustment_id: string | null; adjustment_type: string; amount: string }[];
  amount: string;
  explanation: string;
}
/** Why a tax ID is not valid; stable across versions. */
export type TaxIdReason = "unsupported_type" | "country_mismatch" | "invalid_format" | "invalid_length" | "invalid_component" | "invalid_checksum";

/** Input of {@link validateTaxId}: one number as a customer typed it. */
export interface TaxIdInput {
  /** ISO 3166 code, upper or lower case (`"EL"` and `"XI"` read as `"GR"` and `"GB"`); needed only for `eu_vat` without a prefix. */
  country?: string | null;
  /** Orb's and Stripe's type name: `"eu_vat"`, `"br_cnpj"`, `"us_ein"`. */
  type: string;
  /** The number, with or without separators and, where it has one, its prefix. */
  value: string;
}

/** Output of {@link validateTaxId}: every field present, `null` when it does not apply. */
export interface TaxIdResult {
  valid: boolean;
  /** The type's country (`"GR"` for an `EL` number), or the one given for an unknown type. */
  country: string;
  type: string;
  /** Without separators, upper-cased, with the prefix the type customarily carries (`"DE136695976"`); valid numbers only. */
  compact: string | null;
  /** As customarily printed (`"CHE-123.456.789 MWST"`); valid numbers only. */
  formatted: string | null;
  /** Why the number is not valid; `null` when it is. */
  reason: TaxIdReason | null;
}

/** One entry of {@link taxIdTypes}. */
export interface TaxIdType {
  country: string;
  type: string;
  description: string;
  /** Whether a check digit (or letter) is verified, not only the structure. */
  checksum: boolean;
  /** The rule checked, in a sentence. */
  rule: string;
  /** Where the rule comes from. */
  source: string;
  /** A number that validates, as customarily printed. */
  example: string;
}
"#;

#[cfg(test)]
mod tests {
    use super::DECLARATIONS;
    use crate::ErrorCode;

    #[test]
    fn declared_error_codes_are_exactly_the_core_codes() {
        let union_line = DECLARATIONS
            .lines()
            .find(|line| line.starts_with("export type ErrorCode"))
            .unwrap();
        let declared: Vec<&str> = union_line.split('"').skip(1).step_by(2).collect();
        let core: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.as_str()).collect();
        assert_eq!(declared, core);
    }

    #[test]
    fn declared_tax_id_reasons_are_exactly_the_core_reasons() {
        let union_line = DECLARATIONS
            .lines()
            .find(|line| line.starts_with("export type TaxIdReason"))
            .unwrap();
        let declared: Vec<&str> = union_line.split('"').skip(1).step_by(2).collect();
        let core: Vec<&str> = crate::tax_id::Reason::ALL
            .iter()
            .map(|reason| reason.as_str())
            .collect();
        assert_eq!(declared, core);
    }
}
