//! The records of a request, sorted out: each is read and validated with the caller's options,
//! placed in a province (its own address, its commune, its agency's unit, or the facility it
//! names), and kept when it is valid and inside the scope. Every record left out is listed with
//! its reason, by list and position: never by id.

use std::collections::BTreeMap;

use super::request::Request;
use crate::intake::{FromJson, Intake, Json};
use crate::issue::{Path, Severity};
use crate::model::address::{Address, CodeSet};
use crate::model::case::Case;
use crate::model::facility::Facility;
use crate::model::staff::StaffMember;
use crate::model::training::TrainingEvent;
use crate::model::RecordKind;
use crate::options::Options;

/// Why a record (or an attendance of one) was not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// It has errors (validate it to see them).
    Invalid,
    /// Its address is in the other code set.
    OtherCodeSet,
    /// It is in a province outside the scope.
    OtherProvince,
    /// It cannot be placed: no commune, agency unit or known facility.
    NoCommune,
    /// A staff record without an id: distinct persons cannot be counted.
    NoId,
    /// An id already used by an earlier facility or training event of the request.
    DuplicateId,
    /// A facility not active, or a staff member holding no post and attending no counted
    /// event, at the reference date.
    NotActive,
    /// A training event outside the period.
    OutsidePeriod,
    /// A case not received yet or closed at the reference date.
    NotOpen,
    /// An attendance naming no event.
    NoEvent,
    /// An attendance at an event that is not counted (unknown, or outside the scope or period).
    EventNotCounted,
}

impl Reason {
    /// The wire id.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Invalid => "invalid",
            Reason::OtherCodeSet => "other-code-set",
            Reason::OtherProvince => "other-province",
            Reason::NoCommune => "no-commune",
            Reason::NoId => "no-id",
            Reason::DuplicateId => "duplicate-id",
            Reason::NotActive => "not-active",
            Reason::OutsidePeriod => "outside-period",
            Reason::NotOpen => "not-open",
            Reason::NoEvent => "no-event",
            Reason::EventNotCounted => "event-not-counted",
        }
    }
}

/// A record (or part of one) left out.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Left {
    /// The list (`staff`, `facilities`, `cases`, `trainingEvents`).
    pub list: &'static str,
    /// The position in the list.
    pub index: usize,
    /// The part of the record (`trainingAttendances[2]`), if not the whole.
    pub path: Option<String>,
    /// Why.
    pub reason: Reason,
}

/// The records in scope, with their positions.
#[derive(Debug, Default)]
pub struct Records {
    /// Valid facilities in scope.
    pub facilities: Vec<(usize, Facility)>,
    /// Valid staff records in scope, with their ids.
    pub staff: Vec<(usize, StaffMember, String)>,
    /// Valid cases in scope.
    pub cases: Vec<(usize, Case)>,
    /// Valid training events in scope, with their ids.
    pub events: Vec<(usize, TrainingEvent, String)>,
    /// Records left out so far.
    pub left: Vec<Left>,
}

/// Where a record is.
enum Place {
    In,
    Out(Reason),
}

struct Scope<'r> {
    code_set: CodeSet,
    provinces: &'r [String],
}

impl Scope<'_> {
    fn place(&self, code_set: Option<CodeSet>, province: Option<&str>) -> Place {
        match (code_set, province) {
            (Some(cs), _) if cs != self.code_set => Place::Out(Reason::OtherCodeSet),
            (Some(_), Some(p)) => {
                if self.provinces.is_empty() || self.provinces.iter().any(|s| s == p) {
                    Place::In
                } else {
                    Place::Out(Reason::OtherProvince)
                }
            }
            _ => Place::Out(Reason::NoCommune),
        }
    }

    fn place_address(&self, a: Option<&Address>) -> Option<Place> {
        a.filter(|a| a.province_code.is_some())
            .map(|a| self.place(a.code_set, a.province_code.as_deref()))
    }
}

/// Reads one element as a record of `kind`: `None` when it has an error.
fn read_valid<T: FromJson>(kind: RecordKind, json: &Json<'_>, opts: &Options) -> Option<T> {
    let issues = kind.issues_of(json, opts, Path::root());
    if issues.iter().any(|i| i.severity == Severity::Error) {
        return None;
    }
    T::from_json(json, &mut Intake::new())
}

