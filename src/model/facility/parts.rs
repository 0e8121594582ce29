//! Records nested in a facility: agencies, establishment act, licence, counts.

use super::codes::{ClientGroup, EstablishmentKind};
use super::more_codes::FacilityAgencyKind;
use crate::date::Date;
use crate::model::staff::JobPosition;

crate::record! {
    /// An agency named on a facility record (managing agency, issuer of an act or licence).
    pub struct FacilityAgency ("facilityAgency") {
        /// What kind of body it is; checked against the date it acted on.
        kind: FacilityAgencyKind = "kind" label("Loại cơ quan", "Kind"),
        /// Its name as written on the documents.
        name: String = "name" where length 1..=300 label("Tên", "Name"),
        /// Province code (2 digits) for provincial and lower bodies.
        province_code: String = "provinceCode" where length 1..=10 label("Mã tỉnh", "Province code"),
    }
}

crate::record! {
    /// The act the facility was established by: a decision (public) or a registration
    /// certificate (non-public).
    pub struct EstablishmentAct ("establishmentAct") {
        /// Decision, registration certificate, enterprise or association act.
        kind: EstablishmentKind = "kind" label("Hình thức", "Kind"),
        /// Number of the act as written.
        number: String = "number" where length 1..=100 label("Số", "Number"),
        /// Date of the act.
        date: Date = "date" label("Ngày", "Date"),
        /// Who issued it.
        issuer: FacilityAgency = "issuer" label("Cơ quan ban hành", "Issuer"),
    }
}

crate::record! {
    /// The operating licence (giấy phép hoạt động, NĐ 103/2017 Điều 26–30).
    pub struct OperatingLicence ("operatingLicence") {
        /// Licence number as written.
        number: String = "number" where length 1..=100 label("Số", "Number"),
        /// Date of issue.
        issued_date: Date = "issuedDate" label("Ngày cấp", "Issue date"),
        /// Who issued it.
        issuer: FacilityAgency = "issuer" label("Cơ quan cấp", "Issuer"),
    }
}

crate::record! {
    /// How many residents of one client group the facility has now.
    pub struct ResidentCount ("residentCount") {
        /// Client group (NĐ 103/2017 Điều 6).
        group: ClientGroup = "group" label("Nhóm đối tượng", "Client group"),
        /// Number of residents.
        count: u32 = "count" label("Số lượng", "Count"),
    }
}

crate::record! {
    /// How many staff the facility has in one position.
    pub struct StaffCount ("staffCount") {
        /// Position (TT 33/2017 Điều 4; the staff records' code list).
        position: JobPosition = "position" label("Vị trí việc làm", "Position"),
        /// Number of staff (people, not full-time equivalents).
        count: u32 = "count" label("Số lượng", "Count"),
    }
}
