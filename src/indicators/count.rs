//! The definitions of the catalogue, applied to the sorted-out records at the reference date.
//! Each figure counts distinct keys ([`super::tally`]): persons by id, communes by code,
//! facilities, events, cases and attendances by their position, residents by facility and
//! group.

use std::collections::BTreeMap;

use super::records::{Left, Reason, Records};
use super::request::Request;
use super::tally::{DenominatorSource, FigureBuilder};
use crate::date::Date;
use crate::model::address::CodeSet;
use crate::model::facility::{Facility, FacilityStatus, FacilityType};
use crate::model::staff::{
    AgencyLevel, Assignment, CertificateType, JobPosition, MajorField, StaffMember,
    WorkforceCategory,
};
use crate::reference::indicators::{IndicatorCode as C, INDICATORS};
use crate::reference::units::units;

/// The figures being counted, in catalogue order.
pub struct Figures(pub Vec<FigureBuilder>);

impl Figures {
    fn new() -> Self {
        Figures(
            INDICATORS
                .iter()
                .map(|i| FigureBuilder::new(i.code))
                .collect(),
        )
    }

    fn at(&mut self, code: C) -> &mut FigureBuilder {
        let i = INDICATORS.iter().position(|x| x.code == code).unwrap_or(0);
        &mut self.0[i]
    }
}

/// Whether a facility exists and works at `as_of`: established by then, not planned, not
/// dissolved by then, licence not revoked.
pub fn facility_active(f: &Facility, as_of: Date) -> bool {
    let status_ok = match f.status {
        Some(FacilityStatus::Planned | FacilityStatus::LicenceRevoked) | None => false,
        Some(FacilityStatus::Dissolved) => f.dissolution_date.is_some_and(|d| d > as_of),
        Some(_) => true,
    };
    let established = f.establishment.as_ref().and_then(|e| e.date);
    status_ok && established.is_none_or(|d| d <= as_of)
}

/// The posts a staff member holds at `as_of`.
pub fn open_posts(s: &StaffMember, as_of: Date) -> Vec<&Assignment> {
    s.assignments
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .filter(|a| a.start_date.is_some_and(|d| d <= as_of))
        .filter(|a| a.end_date.is_none_or(|d| d >= as_of))
        .collect()
}

/// Whether the person completed a training course by `as_of`.
fn completed_training(s: &StaffMember, as_of: Date) -> bool {
    s.training_attendances
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .any(|a| {
            a.completed == Some(true) && a.end_date.or(a.start_date).is_none_or(|d| d <= as_of)
        })
}

/// The facility a post is at: its own, otherwise the employer.
fn post_facility<'s>(s: &'s StaffMember, a: &'s Assignment) -> Option<&'s str> {
    a.facility_id
        .as_deref()
        .or_else(|| s.employer.as_ref().and_then(|e| e.facility_id.as_deref()))
        .map(str::trim)
}

/// Counts every figure; adds the records that count in none to `left`.
pub fn count(
    records: &Records,
    request: &Request<'_, '_>,
    code_set: CodeSet,
    as_of: Date,
    left: &mut Vec<Left>,
) -> Figures {
    let mut fig = Figures::new();
    let units = count_facilities(records, &mut fig, as_of, left);
    let events = count_events(records, request, &mut fig, as_of, left);
    count_staff(records, &units, &events, code_set, &mut fig, as_of, left);
    count_cases(records, &mut fig, as_of, left);
    commune_denominators(request, code_set, &mut fig);
    fig
}

