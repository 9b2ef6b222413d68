//! The CoNLL-2003 reader: the annotated text the tagger is trained and scored on.

use std::path::Path;

use super::ner::{Document, LABELS, NerError, bilou, spans};

/// Reads a CoNLL-2003 file: documents split at `-DOCSTART-`, sentences at blank lines,
/// IOB1 tags converted to BIO label indices.
pub fn read_conll(path: &Path) -> Result<Vec<Document>, NerError> {
    let display = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| NerError::Io {
        path: display.clone(),
        source,
    })?;
    let mut documents: Vec<Document> = Vec::new();
    let mut document: Document = Vec::new();
    let mut sentence: Vec<(String, usize)> = Vec::new();
    let mut previous_tag = String::from("O");
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            if !sentence.is_empty() {
                document.push(to_bilou(std::mem::take(&mut sentence)));
            }
            if !document.is_empty() {
                documents.push(std::mem::take(&mut document));
            }
            continue;
        }
        if line.is_empty() {
            if !sentence.is_empty() {
                document.push(to_bilou(std::mem::take(&mut sentence)));
            }
            previous_tag = "O".into();
            continue;
        }
        let columns: Vec<&str> = line.split_whitespace().collect();
        let (Some(word), Some(tag)) = (columns.first(), columns.last()) else {
            continue;
        };
        if columns.len() < 2 {
            return Err(NerError::Conll {
                path: display,
                line: index + 1,
                text: line.to_string(),
            });
        }
        // Begin or inside for now; `to_bilou` marks last and unit once the sentence is read.
        let bio = match tag.split_once('-') {
            Some(("I", kind)) if previous_tag.ends_with(kind) && previous_tag != "O" => {
                format!("I-{kind}")
            }
            Some((_, kind)) => format!("B-{kind}"),
            None => "O".to_string(),
        };
        let label = LABELS
            .iter()
            .position(|l| *l == bio)
            .ok_or_else(|| NerError::Conll {
                path: display.clone(),
                line: index + 1,
                text: line.to_string(),
            })?;
        previous_tag = tag.to_string();
        sentence.push((word.to_string(), label));
    }
    if !sentence.is_empty() {
        document.push(to_bilou(sentence));
    }
    if !document.is_empty() {
        documents.push(document);
    }
    Ok(documents)
}

/// Relabels a sentence read as begin/inside into BILOU.
fn to_bilou(sentence: Vec<(String, usize)>) -> Vec<(String, usize)> {
    let labels: Vec<usize> = sentence.iter().map(|(_, l)| *l).collect();
    let relabelled = bilou(labels.len(), &spans(&labels));
    sentence
        .into_iter()
        .zip(relabelled)
        .map(|((word, _), label)| (word, label))
        .collect()
}
