//! Facilities and other social work service points (NĐ 103/2017/NĐ-CP).

mod codes;
mod more_codes;
mod parts;
mod tasks;

pub use codes::{ClientGroup, EstablishmentKind, FacilityStatus, FacilityType, Ownership};
pub use more_codes::{FacilityAgencyKind, OfficeLevel, ProviderSector, SocialWorkService};
pub use parts::{EstablishmentAct, FacilityAgency, OperatingLicence, ResidentCount, StaffCount};
pub use tasks::FacilityTask;

use super::address::Address;
use super::person::Person;
use crate::date::Date;

crate::record! {
    /// A social assistance facility or social work service point.
    pub struct Facility ("facility") {
        /// The ruleset version the sending portal validated with.
        ruleset_version: String = "rulesetVersion",
        /// The portal's identifier of the facility.
        id: String = "id" where length 1..=100,
        /// Name in Vietnamese.
        name: String = "name" where length 2..=300,
        /// Facility type (NĐ 103/2017 Điều 5) or service point.
        facility_type: FacilityType = "facilityType",
        /// Public or non-public.
        ownership: Ownership = "ownership",
        /// Head office address (with its code set).
        address: Address = "address",
        /// The head of the facility.
        head: Person = "head",
        /// Phone number as typed.
        phone: String = "phone" where length 1..=50,
        /// Email address.
        email: String = "email" where length 3..=254,
        /// Tax code (mã số thuế).
        tax_code: String = "taxCode" where length 1..=20,
        /// The agency managing the facility now (or when it was dissolved).
        managing_agency: FacilityAgency = "managingAgency",
        /// The establishment decision or registration certificate.
        establishment: EstablishmentAct = "establishment",
        /// The operating licence.
        licence: OperatingLicence = "licence",
        /// Legal status.
        status: FacilityStatus = "status",
        /// First day of a suspension (status `suspended`).
        suspended_from: Date = "suspendedFrom",
        /// Last day of a suspension (at most 6 months after it began).
        suspended_until: Date = "suspendedUntil",
        /// Date of dissolution (status `dissolved`).
        dissolution_date: Date = "dissolutionDate",
        /// Design capacity (number of clients).
        design_capacity: u32 = "designCapacity",
        /// Current residents by client group.
        residents: Vec<ResidentCount> = "residents",
        /// Current staff by position.
        staff: Vec<StaffCount> = "staff",
        /// The facility's tasks, as on its registration certificate and licence (NĐ 103/2017
        /// Điều 7).
        tasks: Vec<FacilityTask> = "tasks",
        /// Social work services offered (NĐ 110/2024 types).
        services: Vec<SocialWorkService> = "services",
        /// Whether the facility has a social work unit (a department or team of its organisation).
        has_social_work_unit: bool = "hasSocialWorkUnit",
        /// Whether the facility has a social work room (phòng công tác xã hội: a room where
        /// clients are received and counselled), apart from a unit; Hà Nội's 2018 target.
        has_social_work_room: bool = "hasSocialWorkRoom",
        /// The level of a social work office (type `social-work-office` only).
        office_level: OfficeLevel = "officeLevel",
        /// The sector of a body providing social work services (type `service-provider` only).
        sector: ProviderSector = "sector",
        /// Communes served (each an address with its code set, down to the commune).
        service_area: Vec<Address> = "serviceArea",
    }
}
