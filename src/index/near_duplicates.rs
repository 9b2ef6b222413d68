//! Wire services send a story many times (updates, corrections, regional copies). Each
//! article gets a MinHash signature of its word shingles at indexing, and the writer files
//! it in the group of an earlier article whose signature says they share most of their
//! text, so a search can show a group once ("3 similar").
//!
//! Signatures: 16 minimum hashes of the body's 3-word shingles (one-permutation hashing:
//! each shingle counts in one of 16 slots). Candidates: articles that
//! agree on all 3 hashes of one of 5 bands (locality-sensitive hashing: a pair sharing 80%
//! of its shingles becomes a candidate 97% of the time, one sharing 30% 13% of the time).
//! A candidate joins when at least [`SAME_HASHES`] of the 16 hashes agree (an estimated
//! Jaccard similarity of 0.8 or more) and the numbers of their leads are the same: a
//! daily template ("The Federal Reserve entered the market to arrange 1.5 billion dlrs of
//! repurchases", datelined March 19, then March 20) shares most of its words with
//! yesterday's, never its dateline and figures.

use std::collections::HashMap;

use xxhash_rust::xxh3::xxh3_64;

/// Minimum hashes in a signature.
pub const HASHES: usize = 16;
/// Hashes per band, and bands.
const ROWS: usize = 3;
const BANDS: usize = 5;
/// Hashes two signatures must share to be one story.
pub const SAME_HASHES: usize = 13;
/// Words in a shingle.
const SHINGLE: usize = 3;
/// Shingles a text needs for a signature: shorter texts (a headline-only record, a
/// one-line brief) share too little to tell a copy from a template.
const MIN_SHINGLES: usize = 12;
/// Articles the writer remembers, the most recent ones: memory stays bounded (about
/// 120 bytes an article with its band entries, 25 MB at most) however large the corpus,
/// at the cost of not grouping copies indexed more than this many articles apart. Wire
/// copy arrives close together (days of a wire service's output fit), and a corpus is
/// read file by file in order.
pub const REMEMBERED: usize = 200_000;

/// Words of the lead whose numbers must agree.
const LEAD_WORDS: usize = 60;

/// An article's MinHash signature, then a hash of the numbers in its lead.
pub type Signature = [u32; HASHES + 1];

/// Bodies shorter than this many words must have the same headline too: a one-line notice
/// ("Qtly div 7.1 cts vs 7.1 cts prior Pay April 30") names its company only there.
const SHORT_BODY_WORDS: usize = 40;

/// The signature of an article's body; a short body's must-match key holds its headline.
pub fn article_signature(title: Option<&str>, body: &str) -> Option<Signature> {
    let mut signature = signature(body)?;
    if let Some(title) = title
        && body.split_whitespace().nth(SHORT_BODY_WORDS).is_none()
    {
        let headline = title.to_lowercase();
        signature[HASHES] ^= xxh3_64(headline.trim().as_bytes()) as u32;
    }
    Some(signature)
}

/// The signature of a text, or `None` when it is too short to group.
pub fn signature(text: &str) -> Option<Signature> {
    // One pass over the bytes, no allocation: each word hashed as it goes (ASCII letters
    // folded to lower case, other bytes as they are), each shingle from the last three
    // words' hashes. Indexing signs every article, so this must cost little beside
    // tokenizing.
    let mut minimum = [u32::MAX; HASHES + 1];
    let (mut before_previous, mut previous) = (0u64, 0u64);
    let (mut words, mut numbers) = (0usize, 0u64);
    let (mut hash, mut in_word, mut has_digit) = (WORD_SEED, false, false);
    for &byte in text.as_bytes().iter().chain(std::iter::once(&b' ')) {
        if byte.is_ascii_alphanumeric() || byte >= 0x80 {
            // Rotate and xor, mixed once at the word's end: a multiply per byte made a
            // dependency chain that cost twice what tantivy's whole tokenizer does.
            hash = hash.rotate_left(7) ^ u64::from(byte.to_ascii_lowercase());
            has_digit |= byte.is_ascii_digit();
            in_word = true;
            continue;
        }
        if !in_word {
            continue;
        }
        let word = quick_mix(hash);
        words += 1;
        if has_digit && words <= LEAD_WORDS {
            numbers = mix(numbers ^ word);
        }
        if words >= SHINGLE {
            // One-permutation hashing: the shingle's hash falls in one of the 16 slots
            // (its top bits) and the slot keeps its least value, a sixteenth of the work
            // of sixteen permutations for the same estimate of shared shingles.
            let shingle =
                quick_mix(before_previous ^ previous.rotate_left(21) ^ word.rotate_left(42));
            let slot = (shingle >> 60) as usize;
            minimum[slot] = minimum[slot].min(shingle as u32);
        }
        (before_previous, previous) = (previous, word);
        (hash, in_word, has_digit) = (WORD_SEED, false, false);
    }
    if words < SHINGLE + MIN_SHINGLES - 1 {
        return None;
    }
    // A slot no shingle fell in borrows its next filled neighbour's value, marked by the
    // distance (densification), so two texts still agree on it when they agree there.
    let filled: [u32; HASHES] = std::array::from_fn(|i| minimum[i]);
    for (i, slot) in minimum[..HASHES].iter_mut().enumerate() {
        if *slot == u32::MAX
            && let Some(distance) = (1..HASHES).find(|d| filled[(i + d) % HASHES] != u32::MAX)
        {
            *slot = filled[(i + distance) % HASHES] ^ (distance as u32).wrapping_mul(0x9E37_79B9);
        }
    }
    minimum[HASHES] = numbers as u32;
    Some(minimum)
}

