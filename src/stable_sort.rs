//! Stable sorting through one shared copy of the standard library's sort.
//!
//! Every `sort_by` on another element type or comparator is another copy of the standard
//! sort in the module, about 8 KB of wasm each (seven of them were 58 KB). billkit's lists are
//! short (phases, transitions, events, a fee's quantity changes, allocation weights), so they
//! sort their positions through a single copy instead, then move their items once.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order, as `slice::sort_by` does.
pub(crate) fn sort_stable_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.is_sorted_by(|a, b| compare(a, b) != Ordering::Greater) {
        return;
    }
    let order = sorted_positions(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(a), Some(b)) => compare(a, b),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|position| slots.get_mut(position).and_then(Option::take)),
    );
}

/// The positions `0..len` in the order `compare` puts them, equal ones in their own order.
pub(crate) fn sorted_positions(
    len: usize,
    compare: &dyn Fn(usize, usize) -> Ordering,
) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn sorts_as_the_standard_stable_sort(items in proptest::collection::vec((0_u8..8, any::<u32>()), 0..200)) {
            let mut ours = items.clone();
            sort_stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items;
            theirs.sort_by_key(|item| item.0);
            prop_assert_eq!(ours, theirs);
        }
    }
}
