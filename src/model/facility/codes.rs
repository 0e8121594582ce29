//! Code lists of the facility model.

crate::wire_enum! {
    /// Facility type (NĐ 103/2017/NĐ-CP Điều 5), plus two kinds of service point that are not
    /// facilities under that decree (offices and other bodies providing social work services).
    pub enum FacilityType ("facilityType") {
        /// Cơ sở bảo trợ xã hội chăm sóc người cao tuổi.
        ElderlyCare = "elderly-care", "Cơ sở bảo trợ xã hội chăm sóc người cao tuổi", "Social protection facility caring for older people";
        /// Cơ sở bảo trợ xã hội chăm sóc trẻ em có hoàn cảnh đặc biệt.
        ChildCare = "child-care", "Cơ sở bảo trợ xã hội chăm sóc trẻ em có hoàn cảnh đặc biệt", "Social protection facility caring for children in special circumstances";
        /// Cơ sở bảo trợ xã hội chăm sóc người khuyết tật.
        DisabilityCare = "disability-care", "Cơ sở bảo trợ xã hội chăm sóc người khuyết tật", "Social protection facility caring for people with disabilities";
        /// Cơ sở chăm sóc và phục hồi chức năng cho người tâm thần, người rối nhiễu tâm trí.
        MentalHealthCare = "mental-health-care", "Cơ sở bảo trợ xã hội chăm sóc và phục hồi chức năng cho người tâm thần, người rối nhiễu tâm trí", "Social protection facility for care and rehabilitation of people with mental illness";
        /// Cơ sở bảo trợ xã hội tổng hợp.
        GeneralSocialProtection = "general-social-protection", "Cơ sở bảo trợ xã hội tổng hợp", "General social protection facility";
        /// Trung tâm công tác xã hội.
        SocialWorkCentre = "social-work-centre", "Trung tâm công tác xã hội", "Social work centre";
        /// Cơ sở trợ giúp xã hội khác theo quy định của pháp luật.
        Other = "other", "Cơ sở trợ giúp xã hội khác theo quy định của pháp luật", "Other social assistance facility provided for by law";
        /// Văn phòng công tác xã hội (a service point, not a facility under NĐ 103/2017).
        SocialWorkOffice = "social-work-office", "Văn phòng công tác xã hội", "Social work office";
        /// A hospital, school, court or other body providing social work services.
        ServiceProvider = "service-provider", "Đơn vị cung cấp dịch vụ công tác xã hội (bệnh viện, trường học, tòa án...)", "Body providing social work services (hospital, school, court...)";
    }
}

impl FacilityType {
    /// Whether the type is a social assistance facility under NĐ 103/2017 Điều 5 (service points
    /// are not: they need no establishment act, licence or staffing norms).
    pub fn is_legal_facility(self) -> bool {
        !matches!(
            self,
            FacilityType::SocialWorkOffice | FacilityType::ServiceProvider
        )
    }

    /// Whether the type gives residential care, to which the TT 33/2017 carer and nutrition
    /// norms apply.
    pub fn is_residential_care(self) -> bool {
        matches!(
            self,
            FacilityType::ElderlyCare
                | FacilityType::ChildCare
                | FacilityType::DisabilityCare
                | FacilityType::MentalHealthCare
                | FacilityType::GeneralSocialProtection
        )
    }
}

crate::wire_enum! {
    /// Ownership (NĐ 103/2017 Điều 2).
    pub enum Ownership ("ownership") {
        /// Công lập: set up, managed and funded by the State.
        Public = "public", "Công lập", "Public";
        /// Ngoài công lập: funded by individuals, organisations or businesses.
        NonPublic = "non-public", "Ngoài công lập", "Non-public";
    }
}

crate::wire_enum! {
    /// Where a facility stands in its legal life (NĐ 103/2017 Điều 21, 22, 32).
    pub enum FacilityStatus ("facilityStatus") {
        /// Planned, not yet established.
        Planned = "planned", "Đang quy hoạch, chưa thành lập", "Planned";
        /// Established or registered, without an operating licence yet.
        Registered = "registered", "Đã thành lập / đăng ký thành lập, chưa có giấy phép hoạt động", "Established or registered, not yet licensed";
        /// Holds an operating licence.
        Licensed = "licensed", "Đã được cấp giấy phép hoạt động", "Licensed";
        /// Operating licence suspended (at most 6 months).
        Suspended = "suspended", "Bị đình chỉ hoạt động", "Suspended";
        /// Operating licence revoked.
        LicenceRevoked = "licence-revoked", "Bị thu hồi giấy phép hoạt động", "Licence revoked";
        /// Dissolved.
        Dissolved = "dissolved", "Đã giải thể", "Dissolved";
    }
}

crate::wire_enum! {
    /// The act a facility was established by (NĐ 103/2017 Điều 14–19; Điều 17(4)).
    pub enum EstablishmentKind ("establishmentKind") {
        /// Quyết định thành lập (public facilities).
        Decision = "establishment-decision", "Quyết định thành lập", "Establishment decision";
        /// Giấy chứng nhận đăng ký thành lập (non-public facilities).
        RegistrationCertificate = "registration-certificate", "Giấy chứng nhận đăng ký thành lập", "Registration certificate";
        /// Set up under the law on enterprises.
        EnterpriseRegistration = "enterprise-registration", "Thành lập theo pháp luật về doanh nghiệp", "Set up under the law on enterprises";
        /// Set up under the law on associations.
        AssociationEstablishment = "association-establishment", "Thành lập theo pháp luật về hội", "Set up under the law on associations";
        /// Giấy chứng nhận đăng ký hoạt động trợ giúp xã hội: a facility under 10 clients,
        /// registered with the commune instead of being established and licensed (NĐ 103/2017
        /// Điều 17(4) as amended by NĐ 140/2018, Điều 44–47).
        ActivityRegistration = "activity-registration", "Giấy chứng nhận đăng ký hoạt động trợ giúp xã hội (cơ sở dưới 10 đối tượng)", "Social assistance activity registration (facility under 10 clients)";
    }
}

crate::wire_enum! {
    /// Client groups a facility takes in (NĐ 103/2017 Điều 6).
    pub enum ClientGroup ("clientGroup") {
        /// Đối tượng bảo trợ xã hội.
        SocialProtection = "social-protection", "Đối tượng bảo trợ xã hội", "Social protection beneficiaries";
        /// Đối tượng cần bảo vệ khẩn cấp.
        EmergencyProtection = "emergency-protection", "Đối tượng cần bảo vệ khẩn cấp", "People in need of emergency protection";
        /// Minors without stable residence under a commune-level education measure.
        EducationMeasure = "education-measure", "Người chưa thành niên không có nơi cư trú ổn định bị áp dụng biện pháp giáo dục tại xã, phường", "Minors without stable residence under a commune education measure";
        /// Tự nguyện.
        Voluntary = "voluntary", "Đối tượng tự nguyện", "Voluntary clients";
        /// Others under a programme or a decision of the provincial chair.
        Programme = "programme", "Đối tượng khác theo chương trình, đề án hoặc quyết định của Chủ tịch UBND cấp tỉnh", "Others under a programme or the provincial chair's decision";
    }
}