/// Where a word's hash starts (FNV-1a's offset basis: any odd-looking constant does).
const WORD_SEED: u64 = 0xCBF2_9CE4_8422_2325;

/// One multiply and two shifts: enough mixing for hashes whose top bits pick a slot and
/// whose low bits are compared, at half the cost of [`mix`] on every word.
fn quick_mix(z: u64) -> u64 {
    let z = (z ^ (z >> 32)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    z ^ (z >> 29)
}

/// splitmix64's finalizer: every input bit moves every output bit.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A signature as the bytes the index stores.
pub fn to_bytes(signature: &Signature) -> Vec<u8> {
    signature.iter().flat_map(|h| h.to_le_bytes()).collect()
}

/// Stored bytes back to a signature; `None` when they are not one.
pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
    if bytes.len() != (HASHES + 1) * 4 {
        return None;
    }
    let mut signature = [0u32; HASHES + 1];
    for (slot, chunk) in signature.iter_mut().zip(bytes.chunks_exact(4)) {
        *slot = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    Some(signature)
}

/// How many of two signatures' minimum hashes agree.
pub fn same_hashes(a: &Signature, b: &Signature) -> usize {
    a[..HASHES]
        .iter()
        .zip(&b[..HASHES])
        .filter(|(x, y)| x == y)
        .count()
}

/// Whether two signatures are of one story: most shingles and the lead's numbers shared.
pub fn same_story(a: &Signature, b: &Signature) -> bool {
    a[HASHES] == b[HASHES] && same_hashes(a, b) >= SAME_HASHES
}

/// A signature as the writer remembers it: each hash cut to 16 bits (two unrelated
/// articles agree on a slot one time in 65,536, against one in four billion, which does
/// not move the 13-of-16 test), half the memory.
type Remembered = [u16; HASHES + 1];

fn remembered(signature: &Signature) -> Remembered {
    signature.map(|hash| (hash >> 16) as u16)
}

/// The groups of the most recent articles seen (the index's and this run's).
pub struct Groups {
    /// How many members it remembers at most.
    capacity: usize,
    /// Band value → the latest member with it.
    bands: HashMap<u32, u32>,
    /// The remembered members (signature, group), oldest first; member `n` is at
    /// `n - first` (numbers wrap at 2^32, far beyond any capacity).
    members: std::collections::VecDeque<(Remembered, u64)>,
    /// Number of the oldest remembered member.
    first: u32,
}

impl Default for Groups {
    fn default() -> Self {
        Groups::remembering(REMEMBERED)
    }
}

impl Groups {
    /// Groups that remember the last `capacity` articles.
    pub fn remembering(capacity: usize) -> Groups {
        Groups {
            capacity: capacity.clamp(1, 1 << 30),
            bands: HashMap::new(),
            members: std::collections::VecDeque::new(),
            first: 0,
        }
    }

    /// Files an article: the group of an earlier member it is a copy of, else a group of
    /// its own (`own`, a hash of its id). Returns the group.
    pub fn assign(&mut self, signature: &Signature, own: u64) -> u64 {
        let signature = remembered(signature);
        let keys = band_keys(&signature);
        let found = keys.iter().find_map(|key| {
            let member = *self.bands.get(key)?;
            let (other, group) = self.members.get(member.wrapping_sub(self.first) as usize)?;
            same_remembered_story(&signature, other).then_some(*group)
        });
        let group = found.unwrap_or(own);
        self.remember(signature, group, keys);
        group
    }

    /// Adds an article already in the index, with its stored group.
    pub fn add_existing(&mut self, signature: &Signature, group: u64) {
        let signature = remembered(signature);
        let keys = band_keys(&signature);
        self.remember(signature, group, keys);
    }

    /// Members remembered.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    fn remember(&mut self, signature: Remembered, group: u64, keys: [u32; BANDS]) {
        if self.members.len() >= self.capacity
            && let Some((oldest, _)) = self.members.pop_front()
        {
            for key in band_keys(&oldest) {
                if self.bands.get(&key) == Some(&self.first) {
                    self.bands.remove(&key);
                }
            }
            self.first = self.first.wrapping_add(1);
        }
        let member = self.first.wrapping_add(self.members.len() as u32);
        self.members.push_back((signature, group));
        for key in keys {
            self.bands.insert(key, member);
        }
    }
}

