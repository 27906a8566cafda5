"""Demo data of the complaint side: the report form and tracking pages, sample
agencies, demo staff and a few clearly fake cases (load_demo_reports).

Nothing here is real: agencies are marked as sample data, every case says it
is made up, and staff names are invented.
"""

# ---------------------------------------------------------------------------
# Report form and tracking page
# ---------------------------------------------------------------------------

REPORT_FORM = {
    "slug": {"th": "chaeng-rueang", "ms": "buat-aduan", "en": "report"},
    "title": {
        "th": "แจ้งเรื่องอย่างปลอดภัย",
        "ms": "Laporkan masalah dengan selamat",
        "en": "Report a problem safely",
    },
    "intro": {
        "th": "แจ้งความรุนแรงหรือการละเมิดต่อเด็ก สตรี หรือกลุ่มเปราะบางได้โดยไม่ต้องบอกชื่อ เจ้าหน้าที่จะอ่านทุกเรื่องและประสานหน่วยงานที่ช่วยเหลือได้",
        "ms": "Laporkan keganasan atau penderaan terhadap kanak-kanak, wanita atau orang yang mudah terancam tanpa memberi nama. Pegawai akan membaca setiap aduan dan menghubungi agensi yang boleh membantu.",
        "en": "Report violence or abuse against children, women or vulnerable people without giving your name. Staff read every report and contact the agencies that can help.",
    },
    "advice": {
        "th": "<ul><li>ใช้โทรศัพท์หรือคอมพิวเตอร์ที่ปลอดภัย ถ้าทำได้</li><li>ปุ่ม “ออกจากหน้านี้ทันที” ด้านบนพาคุณออกจากเว็บไซต์ได้ทันที</li><li>หลังส่งเรื่อง คุณจะได้รหัสติดตามเรื่อง จดไว้ในที่ที่ปลอดภัย</li></ul>",
        "ms": "<ul><li>Gunakan telefon atau komputer yang selamat jika boleh.</li><li>Butang “Keluar pantas” di atas membawa anda keluar dari laman ini dengan segera.</li><li>Selepas menghantar, anda akan mendapat kod penjejakan. Simpan di tempat yang selamat.</li></ul>",
        "en": "<ul><li>Use a safe phone or computer if you can.</li><li>The “Quick exit” button at the top takes you off this site at once.</li><li>After you send, you get a tracking code. Keep it somewhere safe.</li></ul>",
    },
    "search_description": {
        "th": "แจ้งเรื่องร้องเรียนเรื่องความรุนแรงต่อเด็กและสตรีโดยไม่ต้องบอกชื่อ",
        "ms": "Buat aduan tentang keganasan terhadap kanak-kanak dan wanita tanpa memberi nama.",
        "en": "Report violence against children and women without giving your name.",
    },
}

TRACKING = {
    "slug": {"th": "tidtam-rueang", "ms": "semak-aduan", "en": "track"},
    "title": {
        "th": "ติดตามเรื่องที่แจ้ง",
        "ms": "Semak aduan anda",
        "en": "Follow your report",
    },
    "intro": {
        "th": "ใส่รหัสติดตามเรื่อง 20 หลักที่ได้รับตอนส่งเรื่อง เพื่อดูความคืบหน้าและตอบข้อความจากเจ้าหน้าที่",
        "ms": "Masukkan kod penjejakan 20 digit yang anda terima semasa menghantar aduan untuk melihat perkembangan dan membalas mesej pegawai.",
        "en": "Enter the 20-digit tracking code you received when you sent your report, to see its progress and answer messages from staff.",
    },
    "search_description": {
        "th": "ติดตามความคืบหน้าของเรื่องที่แจ้งด้วยรหัสติดตามเรื่อง",
        "ms": "Semak perkembangan aduan anda dengan kod penjejakan.",
        "en": "Follow the progress of your report with your tracking code.",
    },
}

# ---------------------------------------------------------------------------
# Agencies (sample data: the kinds of agency the centre refers to)
# ---------------------------------------------------------------------------

AGENCIES = [
    {
        "name": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดปัตตานี (ตัวอย่าง)",
        "kind": "social-development",
        "provinces": ["pattani"],
        "phone": "073 000 101",
    },
    {
        "name": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดยะลา (ตัวอย่าง)",
        "kind": "social-development",
        "provinces": ["yala"],
        "phone": "073 000 102",
    },
    {
        "name": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดนราธิวาส (ตัวอย่าง)",
        "kind": "social-development",
        "provinces": ["narathiwat"],
        "phone": "073 000 103",
    },
    {
        "name": "บ้านพักเด็กและครอบครัวจังหวัดปัตตานี (ตัวอย่าง)",
        "kind": "shelter",
        "provinces": ["pattani"],
        "phone": "073 000 201",
    },
    {
        "name": "บ้านพักเด็กและครอบครัวจังหวัดนราธิวาส (ตัวอย่าง)",
        "kind": "shelter",
        "provinces": ["narathiwat"],
        "phone": "073 000 202",
    },
    {
        "name": "ตำรวจภูธรจังหวัดยะลา (ตัวอย่าง)",
        "kind": "police",
        "provinces": ["yala"],
        "phone": "073 000 301",
    },
    {
        "name": "ศูนย์พึ่งได้ (OSCC) โรงพยาบาลศูนย์ยะลา (ตัวอย่าง)",
        "kind": "hospital",
        "provinces": ["yala"],
        "phone": "073 000 401",
    },
    {
        "name": "ศูนย์พึ่งได้ (OSCC) โรงพยาบาลปัตตานี (ตัวอย่าง)",
        "kind": "hospital",
        "provinces": ["pattani"],
        "phone": "073 000 402",
    },
    {
        "name": "สายด่วนศูนย์ช่วยเหลือเด็ก 1387 (ตัวอย่าง)",
        "kind": "hotline",
        "provinces": [],
        "phone": "1387",
    },
    {
        "name": "ศูนย์ช่วยเหลือสังคม สายด่วน 1300 (ตัวอย่าง)",
        "kind": "hotline",
        "provinces": [],
        "phone": "1300",
    },
]

