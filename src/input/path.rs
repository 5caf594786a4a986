//! Where a value sits in the input, as a chain of borrowed links from the value being read
//! up to the root: reading builds no text; only an error writes its path out.

use std::fmt;

/// The path of a value: `price_intervals[2].price`.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    /// The input itself.
    Root,
    /// The field `name` of the object at `parent`.
    Field { parent: &'a Path<'a>, name: &'a str },
    /// The item `index` of the list at `parent`.
    Item { parent: &'a Path<'a>, index: usize },
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Field { parent, name } => match parent {
                Path::Root => f.write_str(name),
                parent => write!(f, "{parent}.{name}"),
            },
            Path::Item { parent, index } => write!(f, "{parent}[{index}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Path;

    #[test]
    fn writes_fields_with_dots_and_items_with_brackets() {
        let root = Path::Root;
        let intervals = Path::Field {
            parent: &root,
            name: "price_intervals",
        };
        let third = Path::Item {
            parent: &intervals,
            index: 2,
        };
        let price = Path::Field {
            parent: &third,
            name: "price",
        };
        assert_eq!(price.to_string(), "price_intervals[2].price");
        assert_eq!(
            Path::Item {
                parent: &root,
                index: 0
            }
            .to_string(),
            "[0]"
        );
        assert_eq!(root.to_string(), "");
    }
}