fn given_id(id: &Option<String>) -> Option<String> {
    id.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// Sorts out the records of `request`.
pub fn sort_out(request: &Request<'_, '_>, code_set: CodeSet, opts: &Options) -> Records {
    let scope = Scope {
        code_set,
        provinces: &request.provinces,
    };
    let mut out = Records::default();
    let leave = |out: &mut Records, list, index, reason| {
        out.left.push(Left {
            list,
            index,
            path: None,
            reason,
        });
    };

    // Facilities first: staff and cases are placed through the facility they name.
    let mut facility_ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut facility_places: Vec<(Option<CodeSet>, Option<String>)> = Vec::new();
    for (i, json) in request.lists[1].iter().enumerate() {
        let Some(f) = read_valid::<Facility>(RecordKind::Facility, json, opts) else {
            leave(&mut out, "facilities", i, Reason::Invalid);
            continue;
        };
        if let Some(id) = given_id(&f.id) {
            if facility_ids.contains_key(&id) {
                leave(&mut out, "facilities", i, Reason::DuplicateId);
                continue;
            }
            let place = f
                .address
                .as_ref()
                .map(|a| (a.code_set, a.province_code.clone()));
            facility_ids.insert(id, facility_places.len());
            facility_places.push(place.unwrap_or((None, None)));
        }
        match scope.place_address(f.address.as_ref()) {
            Some(Place::In) => out.facilities.push((i, f)),
            Some(Place::Out(r)) => leave(&mut out, "facilities", i, r),
            None => leave(&mut out, "facilities", i, Reason::NoCommune),
        }
    }
    let facility_place = |id: &Option<String>| {
        given_id(id)
            .and_then(|id| facility_ids.get(&id))
            .and_then(|i| facility_places.get(*i))
            .map(|(cs, p)| scope.place(*cs, p.as_deref()))
    };

    for (i, json) in request.lists[0].iter().enumerate() {
        let Some(s) = read_valid::<StaffMember>(RecordKind::Staff, json, opts) else {
            leave(&mut out, "staff", i, Reason::Invalid);
            continue;
        };
        let Some(id) = given_id(&s.id) else {
            leave(&mut out, "staff", i, Reason::NoId);
            continue;
        };
        let employer = s.employer.as_ref();
        let place = scope
            .place_address(s.commune.as_ref())
            .or_else(|| {
                let agency = employer.and_then(|e| e.agency.as_ref());
                scope.place_address(agency.and_then(|a| a.admin_unit.as_ref()))
            })
            .or_else(|| employer.and_then(|e| facility_place(&e.facility_id)));
        match place {
            Some(Place::In) => out.staff.push((i, s, id)),
            Some(Place::Out(r)) => leave(&mut out, "staff", i, r),
            None => leave(&mut out, "staff", i, Reason::NoCommune),
        }
    }

    for (i, json) in request.lists[2].iter().enumerate() {
        let Some(c) = read_valid::<Case>(RecordKind::Case, json, opts) else {
            leave(&mut out, "cases", i, Reason::Invalid);
            continue;
        };
        let place = scope
            .place_address(c.commune.as_ref())
            .or_else(|| facility_place(&c.facility_id));
        match place {
            Some(Place::In) => out.cases.push((i, c)),
            Some(Place::Out(r)) => leave(&mut out, "cases", i, r),
            None => leave(&mut out, "cases", i, Reason::NoCommune),
        }
    }

    let mut event_ids: BTreeMap<String, usize> = BTreeMap::new();
    for (i, json) in request.lists[3].iter().enumerate() {
        let Some(e) = read_valid::<TrainingEvent>(RecordKind::TrainingEvent, json, opts) else {
            leave(&mut out, "trainingEvents", i, Reason::Invalid);
            continue;
        };
        // A valid event has an id (required).
        let id = given_id(&e.id).unwrap_or_default();
        if event_ids.insert(id.clone(), i).is_some() {
            leave(&mut out, "trainingEvents", i, Reason::DuplicateId);
            continue;
        }
        match scope.place_address(e.admin_unit.as_ref()) {
            Some(Place::In) => out.events.push((i, e, id)),
            Some(Place::Out(r)) => leave(&mut out, "trainingEvents", i, r),
            None => leave(&mut out, "trainingEvents", i, Reason::NoCommune),
        }
    }
    out
}