# ---------------------------------------------------------------------------
# Demo staff (invented people)
# ---------------------------------------------------------------------------

STAFF = [
    {
        "username": "somsri",
        "first_name": "สมศรี",
        "last_name": "ใจดี",
        "group": "Case managers",
        "role": "case manager",
        "provinces": [],
    },
    {
        "username": "anwar",
        "first_name": "อันวาร์",
        "last_name": "สาและ",
        "group": "Case workers",
        "role": "case worker for Pattani, Yala and Narathiwat",
        "provinces": ["pattani", "yala", "narathiwat"],
    },
    {
        "username": "nida",
        "first_name": "นิดา",
        "last_name": "รักษ์ภาษา",
        "group": "Editors",
        "role": "editor (communications: no access to cases)",
        "provinces": [],
    },
]

# ---------------------------------------------------------------------------
# Demo cases (made up; each says so)
# ---------------------------------------------------------------------------

FAKE = "[ตัวอย่างสมมติ ไม่ใช่เรื่องจริง] "

CASES = [
    {
        "key": "demo-1",
        "category": "domestic-violence",
        "affected": ["woman", "child"],
        "relation": "self",
        "province": "pattani",
        "district": "เมืองปัตตานี",
        "when": "week",
        "description": FAKE
        + "สามีดื่มสุราแล้วทำร้ายร่างกายดิฉันและลูกเกือบทุกคืน ไม่กล้าไปแจ้งตำรวจเพราะกลัวถูกทำร้ายหนักกว่าเดิม",
        "in_danger": True,
        "contact": {
            "contact_name": "มะลิ",
            "contact_phone": "080 000 0001",
            "safe_times": "ช่วงสาย 10–11 โมง ตอนสามีไม่อยู่",
            "may_leave_message": "no",
            "code_word": "ดอกมะลิ",
        },
        "photo": True,
        "language": "th",
        "steps": [],  # new, untouched
    },
    {
        "key": "demo-2",
        "category": "child-labour",
        "affected": ["child"],
        "relation": "witness",
        "province": "yala",
        "district": "เบตง",
        "when": "ongoing",
        "description": FAKE
        + "Ada kanak-kanak berumur lebih kurang 12 tahun bekerja di kedai makan setiap hari sampai tengah malam dan tidak pergi ke sekolah.",
        "in_danger": False,
        "contact": {},
        "photo": False,
        "language": "ms",
        "steps": [
            ("triage", {"urgent": False}),
            (
                "message",
                {
                    "body": "Terima kasih. Adakah anda tahu nama kedai itu? Anda boleh menjawab di sini tanpa memberi nama anda.",
                    "question": True,
                },
            ),
            ("reply", {"body": FAKE + "Kedai makan dekat pasar pagi, warna biru."}),
        ],
    },
    {
        "key": "demo-3",
        "category": "sexual-violence",
        "affected": ["child"],
        "relation": "family",
        "province": "narathiwat",
        "district": "ตากใบ",
        "when": "month",
        "description": FAKE
        + "หลานสาวอายุ 14 ปีเล่าว่าถูกญาติผู้ชายล่วงละเมิด ครอบครัวไม่อยากให้เป็นข่าว แต่เด็กยังต้องอยู่บ้านเดียวกับผู้กระทำ",
        "in_danger": True,
        "contact": {
            "contact_line": "ab_2567",
            "safe_times": "หลัง 2 ทุ่ม",
            "may_leave_message": "yes",
        },
        "photo": False,
        "language": "th",
        "steps": [
            ("assign", {}),
            ("triage", {"urgent": True}),
            ("refer", {"agency": 4}),
            ("note", {"body": FAKE + "ประสานบ้านพักเด็กฯ แล้ว รอนัดสหวิชาชีพ"}),
            (
                "message",
                {
                    "body": "เราได้ส่งเรื่องให้บ้านพักเด็กและครอบครัวแล้ว เจ้าหน้าที่จะติดต่อทาง LINE หลัง 2 ทุ่มตามที่แจ้งไว้",
                    "question": False,
                },
            ),
        ],
    },
    {
        "key": "demo-4",
        "category": "documents",
        "affected": ["woman"],
        "relation": "self",
        "province": "yala",
        "district": "",
        "when": "earlier",
        "description": FAKE
        + "ไม่มีบัตรประชาชนเพราะเอกสารหายตอนย้ายบ้าน ทำให้ลูกเข้าโรงเรียนไม่ได้",
        "in_danger": False,
        "contact": {"contact_phone": "080 000 0004", "may_leave_message": "yes"},
        "photo": False,
        "language": "th",
        "steps": [
            ("assign", {}),
            ("triage", {"urgent": False}),
            ("refer", {"agency": 1}),
            ("referral", {"outcome": "helped"}),
            ("close", {"outcome": "helped"}),
        ],
    },
]