fn same_remembered_story(a: &Remembered, b: &Remembered) -> bool {
    a[HASHES] == b[HASHES]
        && a[..HASHES]
            .iter()
            .zip(&b[..HASHES])
            .filter(|(x, y)| x == y)
            .count()
            >= SAME_HASHES
}

fn band_keys(signature: &Remembered) -> [u32; BANDS] {
    let mut keys = [0u32; BANDS];
    for (band, key) in keys.iter_mut().enumerate() {
        let mut bytes = [0u8; ROWS * 2 + 1];
        bytes[0] = band as u8;
        for (row, hash) in signature[band * ROWS..(band + 1) * ROWS].iter().enumerate() {
            bytes[1 + row * 2..3 + row * 2].copy_from_slice(&hash.to_le_bytes());
        }
        *key = xxh3_64(&bytes) as u32;
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "The Bank of Japan left its discount rate unchanged at 2.5 pct on \
        Tuesday, saying the economy was recovering and the yen had steadied, central bank \
        officials told reporters in Tokyo after the policy board met for two hours.";

    #[test]
    fn a_resent_story_joins_the_first_and_another_story_does_not() {
        let first = signature(STORY).unwrap();
        let corrected = signature(&STORY.replace("two hours", "three hours")).unwrap();
        let other = signature(
            "Oil prices rose in New York on Tuesday as traders bet that OPEC members would \
             keep to their output quotas through the summer, dealers said after the close.",
        )
        .unwrap();
        let mut groups = Groups::default();
        assert_eq!(groups.assign(&first, 1), 1);
        assert_eq!(
            groups.assign(&corrected, 2),
            1,
            "a correction is the same story"
        );
        assert_eq!(groups.assign(&other, 3), 3);
        // Tomorrow's edition of a template: other figures in the lead.
        let tomorrow = signature(&STORY.replace("2.5 pct on", "2.0 pct on")).unwrap();
        assert!(same_hashes(&first, &tomorrow) >= SAME_HASHES - 3);
        assert_eq!(groups.assign(&tomorrow, 4), 4);
        assert!(same_hashes(&first, &corrected) >= SAME_HASHES);
        assert!(same_hashes(&first, &other) < 4);
        assert_eq!(from_bytes(&to_bytes(&first)), Some(first));
    }

    #[test]
    fn memory_is_bounded_and_the_oldest_are_forgotten() {
        let mut groups = Groups::remembering(2);
        let first = signature(STORY).unwrap();
        assert_eq!(groups.assign(&first, 1), 1);
        for (k, other) in [
            "Oil prices rose in New York on Tuesday as traders bet that OPEC \
            members would keep to their output quotas through the summer, dealers said.",
            "Gold fell in Zurich on Tuesday as the dollar firmed against the mark and the \
            yen, while platinum held steady in thin trade before the holiday, dealers said.",
        ]
        .iter()
        .enumerate()
        {
            groups.assign(&signature(other).unwrap(), 10 + k as u64);
        }
        assert_eq!(groups.len(), 2);
        // The first story was forgotten: its copy starts a group of its own.
        assert_eq!(groups.assign(&first, 5), 5);
    }

    #[test]
    fn one_line_notices_of_two_companies_stay_apart() {
        let notice = "SAN MATEO, Calif., April 13 - Mthly div 7.1 cts vs 7.1 cts prior Pay \
            April 30 Record April 20";
        let insured = article_signature(Some("FRANKLIN INSURED SETS MONTHLY PAYOUT"), notice);
        let puerto_rico =
            article_signature(Some("FRANKLIN PUERTO RICO SETS MONTHLY PAYOUT"), notice);
        let mut groups = Groups::default();
        assert_eq!(groups.assign(&insured.unwrap(), 1), 1);
        assert_eq!(groups.assign(&puerto_rico.unwrap(), 2), 2);
        // A long story is signed by its text alone: a corrected headline is the same story.
        let story = STORY.repeat(2);
        assert_eq!(
            article_signature(Some("BANK OF JAPAN HOLDS RATE"), &story),
            article_signature(Some("BOJ LEAVES DISCOUNT RATE UNCHANGED"), &story)
        );
    }

    #[test]
    fn short_texts_have_no_signature() {
        assert_eq!(signature("Oil prices rose on Tuesday."), None);
    }
}
