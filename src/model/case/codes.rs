//! Code lists of the case model.

crate::wire_enum! {
    /// The legal procedure a case follows; it decides the allowed steps.
    pub enum Pathway ("pathway") {
        /// Case management at a facility or commune (TT 02/2020/TT-BLĐTBXH).
        Facility = "facility", "Quản lý trường hợp tại cơ sở (TT 02/2020)", "Case management at a facility or commune (TT 02/2020)";
        /// Child protection (NĐ 56/2017/NĐ-CP Điều 25–30).
        ChildProtection = "child-protection", "Bảo vệ trẻ em (NĐ 56/2017)", "Child protection (NĐ 56/2017)";
        /// Case management for people with disabilities (TT 01/2015/TT-BLĐTBXH).
        Disability = "disability", "Quản lý trường hợp người khuyết tật (TT 01/2015)", "Case management for people with disabilities (TT 01/2015)";
        /// Admission to a social assistance facility (NĐ 20/2021/NĐ-CP Điều 27–28).
        FacilityAdmission = "facility-admission", "Tiếp nhận vào cơ sở trợ giúp xã hội (NĐ 20/2021)", "Admission to a social assistance facility (NĐ 20/2021)";
    }
}

crate::wire_enum! {
    /// Whether the case needs emergency action.
    pub enum Urgency ("urgency") {
        /// Khẩn cấp.
        Emergency = "emergency", "Khẩn cấp", "Emergency";
        /// Không khẩn cấp.
        NonEmergency = "non-emergency", "Không khẩn cấp", "Non-emergency";
    }
}

crate::wire_enum! {
    /// Child protection level (Luật Trẻ em 2016 Điều 47).
    pub enum ProtectionLevel ("protectionLevel") {
        /// Phòng ngừa.
        Prevention = "prevention", "Phòng ngừa", "Prevention";
        /// Hỗ trợ.
        Support = "support", "Hỗ trợ", "Support";
        /// Can thiệp.
        Intervention = "intervention", "Can thiệp", "Intervention";
    }
}

crate::wire_enum! {
    /// Case status; it follows the last recorded step.
    pub enum CaseStatus ("caseStatus") {
        /// Received (intake).
        Received = "received", "Đã tiếp nhận", "Received";
        /// Being assessed.
        Assessing = "assessing", "Đang đánh giá", "Being assessed";
        /// Plan being drafted.
        Planning = "planning", "Đang lập kế hoạch", "Plan being drafted";
        /// Plan approved.
        PlanApproved = "plan-approved", "Kế hoạch đã được phê duyệt", "Plan approved";
        /// Admitted to a facility.
        Admitted = "admitted", "Đã tiếp nhận vào cơ sở", "Admitted to a facility";
        /// Plan being carried out.
        InIntervention = "in-intervention", "Đang thực hiện kế hoạch", "Plan being carried out";
        /// Under review.
        UnderReview = "under-review", "Đang rà soát, đánh giá lại", "Under review";
        /// Closed.
        Closed = "closed", "Đã kết thúc", "Closed";
        /// Referred out to another service provider.
        ReferredOut = "referred-out", "Đã chuyển gửi", "Referred out";
        /// Transferred to another facility or commune.
        Transferred = "transferred", "Đã chuyển nơi quản lý", "Transferred";
    }
}

crate::wire_enum! {
    /// The kind of a case step.
    pub enum StepType ("stepType") {
        /// Tiếp nhận thông tin, sàng lọc.
        Intake = "intake", "Tiếp nhận", "Intake";
        /// Đánh giá nguy cơ ban đầu (NĐ 56/2017 Điều 26).
        InitialRiskAssessment = "initial-risk-assessment", "Đánh giá nguy cơ ban đầu", "Initial risk assessment";
        /// Biện pháp bảo vệ khẩn cấp (NĐ 56/2017 Điều 26(3), 31).
        EmergencyProtection = "emergency-protection", "Áp dụng biện pháp bảo vệ khẩn cấp", "Emergency protective action";
        /// Thu thập thông tin, đánh giá nhu cầu / nguy cơ.
        Assessment = "assessment", "Thu thập thông tin, đánh giá", "Assessment";
        /// Xây dựng kế hoạch.
        Plan = "plan", "Xây dựng kế hoạch", "Plan";
        /// Phê duyệt kế hoạch.
        PlanApproval = "plan-approval", "Phê duyệt kế hoạch", "Plan approval";
        /// Tiếp nhận vào cơ sở (NĐ 20/2021 Điều 27–28).
        Admission = "admission", "Tiếp nhận vào cơ sở", "Admission to the facility";
        /// Thực hiện kế hoạch (services delivered, referrals made).
        Intervention = "intervention", "Thực hiện kế hoạch", "Intervention";
        /// Rà soát, đánh giá lại.
        Review = "review", "Rà soát, đánh giá lại", "Review";
        /// Kết thúc.
        Closure = "closure", "Kết thúc", "Closure";
        /// Chuyển gửi đến nơi cung cấp dịch vụ khác.
        Referral = "referral", "Chuyển gửi", "Referral";
        /// Chuyển nơi quản lý trường hợp.
        Transfer = "transfer", "Chuyển nơi quản lý", "Transfer";
        /// Theo dõi sau hòa nhập (TT 02/2020 Điều 10).
        FollowUp = "follow-up", "Theo dõi sau hòa nhập cộng đồng", "Follow-up after reintegration";
    }
}

