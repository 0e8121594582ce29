//! Code lists of how a case came in: who referred it, and which facility clients the client
//! belongs to.

crate::wire_enum! {
    /// Who reported the case or asked for help. NĐ 56/2017 Điều 25 names the receiving points
    /// (the national hotline, the social affairs agency, the police, the commune People's
    /// Committee) \[V\]; the rest of the list is design (domain-research §3.5).
    pub enum ReferralSource ("referralSource") {
        /// The client themself.
        SelfReferral = "self", "Đối tượng tự đề nghị", "The client";
        /// Family or relatives.
        Family = "family", "Gia đình, người thân", "Family or relatives";
        /// Neighbours, community members, social organisations.
        Community = "community", "Cộng đồng, tổ chức xã hội", "Community or social organisation";
        /// The national child protection hotline (Tổng đài điện thoại quốc gia bảo vệ trẻ em
        /// 111).
        Hotline = "hotline", "Tổng đài điện thoại quốc gia bảo vệ trẻ em (111)", "National child protection hotline (111)";
        /// Police.
        Police = "police", "Cơ quan công an", "Police";
        /// A school.
        School = "school", "Nhà trường", "School";
        /// A health facility.
        HealthFacility = "health-facility", "Cơ sở y tế", "Health facility";
        /// The commune People's Committee.
        CommuneCommittee = "commune-committee", "Ủy ban nhân dân cấp xã", "Commune People's Committee";
        /// The social affairs agency (Sở Y tế, formerly LĐ-TB&XH).
        SocialAffairsAgency = "social-affairs-agency", "Cơ quan quản lý nhà nước về trẻ em, bảo trợ xã hội", "Social affairs agency";
        /// A social work or child protection collaborator.
        Collaborator = "collaborator", "Cộng tác viên công tác xã hội, bảo vệ trẻ em", "Social work or child protection collaborator";
        /// Another social assistance facility or service provider.
        OtherProvider = "other-provider", "Cơ sở trợ giúp xã hội, cơ sở cung cấp dịch vụ khác", "Another facility or service provider";
        /// Another source.
        Other = "other", "Nguồn khác", "Other";
    }
}

crate::wire_enum! {
    /// The clients cared for in a social assistance facility (NĐ 20/2021/NĐ-CP Điều 24).
    pub enum FacilityCareCategory ("facilityCareCategory") {
        /// Clause 1: beneficiaries in especially difficult circumstances (children of Điều 5
        /// clauses 1 and 3 without a community carer; older people and people with
        /// disabilities eligible under their laws).
        SpecialDifficulty = "special-difficulty", "Khoản 1: đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn", "Clause 1: beneficiaries in especially difficult circumstances";
        /// Clause 2: people in need of emergency protection (victims of domestic violence,
        /// sexual abuse, trafficking or forced labour; people begging or wandering; others by
        /// the provincial chair's decision). Stay of at most 3 months (clause 4).
        EmergencyProtection = "emergency-protection", "Khoản 2: đối tượng cần bảo vệ khẩn cấp", "Clause 2: people in need of emergency protection";
        /// Clause 3: minors or people unable to work, placed under the law on administrative
        /// violations.
        AdministrativeMeasure = "administrative-measure", "Khoản 3: người chưa thành niên, người không còn khả năng lao động theo pháp luật xử lý vi phạm hành chính", "Clause 3: placed under the law on administrative violations";
        /// Clause 5: voluntary residents (older people under a care contract, others with no
        /// means to live at home).
        Voluntary = "voluntary", "Khoản 5: đối tượng tự nguyện", "Clause 5: voluntary residents";
    }
}
