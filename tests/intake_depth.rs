//! Intake keeps the path steps of a record being read in a fixed array
//! ([`ctxh::intake::MAX_STEPS`]): no record kind of the registry may nest deeper.

use ctxh::intake::MAX_STEPS;
use ctxh::meta::{FieldType, RecordInfo};
use ctxh::model::RecordKind;

/// The most steps below a record's root that reading it takes (a list's item is two: the
/// list's field and the position); a record that contains itself fails the test.
fn deepest(info: &RecordInfo, open: &mut Vec<&'static str>) -> usize {
    assert!(
        !open.contains(&info.rust_name),
        "{} contains itself",
        info.rust_name
    );
    open.push(info.rust_name);
    let depth = info
        .fields
        .iter()
        .map(|f| 1 + below(&f.ty, open))
        .max()
        .unwrap_or(0);
    open.pop();
    depth
}

fn below(ty: &FieldType, open: &mut Vec<&'static str>) -> usize {
    match ty {
        FieldType::Record(info) => deepest(info, open),
        FieldType::List(item) => 1 + below(item, open),
        _ => 0,
    }
}

#[test]
fn every_record_kind_nests_within_the_steps_an_intake_keeps() {
    let mut deepest_of_all = 0;
    for kind in RecordKind::ALL {
        let depth = deepest(kind.info(), &mut Vec::new());
        assert!(depth <= MAX_STEPS, "{kind:?} nests {depth} steps deep");
        deepest_of_all = deepest_of_all.max(depth);
    }
    // The walk does go down: `person.identifiers[0].number` is four steps.
    assert!(deepest_of_all >= 4, "{deepest_of_all}");
}