crate::wire_enum! {
    /// Who acted in a step.
    pub enum ActorRole ("actorRole") {
        /// The case manager.
        CaseManager = "case-manager", "Người quản lý trường hợp", "Case manager";
        /// Another staff member.
        Staff = "staff", "Cán bộ, nhân viên", "Staff member";
        /// A collaborator.
        Collaborator = "collaborator", "Cộng tác viên", "Collaborator";
        /// The head of the facility.
        FacilityHead = "facility-head", "Người đứng đầu cơ sở", "Head of the facility";
        /// The chair of the commune People's Committee.
        CommuneChair = "commune-chair", "Chủ tịch UBND cấp xã", "Chair of the commune People's Committee";
        /// Someone else.
        Other = "other", "Khác", "Other";
    }
}

impl ActorRole {
    /// Whether the role may approve plans and assign case managers (TT 02/2020 Điều 2(2), 7(1);
    /// NĐ 56/2017 Điều 28(4)).
    pub fn is_approver(self) -> bool {
        matches!(self, ActorRole::FacilityHead | ActorRole::CommuneChair)
    }
}

crate::wire_enum! {
    /// Why a case was closed (TT 02/2020 Điều 8(3)(a); NĐ 20/2021 Điều 30(2)).
    pub enum ClosureReason ("closureReason") {
        /// The goals of the plan were met.
        GoalsMet = "goals-met", "Đã đạt mục tiêu của kế hoạch", "Goals of the plan met";
        /// Decision of the facility head or commune chair.
        HeadOrChairDecision = "head-or-chair-decision", "Theo quyết định của người đứng đầu cơ sở / Chủ tịch UBND cấp xã", "Decision of the facility head or commune chair";
        /// Adopted.
        Adopted = "adopted", "Được nhận làm con nuôi", "Adopted";
        /// Reached the age limit.
        AgeLimit = "age-limit", "Hết tuổi được hỗ trợ", "Reached the age limit";
        /// No suitable service.
        NoSuitableService = "no-suitable-service", "Không có dịch vụ phù hợp", "No suitable service";
        /// No contact for one month.
        NoContact = "no-contact", "Mất liên lạc từ 01 tháng trở lên", "No contact for a month or more";
        /// The client asked to end it.
        ClientRequest = "client-request", "Theo đề nghị của đối tượng", "At the client's request";
        /// Death or missing.
        DeathOrMissing = "death-or-missing", "Đối tượng chết hoặc mất tích", "Death or missing";
        /// Care contract ended.
        ContractEnded = "contract-ended", "Hết hạn hợp đồng chăm sóc", "Care contract ended";
        /// Mutual agreement.
        MutualAgreement = "mutual-agreement", "Theo thỏa thuận", "Mutual agreement";
        /// Moved out of the area.
        MovedOut = "moved-out", "Chuyển khỏi địa bàn", "Moved out of the area";
        /// Request of the family or guardian (NĐ 20/2021 Mẫu 09).
        GuardianRequest = "guardian-request", "Theo đề nghị của gia đình, người giám hộ", "At the request of the family or guardian";
        /// Another reason provided for by law.
        OtherLegal = "other-legal", "Lý do khác theo quy định của pháp luật", "Another reason provided for by law";
    }
}

crate::wire_enum! {
    /// Information that must never be published about the client.
    pub enum ConfidentialityFlag ("confidentialityFlag") {
        /// HIV status (NĐ 20/2021 Điều 8, 28).
        Hiv = "hiv", "Thông tin về HIV", "HIV status";
        /// Sexual abuse.
        SexualAbuse = "sexual-abuse", "Bị xâm hại tình dục", "Sexual abuse";
        /// Trafficking.
        Trafficking = "trafficking", "Bị mua bán", "Trafficking";
        /// Other sensitive information.
        OtherSensitive = "other-sensitive", "Thông tin nhạy cảm khác", "Other sensitive information";
    }
}

crate::wire_enum! {
    /// Who gave consent for the client.
    pub enum ConsentGiver ("consentGiver") {
        /// The client.
        Client = "client", "Đối tượng", "The client";
        /// A parent.
        Parent = "parent", "Cha, mẹ", "A parent";
        /// The guardian.
        Guardian = "guardian", "Người giám hộ", "The guardian";
        /// Another family member.
        FamilyMember = "family-member", "Thành viên gia đình", "A family member";
    }
}

crate::wire_enum! {
    /// How a client was admitted to a facility (NĐ 20/2021 Điều 27–28).
    pub enum AdmissionType ("admissionType") {
        /// Regular admission by decision.
        Regular = "regular", "Tiếp nhận thông thường", "Regular admission";
        /// Emergency admission (stay at most 3 months unless extended).
        Emergency = "emergency", "Tiếp nhận khẩn cấp", "Emergency admission";
        /// Voluntary admission under a care contract.
        Voluntary = "voluntary", "Tiếp nhận tự nguyện (hợp đồng)", "Voluntary admission (contract)";
    }
}
