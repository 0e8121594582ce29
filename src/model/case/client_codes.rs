//! Code lists describing the client of a case.

crate::wire_enum! {
    /// Beneficiary categories for the monthly allowance (NĐ 20/2021/NĐ-CP Điều 5, original text).
    pub enum BeneficiaryCategory ("beneficiaryCategory") {
        /// K1: child under 16 without means of support.
        K1 = "k1", "Khoản 1: trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng", "Clause 1: child under 16 without means of support";
        /// K2: formerly K1, 16 to 22 and still in education.
        K2 = "k2", "Khoản 2: người từ 16 đến 22 tuổi đang đi học, trước đó thuộc khoản 1", "Clause 2: aged 16 to 22 and in education, formerly clause 1";
        /// K3: child with HIV/AIDS in a poor household.
        K3 = "k3", "Khoản 3: trẻ em nhiễm HIV/AIDS thuộc hộ nghèo", "Clause 3: child with HIV/AIDS in a poor household";
        /// K4: poor single parent raising children.
        K4 = "k4", "Khoản 4: người đơn thân nghèo đang nuôi con", "Clause 4: poor single parent raising children";
        /// K5a: older person in a poor household with no supporter.
        K5a = "k5a", "Khoản 5 điểm a: người cao tuổi thuộc hộ nghèo, không có người phụng dưỡng", "Clause 5(a): older person, poor household, no supporter";
        /// K5b: aged 75 to 80, poor or near-poor, in ethnic-minority or mountain areas.
        K5b = "k5b", "Khoản 5 điểm b: người từ 75 đến 80 tuổi thuộc hộ nghèo, cận nghèo ở vùng dân tộc thiểu số, miền núi", "Clause 5(b): aged 75 to 80, poor or near-poor, ethnic-minority or mountain area";
        /// K5c: aged 80 or more without pension or allowance.
        K5c = "k5c", "Khoản 5 điểm c: người từ 80 tuổi trở lên không có lương hưu, trợ cấp", "Clause 5(c): aged 80 or more without pension or allowance";
        /// K5d: poor older person with no supporter, cared for in the community.
        K5d = "k5d", "Khoản 5 điểm d: người cao tuổi thuộc hộ nghèo, không có người phụng dưỡng, được nhận chăm sóc tại cộng đồng", "Clause 5(d): poor older person cared for in the community";
        /// K6: severe or very severe disability.
        K6 = "k6", "Khoản 6: người khuyết tật nặng, đặc biệt nặng", "Clause 6: severe or very severe disability";
        /// K7: child under 3, poor or near-poor, in ethnic-minority or mountain areas.
        K7 = "k7", "Khoản 7: trẻ em dưới 3 tuổi thuộc hộ nghèo, cận nghèo ở vùng dân tộc thiểu số, miền núi", "Clause 7: child under 3, poor or near-poor, ethnic-minority or mountain area";
        /// K8: person with HIV/AIDS in a poor household without stable income.
        K8 = "k8", "Khoản 8: người nhiễm HIV/AIDS thuộc hộ nghèo không có nguồn thu nhập ổn định", "Clause 8: person with HIV/AIDS, poor household, no stable income";
    }
}

crate::wire_enum! {
    /// Children in special circumstances (Luật Trẻ em 2016 Điều 10(1), points a–o; NĐ 56/2017
    /// Điều 3–16 defines each group). The law has 14 groups (there is no point f or j).
    pub enum SpecialCircumstance ("specialCircumstance") {
        /// a) Mồ côi cả cha và mẹ.
        Orphan = "orphan", "Trẻ em mồ côi cả cha và mẹ", "Orphaned of both parents";
        /// b) Bị bỏ rơi.
        Abandoned = "abandoned", "Trẻ em bị bỏ rơi", "Abandoned";
        /// c) Không nơi nương tựa.
        NoCarer = "no-carer", "Trẻ em không nơi nương tựa", "Without anyone to rely on";
        /// d) Khuyết tật.
        Disability = "disability", "Trẻ em khuyết tật", "With a disability";
        /// đ) Nhiễm HIV/AIDS.
        Hiv = "hiv", "Trẻ em nhiễm HIV/AIDS", "Living with HIV/AIDS";
        /// e) Vi phạm pháp luật.
        InConflictWithLaw = "in-conflict-with-law", "Trẻ em vi phạm pháp luật", "In conflict with the law";
        /// g) Nghiện ma túy.
        DrugDependent = "drug-dependent", "Trẻ em nghiện ma túy", "Drug-dependent";
        /// h) Bỏ học kiếm sống chưa hoàn thành phổ cập THCS.
        LeftSchoolToWork = "left-school-to-work", "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở", "Left school to earn a living before completing lower secondary";
        /// i) Bị tổn hại nghiêm trọng về thể chất và tinh thần do bạo lực.
        ViolenceHarm = "violence-harm", "Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực", "Seriously harmed by violence";
        /// k) Bị bóc lột.
        Exploited = "exploited", "Trẻ em bị bóc lột", "Exploited";
        /// l) Bị xâm hại tình dục.
        SexualAbuse = "sexual-abuse", "Trẻ em bị xâm hại tình dục", "Sexually abused";
        /// m) Bị mua bán.
        Trafficked = "trafficked", "Trẻ em bị mua bán", "Trafficked";
        /// n) Bệnh hiểm nghèo hoặc điều trị dài ngày, hộ nghèo hoặc cận nghèo.
        SeriousIllness = "serious-illness", "Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo", "Serious or long-term illness in a poor or near-poor household";
        /// o) Di cư, lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc.
        MigrantUnaccompanied = "migrant-unaccompanied", "Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc", "Migrant, displaced or refugee child without known parents or a carer";
    }
}

crate::wire_enum! {
    /// Disability type (Luật Người khuyết tật 2010 Điều 3).
    pub enum DisabilityType ("disabilityType") {
        /// Vận động.
        Mobility = "mobility", "Khuyết tật vận động", "Mobility";
        /// Nghe, nói.
        HearingSpeech = "hearing-speech", "Khuyết tật nghe, nói", "Hearing and speech";
        /// Nhìn.
        Vision = "vision", "Khuyết tật nhìn", "Vision";
        /// Thần kinh, tâm thần.
        NeuroMental = "neuro-mental", "Khuyết tật thần kinh, tâm thần", "Neurological or mental";
        /// Trí tuệ.
        Intellectual = "intellectual", "Khuyết tật trí tuệ", "Intellectual";
        /// Khác.
        Other = "other", "Khuyết tật khác", "Other";
    }
}

crate::wire_enum! {
    /// Disability severity (Luật Người khuyết tật 2010 Điều 3(2)).
    pub enum DisabilitySeverity ("disabilitySeverity") {
        /// Đặc biệt nặng.
        VerySevere = "very-severe", "Khuyết tật đặc biệt nặng", "Very severe";
        /// Nặng.
        Severe = "severe", "Khuyết tật nặng", "Severe";
        /// Nhẹ.
        Mild = "mild", "Khuyết tật nhẹ", "Mild";
    }
}

crate::wire_enum! {
    /// Household poverty status.
    pub enum PovertyStatus ("povertyStatus") {
        /// Hộ nghèo.
        Poor = "poor", "Hộ nghèo", "Poor household";
        /// Hộ cận nghèo.
        NearPoor = "near-poor", "Hộ cận nghèo", "Near-poor household";
        /// Neither.
        NotPoor = "none", "Không thuộc hộ nghèo, cận nghèo", "Neither poor nor near-poor";
    }
}
