//! The code lists of staff records (the professional titles and education levels are those of
//! the reference table [`crate::reference::titles`]).

pub use crate::reference::titles::{EducationLevel, ProfessionalTitle};

crate::wire_enum! {
    /// Which part of the social work workforce a person belongs to (domain-research §2.12).
    pub enum WorkforceCategory ("workforceCategory") {
        /// Công chức (incl. commune civil servants working on child protection; Luật Trẻ em Điều 53).
        CivilServant = "civil-servant", "Công chức", "Civil servant";
        /// Viên chức: holds a professional title (V.09.04.xx for social work).
        PublicEmployee = "public-employee", "Viên chức", "Public employee";
        /// Người lao động under a labour contract (TT 02/2020 Điều 2).
        ContractWorker = "contract-worker", "Người lao động (hợp đồng)", "Contract worker";
        /// Cộng tác viên công tác xã hội; `dedicated` = chuyên trách.
        SwCollaborator = "sw-collaborator", "Cộng tác viên công tác xã hội", "Social work collaborator";
        /// Cộng tác viên bảo vệ trẻ em / cộng tác viên trẻ em (TT 14/2020/TT-BLĐTBXH).
        ChildProtectionCollaborator = "child-protection-collaborator", "Cộng tác viên bảo vệ trẻ em", "Child protection collaborator";
        /// Thành viên đội công tác xã hội tình nguyện.
        VolunteerTeamMember = "volunteer-team-member", "Thành viên đội công tác xã hội tình nguyện", "Social work volunteer team member";
        /// Người hoạt động không chuyên trách / kiêm nhiệm.
        PartTime = "part-time", "Người hoạt động không chuyên trách, kiêm nhiệm", "Part-time or concurrent worker";
    }
}

crate::wire_enum! {
    /// The level of a state agency. The district level ended on 30 June 2025.
    pub enum AgencyLevel ("agencyLevel") {
        /// Trung ương (Bộ, Cục).
        Central = "central", "Trung ương", "Central";
        /// Cấp tỉnh (Sở).
        Province = "province", "Cấp tỉnh", "Province";
        /// Cấp xã (UBND xã, phường, đặc khu).
        Commune = "commune", "Cấp xã", "Commune";
        /// Cấp huyện (Phòng LĐ-TB&XH...), only until 30/6/2025.
        DistrictLegacy = "district-legacy", "Cấp huyện (trước 01/7/2025)", "District (before 1 July 2025)";
    }
}

crate::wire_enum! {
    /// Job positions (vị trí việc làm) at a facility or agency (TT 33/2017 Điều 4).
    pub enum JobPosition ("jobPosition") {
        /// Giám đốc.
        Director = "director", "Giám đốc", "Director";
        /// Phó giám đốc.
        DeputyDirector = "deputy-director", "Phó giám đốc", "Deputy director";
        /// Trưởng phòng, trưởng khoa.
        HeadOfUnit = "head-of-unit", "Trưởng phòng, trưởng khoa", "Head of unit";
        /// Phó trưởng phòng, phó trưởng khoa.
        DeputyHeadOfUnit = "deputy-head-of-unit", "Phó trưởng phòng, phó trưởng khoa", "Deputy head of unit";
        /// Công tác xã hội.
        SocialWork = "social-work", "Công tác xã hội", "Social work";
        /// Tâm lý.
        Psychology = "psychology", "Tâm lý", "Psychology";
        /// Chăm sóc trực tiếp.
        DirectCare = "direct-care", "Chăm sóc trực tiếp", "Direct care";
        /// Y tế, điều dưỡng.
        MedicalNursing = "medical-nursing", "Y tế, điều dưỡng", "Medical and nursing";
        /// Dinh dưỡng.
        Nutrition = "nutrition", "Dinh dưỡng", "Nutrition";
        /// Phục hồi chức năng.
        Rehabilitation = "rehabilitation", "Phục hồi chức năng", "Rehabilitation";
        /// Giáo viên văn hóa.
        GeneralTeacher = "general-teacher", "Giáo viên văn hóa", "Teacher";
        /// Giáo viên dạy nghề.
        VocationalTeacher = "vocational-teacher", "Giáo viên dạy nghề", "Vocational teacher";
        /// Hỗ trợ, phục vụ (kế toán, hành chính, văn thư, lái xe, bảo vệ...).
        Support = "support", "Hỗ trợ, phục vụ", "Support staff";
        /// Khác.
        Other = "other", "Khác", "Other";
    }
}

