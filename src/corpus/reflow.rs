//! Hard-wrapped text made into paragraphs. Wire copy (Reuters) wraps at ~70 columns, and a
//! newline ends a sentence for the tagger, so "chairman Paul\nVolcker" became two people.
//! A single newline inside a paragraph becomes a space; a newline that means something
//! stays: before an indented line (a wire paragraph), around list items and table rows,
//! after a colon, and blank lines. One byte for one byte, so offsets into the text hold.

/// The text with wrapped lines joined (same length, same offsets).
pub fn reflow(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let mut lines = text.split('\n').peekable();
    let mut end = 0;
    while let Some(line) = lines.next() {
        end += line.len();
        if let Some(next) = lines.peek()
            && joins(line, next)
        {
            bytes[end] = b' ';
        }
        end += 1;
    }
    // Only an ASCII newline was replaced by an ASCII space.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// Whether the newline between `line` and `next` is a wrap inside a paragraph.
fn joins(line: &str, next: &str) -> bool {
    let (current, following) = (line.trim(), next.trim());
    if current.is_empty() || following.is_empty() {
        return false;
    }
    let indented = next.starts_with([' ', '\t']);
    !(indented
        || is_list_item(current)
        || is_list_item(following)
        || is_table_row(line)
        || is_table_row(next)
        || is_fixture(current)
        || is_fixture(following)
        || current.ends_with(':'))
}

/// A fixture of a draw or a programme: "Porto v Juventus", "Celtics vs. Lakers", two sides in
/// capitals around "v" or "vs" on a line of its own, which wrapped prose does not make (a
/// court case's "v." may wrap in a sentence: "Smith v. Jones").
fn is_fixture(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some(v) = words.iter().position(|w| matches!(*w, "v" | "vs" | "vs.")) else {
        return false;
    };
    let capitalized = |w: Option<&&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    v > 0 && words.len() <= 10 && capitalized(words.first()) && capitalized(words.get(v + 1))
}

/// "- item", "* item", "• item", "1. item", "2) item".
fn is_list_item(line: &str) -> bool {
    if line.starts_with(['-', '*', '•', '·', '–', '—']) {
        return line.chars().nth(1).is_some_and(char::is_whitespace);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && digits <= 3
        && line[digits..].starts_with(['.', ')'])
        && line[digits + 1..].starts_with(' ')
}

/// A row of a table or results list: columns set apart by tabs or runs of spaces, or more
/// figures than letters ("Net 5,021,000 vs 4,211,000", "Chelsea 2 Arsenal 1").
fn is_table_row(line: &str) -> bool {
    let text = line.trim();
    if text.contains('\t') || text.contains("   ") {
        return true;
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    digits > 0 && digits >= letters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_join_and_offsets_hold() {
        let wrapped = "chairman Paul\nVolcker said the Securities and\nExchange Commission met.";
        let flowed = reflow(wrapped);
        assert_eq!(
            flowed,
            "chairman Paul Volcker said the Securities and Exchange Commission met."
        );
        assert_eq!(flowed.len(), wrapped.len());
    }

    #[test]
    fn wire_paragraphs_lists_and_tables_stay_apart() {
        let wire = "Showers continued in\nthe Bahia zone.\n    The dry period means delays.";
        assert_eq!(
            reflow(wire),
            "Showers continued in the Bahia zone.\n    The dry period means delays."
        );
        let list = "Winners:\n- Ann Smith\n- Bob Jones\n1. first\n2. second";
        assert_eq!(reflow(list), list);
        let table = "Shr 1.20 dlrs vs 1.10\nNet 5,021,000 vs 4,211,000\nRevs 12.4 mln vs 11.0 mln";
        assert_eq!(reflow(table), table);
        let fixtures = "Draw for the last 16:\nLazio v Bayern Munich\nPorto v Juventus\nBarcelona v Paris St Germain";
        assert_eq!(reflow(fixtures), fixtures);
        let paragraphs = "One paragraph.\n\nAnother one.";
        assert_eq!(reflow(paragraphs), paragraphs);
        assert_eq!(reflow("Kyïv\nтекст"), "Kyïv текст");
    }
}