/// The facilities and service points by id: their key and the kind of unit they are.
#[derive(Default)]
struct Units {
    by_id: BTreeMap<String, usize>,
    units: Vec<(String, FacilityType, &'static str)>,
}

impl Units {
    fn get(&self, id: &str) -> Option<&(String, FacilityType, &'static str)> {
        self.by_id.get(id).and_then(|i| self.units.get(*i))
    }
}

/// The counted training events by id: their level.
#[derive(Default)]
struct Events {
    by_id: BTreeMap<String, usize>,
    levels: Vec<&'static str>,
}

fn count_facilities(
    records: &Records,
    fig: &mut Figures,
    as_of: Date,
    left: &mut Vec<Left>,
) -> Units {
    let mut units = Units::default();
    for (i, f) in &records.facilities {
        if !facility_active(f, as_of) {
            left.push(Left {
                list: "facilities",
                index: *i,
                path: None,
                reason: Reason::NotActive,
            });
            continue;
        }
        let Some(ty) = f.facility_type else { continue };
        let key = format!("f{i}");
        let unit_kind = match ty {
            FacilityType::SocialWorkOffice => "social-work-office",
            FacilityType::ServiceProvider => f.sector.map_or("service-provider", |s| s.as_str()),
            _ => "facility",
        };
        fig.at(C::UnitsWithSwStaff)
            .count_den(&key, &[("unitKind", unit_kind)]);
        if let Some(id) = f.id.as_deref() {
            units.by_id.insert(id.trim().to_owned(), units.units.len());
            units.units.push((key.clone(), ty, unit_kind));
        }
        if ty == FacilityType::SocialWorkOffice {
            let level = f.office_level.map_or("unspecified", |l| l.as_str());
            fig.at(C::SwOffices)
                .count(&key, 1, &[("officeLevel", level)]);
        }
        if !ty.is_legal_facility() {
            continue;
        }
        let ownership = f.ownership.map_or("unspecified", |o| o.as_str());
        let parts = [("facilityType", ty.as_str()), ("ownership", ownership)];
        fig.at(C::Facilities).count(&key, 1, &parts);
        let with_services = f.services.as_ref().is_some_and(|s| !s.is_empty());
        let services = fig.at(C::FacilitiesWithSwServices);
        services.count_den(&key, &[]);
        if with_services {
            services.count(&key, 1, &[]);
        }
        let room = fig.at(C::FacilitiesWithSwRoom);
        room.count_den(&key, &[]);
        if f.has_social_work_room == Some(true) {
            room.count(&key, 1, &[]);
        }
        for r in f.residents.as_deref().unwrap_or(&[]) {
            if let (Some(group), Some(n)) = (r.group, r.count) {
                let group = group.as_str();
                let clients = fig.at(C::FacilityClients);
                clients.count(
                    &format!("{key}:{group}"),
                    u64::from(n),
                    &[("clientGroup", group)],
                );
            }
        }
    }
    units
}

/// Counts the classes of the period; returns the counted events' levels by id.
fn count_events(
    records: &Records,
    request: &Request<'_, '_>,
    fig: &mut Figures,
    as_of: Date,
    left: &mut Vec<Left>,
) -> Events {
    let mut counted = Events::default();
    for (i, e, id) in &records.events {
        let inside = e.start_date.is_some_and(|d| match request.period {
            Some((start, end)) => d >= start && d <= end,
            None => d <= as_of,
        });
        if !inside {
            left.push(Left {
                list: "trainingEvents",
                index: *i,
                path: None,
                reason: Reason::OutsidePeriod,
            });
            continue;
        }
        let level = e.level.map_or("unspecified", |l| l.as_str());
        fig.at(C::TrainingClasses)
            .count(&format!("e{i}"), 1, &[("trainingLevel", level)]);
        counted.by_id.insert(id.clone(), counted.levels.len());
        counted.levels.push(level);
    }
    counted
}

/// The component of the social work network a person belongs to, if any.
fn network_component(
    s: &StaffMember,
    posts: &[&Assignment],
) -> Option<(&'static str, Option<AgencyLevel>)> {
    use WorkforceCategory as W;
    match s.workforce_category? {
        W::SwCollaborator if s.dedicated == Some(true) => {
            Some(("dedicated-sw-collaborators", None))
        }
        W::ChildProtectionCollaborator => Some(("child-protection-collaborators", None)),
        W::VolunteerTeamMember => Some(("volunteer-team-members", None)),
        W::CivilServant | W::PublicEmployee | W::ContractWorker | W::PartTime => {
            let level = s.employer.as_ref()?.agency.as_ref()?.level?;
            let local = matches!(
                level,
                AgencyLevel::Province | AgencyLevel::DistrictLegacy | AgencyLevel::Commune
            );
            let social_work = posts
                .iter()
                .any(|p| p.job_position == Some(JobPosition::SocialWork));
            (local && social_work).then_some(("officials", Some(level)))
        }
        W::SwCollaborator => None,
    }
}

/// The social work qualification and certificate parts of a person at `as_of`.
fn qualification_parts(s: &StaffMember, as_of: Date) -> Vec<(&'static str, &'static str)> {
    let mut parts = Vec::new();
    let highest = s
        .qualifications
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .filter(|q| q.major == Some(MajorField::SocialWork))
        .filter(|q| q.graduation_date.is_none_or(|d| d <= as_of))
        .filter_map(|q| q.level)
        .max();
    if let Some(level) = highest {
        parts.push(("educationLevel", level.as_str()));
    }
    // Each kind once, in list order.
    for kind in [CertificateType::SwSkills, CertificateType::SwVocational] {
        let held = s
            .certificates
            .as_deref()
            .unwrap_or(&[])
            .iter()
            .any(|c| c.kind == Some(kind) && c.issued_date.is_none_or(|d| d <= as_of));
        if held {
            parts.push(("certificateType", kind.as_str()));
        }
    }
    parts
}

fn count_staff(
    records: &Records,
    units: &Units,
    events: &Events,
    code_set: CodeSet,
    fig: &mut Figures,
    as_of: Date,
    left: &mut Vec<Left>,
) {
    for (i, s, id) in &records.staff {
        let posts = open_posts(s, as_of);
        let mut used = !posts.is_empty();
        if used {
            count_active(s, id, &posts, units, code_set, fig, as_of);
        }
        for (j, a) in s
            .training_attendances
            .as_deref()
            .unwrap_or(&[])
            .iter()
            .enumerate()
        {
            let path = Some(format!("trainingAttendances[{j}]"));
            let event = a.event_id.as_deref().map(str::trim);
            let level = |e: &str| events.by_id.get(e).and_then(|i| events.levels.get(*i));
            match event.map(level) {
                Some(Some(level)) => {
                    let parts = [("trainingLevel", *level)];
                    fig.at(C::TrainingAttendances)
                        .count(&format!("s{i}:{j}"), 1, &parts);
                    fig.at(C::TrainedPersons).count(id, 1, &[]);
                    used = true;
                }
                Some(None) => left.push(Left {
                    list: "staff",
                    index: *i,
                    path,
                    reason: Reason::EventNotCounted,
                }),
                None => left.push(Left {
                    list: "staff",
                    index: *i,
                    path,
                    reason: Reason::NoEvent,
                }),
            }
        }
        if !used {
            left.push(Left {
                list: "staff",
                index: *i,
                path: None,
                reason: Reason::NotActive,
            });
        }
    }
}

fn count_active(
    s: &StaffMember,
    id: &str,
    posts: &[&Assignment],
    units: &Units,
    code_set: CodeSet,
    fig: &mut Figures,
    as_of: Date,
) {
    let trained = completed_training(s, as_of);
    let workforce = fig.at(C::WorkforceTrained);
    workforce.count_den(id, &[]);
    if trained {
        workforce.count(id, 1, &[]);
    }
    let category = s.workforce_category.map_or("unspecified", |c| c.as_str());
    for post in posts {
        let Some((key, ty, kind)) = post_facility(s, post).and_then(|f| units.get(f)) else {
            continue;
        };
        if ty.is_legal_facility() {
            fig.at(C::FacilityStaff)
                .count(id, 1, &[("workforceCategory", category)]);
        }
        if *ty == FacilityType::SocialWorkOffice {
            let kind_of_post = match (post.concurrent, post.dedicated) {
                (Some(true), _) => "concurrent",
                (_, Some(true)) => "dedicated",
                _ => "unspecified",
            };
            fig.at(C::SwOfficeStaff)
                .count(id, 1, &[("post", kind_of_post)]);
        }
        if post.job_position == Some(JobPosition::SocialWork) {
            fig.at(C::UnitsWithSwStaff)
                .count(key, 1, &[("unitKind", kind)]);
        }
    }
    if let Some((component, level)) = network_component(s, posts) {
        let mut parts = vec![("component", component)];
        if let Some(level) = level {
            parts.push(("agencyLevel", level.as_str()));
        }
        fig.at(C::SwNetwork).count(id, 1, &parts);
    }
    if s.workforce_category == Some(WorkforceCategory::SwCollaborator) {
        let dedicated = s.dedicated == Some(true);
        let part = if dedicated {
            "dedicated"
        } else {
            "not-dedicated"
        };
        fig.at(C::Collaborators)
            .count(id, 1, &[("dedicated", part)]);
        let trained_share = fig.at(C::CollaboratorsTrained);
        trained_share.count_den(id, &[]);
        if trained {
            trained_share.count(id, 1, &[]);
        }
        let commune = s.commune.as_ref().filter(|c| c.code_set == Some(code_set));
        if let Some(ward) = commune.and_then(|c| c.ward_code.as_deref()) {
            fig.at(C::CommunesWithCollaborator).count(ward, 1, &[]);
            if dedicated {
                fig.at(C::CommunesWithDedicatedCollaborator)
                    .count(ward, 1, &[]);
            }
        }
    }
    let parts = qualification_parts(s, as_of);
    if !parts.is_empty() {
        fig.at(C::QualifiedPersons).count(id, 1, &parts);
    }
}

fn count_cases(records: &Records, fig: &mut Figures, as_of: Date, left: &mut Vec<Left>) {
    for (i, c) in &records.cases {
        let received = c.received_at.is_some_and(|r| r.date_in_vietnam() <= as_of);
        let closed = c.closure_date.is_some_and(|d| d <= as_of);
        if !received || closed {
            left.push(Left {
                list: "cases",
                index: *i,
                path: None,
                reason: Reason::NotOpen,
            });
            continue;
        }
        let pathway = c.pathway.map_or("unspecified", |p| p.as_str());
        fig.at(C::OpenCases)
            .count(&format!("c{i}"), 1, &[("pathway", pathway)]);
    }
}

/// The commune shares' denominators: the caller's, or the communes of the scope.
fn commune_denominators(request: &Request<'_, '_>, code_set: CodeSet, fig: &mut Figures) {
    let communes = units(code_set).map_or(0, |table| {
        table
            .provinces()
            .filter(|p| request.provinces.is_empty() || request.provinces.contains(&p.code()))
            .map(|p| p.communes().len() as u64)
            .sum()
    });
    for code in [
        C::CommunesWithDedicatedCollaborator,
        C::CommunesWithCollaborator,
    ] {
        let caller = request.denominators.iter().find(|(c, _)| *c == code);
        fig.at(code).fixed_den = Some(match caller {
            Some((_, v)) => (u64::from(*v), DenominatorSource::Caller),
            None => (communes, DenominatorSource::CodeSet),
        });
    }
}