crate::wire_enum! {
    /// The legal form of an assignment.
    pub enum ContractType ("contractType") {
        /// Biên chế / tuyển dụng công chức, viên chức.
        Appointment = "appointment", "Biên chế, tuyển dụng", "Civil service appointment";
        /// Hợp đồng lao động.
        LabourContract = "labour-contract", "Hợp đồng lao động", "Labour contract";
        /// Hợp đồng cộng tác viên.
        CollaboratorContract = "collaborator-contract", "Hợp đồng cộng tác viên", "Collaborator contract";
        /// Tình nguyện, không có hợp đồng.
        Volunteer = "volunteer", "Tình nguyện, không hợp đồng", "Volunteer, no contract";
    }
}

crate::wire_enum! {
    /// The field of a qualification. The first four are the social work majors of the title and
    /// practice rules; another social science needs a social work skills certificate as well.
    pub enum MajorField ("majorField") {
        /// Công tác xã hội.
        SocialWork = "social-work", "Công tác xã hội", "Social work";
        /// Xã hội học.
        Sociology = "sociology", "Xã hội học", "Sociology";
        /// Tâm lý học.
        Psychology = "psychology", "Tâm lý học", "Psychology";
        /// Giáo dục đặc biệt.
        SpecialEducation = "special-education", "Giáo dục đặc biệt", "Special education";
        /// Ngành khoa học xã hội khác.
        OtherSocialScience = "other-social-science", "Ngành khoa học xã hội khác", "Other social science";
        /// Ngành khác.
        Other = "other", "Ngành khác", "Other field";
    }
}

crate::wire_enum! {
    /// Certificates of social work staff (domain-research §3.2).
    pub enum CertificateType ("certificateType") {
        /// Chứng chỉ bồi dưỡng nghiệp vụ công tác xã hội.
        SwSkills = "sw-skills", "Chứng chỉ nghiệp vụ công tác xã hội", "Social work skills certificate";
        /// Chứng chỉ bồi dưỡng tiêu chuẩn chức danh hạng II.
        TitleStandardII = "title-standard-ii", "Chứng chỉ bồi dưỡng tiêu chuẩn chức danh hạng II", "Title standard certificate, grade II";
        /// Chứng chỉ bồi dưỡng tiêu chuẩn chức danh hạng III.
        TitleStandardIII = "title-standard-iii", "Chứng chỉ bồi dưỡng tiêu chuẩn chức danh hạng III", "Title standard certificate, grade III";
        /// Chứng chỉ bồi dưỡng tiêu chuẩn chức danh hạng IV.
        TitleStandardIV = "title-standard-iv", "Chứng chỉ bồi dưỡng tiêu chuẩn chức danh hạng IV", "Title standard certificate, grade IV";
        /// Giấy xác nhận quá trình thực hành công tác xã hội (NĐ 110/2024).
        PracticeConfirmation = "practice-confirmation", "Giấy xác nhận quá trình thực hành công tác xã hội", "Confirmation of supervised practice";
        /// Giấy chứng nhận đăng ký hành nghề công tác xã hội (NĐ 110/2024).
        PracticeRegistration = "practice-registration", "Giấy chứng nhận đăng ký hành nghề công tác xã hội", "Social work practice registration";
        /// Giấy chứng nhận cập nhật kiến thức công tác xã hội.
        ContinuingEducation = "continuing-education", "Giấy chứng nhận cập nhật kiến thức công tác xã hội", "Continuing education certificate";
        /// Chứng chỉ nghề công tác xã hội.
        SwVocational = "sw-vocational", "Chứng chỉ nghề công tác xã hội", "Social work vocational certificate";
    }
}
