//! Code lists for social work services and agencies.

crate::wire_enum! {
    /// Social work service types (NĐ 110/2024/NĐ-CP).
    pub enum SocialWorkService ("socialWorkService") {
        /// Bảo vệ khẩn cấp.
        EmergencyProtection = "emergency-protection", "Bảo vệ khẩn cấp", "Emergency protection";
        /// Chăm sóc, can thiệp, trợ giúp phục hồi.
        CareIntervention = "care-intervention", "Chăm sóc, can thiệp, trợ giúp phục hồi", "Care, intervention and rehabilitation";
        /// Giáo dục, tư vấn, tham vấn.
        EducationCounselling = "education-counselling", "Giáo dục, tư vấn, tham vấn", "Education and counselling";
        /// Phòng ngừa.
        Prevention = "prevention", "Phòng ngừa", "Prevention";
        /// Công tác xã hội trong ngành (y tế, giáo dục, tư pháp...).
        SectorSocialWork = "sector-social-work", "Công tác xã hội trong lĩnh vực y tế, giáo dục, tư pháp...", "Social work in a sector (health, education, justice...)";
        /// Quản lý trường hợp tại cơ sở hoặc cộng đồng.
        CaseManagement = "case-management", "Quản lý trường hợp tại cơ sở hoặc cộng đồng", "Case management in a facility or in the community";
        /// Hỗ trợ tái hòa nhập cộng đồng.
        Reintegration = "reintegration", "Hỗ trợ hòa nhập cộng đồng", "Reintegration";
    }
}

crate::wire_enum! {
    /// Agencies that manage facilities or issue their acts. The social protection function moved
    /// to the health sector on 1 March 2025; district-level bodies ended on 30 June 2025.
    pub enum FacilityAgencyKind ("facilityAgencyKind") {
        /// Bộ Y tế (social protection from 1 March 2025).
        MinistryOfHealth = "ministry-of-health", "Bộ Y tế", "Ministry of Health";
        /// Sở Y tế (social protection from 1 March 2025).
        HealthDepartment = "health-department", "Sở Y tế", "Provincial Department of Health";
        /// Phòng Y tế cấp huyện (social protection 1 March – 30 June 2025).
        DistrictHealthOffice = "district-health-office", "Phòng Y tế cấp huyện", "District Health Office";
        /// Bộ Lao động - Thương binh và Xã hội (until 28 February 2025).
        Molisa = "molisa", "Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs";
        /// Sở Lao động - Thương binh và Xã hội (until 28 February 2025).
        Dolisa = "dolisa", "Sở Lao động - Thương binh và Xã hội", "Provincial Department of Labour, Invalids and Social Affairs";
        /// Phòng Lao động - Thương binh và Xã hội (until 28 February 2025).
        DistrictLabourOffice = "district-labour-office", "Phòng Lao động - Thương binh và Xã hội", "District Office of Labour, Invalids and Social Affairs";
        /// Ủy ban nhân dân cấp tỉnh.
        ProvincialCommittee = "provincial-committee", "Ủy ban nhân dân cấp tỉnh", "Provincial People's Committee";
        /// Ủy ban nhân dân cấp huyện (until 30 June 2025).
        DistrictCommittee = "district-committee", "Ủy ban nhân dân cấp huyện", "District People's Committee";
        /// Ủy ban nhân dân cấp xã.
        CommuneCommittee = "commune-committee", "Ủy ban nhân dân cấp xã", "Commune People's Committee";
        /// Another body (a ministry or organisation outside the social protection sector).
        Other = "other", "Cơ quan, tổ chức khác", "Other body";
    }
}

crate::wire_enum! {
    /// The level of a social work office (văn phòng công tác xã hội): where it sits. The
    /// district level ended on 30 June 2025 (domain-research §7 I5: Quảng Ninh's district,
    /// commune and school offices).
    pub enum OfficeLevel ("officeLevel") {
        /// Cấp tỉnh.
        Province = "province", "Cấp tỉnh", "Province";
        /// Cấp xã (xã, phường, đặc khu).
        Commune = "commune", "Cấp xã", "Commune";
        /// Trong trường học.
        School = "school", "Trường học", "School";
        /// Trong bệnh viện.
        Hospital = "hospital", "Bệnh viện", "Hospital";
        /// Cấp huyện, only until 30/6/2025.
        DistrictLegacy = "district-legacy", "Cấp huyện (trước 01/7/2025)", "District (before 1 July 2025)";
    }
}

crate::wire_enum! {
    /// The sector of a body providing social work services (QĐ 112/QĐ-TTg: hospitals, schools,
    /// judicial bodies with 1–2 social work staff).
    pub enum ProviderSector ("providerSector") {
        /// Y tế (bệnh viện, trung tâm y tế).
        Health = "health", "Y tế", "Health";
        /// Giáo dục (trường học).
        Education = "education", "Giáo dục", "Education";
        /// Tư pháp (tòa án, trại giam, trường giáo dưỡng, cơ sở cai nghiện...).
        Justice = "justice", "Tư pháp", "Justice";
        /// Lĩnh vực khác.
        Other = "other", "Lĩnh vực khác", "Other sector";
    }
}
