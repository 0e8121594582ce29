//! One row of cells as a record's JSON text, and the path each cell landed at, so that an
//! issue of the record finds the column it came from.
//!
//! Cells fill the record in column order. List positions are compacted: a row with cells for
//! `assignments[2]` only gives `assignments[0]` (the issue paths name the position in the
//! record; the column names the header). An identity document column (`Số CCCD`) adds an entry
//! `{ "kind": "cccd", ... }` to the list after the positional ones.

use super::cell::{write_cell, write_string};
use super::target::{Step, Target};
use crate::issue::{Path, Segment};
use crate::meta::FieldInfo;

/// Where a list entry comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot {
    At(usize),
    Keyed(&'static FieldInfo, &'static str),
}

#[derive(Debug)]
enum Node {
    Object(Vec<(&'static str, Node)>),
    List(Vec<(Slot, Node)>),
    /// A cell's JSON value, and its column (from 0).
    Leaf(String, usize),
}

/// The record being built from a row.
#[derive(Debug)]
pub(crate) struct RowRecord {
    root: Vec<(&'static str, Node)>,
}

fn child_for(next: Option<&Step>) -> Node {
    match next {
        Some(Step::Index(_) | Step::Keyed { .. }) => Node::List(Vec::new()),
        _ => Node::Object(Vec::new()),
    }
}

impl RowRecord {
    pub(crate) fn new() -> RowRecord {
        RowRecord { root: Vec::new() }
    }

    /// Adds the cell of `column` (non-empty) that goes to `target`.
    pub(crate) fn add(&mut self, target: &Target, column: usize, cell: &str) {
        let mut value = String::new();
        write_cell(cell, target.leaf_type(), &mut value);
        let leaf = Node::Leaf(value, column);
        let steps = &target.steps;
        let mut fields = &mut self.root;
        let mut i = 0;
        // Walk object fields and list entries down to the leaf's parent, creating them.
        loop {
            let Some(Step::Field(f)) = steps.get(i) else {
                return;
            };
            let last = i + 1 == steps.len();
            let pos = match fields.iter().position(|(k, _)| *k == f.wire_name) {
                Some(p) => p,
                None => {
                    fields.push((f.wire_name, child_for(steps.get(i + 1))));
                    fields.len() - 1
                }
            };
            if last {
                fields[pos].1 = leaf;
                return;
            }
            let mut node = &mut fields[pos].1;
            i += 1;
            if let Node::List(entries) = node {
                let slot = match steps[i] {
                    Step::Index(n) => Slot::At(n),
                    Step::Keyed { key, value } => Slot::Keyed(key, value),
                    Step::Field(_) => return,
                };
                let last = i + 1 == steps.len();
                let at = match entries.iter().position(|(s, _)| *s == slot) {
                    Some(p) => p,
                    None => {
                        // Positions stay in order, before the document entries (as written).
                        let at = match slot {
                            Slot::At(n) => entries
                                .iter()
                                .position(|(s, _)| match s {
                                    Slot::At(m) => *m > n,
                                    Slot::Keyed(..) => true,
                                })
                                .unwrap_or(entries.len()),
                            Slot::Keyed(..) => entries.len(),
                        };
                        entries.insert(at, (slot, Node::Object(Vec::new())));
                        at
                    }
                };
                if last {
                    entries[at].1 = leaf;
                    return;
                }
                node = &mut entries[at].1;
                i += 1;
            }
            match node {
                Node::Object(inner) => fields = inner,
                _ => return,
            }
        }
    }

    /// The record's JSON text, and the path of each cell with its column.
    pub(crate) fn finish(self, json: &mut String, cells: &mut Vec<(Path, usize)>) {
        json.clear();
        cells.clear();
        let mut path = Path::root();
        write_object(&self.root, &[], json, &mut path, cells);
    }
}

fn write_object(
    fields: &[(&'static str, Node)],
    key: &[(&'static str, &'static str)],
    out: &mut String,
    path: &mut Path,
    cells: &mut Vec<(Path, usize)>,
) {
    out.push('{');
    let mut first = true;
    for (k, v) in key {
        write_string(k, out);
        out.push(':');
        write_string(v, out);
        first = false;
    }
    for (name, node) in fields {
        if !first {
            out.push(',');
        }
        first = false;
        write_string(name, out);
        out.push(':');
        path.push(Segment::Key(std::borrow::Cow::Borrowed(name)));
        write_node(node, out, path, cells);
        path.pop();
    }
    out.push('}');
}

fn write_node(node: &Node, out: &mut String, path: &mut Path, cells: &mut Vec<(Path, usize)>) {
    match node {
        Node::Leaf(value, column) => {
            out.push_str(value);
            cells.push((path.clone(), *column));
        }
        Node::Object(fields) => write_object(fields, &[], out, path, cells),
        Node::List(entries) => {
            // In order already: positions ascending, then the document entries.
            out.push('[');
            for (i, (slot, node)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                path.push(Segment::Index(i));
                match (slot, node) {
                    (Slot::Keyed(key, value), Node::Object(fields)) => {
                        write_object(fields, &[(key.wire_name, value)], out, path, cells)
                    }
                    _ => write_node(node, out, path, cells),
                }
                path.pop();
            }
            out.push(']');
        }
    }
}

/// The column an issue at `path` belongs to: the cell at that path, the only cell inside it
/// (an issue on a record the row's cells made), or the cell it lies inside (an item of a list
/// cell).
pub(crate) fn column_of(cells: &[(Path, usize)], path: &Path) -> Option<usize> {
    if let Some((_, c)) = cells.iter().find(|(p, _)| p == path) {
        return Some(*c);
    }
    let mut inside = cells.iter().filter(|(p, _)| p.starts_with(path));
    if let (Some((_, c)), None) = (inside.next(), inside.next()) {
        return Some(*c);
    }
    cells
        .iter()
        .find(|(p, _)| path.starts_with(p))
        .map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecordKind;

    #[test]
    fn cells_build_the_record_and_find_their_columns() {
        let staff = RecordKind::Staff.info();
        let t = |p: &str| Target::parse(staff, p).unwrap();
        let mut r = RowRecord::new();
        r.add(&t("person.fullName"), 0, "Lò Văn Páo");
        r.add(
            &t("person.identifiers[kind=cccd].number"),
            1,
            "001085012345",
        );
        r.add(&t("assignments[2].startDate"), 2, "01/08/2025");
        r.add(&t("person.identifiers[0].number"), 3, "123");
        r.add(&t("person.gender"), 4, "Nam");
        let (mut json, mut cells) = (String::new(), Vec::new());
        r.finish(&mut json, &mut cells);
        assert_eq!(
            json,
            r#"{"person":{"fullName":"Lò Văn Páo","identifiers":[{"number":"123"},{"kind":"cccd","number":"001085012345"}],"gender":"male"},"assignments":[{"startDate":"2025-08-01"}]}"#
        );
        let at = |p: &str| column_of(&cells, &Path::parse_dotted(p).unwrap());
        assert_eq!(at("person.identifiers[1].number"), Some(1));
        assert_eq!(at("person.identifiers[0].number"), Some(3));
        assert_eq!(at("assignments[0].startDate"), Some(2));
        assert_eq!(at("assignments[0]"), Some(2));
        assert_eq!(at("person.identifiers[1].kind"), None);
        assert_eq!(at("person"), None);
        assert_eq!(at("employer"), None);
    }
}
