"""Evaluation set for site search over the demo content (see test_search.py)."""

# (language of the search page, query, Thai slugs of the pages that must appear in the top 5)
EVALUATION = [
    # --- Thai --------------------------------------------------------------
    # Reporting: "report a matter" is the heading of the home page and the form's title.
    ("th", "แจ้งเรื่อง", ["chaeng-rueang", "home"]),  # inside runs
    # Online complaint: only the news item about the new online channel says it.
    (
        "th",
        "ร้องเรียนออนไลน์",
        ["online-complaint-channel-in-three-languages"],
    ),  # inside runs
    # Complaint steps: the how-to page describes the procedure step by step.
    ("th", "ขั้นตอนการร้องเรียน", ["withi-kho-khwam-chuailuea"]),
    # Tracking code: the tracking page, and the how-to page that explains the code.
    ("th", "รหัสติดตาม", ["tidtam-rueang", "withi-kho-khwam-chuailuea"]),  # inside runs
    # Child rights: the CRC page (its title is "อนุสัญญาว่าด้วยสิทธิเด็ก").
    ("th", "สิทธิเด็ก", ["anusanya-sitthi-dek"]),  # inside runs
    # Child protection: the CRC page cites the Child Protection Act.
    ("th", "คุ้มครองเด็ก", ["anusanya-sitthi-dek"]),  # inside runs
    # Women's rights: the CEDAW page title "สิทธิสตรีตามอนุสัญญา CEDAW".
    ("th", "สิทธิสตรี", ["sitthi-satri-cedaw"]),  # inside runs
    # Resolution 1325 by name: its own page, not the pages that only mention it.
    ("th", "ข้อมติ 1325", ["satri-santiphap-lae-khwam-mankhong"]),
    # Widow asking for help: the FAQ on the 1325 page.
    ("th", "หญิงหม้าย", ["satri-santiphap-lae-khwam-mankhong"]),  # inside runs
    # Domestic violence: the CEDAW page and the two services that name it.
    (
        "th",
        "ความรุนแรงในครอบครัว",
        [
            "sitthi-satri-cedaw",
            "trang-social-development-office",
            "oscc-hat-yai-hospital",
        ],
    ),  # inside runs
    # Sexual abuse: the Pattani OSCC and Childline are the services that name it.
    ("th", "ล่วงละเมิด", ["oscc-pattani-hospital", "childline-1387"]),  # inside runs
    # Human trafficking: the Surat Thani shelter and the 1300 hotline.
    (
        "th",
        "ค้ามนุษย์",
        ["surat-thani-children-and-family-shelter", "hotline-1300"],
    ),  # inside runs
    # Shelter: the three children and family shelters (all in their titles).
    (
        "th",
        "บ้านพักเด็ก",
        [
            "yala-children-and-family-shelter",
            "narathiwat-children-and-family-shelter",
            "surat-thani-children-and-family-shelter",
        ],
    ),  # inside runs
    # Hospital help: the one-stop crisis centres are the two hospital services.
    ("th", "ศูนย์พึ่งได้", ["oscc-pattani-hospital", "oscc-hat-yai-hospital"]),
    # Hospital: the two hospital services, whose titles name the hospital.
    ("th", "โรงพยาบาล", ["oscc-pattani-hospital", "oscc-hat-yai-hospital"]),
    # Legal help: the legal aid office of the Lawyers Council.
    ("th", "ช่วยเหลือทางกฎหมาย", ["lawyers-council-legal-aid-pattani"]),  # inside runs
    # Lawyer: the legal aid office and the Justice Fund (pays for a lawyer).
    (
        "th",
        "ทนายความ",
        ["lawyers-council-legal-aid-pattani", "justice-fund-songkhla"],
    ),  # inside runs
    # ID card: civil registration issues it, the legal status clinic helps without one.
    (
        "th",
        "บัตรประชาชน",
        ["civil-registration-mueang-narathiwat", "legal-status-clinic-songkhla"],
    ),  # inside runs
    # Birth certificate: only the legal status clinic mentions it.
    ("th", "สูติบัตร", ["legal-status-clinic-songkhla"]),  # inside runs
    # Stateless people: the legal status clinic.
    ("th", "ไร้สัญชาติ", ["legal-status-clinic-songkhla"]),  # inside runs
    # School: back-to-school support and non-formal education.
    (
        "th",
        "โรงเรียน",
        ["back-to-school-support-yala", "non-formal-education-pattani"],
    ),  # inside runs
    # Vocational training: the Satun skills office and the women's learning centre.
    (
        "th",
        "ฝึกอาชีพ",
        [
            "skill-development-satun",
            "women-and-family-learning-centre-nakhon-si-thammarat",
        ],
    ),  # inside runs
    # Childline number: the Childline service.
    ("th", "1387", ["childline-1387"]),
    # Social assistance hotline by name and number: the 1300 service.
    ("th", "สายด่วน 1300", ["hotline-1300"]),
    # Province: exactly three services are in Yala.
    (
        "th",
        "ยะลา",
        [
            "yala-social-development-office",
            "yala-children-and-family-shelter",
            "back-to-school-support-yala",
        ],
    ),  # inside runs
    # --- Malay -------------------------------------------------------------
    # Online complaint: the news item about the online channel.
    ("ms", "aduan dalam talian", ["online-complaint-channel-in-three-languages"]),
    # Tracking code: the tracking page.
    ("ms", "kod penjejakan", ["tidtam-rueang"]),
    # Child rights: the CRC page.
    ("ms", "hak kanak-kanak", ["anusanya-sitthi-dek"]),
    # Women's rights: the CEDAW page title "Hak wanita menurut CEDAW".
    ("ms", "hak wanita", ["sitthi-satri-cedaw"]),
    # Widow: the FAQ on the 1325 page.
    ("ms", "balu", ["satri-santiphap-lae-khwam-mankhong"]),
    # Domestic violence: the two services that name it.
    (
        "ms",
        "keganasan rumah tangga",
        ["trang-social-development-office", "oscc-hat-yai-hospital"],
    ),
    # One-stop crisis centre: the two OSCC hospital services.
    (
        "ms",
        "pusat krisis sehenti",
        ["oscc-pattani-hospital", "oscc-hat-yai-hospital"],
    ),
    # Legal aid: the legal aid office of the Lawyers Council.
    ("ms", "bantuan guaman", ["lawyers-council-legal-aid-pattani"]),
    # ID card: civil registration and the legal status clinic.
    (
        "ms",
        "kad pengenalan",
        ["civil-registration-mueang-narathiwat", "legal-status-clinic-songkhla"],
    ),
    # Birth certificate: the legal status clinic.
    ("ms", "sijil kelahiran", ["legal-status-clinic-songkhla"]),
    # School: back-to-school support and non-formal education.
    ("ms", "sekolah", ["back-to-school-support-yala", "non-formal-education-pattani"]),
    # Skills training: the Satun skills office and the women's learning centre.
    (
        "ms",
        "latihan kemahiran",
        [
            "skill-development-satun",
            "women-and-family-learning-centre-nakhon-si-thammarat",
        ],
    ),
    # Human trafficking: the Surat Thani shelter and the 1300 hotline.
    (
        "ms",
        "pemerdagangan manusia",
        ["surat-thani-children-and-family-shelter", "hotline-1300"],
    ),
    # Childline by name: the Childline service.
    ("ms", "Childline", ["childline-1387"]),
    # --- English -----------------------------------------------------------
    # How to report: the how-to page, whose title says it.
    ("en", "how to report", ["withi-kho-khwam-chuailuea"]),
    # Tracking code: the tracking page and the how-to page.
    ("en", "tracking code", ["tidtam-rueang", "withi-kho-khwam-chuailuea"]),
    # CEDAW by name: its own page, not the pages that only list it.
    ("en", "CEDAW", ["sitthi-satri-cedaw"]),
    # Child protection law: the CRC page.
    ("en", "Child Protection Act", ["anusanya-sitthi-dek"]),
    # Widow: the FAQ on the 1325 page.
    ("en", "widow", ["satri-santiphap-lae-khwam-mankhong"]),
    # Domestic violence: the two services that name it.
    (
        "en",
        "domestic violence",
        ["trang-social-development-office", "oscc-hat-yai-hospital"],
    ),
    # Shelter: the three shelters have it in their titles; other pages only mention it.
    (
        "en",
        "shelter",
        [
            "yala-children-and-family-shelter",
            "narathiwat-children-and-family-shelter",
            "surat-thani-children-and-family-shelter",
        ],
    ),
    # Hospital in a named town: the Pattani OSCC.
    ("en", "Pattani hospital", ["oscc-pattani-hospital"]),
    # Legal aid: the legal aid office of the Lawyers Council.
    ("en", "legal aid", ["lawyers-council-legal-aid-pattani"]),
    # ID card: civil registration and the legal status clinic.
    (
        "en",
        "ID card",
        ["civil-registration-mueang-narathiwat", "legal-status-clinic-songkhla"],
    ),
    # Birth certificate: the legal status clinic.
    ("en", "birth certificate", ["legal-status-clinic-songkhla"]),
    # Job training: the Satun skills office and the women's learning centre.
    (
        "en",
        "vocational courses",
        [
            "skill-development-satun",
            "women-and-family-learning-centre-nakhon-si-thammarat",
        ],
    ),
    # Human trafficking: the Surat Thani shelter and the 1300 hotline.
    (
        "en",
        "human trafficking",
        ["surat-thani-children-and-family-shelter", "hotline-1300"],
    ),
    # Childline by name: the Childline service.
    ("en", "Childline", ["childline-1387"]),
]
