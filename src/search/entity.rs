//! One person, place or organization's page: how many articles name it, when, and who and
//! what appears beside it, under the user's query and filters.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{FacetCount, Granularity, SearchError, SearchRequest, TimelineBucket, search};
use crate::index::{FacetKind, NewsIndex};

/// The facets an entity page lists as company kept.
const RELATED: [FacetKind; 3] = [FacetKind::Person, FacetKind::Place, FacetKind::Org];

/// An entity's page.
#[derive(Debug, Clone, Serialize)]
pub struct EntityProfile {
    /// `person`, `place`, `country` or `org`.
    pub facet: String,
    /// The name the index files it under ("Vladimir Putin" for `putin`), else as asked.
    pub value: String,
    /// Articles that name it (under the request's query and filters).
    pub articles: u64,
    /// Those articles per publication period.
    pub timeline: Vec<TimelineBucket>,
    /// The people, places and organizations named most often beside it, with how many of
    /// its articles name each; itself left out.
    pub related: BTreeMap<String, Vec<FacetCount>>,
}

/// Builds the page of `value` in facet `kind` within `within` (its query, filters and
/// dates; its paging and facets are the page's own): `top` related values per facet,
/// the timeline by `granularity`.
pub fn entity_profile(
    index: &NewsIndex,
    kind: FacetKind,
    value: &str,
    within: &SearchRequest,
    top: usize,
    granularity: Granularity,
) -> Result<EntityProfile, SearchError> {
    let mut request = within.clone();
    request.filters.push((kind, value.to_string()));
    request.facets = RELATED.to_vec();
    // One more, for the entity itself, which is always among its own company.
    request.top = top + 1;
    request.limit = 0;
    request.offset = 0;
    request.timeline = Some(granularity);
    let response = search(index, &request)?;
    let folded = crate::names::fold(value);
    let mut related = response.facets;
    // The name the index files it under: "putin" is Vladimir Putin.
    let mut name = None;
    for (facet, values) in &mut related {
        let own = FacetKind::parse(facet) == Some(kind)
            || (kind == FacetKind::Country && facet == FacetKind::Place.name());
        if own {
            // The filter matched the value and its other forms ("putin" → Vladimir Putin).
            values.retain(|v| {
                let folded_value = crate::names::fold(&v.value);
                let is_itself = folded_value == folded
                    || folded_value.split_whitespace().any(|word| word == folded);
                if is_itself && name.is_none() {
                    name = Some(v.value.clone());
                }
                !is_itself
            });
        }
        values.truncate(top);
    }
    Ok(EntityProfile {
        facet: kind.name().to_string(),
        value: name.unwrap_or_else(|| value.to_string()),
        articles: response.total,
        timeline: response.timeline.unwrap_or_default(),
        related,
    })
}
