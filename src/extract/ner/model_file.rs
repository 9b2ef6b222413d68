//! The model file: a magic header, a row count, then per feature its hash and the 16-bit
//! weights of both passes (little-endian), sorted by hash.

use std::path::Path;
use std::sync::Arc;

use super::{FeatureMap, N, NerError, NerModel, Weights};
use crate::extract::clusters::Clusters;

const MAGIC: &[u8; 8] = b"NDXNER3\n";

/// Weights of one feature for both passes, quantized to 16 bits. Each pass has one scale, so
/// comparing integer sums picks the same label as comparing the weights.
#[derive(Clone, Copy)]
pub(super) struct Row {
    pub(super) first: [i16; N],
    pub(super) second: [i16; N],
}

/// Quantizes one pass's weights to 16 bits (largest weight → `i16::MAX`).
fn quantize(weights: &Weights) -> impl Fn(&[f32; N]) -> [i16; N] {
    let largest = weights
        .values()
        .flat_map(|row| row.iter())
        .fold(0f32, |m, w| m.max(w.abs()));
    let scale = if largest > 0.0 {
        i16::MAX as f32 / largest
    } else {
        1.0
    };
    move |row| row.map(|w| (w * scale).round() as i16)
}

/// Smaller 16-bit weights than this, in every label of both passes, are dropped: they
/// rarely change a decision and make up most of the table. Margin training gives more
/// features a weight; at 128 a model is two thirds the size it is at 64 and cross-validates
/// 0.05 lower (256: a third the size, 0.1 lower).
const PRUNE_BELOW: i16 = 128;

pub(super) fn add_row(scores: &mut [i32; N], row: &[i16; N]) {
    for (score, &weight) in scores.iter_mut().zip(row) {
        *score += i32::from(weight);
    }
}

impl NerModel {
    /// The model shipped in `data/ner.model`.
    pub fn bundled() -> Result<NerModel, NerError> {
        NerModel::from_bytes(super::MODEL)
    }

    /// Reads a model from its compact binary form.
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, NerError> {
        let rest = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or(NerError::BadModel)?;
        let count = rest
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_le_bytes)
            .ok_or(NerError::BadModel)? as usize;
        let record = 8 + 4 * N;
        let body = &rest[4..];
        if body.len() != count * record {
            return Err(NerError::BadModel);
        }
        let mut rows = FeatureMap::with_capacity_and_hasher(count, Default::default());
        let weight = |chunk: &[u8], at: usize| i16::from_le_bytes([chunk[at], chunk[at + 1]]);
        for chunk in body.chunks_exact(record) {
            let mut key = [0u8; 8];
            key.copy_from_slice(&chunk[..8]);
            let mut row = Row {
                first: [0; N],
                second: [0; N],
            };
            for label in 0..N {
                row.first[label] = weight(chunk, 8 + 2 * label);
                row.second[label] = weight(chunk, 8 + 2 * (N + label));
            }
            rows.insert(u64::from_le_bytes(key), row);
        }
        Ok(NerModel {
            rows,
            two_pass: true,
            clusters: Arc::new(Clusters::load()),
        })
    }

    /// The runtime model from trained weights: both passes quantized, tiny weights dropped.
    pub(super) fn from_passes(
        first: &Weights,
        second: Option<&Weights>,
        clusters: &Arc<Clusters>,
    ) -> NerModel {
        let (first_q, second_q) = (quantize(first), quantize(second.unwrap_or(first)));
        let mut rows: FeatureMap<Row> = FeatureMap::default();
        let zero = Row {
            first: [0; N],
            second: [0; N],
        };
        for (key, weights) in first {
            rows.entry(*key).or_insert(zero).first = first_q(weights);
        }
        if let Some(second) = second {
            for (key, weights) in second {
                rows.entry(*key).or_insert(zero).second = second_q(weights);
            }
        }
        rows.retain(|_, row| {
            row.first
                .iter()
                .chain(&row.second)
                .any(|w| w.unsigned_abs() >= PRUNE_BELOW as u16)
        });
        NerModel {
            rows,
            two_pass: second.is_some(),
            clusters: clusters.clone(),
        }
    }

    /// Writes the model compactly; returns the number of features kept.
    pub fn save(&self, path: &Path) -> Result<usize, NerError> {
        let mut keys: Vec<&u64> = self.rows.keys().collect();
        keys.sort();
        let mut bytes = Vec::with_capacity(12 + keys.len() * (8 + 4 * N));
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for key in &keys {
            let row = &self.rows[*key];
            bytes.extend_from_slice(&key.to_le_bytes());
            for weight in row.first.iter().chain(&row.second) {
                bytes.extend_from_slice(&weight.to_le_bytes());
            }
        }
        std::fs::write(path, bytes).map_err(|source| NerError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Ok(keys.len())
    }
}
