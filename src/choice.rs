//! Values users type by name (`--sort newest`, `?timeline=month`), parsed the same way by
//! the command line and the server.

use clap::ValueEnum;

/// A typed value that is not one of the accepted ones; the text says what is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidValue(pub String);

/// Parses one of a `ValueEnum`'s names, or says which names there are:
/// "sort must be relevance, newest or oldest, not 'best'".
pub fn one_of<T: ValueEnum>(what: &str, text: &str) -> Result<T, InvalidValue> {
    T::from_str(text.trim(), true).map_err(|_| {
        let names: Vec<String> = T::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value())
            .map(|v| v.get_name().to_string())
            .collect();
        InvalidValue(format!("{what} must be {}, not '{text}'", or_list(&names)))
    })
}

/// Implements `FromStr` for a `ValueEnum` through [`one_of`], `what` naming the value in
/// errors ("sort must be …").
#[macro_export]
#[doc(hidden)]
macro_rules! parse_by_name {
    ($type:ty, $what:literal) => {
        impl std::str::FromStr for $type {
            type Err = $crate::choice::InvalidValue;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                $crate::choice::one_of($what, text)
            }
        }
    };
}

/// "a, b or c".
fn or_list(names: &[String]) -> String {
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SortOrder;

    #[test]
    fn a_name_parses_in_any_case_and_a_wrong_one_lists_the_choices() {
        assert_eq!(
            one_of::<SortOrder>("sort", " Newest"),
            Ok(SortOrder::Newest)
        );
        assert_eq!(
            one_of::<SortOrder>("sort", "best"),
            Err(InvalidValue(
                "sort must be relevance, newest or oldest, not 'best'".into()
            ))
        );
    }
}
