//! The code lists of indicators: codes (labelled with the indicators' names) and units.

crate::wire_enum! {
    /// The indicators the crate computes and observations name (README: indicator table).
    pub enum IndicatorCode ("indicator") {
        /// Cơ sở trợ giúp xã hội.
        Facilities = "facilities", "Số cơ sở trợ giúp xã hội", "Social assistance facilities";
        /// Người làm việc tại cơ sở.
        FacilityStaff = "facility-staff", "Số người làm việc tại các cơ sở trợ giúp xã hội", "Staff of social assistance facilities";
        /// Mạng lưới.
        SwNetwork = "sw-network", "Đội ngũ cán bộ, nhân viên, cộng tác viên công tác xã hội", "Social work network";
        /// Cộng tác viên.
        Collaborators = "collaborators", "Số cộng tác viên công tác xã hội", "Social work collaborators";
        /// Xã có CTV chuyên trách.
        CommunesWithDedicatedCollaborator = "communes-with-dedicated-collaborator", "Tỷ lệ xã có cộng tác viên công tác xã hội chuyên trách", "Share of communes with a dedicated social work collaborator";
        /// Xã có CTV.
        CommunesWithCollaborator = "communes-with-collaborator", "Tỷ lệ xã có cộng tác viên công tác xã hội", "Share of communes with a social work collaborator";
        /// Lớp.
        TrainingClasses = "training-classes", "Số lớp đào tạo, bồi dưỡng", "Training classes";
        /// Lượt.
        TrainingAttendances = "training-attendances", "Số lượt người được đào tạo, bồi dưỡng", "Training attendances";
        /// Người.
        TrainedPersons = "trained-persons", "Số người được đào tạo, bồi dưỡng", "Persons trained";
        /// Trình độ, chứng chỉ.
        QualifiedPersons = "qualified-persons", "Số người có trình độ, chứng chỉ công tác xã hội", "Persons with a social work qualification or certificate";
        /// Văn phòng.
        SwOffices = "sw-offices", "Số văn phòng công tác xã hội", "Social work offices";
        /// Người làm việc tại văn phòng.
        SwOfficeStaff = "sw-office-staff", "Số người làm việc tại văn phòng công tác xã hội (chuyên trách và kiêm nhiệm)", "Staff of social work offices (dedicated and concurrent)";
        /// Đối tượng tại cơ sở.
        FacilityClients = "facility-clients", "Số đối tượng được chăm sóc tại cơ sở", "Clients cared for in facilities";
        /// Ca đang quản lý.
        OpenCases = "open-cases", "Số trường hợp đang được quản lý", "Open cases";
        /// Đơn vị có người làm CTXH.
        UnitsWithSwStaff = "units-with-sw-staff", "Tỷ lệ cơ sở, đơn vị có người làm công tác xã hội", "Share of facilities and service points with social work staff";
        /// Cơ sở cung cấp dịch vụ.
        FacilitiesWithSwServices = "facilities-with-sw-services", "Tỷ lệ cơ sở trợ giúp xã hội cung cấp dịch vụ công tác xã hội", "Share of social assistance facilities providing social work services";
        /// Phòng CTXH.
        FacilitiesWithSwRoom = "facilities-with-sw-room", "Tỷ lệ cơ sở trợ giúp xã hội có phòng công tác xã hội", "Share of social assistance facilities with a social work room";
        /// Được đào tạo.
        WorkforceTrained = "workforce-trained", "Tỷ lệ cán bộ, nhân viên, cộng tác viên được đào tạo, bồi dưỡng", "Share of staff and collaborators trained";
        /// CTV được đào tạo.
        CollaboratorsTrained = "collaborators-trained", "Tỷ lệ cộng tác viên công tác xã hội được đào tạo, bồi dưỡng", "Share of social work collaborators trained";
    }
}

crate::wire_enum! {
    /// What an indicator's value counts.
    pub enum IndicatorUnit ("indicatorUnit") {
        /// A number of facilities, persons, classes...
        Count = "count", "Số lượng", "Count";
        /// A share, numerator ÷ denominator × 100.
        Percent = "percent", "Tỷ lệ (%)", "Percent";
        /// Attendances (lượt người): one person attending two classes counts twice.
        PersonTimes = "person-times", "Lượt người", "Person-times";
    }
}
