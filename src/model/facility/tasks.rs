//! The tasks of a social assistance facility (NĐ 103/2017/NĐ-CP Điều 7, items 1–17, read in
//! the PĐ mirror): a facility has some or all of them, written on its registration certificate
//! and licence.

crate::wire_enum! {
    /// A task of a social assistance facility (NĐ 103/2017 Điều 7).
    pub enum FacilityTask ("facilityTask") {
        /// 1. Emergency services: receiving, assessing and keeping safe people in need of
        /// emergency protection.
        EmergencyServices = "emergency-services", "1. Cung cấp các dịch vụ khẩn cấp", "1. Emergency services";
        /// 2. Counselling and therapy for mental distress and crisis; physical rehabilitation.
        Therapy = "therapy", "2. Tham vấn, trị liệu rối nhiễu tâm trí, khủng hoảng tâm lý và phục hồi thể chất", "2. Counselling, therapy and physical recovery";
        /// 3. Advice and help to receive social assistance; arranging forms of care.
        PolicyAccess = "policy-access", "3. Tư vấn và trợ giúp đối tượng thụ hưởng các chính sách trợ giúp xã hội; tìm kiếm, sắp xếp các hình thức chăm sóc", "3. Help to receive social assistance; arranging care";
        /// 4. Intervention plans, their monitoring and review.
        InterventionPlanning = "intervention-planning", "4. Xây dựng kế hoạch can thiệp và trợ giúp đối tượng; giám sát, rà soát và điều chỉnh kế hoạch", "4. Intervention plans, monitoring and review";
        /// 5. Receiving, managing, caring for and nurturing beneficiaries in especially
        /// difficult circumstances.
        ResidentialCare = "residential-care", "5. Tiếp nhận, quản lý, chăm sóc, nuôi dưỡng đối tượng bảo trợ xã hội thuộc diện đặc biệt khó khăn", "5. Residential care";
        /// 6. Primary medical treatment.
        PrimaryHealthCare = "primary-health-care", "6. Cung cấp dịch vụ điều trị y tế ban đầu", "6. Primary medical treatment";
        /// 7. Rehabilitation, self-management, cultural and sports activities, productive work.
        Rehabilitation = "rehabilitation", "7. Phục hồi chức năng, hoạt động tự quản, văn hóa, thể thao, lao động sản xuất", "7. Rehabilitation and activities";
        /// 8. Schooling, vocational training and guidance.
        Education = "education", "8. Dạy văn hóa, dạy nghề, giáo dục hướng nghiệp", "8. Schooling and vocational training";
        /// 9. Social education and capacity building (parenting, life skills, training).
        SocialEducation = "social-education", "9. Cung cấp các dịch vụ về giáo dục xã hội và nâng cao năng lực", "9. Social education and capacity building";
        /// 10. Managing the people receiving social work services.
        CaseManagement = "case-management", "10. Quản lý đối tượng được cung cấp dịch vụ công tác xã hội", "10. Case management";
        /// 11. Prevention of hardship, abuse, violence and neglect.
        Prevention = "prevention", "11. Phòng ngừa đối tượng rơi vào hoàn cảnh khó khăn và bị xâm hại, bạo lực, ngược đãi", "11. Prevention";
        /// 12. Community development.
        CommunityDevelopment = "community-development", "12. Phát triển cộng đồng", "12. Community development";
        /// 13. Communication and awareness.
        Communication = "communication", "13. Tổ chức các hoạt động truyền thông, nâng cao nhận thức", "13. Communication and awareness";
        /// 14. Return to family and reintegration.
        Reintegration = "reintegration", "14. Đưa đối tượng trở về gia đình, tái hòa nhập cộng đồng", "14. Return and reintegration";
        /// 15. Managing finances, assets and staff.
        Administration = "administration", "15. Quản lý tài chính, tài sản, công chức, viên chức và người lao động", "15. Finance, assets and staff";
        /// 16. Raising and receiving support from donors in Vietnam and abroad.
        Fundraising = "fundraising", "16. Vận động và tiếp nhận sự hỗ trợ tài chính, hiện vật", "16. Raising support";
        /// 17. Services on request and other tasks assigned by the competent authority.
        OtherAssigned = "other-assigned", "17. Dịch vụ theo yêu cầu và nhiệm vụ khác do cấp có thẩm quyền quyết định", "17. Services on request and other tasks";
    }
}
