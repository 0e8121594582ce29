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
        ruleset_version: String = "rulesetVersion" label("Phiên bản bộ quy tắc", "Ruleset version"),
        /// The portal's identifier of the facility.
        id: String = "id" where length 1..=100 label("Mã cơ sở", "Facility id"),
        /// Name in Vietnamese.
        name: String = "name" where length 2..=300 label("Tên cơ sở", "Name"),
        /// Facility type (NĐ 103/2017 Điều 5) or service point.
        facility_type: FacilityType = "facilityType" label("Loại hình cơ sở", "Facility type"),
        /// Public or non-public.
        ownership: Ownership = "ownership" label("Hình thức sở hữu", "Ownership"),
        /// Head office address (with its code set).
        address: Address = "address" label("Địa chỉ trụ sở", "Head office address"),
        /// The head of the facility.
        head: Person = "head" label("Người đứng đầu", "Head"),
        /// Phone number as typed.
        phone: String = "phone" where length 1..=50 label("Số điện thoại", "Phone"),
        /// Email address.
        email: String = "email" where length 3..=254 label("Email", "Email"),
        /// Tax code (mã số thuế).
        tax_code: String = "taxCode" where length 1..=20 label("Mã số thuế", "Tax code"),
        /// The agency managing the facility now (or when it was dissolved).
        managing_agency: FacilityAgency = "managingAgency" label("Cơ quan quản lý", "Managing agency"),
        /// The establishment decision or registration certificate.
        establishment: EstablishmentAct = "establishment" label("Quyết định thành lập", "Establishment act"),
        /// The operating licence.
        licence: OperatingLicence = "licence" label("Giấy phép hoạt động", "Operating licence"),
        /// Legal status.
        status: FacilityStatus = "status" label("Tình trạng", "Status"),
        /// First day of a suspension (status `suspended`).
        suspended_from: Date = "suspendedFrom" label("Tạm đình chỉ từ ngày", "Suspended from"),
        /// Last day of a suspension (at most 6 months after it began).
        suspended_until: Date = "suspendedUntil" label("Tạm đình chỉ đến ngày", "Suspended until"),
        /// Date of dissolution (status `dissolved`).
        dissolution_date: Date = "dissolutionDate" label("Ngày giải thể", "Dissolution date"),
        /// Design capacity (number of clients).
        design_capacity: u32 = "designCapacity" label("Công suất thiết kế", "Design capacity"),
        /// Current residents by client group.
        residents: Vec<ResidentCount> = "residents" label("Đối tượng đang chăm sóc", "Residents"),
        /// Current staff by position.
        staff: Vec<StaffCount> = "staff" label("Nhân sự", "Staff"),
        /// The facility's tasks, as on its registration certificate and licence (NĐ 103/2017
        /// Điều 7).
        tasks: Vec<FacilityTask> = "tasks" label("Nhiệm vụ", "Tasks"),
        /// Social work services offered (NĐ 110/2024 types).
        services: Vec<SocialWorkService> = "services" label("Dịch vụ công tác xã hội", "Social work services"),
        /// Whether the facility has a social work unit (a department or team of its organisation).
        has_social_work_unit: bool = "hasSocialWorkUnit" label("Có bộ phận công tác xã hội", "Has a social work unit"),
        /// Whether the facility has a social work room (phòng công tác xã hội: a room where
        /// clients are received and counselled), apart from a unit; Hà Nội's 2018 target.
        has_social_work_room: bool = "hasSocialWorkRoom" label("Có phòng công tác xã hội", "Has a social work room"),
        /// The level of a social work office (type `social-work-office` only).
        office_level: OfficeLevel = "officeLevel" label("Cấp văn phòng", "Office level"),
        /// The sector of a body providing social work services (type `service-provider` only).
        sector: ProviderSector = "sector" label("Lĩnh vực", "Sector"),
        /// Communes served (each an address with its code set, down to the commune).
        service_area: Vec<Address> = "serviceArea" label("Địa bàn phục vụ", "Service area"),
    }
}
