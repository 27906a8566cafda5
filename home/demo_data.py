"""Demo content for the portal of the Coordination Centre for Children and Women
in the Southern Border Provinces (ศป.ดส.).

Pure data: the demo-content command reads these structures and builds pages,
snippets and settings from them. Every translated value is a dict with the keys
"th", "ms" and "en". The service directory is sample data: office phone numbers,
street addresses and e-mail addresses are fictitious. The national hotlines
1300, 1387, 191 and 1669 are real.
"""

from datetime import date

# ---------------------------------------------------------------------------
# Shared values
# ---------------------------------------------------------------------------

SAMPLE_NOTE = {
    "th": "ข้อมูลตัวอย่างเพื่อการสาธิต โปรดตรวจสอบรายละเอียดกับศูนย์ก่อนนำไปใช้",
    "ms": "Data contoh untuk demonstrasi: sila semak butiran dengan pusat sebelum bergantung padanya.",
    "en": "Sample data for demonstration: check details with the centre before relying on them.",
}

HOURS_OFFICE = {
    "th": "จันทร์–ศุกร์ 08:30–16:30",
    "ms": "Isnin–Jumaat 08:30–16:30",
    "en": "Monday–Friday 08:30–16:30",
}

HOURS_24 = {
    "th": "ตลอด 24 ชั่วโมง",
    "ms": "24 jam",
    "en": "24 hours",
}

FREE = {
    "th": "ไม่มีค่าใช้จ่าย",
    "ms": "Percuma",
    "en": "Free",
}

ALL_PROVINCES = [
    "chumphon",
    "ranong",
    "surat-thani",
    "phang-nga",
    "phuket",
    "krabi",
    "nakhon-si-thammarat",
    "trang",
    "phatthalung",
    "satun",
    "songkhla",
    "pattani",
    "yala",
    "narathiwat",
]

# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    "title": {
        "th": "ศูนย์ประสานงานด้านเด็กและสตรีในจังหวัดชายแดนภาคใต้",
        "ms": "Pusat Penyelarasan Kanak-kanak dan Wanita, Wilayah Sempadan Selatan",
        "en": "Children and Women Coordination Centre, Southern Border Provinces",
    },
    "intro": {
        "th": "ศป.ดส. รับเรื่องร้องเรียนจากเด็ก สตรี และกลุ่มเปราะบางในจังหวัดชายแดนภาคใต้ แล้วประสานหน่วยงานที่ช่วยเหลือได้ เราเก็บเรื่องของคุณเป็นความลับ",
        "ms": "Kami menerima aduan daripada kanak-kanak, wanita dan golongan rentan di wilayah sempadan selatan, dan menghubungkan mereka dengan agensi yang boleh membantu. Maklumat anda dirahsiakan.",
        "en": "We receive complaints from children, women and vulnerable people in the southern border provinces and connect them with the agencies that can help. What you tell us is kept confidential.",
    },
    "report_heading": {
        "th": "แจ้งเรื่องอย่างปลอดภัย",
        "ms": "Buat aduan dengan selamat",
        "en": "Report a problem safely",
    },
    "report_text": {
        "th": "คุณแจ้งเรื่องได้โดยไม่ต้องบอกชื่อ หากตกอยู่ในอันตรายตอนนี้ โทร 191 (ตำรวจ) 1669 (เจ็บป่วยฉุกเฉิน) หรือ 1300 (ตลอด 24 ชั่วโมง)",
        "ms": "Anda boleh membuat aduan tanpa memberi nama. Jika anda dalam bahaya sekarang, hubungi 191 (polis), 1669 (kecemasan perubatan) atau 1300 (24 jam).",
        "en": "You can report without giving your name. If you are in danger now, call 191 (police), 1669 (medical emergency) or 1300 (24 hours).",
    },
    "search_description": {
        "th": "ร้องเรียนเรื่องความรุนแรงต่อเด็กและสตรีในจังหวัดชายแดนภาคใต้โดยไม่ต้องบอกชื่อ ค้นหาบริการช่วยเหลือและสายด่วน",
        "ms": "Buat aduan tentang keganasan terhadap kanak-kanak dan wanita di wilayah sempadan selatan tanpa memberi nama. Cari perkhidmatan bantuan dan talian kecemasan.",
        "en": "Report violence against children and women in Thailand's southern border provinces without giving your name. Find help services and hotlines.",
    },
}

# ---------------------------------------------------------------------------
# Rights and information pages
# ---------------------------------------------------------------------------

INFORMATION_INDEX = {
    "slug": {
        "th": "sitthi-lae-khwam-chuailuea",
        "ms": "hak-dan-bantuan",
        "en": "rights-and-help",
    },
    "title": {
        "th": "สิทธิของคุณและการขอความช่วยเหลือ",
        "ms": "Hak anda dan cara mendapatkan bantuan",
        "en": "Your rights and how to get help",
    },
    "intro": {
        "th": "เด็กและสตรีทุกคนมีสิทธิได้รับการคุ้มครองจากความรุนแรง หน้านี้อธิบายสิทธิของคุณอย่างง่าย และบอกวิธีขอความช่วยเหลือ",
        "ms": "Setiap kanak-kanak dan wanita berhak dilindungi daripada keganasan. Halaman ini menerangkan hak anda dengan mudah dan cara mendapatkan bantuan.",
        "en": "Every child and every woman has the right to be protected from violence. These pages explain your rights in plain words and how to get help.",
    },
    "search_description": {
        "th": "สิทธิเด็กและสตรีตามอนุสัญญาว่าด้วยสิทธิเด็ก CEDAW และข้อมติ 1325 และวิธีร้องเรียนเพื่อขอความช่วยเหลือ",
        "ms": "Hak kanak-kanak dan wanita menurut CRC, CEDAW dan Resolusi 1325, dan cara membuat aduan untuk mendapatkan bantuan.",
        "en": "Rights of children and women under the CRC, CEDAW and UNSCR 1325, and how to report a problem and get help.",
    },
    "body": {
        "th": [
            ("heading", "สิทธิที่ประเทศไทยรับรอง"),
            (
                "paragraph",
                "<p>ประเทศไทยเป็นภาคีอนุสัญญาระหว่างประเทศสองฉบับที่คุ้มครองเด็กและสตรี และยึดข้อมติของคณะมนตรีความมั่นคงแห่งสหประชาชาติเรื่องสตรีกับสันติภาพ ศป.ดส. ใช้ทั้งสามฉบับเป็นแนวทางในการทำงานในจังหวัดชายแดนภาคใต้</p>"
                "<ul><li>อนุสัญญาว่าด้วยสิทธิเด็ก (CRC)</li>"
                "<li>อนุสัญญาว่าด้วยการขจัดการเลือกปฏิบัติต่อสตรีในทุกรูปแบบ (CEDAW)</li>"
                "<li>ข้อมติคณะมนตรีความมั่นคงแห่งสหประชาชาติที่ 1325 ว่าด้วยสตรี สันติภาพ และความมั่นคง</li></ul>",
            ),
            (
                "paragraph",
                "<p>หากคุณหรือคนที่คุณรู้จักถูกทำร้าย ถูกข่มขู่ หรือถูกเอาเปรียบ คุณร้องเรียนกับศูนย์ได้โดยไม่ต้องบอกชื่อ เจ้าหน้าที่จะประสานหน่วยงานที่ช่วยเหลือได้ เช่น สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด บ้านพัก โรงพยาบาล หรือตำรวจ</p>",
            ),
            (
                "callout",
                {
                    "title": "ถ้าคุณอยู่ในอันตรายตอนนี้",
                    "text": '<p>โทร <a href="tel:191">191</a> แจ้งตำรวจ หรือ <a href="tel:1669">1669</a> เมื่อบาดเจ็บหรือเจ็บป่วยฉุกเฉิน ขอคำปรึกษาได้ที่ <a href="tel:1300">1300</a> ตลอด 24 ชั่วโมง</p>',
                },
            ),
        ],
        "ms": [
            ("heading", "Hak yang diiktiraf oleh Thailand"),
            (
                "paragraph",
                "<p>Thailand menyertai dua konvensyen antarabangsa yang melindungi kanak-kanak dan wanita, dan berpegang pada resolusi Majlis Keselamatan PBB tentang wanita dan keamanan. Pusat ini menggunakan ketiga-tiganya sebagai panduan kerja di wilayah sempadan selatan:</p>"
                "<ul><li>Konvensyen mengenai Hak Kanak-kanak (CRC)</li>"
                "<li>Konvensyen mengenai Penghapusan Segala Bentuk Diskriminasi terhadap Wanita (CEDAW)</li>"
                "<li>Resolusi Majlis Keselamatan PBB 1325 mengenai wanita, keamanan dan keselamatan</li></ul>",
            ),
            (
                "paragraph",
                "<p>Jika anda atau orang yang anda kenal dipukul, diugut atau dieksploitasi, anda boleh membuat aduan kepada pusat ini tanpa memberi nama. Pegawai kami akan menghubungi agensi yang boleh membantu, seperti pejabat pembangunan sosial wilayah, rumah perlindungan, hospital atau polis.</p>",
            ),
            (
                "callout",
                {
                    "title": "Jika anda dalam bahaya sekarang",
                    "text": '<p>Hubungi <a href="tel:191">191</a> untuk polis atau <a href="tel:1669">1669</a> untuk kecemasan perubatan. Untuk nasihat, hubungi <a href="tel:1300">1300</a>, 24 jam sehari.</p>',
                },
            ),
        ],
        "en": [
            ("heading", "Rights that Thailand has accepted"),
            (
                "paragraph",
                "<p>Thailand has joined two international conventions that protect children and women, and follows a UN Security Council resolution on women, peace and security. The centre uses all three to guide its work in the southern border provinces:</p>"
                "<ul><li>the Convention on the Rights of the Child (CRC)</li>"
                "<li>the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)</li>"
                "<li>UN Security Council Resolution 1325 on women, peace and security</li></ul>",
            ),
            (
                "paragraph",
                "<p>If you or someone you know is being hurt, threatened or exploited, you can report it to the centre without giving your name. Our staff will contact an agency that can help, such as the provincial social development office, a shelter, a hospital or the police.</p>",
            ),
            (
                "callout",
                {
                    "title": "If you are in danger now",
                    "text": '<p>Call <a href="tel:191">191</a> for the police or <a href="tel:1669">1669</a> for a medical emergency. For advice, call <a href="tel:1300">1300</a>, 24 hours a day.</p>',
                },
            ),
        ],
    },
}

INFORMATION_PAGES = [
    # --- Convention on the Rights of the Child -----------------------------
    {
        "slug": {
            "th": "anusanya-sitthi-dek",
            "ms": "konvensyen-hak-kanak-kanak",
            "en": "convention-on-the-rights-of-the-child",
        },
        "title": {
            "th": "อนุสัญญาว่าด้วยสิทธิเด็ก (CRC)",
            "ms": "Konvensyen mengenai Hak Kanak-kanak (CRC)",
            "en": "Convention on the Rights of the Child (CRC)",
        },
        "intro": {
            "th": "ทุกคนที่อายุต่ำกว่า 18 ปีเป็นเด็ก และมีสิทธิได้รับการคุ้มครองจากความรุนแรงทุกรูปแบบ",
            "ms": "Setiap orang yang berumur bawah 18 tahun ialah kanak-kanak dan berhak dilindungi daripada semua bentuk keganasan.",
            "en": "Everyone under 18 is a child and has the right to be protected from all forms of violence.",
        },
        "search_description": {
            "th": "อนุสัญญาว่าด้วยสิทธิเด็ก หลักสำคัญ การคุ้มครองเด็กจากความรุนแรง และการร้องเรียนเมื่อเด็กถูกทำร้าย",
            "ms": "Konvensyen mengenai Hak Kanak-kanak: prinsip utama, perlindungan daripada keganasan dan cara membuat aduan.",
            "en": "The Convention on the Rights of the Child: its main ideas, protection from violence, and how to report when a child is hurt.",
        },
        "body": {
            "th": [
                ("heading", "อนุสัญญานี้บอกอะไร"),
                (
                    "paragraph",
                    "<p>สหประชาชาติรับรองอนุสัญญาว่าด้วยสิทธิเด็กเมื่อปี 2532 (ค.ศ. 1989) และประเทศไทยเข้าเป็นภาคีเมื่อปี 2535 (ค.ศ. 1992) รัฐจึงมีหน้าที่เคารพและคุ้มครองสิทธิเหล่านี้ ตามอนุสัญญา เด็ก หมายถึงทุกคนที่อายุต่ำกว่า 18 ปี</p>",
                ),
                (
                    "paragraph",
                    "<p>หลักสำคัญของอนุสัญญามีสี่ข้อ</p>"
                    "<ul><li>เด็กทุกคนมีสิทธิเท่ากัน ไม่ว่าจะนับถือศาสนาใด พูดภาษาใด มาจากครอบครัวแบบใด หรืออยู่ที่ไหน</li>"
                    "<li>ประโยชน์สูงสุดของเด็กต้องมาก่อนในทุกเรื่องที่เกี่ยวกับเด็ก</li>"
                    "<li>เด็กมีสิทธิมีชีวิตรอด เติบโต และพัฒนาอย่างปลอดภัย</li>"
                    "<li>เด็กมีสิทธิแสดงความคิดเห็น และผู้ใหญ่ควรรับฟัง</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>เด็กต้องได้รับการคุ้มครองจากความรุนแรง การทารุณกรรม การทอดทิ้ง และการแสวงประโยชน์ ทั้งในบ้าน ในโรงเรียน และในพื้นที่ที่มีเหตุความไม่สงบ ในประเทศไทย พระราชบัญญัติคุ้มครองเด็ก พ.ศ. 2546 กำหนดหน้าที่นี้ไว้ในกฎหมาย หากเด็กถูกทำร้าย ใครก็ร้องเรียนต่อศูนย์ประสานงานด้านเด็กและสตรีได้ เพื่อให้หน่วยงานที่เกี่ยวข้องเข้าช่วยเหลือ</p>",
                ),
                (
                    "callout",
                    {
                        "title": "เป็นเด็กและต้องการความช่วยเหลือใช่ไหม",
                        "text": '<p>โทรสายเด็ก <a href="tel:1387">1387</a> ได้ตลอด 24 ชั่วโมง หรือแจ้งเรื่องกับศูนย์โดยไม่ต้องบอกชื่อ</p>',
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "ถ้าคนที่ทำร้ายเป็นคนในครอบครัว ร้องเรียนได้ไหม",
                            "answer": "<p>ได้ เด็กหลายคนถูกทำร้ายโดยคนที่รู้จัก ศูนย์จะไม่บอกคนนั้นว่าใครเป็นผู้แจ้ง เจ้าหน้าที่จะคิดถึงความปลอดภัยของคุณก่อนเสมอ</p>",
                        },
                        {
                            "question": "อายุ 17 ปี ยังนับเป็นเด็กไหม",
                            "answer": "<p>ใช่ อนุสัญญาคุ้มครองทุกคนที่อายุต่ำกว่า 18 ปี รวมถึงเด็กที่ออกจากโรงเรียนแล้วหรือทำงานแล้ว</p>",
                        },
                        {
                            "question": "ถ้าผู้ใหญ่เห็นเด็กถูกทำร้าย ควรทำอย่างไร",
                            "answer": "<p>ใครก็แจ้งได้ ไม่ต้องมีหลักฐาน เล่าสิ่งที่คุณเห็น แล้วเราจะส่งต่อให้หน่วยงานที่ช่วยเหลือได้</p>",
                        },
                    ],
                ),
            ],
            "ms": [
                ("heading", "Apa kata konvensyen ini"),
                (
                    "paragraph",
                    "<p>Pertubuhan Bangsa-Bangsa Bersatu (PBB) menerima pakai Konvensyen mengenai Hak Kanak-kanak pada tahun 1989. Thailand menyertainya pada tahun 1992, jadi kerajaan Thailand wajib menghormati dan melindungi hak-hak ini. Menurut konvensyen ini, kanak-kanak ialah setiap orang yang berumur bawah 18 tahun.</p>",
                ),
                (
                    "paragraph",
                    "<p>Ada empat prinsip utama:</p>"
                    "<ul><li>setiap kanak-kanak mempunyai hak yang sama, tidak kira agama, bahasa, keluarga atau tempat tinggalnya</li>"
                    "<li>kepentingan terbaik kanak-kanak mesti diutamakan dalam setiap keputusan tentang dirinya</li>"
                    "<li>setiap kanak-kanak berhak untuk hidup, membesar dengan selamat dan berkembang</li>"
                    "<li>kanak-kanak berhak menyatakan pendapat, dan orang dewasa patut mendengar</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Kanak-kanak mesti dilindungi daripada keganasan, penderaan, pengabaian dan eksploitasi, di rumah, di sekolah dan di kawasan yang bergolak. Di Thailand, Akta Perlindungan Kanak-kanak tahun 2003 (B.E. 2546) meletakkan tugas ini dalam undang-undang. Jika kanak-kanak disakiti, sesiapa pun boleh membuat aduan kepada pusat ini supaya agensi yang berkenaan dapat membantu.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Anda kanak-kanak yang perlukan bantuan?",
                        "text": '<p>Hubungi talian kanak-kanak Childline <a href="tel:1387">1387</a>, 24 jam sehari. Anda juga boleh membuat aduan kepada pusat ini tanpa memberi nama.</p>',
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Bolehkah saya mengadu jika orang yang menyakiti saya ialah ahli keluarga?",
                            "answer": "<p>Boleh. Ramai kanak-kanak disakiti oleh orang yang mereka kenal. Pusat ini tidak akan memberitahu orang itu siapa yang membuat aduan. Pegawai kami akan memikirkan keselamatan anda dahulu.</p>",
                        },
                        {
                            "question": "Umur saya 17 tahun. Adakah ini termasuk saya?",
                            "answer": "<p>Ya. Konvensyen ini melindungi semua orang yang berumur bawah 18 tahun, termasuk yang sudah berhenti sekolah atau sudah bekerja.</p>",
                        },
                        {
                            "question": "Apa yang patut dibuat jika orang dewasa melihat kanak-kanak disakiti?",
                            "answer": "<p>Sesiapa pun boleh membuat aduan. Anda tidak perlu bukti. Ceritakan apa yang anda lihat, dan kami akan menyampaikannya kepada agensi yang boleh membantu.</p>",
                        },
                    ],
                ),
            ],
            "en": [
                ("heading", "What the convention says"),
                (
                    "paragraph",
                    "<p>The United Nations adopted the Convention on the Rights of the Child in 1989. Thailand acceded to it in 1992, so the Thai state must respect and protect these rights. Under the convention, a child is anyone under 18 years old.</p>",
                ),
                (
                    "paragraph",
                    "<p>Four main ideas run through the convention:</p>"
                    "<ul><li>every child has the same rights, whatever their religion, language, family or where they live</li>"
                    "<li>the best interests of the child come first in every decision about them</li>"
                    "<li>every child has the right to life, to grow up safely and to develop</li>"
                    "<li>children have the right to say what they think, and adults should listen</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Children must be protected from violence, abuse, neglect and exploitation, at home, at school and in areas affected by unrest. In Thailand, the Child Protection Act of 2003 (B.E. 2546) puts this duty into law. If a child is being hurt, anyone can report it to the centre so that the right agency can step in.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Are you a child who needs help?",
                        "text": '<p>Call Childline on <a href="tel:1387">1387</a>, 24 hours a day. You can also report to the centre without giving your name.</p>',
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Can I report if the person hurting me is in my family?",
                            "answer": "<p>Yes. Many children are hurt by someone they know. The centre will not tell that person who reported. A case worker will think about your safety first.</p>",
                        },
                        {
                            "question": "I am 17. Does this apply to me?",
                            "answer": "<p>Yes. The convention protects everyone under 18, including young people who have left school or are working.</p>",
                        },
                        {
                            "question": "What should an adult do if they see a child being hurt?",
                            "answer": "<p>Anyone can report. You do not need proof. Tell us what you saw, and we will pass it to an agency that can help.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # --- CEDAW --------------------------------------------------------------
    {
        "slug": {
            "th": "sitthi-satri-cedaw",
            "ms": "hak-wanita-cedaw",
            "en": "womens-rights-cedaw",
        },
        "title": {
            "th": "สิทธิสตรีตามอนุสัญญา CEDAW",
            "ms": "Hak wanita menurut CEDAW",
            "en": "Women's rights under CEDAW",
        },
        "intro": {
            "th": "ผู้หญิงมีสิทธิเท่าเทียมกับผู้ชาย และมีสิทธิใช้ชีวิตโดยปราศจากความรุนแรง",
            "ms": "Wanita mempunyai hak yang sama dengan lelaki dan berhak hidup tanpa keganasan.",
            "en": "Women have the same rights as men, and the right to live free from violence.",
        },
        "search_description": {
            "th": "อนุสัญญาว่าด้วยการขจัดการเลือกปฏิบัติต่อสตรีในทุกรูปแบบ (CEDAW) ความรุนแรงต่อสตรี และการขอความช่วยเหลือ",
            "ms": "CEDAW: hak sama rata wanita, keganasan terhadap wanita dan cara mendapatkan bantuan.",
            "en": "CEDAW: equal rights for women, violence against women as discrimination, and where women can get help.",
        },
        "body": {
            "th": [
                ("heading", "อนุสัญญา CEDAW บอกอะไร"),
                (
                    "paragraph",
                    "<p>CEDAW คืออนุสัญญาว่าด้วยการขจัดการเลือกปฏิบัติต่อสตรีในทุกรูปแบบ สหประชาชาติรับรองเมื่อปี 2522 (ค.ศ. 1979) และประเทศไทยเข้าเป็นภาคีเมื่อปี 2528 (ค.ศ. 1985)</p>",
                ),
                (
                    "paragraph",
                    "<p>อนุสัญญากำหนดให้ผู้หญิงและผู้ชายมีสิทธิเท่ากันในทุกด้านของชีวิต เช่น</p>"
                    "<ul><li>การศึกษาและการฝึกอาชีพ</li>"
                    "<li>การทำงานและค่าจ้างที่เป็นธรรม</li>"
                    "<li>การรักษาพยาบาล</li>"
                    "<li>การแต่งงาน ชีวิตครอบครัว และการเลี้ยงดูบุตร</li>"
                    "<li>การมีส่วนร่วมตัดสินใจในชุมชน</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>คณะกรรมการของสหประชาชาติที่ดูแลอนุสัญญานี้ระบุชัดว่า ความรุนแรงต่อสตรี รวมถึงความรุนแรงในครอบครัว เป็นการเลือกปฏิบัติรูปแบบหนึ่ง รัฐต้องป้องกัน คุ้มครอง และช่วยเหลือให้ผู้หญิงฟื้นฟูชีวิตได้</p>",
                ),
                (
                    "paragraph",
                    "<p>หากคุณเป็นผู้หญิงที่ถูกทำร้าย ถูกข่มขู่ หรือถูกควบคุม คุณร้องเรียนกับศูนย์ได้โดยไม่ต้องบอกชื่อ เราส่งต่อคุณและเด็กที่อยู่ในความดูแลของคุณไปยังบ้านพัก การให้คำปรึกษา โรงพยาบาล ความช่วยเหลือทางกฎหมาย หรือตำรวจ ตามที่คุณต้องการ</p>",
                ),
                (
                    "callout",
                    {
                        "title": "ความช่วยเหลือสำหรับผู้หญิง ตลอด 24 ชั่วโมง",
                        "text": '<p>โทร <a href="tel:1300">1300</a> ได้ทุกเวลา หากบาดเจ็บ ไปที่ศูนย์พึ่งได้ (OSCC) ในโรงพยาบาลรัฐ หรือโทร <a href="tel:1669">1669</a></p>',
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "ร้องเรียนแล้วต้องไปแจ้งความกับตำรวจไหม",
                            "answer": "<p>ไม่จำเป็น การร้องเรียนกับศูนย์ไม่ใช่การแจ้งความ เจ้าหน้าที่จะอธิบายทางเลือกต่างๆ รวมถึงการดำเนินคดี และผลของแต่ละทาง</p>",
                        },
                        {
                            "question": "ขอความช่วยเหลือเป็นภาษามลายูได้ไหม",
                            "answer": "<p>ได้ คุณเขียนเรื่องร้องเรียนเป็นภาษามลายูหรือภาษาไทยก็ได้ บางหน่วยงานในรายชื่อบริการมีเจ้าหน้าที่ที่พูดภาษามลายูถิ่นได้</p>",
                        },
                        {
                            "question": "ครอบครัวจะรู้ไหมว่าฉันร้องเรียน",
                            "answer": "<p>เราเก็บเรื่องของคุณเป็นความลับ ถ้าเป็นไปได้ ให้ใช้โทรศัพท์ที่มีแค่คุณใช้ และเก็บรหัสติดตามเรื่องไว้ในที่ปลอดภัย</p>",
                        },
                    ],
                ),
            ],
            "ms": [
                ("heading", "Apa kata CEDAW"),
                (
                    "paragraph",
                    "<p>CEDAW ialah Konvensyen mengenai Penghapusan Segala Bentuk Diskriminasi terhadap Wanita. PBB menerima pakai konvensyen ini pada tahun 1979, dan Thailand menyertainya pada tahun 1985.</p>",
                ),
                (
                    "paragraph",
                    "<p>Konvensyen ini menyatakan bahawa wanita dan lelaki mesti mempunyai hak yang sama dalam semua bahagian kehidupan, contohnya:</p>"
                    "<ul><li>bersekolah dan mendapat latihan kerja</li>"
                    "<li>bekerja dan mendapat gaji yang adil</li>"
                    "<li>rawatan kesihatan</li>"
                    "<li>perkahwinan, kehidupan keluarga dan penjagaan anak</li>"
                    "<li>membuat keputusan dalam masyarakat</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Jawatankuasa PBB yang memantau CEDAW menegaskan bahawa keganasan terhadap wanita, termasuk keganasan rumah tangga, ialah satu bentuk diskriminasi. Negara mesti mencegahnya, melindungi wanita dan membantu mereka memulihkan hidup.</p>",
                ),
                (
                    "paragraph",
                    "<p>Jika anda seorang wanita yang dipukul, diugut atau dikawal, anda boleh membuat aduan kepada pusat ini tanpa memberi nama. Kami boleh menghubungkan anda, dan anak-anak di bawah jagaan anda, dengan rumah perlindungan, kaunseling, hospital, bantuan guaman atau polis, mengikut apa yang anda mahu.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Bantuan untuk wanita, 24 jam",
                        "text": '<p>Hubungi <a href="tel:1300">1300</a> pada bila-bila masa. Jika anda cedera, pergi ke pusat krisis sehenti (OSCC) di hospital kerajaan, atau hubungi <a href="tel:1669">1669</a>.</p>',
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Adakah saya perlu membuat laporan polis jika saya mengadu?",
                            "answer": "<p>Tidak perlu. Aduan kepada pusat ini bukan laporan polis. Pegawai kami akan menerangkan pilihan anda, termasuk tindakan undang-undang, dan akibat setiap pilihan.</p>",
                        },
                        {
                            "question": "Bolehkah saya mendapat bantuan dalam bahasa Melayu?",
                            "answer": "<p>Boleh. Anda boleh menulis aduan dalam bahasa Melayu atau bahasa Thai. Sesetengah perkhidmatan dalam direktori mempunyai pegawai yang boleh bercakap bahasa Melayu Patani.</p>",
                        },
                        {
                            "question": "Adakah keluarga saya akan tahu?",
                            "answer": "<p>Kami merahsiakan aduan anda. Jika boleh, gunakan telefon yang hanya anda gunakan, dan simpan kod semakan anda di tempat yang selamat.</p>",
                        },
                    ],
                ),
            ],
            "en": [
                ("heading", "What CEDAW says"),
                (
                    "paragraph",
                    "<p>CEDAW is the Convention on the Elimination of All Forms of Discrimination against Women. The United Nations adopted it in 1979, and Thailand acceded to it in 1985.</p>",
                ),
                (
                    "paragraph",
                    "<p>The convention says that women and men must have equal rights in all parts of life, for example:</p>"
                    "<ul><li>going to school and vocational training</li>"
                    "<li>work and fair pay</li>"
                    "<li>health care</li>"
                    "<li>marriage, family life and bringing up children</li>"
                    "<li>taking part in decisions in the community</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>The UN committee that oversees CEDAW has made clear that violence against women, including violence at home, is a form of discrimination. States must prevent it, protect women and help them rebuild their lives.</p>",
                ),
                (
                    "paragraph",
                    "<p>If you are a woman who is being hurt, threatened or controlled, you can report to the centre without giving your name. We can refer you, and any children in your care, to a shelter, counselling, a hospital, legal aid or the police, depending on what you want.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Help for women, 24 hours",
                        "text": '<p>Call <a href="tel:1300">1300</a> at any time. If you are hurt, go to the one-stop crisis centre (OSCC) at a public hospital, or call <a href="tel:1669">1669</a>.</p>',
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Do I have to go to the police if I report?",
                            "answer": "<p>No. Reporting to the centre is not the same as filing a police report. A case worker will explain your choices, including legal action, and what each one means.</p>",
                        },
                        {
                            "question": "Can I get help in Malay?",
                            "answer": "<p>Yes. You can write your report in Malay or Thai. Some services in the directory have staff who speak Patani Malay.</p>",
                        },
                        {
                            "question": "Will my family find out?",
                            "answer": "<p>We keep your report confidential. If you can, use a phone that only you use, and keep your tracking code somewhere safe.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # --- UNSCR 1325 ----------------------------------------------------------
    {
        "slug": {
            "th": "satri-santiphap-lae-khwam-mankhong",
            "ms": "wanita-keamanan-dan-keselamatan",
            "en": "women-peace-and-security",
        },
        "title": {
            "th": "ข้อมติ 1325: สตรี สันติภาพ และความมั่นคง",
            "ms": "Resolusi 1325: wanita, keamanan dan keselamatan",
            "en": "Resolution 1325: women, peace and security",
        },
        "intro": {
            "th": "ผู้หญิงต้องได้รับการคุ้มครองในพื้นที่ที่มีความไม่สงบ และต้องมีส่วนร่วมในการสร้างสันติภาพ",
            "ms": "Wanita mesti dilindungi di kawasan yang bergolak dan mesti terlibat dalam usaha membina keamanan.",
            "en": "Women must be protected where there is unrest, and must take part in building peace.",
        },
        "search_description": {
            "th": "ข้อมติคณะมนตรีความมั่นคงแห่งสหประชาชาติที่ 1325 ว่าด้วยสตรี สันติภาพ และความมั่นคง กับงานในจังหวัดชายแดนภาคใต้",
            "ms": "Resolusi Majlis Keselamatan PBB 1325 mengenai wanita, keamanan dan keselamatan, dan kaitannya dengan wilayah sempadan selatan.",
            "en": "UN Security Council Resolution 1325 on women, peace and security, and what it means in the southern border provinces.",
        },
        "body": {
            "th": [
                ("heading", "ข้อมติ 1325 บอกอะไร"),
                (
                    "paragraph",
                    "<p>คณะมนตรีความมั่นคงแห่งสหประชาชาติรับรองข้อมติที่ 1325 เมื่อวันที่ 31 ตุลาคม 2543 (ค.ศ. 2000) ข้อมตินี้ยอมรับว่าความขัดแย้งและความรุนแรงส่งผลต่อผู้หญิงและเด็กหญิงในแบบเฉพาะ และผู้หญิงต้องมีเสียงในการสร้างและรักษาสันติภาพ</p>",
                ),
                (
                    "paragraph",
                    "<p>ข้อมตินี้มักแบ่งเป็นสี่ด้าน</p>"
                    "<ul><li><b>การมีส่วนร่วม</b> ผู้หญิงร่วมตัดสินใจเรื่องสันติภาพและความมั่นคง</li>"
                    "<li><b>การคุ้มครอง</b> ผู้หญิงและเด็กหญิงได้รับการคุ้มครองจากความรุนแรง รวมถึงความรุนแรงทางเพศ</li>"
                    "<li><b>การป้องกัน</b> ป้องกันความรุนแรงต่อสตรี และให้ผู้กระทำรับผิด</li>"
                    "<li><b>การบรรเทาและฟื้นฟู</b> การช่วยเหลือและฟื้นฟูต้องตอบความต้องการของผู้หญิง</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>ในจังหวัดชายแดนภาคใต้ ผู้หญิงจำนวนมากสูญเสียสามี ลูก หรือรายได้จากเหตุความไม่สงบ และต้องดูแลครอบครัวเพียงลำพัง ศป.ดส. ใช้ข้อมติ 1325 เพื่อให้ความปลอดภัย ความต้องการ และความคิดเห็นของสตรีเป็นส่วนหนึ่งของงานสร้างสันติภาพ</p>",
                ),
                (
                    "callout",
                    {
                        "title": "ได้รับผลกระทบจากเหตุความไม่สงบใช่ไหม",
                        "text": '<p>หากคุณหรือลูกได้รับผลกระทบจากความรุนแรง หรือสูญเสียคนในครอบครัว คุณขอความช่วยเหลือด้านการให้คำปรึกษา การเรียน รายได้ และเอกสารได้ ร้องเรียนกับศูนย์ หรือโทร <a href="tel:1300">1300</a></p>',
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "ฉันเป็นหญิงหม้าย มีความช่วยเหลืออะไรบ้าง",
                            "answer": "<p>ขึ้นอยู่กับสถานการณ์ของคุณ หน่วยงานต่างๆ ช่วยเหลือได้ทั้งการให้คำปรึกษา การฝึกอาชีพและรายได้ การเรียนของลูก และเอกสาร บอกเราว่าคุณต้องการอะไร แล้วเราจะหาหน่วยงานที่เหมาะสมให้</p>",
                        },
                        {
                            "question": "กลุ่มผู้หญิงในชุมชนทำงานร่วมกับศูนย์ได้ไหม",
                            "answer": "<p>ได้ ศป.ดส. ตั้งขึ้นโดยความร่วมมือกับภาคประชาสังคม และทำงานร่วมกับกลุ่มสตรีและกลุ่มเด็กในพื้นที่</p>",
                        },
                    ],
                ),
            ],
            "ms": [
                ("heading", "Apa kata Resolusi 1325"),
                (
                    "paragraph",
                    "<p>Majlis Keselamatan PBB menerima pakai Resolusi 1325 pada 31 Oktober 2000. Resolusi ini mengakui bahawa konflik dan keganasan memberi kesan khusus kepada wanita dan kanak-kanak perempuan, dan wanita mesti bersuara dalam membina dan menjaga keamanan.</p>",
                ),
                (
                    "paragraph",
                    "<p>Resolusi ini biasanya dibahagikan kepada empat bahagian:</p>"
                    "<ul><li><b>Penyertaan</b>: wanita ikut membuat keputusan tentang keamanan dan keselamatan</li>"
                    "<li><b>Perlindungan</b>: wanita dan kanak-kanak perempuan dilindungi daripada keganasan, termasuk keganasan seksual</li>"
                    "<li><b>Pencegahan</b>: keganasan terhadap wanita dicegah dan pelakunya dipertanggungjawabkan</li>"
                    "<li><b>Bantuan dan pemulihan</b>: keperluan wanita dipenuhi dalam kerja bantuan dan pemulihan</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Di wilayah sempadan selatan, ramai wanita kehilangan suami, anak atau pendapatan akibat pergolakan, dan kini menyara keluarga seorang diri. Pusat ini menggunakan Resolusi 1325 supaya keselamatan, keperluan dan pendapat wanita menjadi sebahagian daripada usaha keamanan.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Terjejas oleh pergolakan?",
                        "text": '<p>Jika anda atau anak anda terjejas oleh keganasan, atau kehilangan ahli keluarga, anda boleh meminta bantuan kaunseling, persekolahan, pendapatan dan dokumen. Buat aduan kepada pusat ini atau hubungi <a href="tel:1300">1300</a>.</p>',
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Saya seorang balu. Apakah bantuan yang ada?",
                            "answer": "<p>Bergantung pada keadaan anda, agensi boleh membantu dengan kaunseling, latihan kerja dan pendapatan, persekolahan anak, dan dokumen. Beritahu kami apa yang anda perlukan, dan kami akan mencari agensi yang sesuai.</p>",
                        },
                        {
                            "question": "Bolehkah kumpulan wanita bekerjasama dengan pusat ini?",
                            "answer": "<p>Boleh. Pusat ini ditubuhkan bersama masyarakat sivil, dan bekerjasama dengan kumpulan wanita dan kanak-kanak di kawasan ini.</p>",
                        },
                    ],
                ),
            ],
            "en": [
                ("heading", "What Resolution 1325 says"),
                (
                    "paragraph",
                    "<p>The United Nations Security Council adopted Resolution 1325 on 31 October 2000. It recognises that conflict and violence affect women and girls in particular ways, and that women must have a voice in making and keeping peace.</p>",
                ),
                (
                    "paragraph",
                    "<p>The resolution is often described in four parts:</p>"
                    "<ul><li><b>Participation</b>: women take part in decisions about peace and security</li>"
                    "<li><b>Protection</b>: women and girls are protected from violence, including sexual violence</li>"
                    "<li><b>Prevention</b>: violence against women is prevented, and those responsible are held to account</li>"
                    "<li><b>Relief and recovery</b>: women's needs are met in relief and recovery work</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>In the southern border provinces, many women have lost husbands, sons or income because of the unrest, and many now support their families alone. The centre uses Resolution 1325 to make sure that women's safety, needs and views are part of the work for peace.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Affected by the unrest?",
                        "text": '<p>If you or your children were harmed by violence, or you lost a family member, you can ask for help with counselling, school, income and documents. Report to the centre or call <a href="tel:1300">1300</a>.</p>',
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "I am a widow. What help is there?",
                            "answer": "<p>It depends on your situation. Agencies can help with counselling, training and income, school for your children, and documents. Tell us what you need, and we will find the right agency.</p>",
                        },
                        {
                            "question": "Can women's groups work with the centre?",
                            "answer": "<p>Yes. The centre was set up together with civil society, and it works with women's and children's groups in the area.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # --- How to get help -------------------------------------------------------
    {
        "slug": {
            "th": "withi-kho-khwam-chuailuea",
            "ms": "cara-mendapatkan-bantuan",
            "en": "how-to-get-help",
        },
        "title": {
            "th": "วิธีขอความช่วยเหลือ และสิ่งที่เกิดขึ้นหลังร้องเรียน",
            "ms": "Cara mendapatkan bantuan dan apa berlaku selepas aduan",
            "en": "How to get help and what happens when you report",
        },
        "intro": {
            "th": "คุณร้องเรียนได้โดยไม่ต้องบอกชื่อ หน้านี้อธิบายทีละขั้นว่าจะเกิดอะไรขึ้นกับเรื่องของคุณ",
            "ms": "Anda boleh membuat aduan tanpa memberi nama. Halaman ini menerangkan langkah demi langkah apa yang berlaku kepada aduan anda.",
            "en": "You can report without giving your name. This page explains, step by step, what happens to your report.",
        },
        "search_description": {
            "th": "ขั้นตอนการร้องเรียน รหัสติดตามเรื่อง การส่งต่อหน่วยงาน และการใช้โทรศัพท์อย่างปลอดภัย",
            "ms": "Langkah membuat aduan, kod semakan, rujukan kepada agensi dan cara menggunakan telefon dengan selamat.",
            "en": "How reporting works: the tracking code, referral to agencies, following your case and staying safe on a shared phone.",
        },
        "body": {
            "th": [
                ("heading", "เกิดอะไรขึ้นหลังคุณร้องเรียน"),
                (
                    "paragraph",
                    "<p>คุณร้องเรียนเรื่องที่เกิดกับตัวเอง หรือเรื่องที่เห็นเกิดกับเด็ก สตรี หรือคนที่เปราะบางได้ โดยไม่ต้องบอกชื่อ</p>",
                ),
                (
                    "paragraph",
                    "<ol><li><b>ส่งเรื่องร้องเรียน</b> ผ่านแบบฟอร์มในเว็บไซต์นี้ เล่าว่าเกิดอะไรขึ้น ที่ไหน และต้องการความช่วยเหลืออะไร แนบรูปหรือเอกสารได้ถ้าปลอดภัย</li>"
                    "<li><b>รับรหัสติดตามเรื่อง</b> รหัสจะแสดงเพียงครั้งเดียว จดไว้และเก็บในที่ปลอดภัย</li>"
                    "<li><b>เจ้าหน้าที่อ่านเรื่องของคุณ</b> และประเมินความเร่งด่วน เรื่องที่มีคนตกอยู่ในอันตรายจะได้รับการดูแลก่อน</li>"
                    "<li><b>ส่งต่อเรื่อง</b> ให้หน่วยงานที่ช่วยเหลือได้ เช่น สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด บ้านพัก ศูนย์พึ่งได้ในโรงพยาบาล ความช่วยเหลือทางกฎหมาย หรือตำรวจ</li>"
                    "<li><b>ติดตามเรื่อง</b> ด้วยรหัสของคุณ อ่านข้อความจากเจ้าหน้าที่และตอบกลับได้</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>หน้าที่ของศูนย์คือรับเรื่องร้องเรียน ส่งต่อให้หน่วยงานที่รับผิดชอบ และติดตามผลจนเรื่องได้รับการดูแล การดำเนินคดีอาญาเป็นหน้าที่ของตำรวจและศาล ทุกขั้นตอนคำนึงถึงการคุ้มครองผู้ที่ถูกกระทำความรุนแรงเป็นสำคัญ</p>",
                ),
                (
                    "callout",
                    {
                        "title": "ถ้ามีคนอื่นอาจเห็นโทรศัพท์ของคุณ",
                        "text": "<p>กดปุ่ม <b>ออกด่วน</b> เพื่อออกจากหน้านี้ทันที ใช้หน้าต่างส่วนตัวถ้าทำได้ และอย่าบันทึกรหัสติดตามเรื่องไว้ในโทรศัพท์ที่ใช้ร่วมกับคนอื่น</p>",
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "ถ้าทำรหัสติดตามเรื่องหาย ทำอย่างไร",
                            "answer": "<p>เราแสดงรหัสซ้ำไม่ได้ เพราะเราไม่รู้ว่าคุณเป็นใคร คุณส่งเรื่องใหม่ได้ และบอกว่าเป็นเรื่องต่อจากเรื่องเดิม</p>",
                        },
                        {
                            "question": "นานแค่ไหนจึงจะได้รับความช่วยเหลือ",
                            "answer": '<p>ขึ้นอยู่กับความเร่งด่วนของเรื่อง ถ้าคุณตกอยู่ในอันตรายตอนนี้ อย่ารอคำตอบ โทร <a href="tel:191">191</a> หรือ <a href="tel:1669">1669</a></p>',
                        },
                        {
                            "question": "ร้องเรียนทางโทรศัพท์ได้ไหม",
                            "answer": '<p>ได้ โทร <a href="tel:1300">1300</a> ได้ตลอด 24 ชั่วโมง หรือ <a href="tel:1387">1387</a> ถ้าคุณเป็นเด็กหรือเยาวชน</p>',
                        },
                    ],
                ),
            ],
            "ms": [
                ("heading", "Apa yang berlaku selepas anda membuat aduan"),
                (
                    "paragraph",
                    "<p>Anda boleh mengadu tentang perkara yang berlaku kepada diri anda, atau yang anda lihat berlaku kepada kanak-kanak, wanita atau orang lain yang memerlukan perlindungan. Anda tidak perlu memberi nama.</p>",
                ),
                (
                    "paragraph",
                    "<ol><li><b>Hantar aduan anda</b> melalui borang di laman ini. Tulis apa yang berlaku, di mana, dan bantuan apa yang anda perlukan. Anda boleh melampirkan gambar atau dokumen jika selamat.</li>"
                    "<li><b>Terima kod semakan.</b> Kod ini ditunjukkan sekali sahaja. Tulis dan simpan di tempat yang selamat.</li>"
                    "<li><b>Pegawai kes membaca aduan anda</b> dan menilai betapa segeranya. Kes yang melibatkan bahaya diuruskan dahulu.</li>"
                    "<li><b>Kami merujuk kes anda</b> kepada agensi yang boleh membantu, seperti pejabat pembangunan sosial wilayah, rumah perlindungan, pusat krisis sehenti (OSCC) di hospital, bantuan guaman atau polis.</li>"
                    "<li><b>Ikuti kes anda</b> dengan kod semakan. Anda boleh membaca mesej daripada pegawai kes dan membalasnya.</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>Tugas pusat ini ialah menerima aduan, menghantarnya kepada agensi yang bertanggungjawab, dan memantau sehingga kes diuruskan. Kes jenayah diuruskan oleh polis dan mahkamah. Dalam setiap langkah, keselamatan mangsa keganasan diutamakan.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Jika orang lain mungkin melihat telefon anda",
                        "text": "<p>Tekan butang <b>Keluar pantas</b> untuk meninggalkan halaman ini dengan segera. Gunakan tetingkap peribadi jika boleh, dan jangan simpan kod semakan dalam telefon yang dikongsi.</p>",
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Bagaimana jika saya kehilangan kod semakan?",
                            "answer": "<p>Kami tidak boleh menunjukkannya semula kerana kami tidak tahu siapa anda. Anda boleh menghantar aduan baharu dan menyebut bahawa ia berkaitan dengan aduan yang lebih awal.</p>",
                        },
                        {
                            "question": "Berapa lama sebelum saya dibantu?",
                            "answer": '<p>Ia bergantung pada betapa segeranya kes itu. Jika anda dalam bahaya sekarang, jangan tunggu jawapan: hubungi <a href="tel:191">191</a> atau <a href="tel:1669">1669</a>.</p>',
                        },
                        {
                            "question": "Bolehkah saya mengadu melalui telefon?",
                            "answer": '<p>Boleh. Hubungi <a href="tel:1300">1300</a> pada bila-bila masa, atau <a href="tel:1387">1387</a> jika anda kanak-kanak atau remaja.</p>',
                        },
                    ],
                ),
            ],
            "en": [
                ("heading", "What happens when you report"),
                (
                    "paragraph",
                    "<p>You can report something that happened to you, or something you saw happen to a child, a woman or another vulnerable person. You do not have to give your name.</p>",
                ),
                (
                    "paragraph",
                    "<ol><li><b>You send your report</b> using the form on this site. Write what happened, where, and what help you need. You can add a photo or a document if it is safe to do so.</li>"
                    "<li><b>You get a tracking code.</b> It is shown only once. Write it down and keep it somewhere safe.</li>"
                    "<li><b>A case worker reads your report</b> and decides how urgent it is. Cases where someone is in danger are handled first.</li>"
                    "<li><b>We refer your case</b> to an agency that can help, such as the provincial social development office, a shelter, a hospital's one-stop crisis centre, legal aid or the police.</li>"
                    "<li><b>You follow your case</b> with your tracking code. You can read messages from the case worker and answer them.</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>The centre's job is to receive complaints, pass them to the agency responsible and follow up until the case is dealt with. Criminal cases are handled by the police and the courts. At every step, the safety of the person who was hurt comes first.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "If someone else might see your phone",
                        "text": "<p>Press the <b>Quick exit</b> button to leave this page at once. Use a private window if you can, and do not save your tracking code on a shared phone.</p>",
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "What if I lose my tracking code?",
                            "answer": "<p>We cannot show it again, because we do not know who you are. You can send a new report and say that it is about an earlier one.</p>",
                        },
                        {
                            "question": "How long until someone helps me?",
                            "answer": '<p>It depends on how urgent the case is. If you are in danger now, do not wait for a reply: call <a href="tel:191">191</a> or <a href="tel:1669">1669</a>.</p>',
                        },
                        {
                            "question": "Can I report by phone instead?",
                            "answer": '<p>Yes. Call <a href="tel:1300">1300</a> at any time, or <a href="tel:1387">1387</a> if you are a child or young person.</p>',
                        },
                    ],
                ),
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Service directory (sample data: addresses, office numbers and e-mails are
# fictitious; only the national hotlines are real)
# ---------------------------------------------------------------------------

SERVICE_INDEX = {
    "slug": {
        "th": "khonha-borikan",
        "ms": "cari-perkhidmatan",
        "en": "find-a-service",
    },
    "title": {
        "th": "ค้นหาบริการ",
        "ms": "Cari perkhidmatan",
        "en": "Find a service",
    },
    "intro": {
        "th": "ค้นหาหน่วยงานที่ช่วยเหลือเด็กและสตรีตามจังหวัด ประเภทความช่วยเหลือ และภาษาที่พูด รายชื่อด้านล่างเป็นข้อมูลตัวอย่าง โปรดตรวจสอบกับศูนย์ก่อนเดินทาง",
        "ms": "Cari agensi yang membantu kanak-kanak dan wanita mengikut wilayah, jenis bantuan dan bahasa. Senarai di bawah ialah data contoh: semak dengan pusat sebelum anda pergi.",
        "en": "Find agencies that help children and women by province, type of help and language spoken. The directory below is sample data: check with the centre before you go.",
    },
    "search_description": {
        "th": "รายชื่อหน่วยงานช่วยเหลือเด็กและสตรีใน 14 จังหวัดภาคใต้ บ้านพัก ศูนย์พึ่งได้ ความช่วยเหลือทางกฎหมาย และสายด่วน",
        "ms": "Direktori agensi yang membantu kanak-kanak dan wanita di 14 wilayah selatan: rumah perlindungan, OSCC, bantuan guaman dan talian kecemasan.",
        "en": "Directory of services for children and women in Thailand's 14 southern provinces: shelters, crisis centres, legal aid and hotlines.",
    },
}

SERVICES = [
    # 1 -------------------------------------------------------------------
    {
        "slug": {
            "th": "pattani-social-development-office",
            "ms": "pejabat-pembangunan-sosial-pattani",
            "en": "pattani-social-development-office",
        },
        "title": {
            "th": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดปัตตานี",
            "ms": "Pejabat Pembangunan Sosial dan Keselamatan Insan Wilayah Pattani",
            "en": "Pattani Provincial Office of Social Development and Human Security",
        },
        "summary": {
            "th": "รับเรื่องร้องเรียนเกี่ยวกับความรุนแรงและการทอดทิ้ง เยี่ยมบ้าน ช่วยเหลือด้านสวัสดิการและอาชีพ และส่งต่อไปยังบ้านพักหรือบริการอื่นในจังหวัดปัตตานี",
            "ms": "Menerima aduan tentang keganasan dan pengabaian, melawat keluarga, membantu dengan kebajikan dan mata pencarian, dan merujuk ke rumah perlindungan atau perkhidmatan lain di Pattani.",
            "en": "Receives complaints about violence and neglect, visits families, helps with welfare and income support, and refers people to shelters and other services in Pattani.",
        },
        "help_types": ["counselling", "livelihood"],
        "provinces": ["pattani"],
        "languages": ["th", "ms-patani"],
        "address": {
            "th": "เลขที่ 11 ถนนตัวอย่าง ตำบลสะบารัง\nอำเภอเมืองปัตตานี จังหวัดปัตตานี 94000",
            "ms": "11 Jalan Contoh, Tambon Sabarang\nDaerah Mueang Pattani, Wilayah Pattani 94000",
            "en": "11 Sample Road, Sabarang Subdistrict\nMueang Pattani District, Pattani 94000",
        },
        "phones": [("office", "0 7300 0011"), ("hotline", "1300")],
        "email": "pattani.social@example.org",
        "hours": HOURS_OFFICE,
        "cost": FREE,
        "eligibility": {
            "th": "เด็ก สตรี ผู้สูงอายุ คนพิการ และครอบครัวที่ประสบปัญหาซึ่งอาศัยอยู่ในจังหวัดปัตตานี",
            "ms": "Kanak-kanak, wanita, warga emas, orang kurang upaya dan keluarga yang menghadapi masalah di Wilayah Pattani.",
            "en": "Children, women, older people, people with disabilities and families in difficulty living in Pattani province.",
        },
        "confidentiality": {
            "th": "แฟ้มข้อมูลของคุณถูกเก็บอย่างปลอดภัย และส่งให้เฉพาะหน่วยงานที่ต้องใช้เพื่อช่วยเหลือคุณ",
            "ms": "Fail kes anda disimpan dengan selamat dan hanya dikongsi dengan agensi yang perlu membantu anda.",
            "en": "Your case file is kept securely and shared only with agencies that need it to help you.",
        },
    },
    # 2 -------------------------------------------------------------------
    {
        "slug": {
            "th": "yala-social-development-office",
            "ms": "pejabat-pembangunan-sosial-yala",
            "en": "yala-social-development-office",
        },
        "title": {
            "th": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดยะลา",
            "ms": "Pejabat Pembangunan Sosial dan Keselamatan Insan Wilayah Yala",
            "en": "Yala Provincial Office of Social Development and Human Security",
        },
        "summary": {
            "th": "ช่วยเหลือครอบครัวในจังหวัดยะลาที่เดือดร้อน ทั้งเงินช่วยเหลือฉุกเฉิน การเยี่ยมบ้าน และการส่งต่อเด็กและสตรีที่ถูกกระทำความรุนแรงไปยังหน่วยงานที่เหมาะสม",
            "ms": "Membantu keluarga yang susah di Yala dengan bantuan kecemasan, lawatan ke rumah dan rujukan untuk kanak-kanak dan wanita yang menjadi mangsa keganasan.",
            "en": "Helps families in hardship in Yala with emergency support, home visits and referrals for children and women affected by violence.",
        },
        "help_types": ["counselling", "livelihood"],
        "provinces": ["yala"],
        "languages": ["th", "ms-patani"],
        "address": {
            "th": "เลขที่ 21 ถนนตัวอย่าง ตำบลสะเตง\nอำเภอเมืองยะลา จังหวัดยะลา 95000",
            "ms": "21 Jalan Contoh, Tambon Sateng\nDaerah Mueang Yala, Wilayah Yala 95000",
            "en": "21 Sample Road, Sateng Subdistrict\nMueang Yala District, Yala 95000",
        },
        "phones": [("office", "0 7300 0021"), ("hotline", "1300")],
        "email": "yala.social@example.org",
        "hours": HOURS_OFFICE,
        "cost": FREE,
        "eligibility": {
            "th": "เด็ก สตรี และครอบครัวที่ประสบปัญหาทางสังคมซึ่งอาศัยอยู่ในจังหวัดยะลา",
            "ms": "Kanak-kanak, wanita dan keluarga yang menghadapi masalah sosial di Wilayah Yala.",
            "en": "Children, women and families facing social problems who live in Yala province.",
        },
        "confidentiality": {
            "th": "เจ้าหน้าที่จะไม่เปิดเผยเรื่องของคุณแก่เพื่อนบ้านหรือญาติโดยไม่ได้รับความยินยอม",
            "ms": "Pegawai tidak akan menceritakan hal anda kepada jiran atau saudara tanpa kebenaran anda.",
            "en": "Staff will not discuss your situation with neighbours or relatives without your consent.",
        },
    },
    # 3 -------------------------------------------------------------------
    {
        "slug": {
            "th": "narathiwat-social-development-office",
            "ms": "pejabat-pembangunan-sosial-narathiwat",
            "en": "narathiwat-social-development-office",
        },
        "title": {
            "th": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดนราธิวาส",
            "ms": "Pejabat Pembangunan Sosial dan Keselamatan Insan Wilayah Narathiwat",
            "en": "Narathiwat Provincial Office of Social Development and Human Security",
        },
        "summary": {
            "th": "รับเรื่องร้องเรียนและให้ความช่วยเหลือเด็ก สตรี และครอบครัวในจังหวัดนราธิวาส รวมถึงครอบครัวที่ได้รับผลกระทบจากเหตุความไม่สงบ",
            "ms": "Menerima aduan dan membantu kanak-kanak, wanita dan keluarga di Narathiwat, termasuk keluarga yang terjejas oleh pergolakan.",
            "en": "Receives complaints and helps children, women and families in Narathiwat, including families affected by the unrest.",
        },
        "help_types": ["counselling", "livelihood"],
        "provinces": ["narathiwat"],
        "languages": ["th", "ms-patani", "ms"],
        "address": {
            "th": "เลขที่ 31 ถนนตัวอย่าง ตำบลบางนาค\nอำเภอเมืองนราธิวาส จังหวัดนราธิวาส 96000",
            "ms": "31 Jalan Contoh, Tambon Bang Nak\nDaerah Mueang Narathiwat, Wilayah Narathiwat 96000",
            "en": "31 Sample Road, Bang Nak Subdistrict\nMueang Narathiwat District, Narathiwat 96000",
        },
        "phones": [("office", "0 7300 0031"), ("hotline", "1300")],
        "email": "narathiwat.social@example.org",
        "hours": HOURS_OFFICE,
        "cost": FREE,
        "eligibility": {
            "th": "เด็ก สตรี และครอบครัวที่ประสบปัญหาซึ่งอาศัยอยู่ในจังหวัดนราธิวาส",
            "ms": "Kanak-kanak, wanita dan keluarga yang menghadapi masalah di Wilayah Narathiwat.",
            "en": "Children, women and families in difficulty living in Narathiwat province.",
        },
        "confidentiality": {
            "th": "ข้อมูลของคุณใช้เพื่อการช่วยเหลือเท่านั้น และไม่เปิดเผยต่อผู้ที่ไม่เกี่ยวข้อง",
            "ms": "Maklumat anda digunakan untuk membantu anda sahaja dan tidak didedahkan kepada orang yang tidak berkaitan.",
            "en": "Your information is used only to help you and is not shared with anyone who is not involved.",
        },
    },
    # 4 -------------------------------------------------------------------
    {
        "slug": {
            "th": "trang-social-development-office",
            "ms": "pejabat-pembangunan-sosial-trang",
            "en": "trang-social-development-office",
        },
        "title": {
            "th": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดตรัง",
            "ms": "Pejabat Pembangunan Sosial dan Keselamatan Insan Wilayah Trang",
            "en": "Trang Provincial Office of Social Development and Human Security",
        },
        "summary": {
            "th": "ให้คำปรึกษาและความช่วยเหลือด้านสวัสดิการสังคมแก่เด็ก สตรี และครอบครัวในจังหวัดตรัง และส่งต่อกรณีความรุนแรงในครอบครัว",
            "ms": "Memberi nasihat dan bantuan kebajikan kepada kanak-kanak, wanita dan keluarga di Trang, dan merujuk kes keganasan rumah tangga.",
            "en": "Gives advice and social welfare support to children, women and families in Trang, and refers cases of domestic violence.",
        },
        "help_types": ["counselling", "livelihood"],
        "provinces": ["trang"],
        "languages": ["th"],
        "address": {
            "th": "เลขที่ 41 ถนนตัวอย่าง ตำบลทับเที่ยง\nอำเภอเมืองตรัง จังหวัดตรัง 92000",
            "ms": "41 Jalan Contoh, Tambon Thap Thiang\nDaerah Mueang Trang, Wilayah Trang 92000",
            "en": "41 Sample Road, Thap Thiang Subdistrict\nMueang Trang District, Trang 92000",
        },
        "phones": [("office", "0 7500 0041"), ("hotline", "1300")],
        "email": "",
        "hours": HOURS_OFFICE,
        "cost": FREE,
        "eligibility": {
            "th": "เด็ก สตรี และครอบครัวที่ประสบปัญหาซึ่งอาศัยอยู่ในจังหวัดตรัง",
            "ms": "Kanak-kanak, wanita dan keluarga yang menghadapi masalah di Wilayah Trang.",
            "en": "Children, women and families in difficulty living in Trang province.",
        },
        "confidentiality": {
            "th": "แฟ้มข้อมูลของคุณถูกเก็บอย่างปลอดภัย และส่งให้เฉพาะหน่วยงานที่ต้องใช้เพื่อช่วยเหลือคุณ",
            "ms": "Fail kes anda disimpan dengan selamat dan hanya dikongsi dengan agensi yang perlu membantu anda.",
            "en": "Your case file is kept securely and shared only with agencies that need it to help you.",
        },
    },
    # 5 -------------------------------------------------------------------
    {
        "slug": {
            "th": "oscc-pattani-hospital",
            "ms": "oscc-hospital-pattani",
            "en": "oscc-pattani-hospital",
        },
        "title": {
            "th": "ศูนย์พึ่งได้ (OSCC) โรงพยาบาลปัตตานี",
            "ms": "Pusat Krisis Sehenti (OSCC), Hospital Pattani",
            "en": "One Stop Crisis Centre (OSCC), Pattani Hospital",
        },
        "summary": {
            "th": "รักษาพยาบาล ตรวจร่างกาย และให้คำปรึกษาแก่เด็กและสตรีที่ถูกทำร้ายหรือถูกล่วงละเมิดทางเพศ และประสานตำรวจและนักสังคมสงเคราะห์",
            "ms": "Rawatan perubatan, pemeriksaan dan kaunseling untuk kanak-kanak dan wanita yang dicederakan atau didera secara seksual, dengan hubungan kepada polis dan pekerja sosial.",
            "en": "Medical care, examination and counselling for children and women who have been hurt or sexually abused, with links to the police and social workers.",
        },
        "help_types": ["health", "counselling"],
        "provinces": ["pattani"],
        "languages": ["th", "ms-patani"],
        "address": {
            "th": "เลขที่ 12 ถนนตัวอย่าง ตำบลสะบารัง\nอำเภอเมืองปัตตานี จังหวัดปัตตานี 94000",
            "ms": "12 Jalan Contoh, Tambon Sabarang\nDaerah Mueang Pattani, Wilayah Pattani 94000",
            "en": "12 Sample Road, Sabarang Subdistrict\nMueang Pattani District, Pattani 94000",
        },
        "phones": [("office", "0 7300 0012"), ("hotline", "1669")],
        "email": "",
        "hours": {
            "th": "ตลอด 24 ชั่วโมง (ผ่านห้องฉุกเฉิน)",
            "ms": "24 jam (melalui unit kecemasan)",
            "en": "24 hours (through the emergency department)",
        },
        "cost": {
            "th": "ไม่มีค่าใช้จ่ายสำหรับผู้ถูกกระทำความรุนแรง",
            "ms": "Percuma untuk mangsa keganasan",
            "en": "Free for people hurt by violence",
        },
        "eligibility": {
            "th": "ทุกคนที่ถูกกระทำความรุนแรง โดยเฉพาะเด็กและสตรี มาที่ห้องฉุกเฉินได้โดยตรง ไม่ต้องมีใบส่งตัว",
            "ms": "Sesiapa yang menjadi mangsa keganasan, terutama kanak-kanak dan wanita. Anda boleh terus datang ke unit kecemasan tanpa surat rujukan.",
            "en": "Anyone hurt by violence, especially children and women. You can come straight to the emergency department without a referral.",
        },
        "confidentiality": {
            "th": "คุณจะได้รับการดูแลในห้องที่เป็นส่วนตัว และประวัติการรักษาจะไม่เปิดเผยโดยไม่ได้รับความยินยอม เว้นแต่กฎหมายกำหนด",
            "ms": "Anda dirawat di bilik tertutup, dan rekod perubatan anda tidak didedahkan tanpa kebenaran anda kecuali jika dikehendaki oleh undang-undang.",
            "en": "You are seen in a private room, and your medical record is not shared without your consent unless the law requires it.",
        },
    },
    # 6 -------------------------------------------------------------------
    {
        "slug": {
            "th": "oscc-hat-yai-hospital",
            "ms": "oscc-hospital-hat-yai",
            "en": "oscc-hat-yai-hospital",
        },
        "title": {
            "th": "ศูนย์พึ่งได้ (OSCC) โรงพยาบาลหาดใหญ่",
            "ms": "Pusat Krisis Sehenti (OSCC), Hospital Hat Yai",
            "en": "One Stop Crisis Centre (OSCC), Hat Yai Hospital",
        },
        "summary": {
            "th": "ดูแลผู้บาดเจ็บจากความรุนแรงในครอบครัวและความรุนแรงทางเพศ ทั้งการรักษา การเก็บหลักฐาน และการให้คำปรึกษา ตลอด 24 ชั่วโมง",
            "ms": "Merawat mangsa keganasan rumah tangga dan keganasan seksual, termasuk rawatan, pengumpulan bukti dan kaunseling, 24 jam sehari.",
            "en": "Cares for people hurt by domestic or sexual violence, with treatment, collection of evidence and counselling, 24 hours a day.",
        },
        "help_types": ["health", "counselling"],
        "provinces": ["songkhla"],
        "languages": ["th", "ms", "en"],
        "address": {
            "th": "เลขที่ 51 ถนนตัวอย่าง ตำบลหาดใหญ่\nอำเภอหาดใหญ่ จังหวัดสงขลา 90110",
            "ms": "51 Jalan Contoh, Tambon Hat Yai\nDaerah Hat Yai, Wilayah Songkhla 90110",
            "en": "51 Sample Road, Hat Yai Subdistrict\nHat Yai District, Songkhla 90110",
        },
        "phones": [("office", "0 7400 0051"), ("hotline", "1669")],
        "email": "",
        "hours": {
            "th": "ตลอด 24 ชั่วโมง (ผ่านห้องฉุกเฉิน)",
            "ms": "24 jam (melalui unit kecemasan)",
            "en": "24 hours (through the emergency department)",
        },
        "cost": {
            "th": "ไม่มีค่าใช้จ่ายสำหรับผู้ถูกกระทำความรุนแรง",
            "ms": "Percuma untuk mangsa keganasan",
            "en": "Free for people hurt by violence",
        },
        "eligibility": {
            "th": "ทุกคนที่ถูกกระทำความรุนแรง ไม่ว่าจะมีสัญชาติใด",
            "ms": "Sesiapa yang menjadi mangsa keganasan, tanpa mengira kewarganegaraan.",
            "en": "Anyone hurt by violence, whatever their nationality.",
        },
        "confidentiality": {
            "th": "ทีมแพทย์และนักสังคมสงเคราะห์เก็บเรื่องของคุณเป็นความลับ และแจ้งตำรวจเมื่อคุณยินยอมหรือเมื่อเด็กตกอยู่ในอันตราย",
            "ms": "Doktor dan pekerja sosial merahsiakan hal anda, dan menghubungi polis hanya dengan kebenaran anda atau jika kanak-kanak dalam bahaya.",
            "en": "Doctors and social workers keep your situation confidential, and contact the police only with your agreement or when a child is in danger.",
        },
    },
    # 7 -------------------------------------------------------------------
    {
        "slug": {
            "th": "yala-children-and-family-shelter",
            "ms": "rumah-perlindungan-kanak-kanak-yala",
            "en": "yala-children-and-family-shelter",
        },
        "title": {
            "th": "บ้านพักเด็กและครอบครัวจังหวัดยะลา",
            "ms": "Rumah Perlindungan Kanak-kanak dan Keluarga Wilayah Yala",
            "en": "Yala Children and Family Shelter",
        },
        "summary": {
            "th": "ที่พักชั่วคราวที่ปลอดภัยสำหรับเด็ก สตรี และครอบครัวที่อยู่บ้านไม่ได้เพราะความรุนแรง พร้อมการดูแล การให้คำปรึกษา และการวางแผนชีวิตต่อไป",
            "ms": "Tempat tinggal sementara yang selamat untuk kanak-kanak, wanita dan keluarga yang tidak boleh tinggal di rumah kerana keganasan, dengan penjagaan, kaunseling dan bantuan merancang langkah seterusnya.",
            "en": "Safe temporary shelter for children, women and families who cannot stay at home because of violence, with care, counselling and help to plan the next step.",
        },
        "help_types": ["shelter", "counselling"],
        "provinces": ["yala"],
        "languages": ["th", "ms-patani"],
        "address": {
            "th": "เลขที่ 22 ถนนตัวอย่าง ตำบลสะเตง\nอำเภอเมืองยะลา จังหวัดยะลา 95000",
            "ms": "22 Jalan Contoh, Tambon Sateng\nDaerah Mueang Yala, Wilayah Yala 95000",
            "en": "22 Sample Road, Sateng Subdistrict\nMueang Yala District, Yala 95000",
        },
        "phones": [("office", "0 7300 0022"), ("hotline", "1300")],
        "email": "yala.shelter@example.org",
        "hours": HOURS_24,
        "cost": FREE,
        "eligibility": {
            "th": "เด็ก สตรี และสมาชิกในครอบครัวที่เผชิญความรุนแรงหรือวิกฤต โดยทั่วไปเข้าพักผ่านสายด่วน 1300 หรือสำนักงานพัฒนาสังคมฯ จังหวัด",
            "ms": "Kanak-kanak, wanita dan ahli keluarga yang menghadapi keganasan atau krisis. Biasanya diatur melalui talian 1300 atau pejabat pembangunan sosial wilayah.",
            "en": "Children, women and family members facing violence or crisis. A place is usually arranged through the 1300 hotline or the provincial social development office.",
        },
        "confidentiality": {
            "th": "ชื่อและที่อยู่ของผู้เข้าพักจะไม่ถูกบอกแก่ผู้ที่พวกเขาหนีมา",
            "ms": "Nama dan tempat tinggal penghuni tidak akan diberitahu kepada orang yang mereka larikan diri daripadanya.",
            "en": "Residents' names and whereabouts are never given to anyone they are escaping from.",
        },
    },
    # 8 -------------------------------------------------------------------
    {
        "slug": {
            "th": "narathiwat-children-and-family-shelter",
            "ms": "rumah-perlindungan-kanak-kanak-narathiwat",
            "en": "narathiwat-children-and-family-shelter",
        },
        "title": {
            "th": "บ้านพักเด็กและครอบครัวจังหวัดนราธิวาส",
            "ms": "Rumah Perlindungan Kanak-kanak dan Keluarga Wilayah Narathiwat",
            "en": "Narathiwat Children and Family Shelter",
        },
        "summary": {
            "th": "ให้ที่พักที่ปลอดภัยแก่เด็กและแม่ที่หนีจากความรุนแรง และช่วยให้เด็กได้เรียนต่อระหว่างเข้าพัก",
            "ms": "Menyediakan tempat tinggal yang selamat untuk kanak-kanak dan ibu yang lari daripada keganasan, dan membantu kanak-kanak terus bersekolah semasa tinggal di sana.",
            "en": "Safe accommodation for children and mothers escaping violence, with help for children to keep going to school while they stay.",
        },
        "help_types": ["shelter", "education"],
        "provinces": ["narathiwat"],
        "languages": ["th", "ms-patani", "ms"],
        "address": {
            "th": "เลขที่ 32 ถนนตัวอย่าง ตำบลบางนาค\nอำเภอเมืองนราธิวาส จังหวัดนราธิวาส 96000",
            "ms": "32 Jalan Contoh, Tambon Bang Nak\nDaerah Mueang Narathiwat, Wilayah Narathiwat 96000",
            "en": "32 Sample Road, Bang Nak Subdistrict\nMueang Narathiwat District, Narathiwat 96000",
        },
        "phones": [("office", "0 7300 0032"), ("hotline", "1300")],
        "email": "",
        "hours": HOURS_24,
        "cost": FREE,
        "eligibility": {
            "th": "เด็กอายุต่ำกว่า 18 ปี และแม่หรือผู้ดูแลที่ต้องการที่พักปลอดภัย",
            "ms": "Kanak-kanak bawah 18 tahun, dan ibu atau penjaga yang memerlukan tempat tinggal yang selamat.",
            "en": "Children under 18, and mothers or carers who need a safe place to stay.",
        },
        "confidentiality": {
            "th": "ชื่อและที่อยู่ของผู้เข้าพักจะไม่ถูกบอกแก่ผู้ที่พวกเขาหนีมา และโรงเรียนได้รับข้อมูลเท่าที่จำเป็นเท่านั้น",
            "ms": "Nama dan tempat tinggal penghuni tidak diberitahu kepada orang yang mereka larikan diri daripadanya, dan sekolah hanya diberi maklumat yang perlu.",
            "en": "Residents' whereabouts are never given to anyone they are escaping from, and schools are told only what they need to know.",
        },
    },
    # 9 -------------------------------------------------------------------
    {
        "slug": {
            "th": "surat-thani-children-and-family-shelter",
            "ms": "rumah-perlindungan-kanak-kanak-surat-thani",
            "en": "surat-thani-children-and-family-shelter",
        },
        "title": {
            "th": "บ้านพักเด็กและครอบครัวจังหวัดสุราษฎร์ธานี",
            "ms": "Rumah Perlindungan Kanak-kanak dan Keluarga Wilayah Surat Thani",
            "en": "Surat Thani Children and Family Shelter",
        },
        "summary": {
            "th": "ที่พักชั่วคราวและการดูแลเด็ก สตรี และครอบครัวที่ประสบความรุนแรงหรือการค้ามนุษย์ในภาคใต้ตอนบน",
            "ms": "Tempat tinggal sementara dan penjagaan untuk kanak-kanak, wanita dan keluarga yang menjadi mangsa keganasan atau pemerdagangan manusia di selatan bahagian atas.",
            "en": "Temporary shelter and care for children, women and families affected by violence or human trafficking in the upper south.",
        },
        "help_types": ["shelter", "counselling"],
        "provinces": ["surat-thani"],
        "languages": ["th"],
        "address": {
            "th": "เลขที่ 61 ถนนตัวอย่าง ตำบลตลาด\nอำเภอเมืองสุราษฎร์ธานี จังหวัดสุราษฎร์ธานี 84000",
            "ms": "61 Jalan Contoh, Tambon Talat\nDaerah Mueang Surat Thani, Wilayah Surat Thani 84000",
            "en": "61 Sample Road, Talat Subdistrict\nMueang Surat Thani District, Surat Thani 84000",
        },
        "phones": [("office", "0 7700 0061"), ("hotline", "1300")],
        "email": "",
        "hours": HOURS_24,
        "cost": FREE,
        "eligibility": {
            "th": "เด็ก สตรี และครอบครัวที่เผชิญความรุนแรง การค้ามนุษย์ หรือไม่มีที่พักที่ปลอดภัย",
            "ms": "Kanak-kanak, wanita dan keluarga yang menghadapi keganasan, pemerdagangan manusia atau tiada tempat tinggal yang selamat.",
            "en": "Children, women and families facing violence or trafficking, or with no safe place to stay.",
        },
        "confidentiality": {
            "th": "ชื่อและที่อยู่ของผู้เข้าพักจะไม่ถูกบอกแก่ผู้ที่พวกเขาหนีมา",
            "ms": "Nama dan tempat tinggal penghuni tidak akan diberitahu kepada orang yang mereka larikan diri daripadanya.",
            "en": "Residents' names and whereabouts are never given to anyone they are escaping from.",
        },
    },
    # 10 ------------------------------------------------------------------
    {
        "slug": {
            "th": "lawyers-council-legal-aid-pattani",
            "ms": "bantuan-guaman-majlis-peguam-pattani",
            "en": "lawyers-council-legal-aid-pattani",
        },
        "title": {
            "th": "สำนักงานช่วยเหลือทางกฎหมาย สภาทนายความจังหวัดปัตตานี",
            "ms": "Pejabat Bantuan Guaman Majlis Peguam, Pattani",
            "en": "Lawyers Council Legal Aid Office, Pattani",
        },
        "summary": {
            "th": "ให้คำปรึกษากฎหมายโดยไม่มีค่าใช้จ่าย และจัดหาทนายความให้ผู้ที่ไม่มีเงินจ้าง รวมถึงคดีครอบครัว คดีความรุนแรง และการดูแลบุตร",
            "ms": "Nasihat undang-undang percuma, dan peguam di mahkamah untuk orang yang tidak mampu membayar, termasuk kes keluarga, keganasan dan hak penjagaan anak.",
            "en": "Free legal advice, and a lawyer in court for people who cannot pay, including in family, violence and child custody cases.",
        },
        "help_types": ["legal-aid"],
        "provinces": ["pattani"],
        "languages": ["th", "ms-patani"],
        "address": {
            "th": "เลขที่ 13 ถนนตัวอย่าง ตำบลอาเนาะรู\nอำเภอเมืองปัตตานี จังหวัดปัตตานี 94000",
            "ms": "13 Jalan Contoh, Tambon Anoru\nDaerah Mueang Pattani, Wilayah Pattani 94000",
            "en": "13 Sample Road, Anoru Subdistrict\nMueang Pattani District, Pattani 94000",
        },
        "phones": [("office", "0 7300 0013")],
        "email": "pattani.legalaid@example.org",
        "hours": HOURS_OFFICE,
        "cost": FREE,
        "eligibility": {
            "th": "ผู้ที่ไม่มีเงินจ้างทนายความ นำบัตรประชาชนและเอกสารเกี่ยวกับเรื่องของคุณมาด้วยถ้ามี",
            "ms": "Orang yang tidak mampu mengupah peguam. Bawa kad pengenalan dan apa-apa kertas tentang kes anda jika ada.",
            "en": "People who cannot afford a lawyer. Bring your ID card and any papers about your case if you have them.",
        },
        "confidentiality": {
            "th": "สิ่งที่คุณเล่าให้ทนายความฟังได้รับการคุ้มครองตามหลักการรักษาความลับของวิชาชีพ",
            "ms": "Apa yang anda ceritakan kepada peguam dilindungi oleh kerahsiaan profesional.",
            "en": "What you tell a lawyer is protected by professional confidentiality.",
        },
    },
    # 11 ------------------------------------------------------------------
    {
        "slug": {
            "th": "justice-fund-songkhla",
            "ms": "tabung-keadilan-songkhla",
            "en": "justice-fund-songkhla",
        },
        "title": {
            "th": "กองทุนยุติธรรม สำนักงานยุติธรรมจังหวัดสงขลา",
            "ms": "Tabung Keadilan, Pejabat Keadilan Wilayah Songkhla",
            "en": "Justice Fund, Songkhla Provincial Justice Office",
        },
        "summary": {
            "th": "ช่วยค่าทนายความ ค่าธรรมเนียมศาล หรือเงินประกันตัวแก่ผู้ที่ไม่มีเงิน และให้คำแนะนำเรื่องค่าตอบแทนสำหรับผู้เสียหายในคดีอาญา",
            "ms": "Membantu bayaran peguam, yuran mahkamah atau wang jaminan untuk orang yang tidak mampu, dan memberi nasihat tentang pampasan untuk mangsa jenayah.",
            "en": "Can help pay for a lawyer, court fees or bail for people who cannot afford them, and advises victims of crime on compensation.",
        },
        "help_types": ["legal-aid"],
        "provinces": ["songkhla"],
        "languages": ["th"],
        "address": {
            "th": "เลขที่ 52 ถนนตัวอย่าง ตำบลบ่อยาง\nอำเภอเมืองสงขลา จังหวัดสงขลา 90000",
            "ms": "52 Jalan Contoh, Tambon Bo Yang\nDaerah Mueang Songkhla, Wilayah Songkhla 90000",
            "en": "52 Sample Road, Bo Yang Subdistrict\nMueang Songkhla District, Songkhla 90000",
        },
        "phones": [("office", "0 7400 0052")],
        "email": "songkhla.justice@example.org",
        "hours": HOURS_OFFICE,
        "cost": FREE,
        "eligibility": {
            "th": "ผู้ที่มีคดีความหรือเป็นผู้เสียหาย และไม่มีเงินพอจ่ายค่าใช้จ่ายทางกฎหมาย",
            "ms": "Orang yang mempunyai kes undang-undang atau menjadi mangsa, dan tidak mampu membayar kos undang-undang.",
            "en": "People involved in a legal case, or victims of crime, who cannot pay the legal costs.",
        },
        "confidentiality": {
            "th": "คำขอของคุณพิจารณาโดยเจ้าหน้าที่ที่เกี่ยวข้องเท่านั้น และไม่เปิดเผยต่อคู่กรณี",
            "ms": "Permohonan anda hanya dilihat oleh pegawai yang berkaitan dan tidak didedahkan kepada pihak lawan.",
            "en": "Your application is seen only by the staff who handle it and is not shown to the other side in your case.",
        },
    },
    # 12 ------------------------------------------------------------------
    {
        "slug": {
            "th": "narathiwat-family-counselling-centre",
            "ms": "pusat-kaunseling-keluarga-narathiwat",
            "en": "narathiwat-family-counselling-centre",
        },
        "title": {
            "th": "ศูนย์ให้คำปรึกษาครอบครัวชุมชน นราธิวาส",
            "ms": "Pusat Kaunseling Keluarga Komuniti Narathiwat",
            "en": "Narathiwat Community Family Counselling Centre",
        },
        "summary": {
            "th": "ผู้ให้คำปรึกษาหญิงที่พูดภาษามลายูถิ่นได้ รับฟัง ให้กำลังใจ และช่วยวางแผนความปลอดภัย ทั้งแบบพบตัวและทางโทรศัพท์",
            "ms": "Kaunselor wanita yang boleh bercakap bahasa Melayu Patani mendengar, memberi sokongan dan membantu anda membuat rancangan keselamatan, secara bersemuka atau melalui telefon.",
            "en": "Women counsellors who speak Patani Malay listen, give support and help you make a safety plan, in person or by phone.",
        },
        "help_types": ["counselling"],
        "provinces": ["narathiwat"],
        "languages": ["th", "ms-patani", "ms"],
        "address": {
            "th": "เลขที่ 33 ถนนตัวอย่าง ตำบลบางนาค\nอำเภอเมืองนราธิวาส จังหวัดนราธิวาส 96000",
            "ms": "33 Jalan Contoh, Tambon Bang Nak\nDaerah Mueang Narathiwat, Wilayah Narathiwat 96000",
            "en": "33 Sample Road, Bang Nak Subdistrict\nMueang Narathiwat District, Narathiwat 96000",
        },
        "phones": [("office", "0 7300 0033")],
        "email": "narathiwat.counselling@example.org",
        "hours": {
            "th": "จันทร์–ศุกร์ 08:30–16:30 และเสาร์ 09:00–12:00",
            "ms": "Isnin–Jumaat 08:30–16:30 dan Sabtu 09:00–12:00",
            "en": "Monday–Friday 08:30–16:30 and Saturday 09:00–12:00",
        },
        "cost": FREE,
        "eligibility": {
            "th": "ผู้หญิง เด็กหญิง และครอบครัวที่มีความทุกข์ใจ รวมถึงผู้ได้รับผลกระทบจากเหตุความไม่สงบ ไม่ต้องมีใบส่งตัว",
            "ms": "Wanita, kanak-kanak perempuan dan keluarga yang dalam kesusahan, termasuk yang terjejas oleh pergolakan. Tidak perlu surat rujukan.",
            "en": "Women, girls and families under stress, including people affected by the unrest. No referral needed.",
        },
        "confidentiality": {
            "th": "ผู้ให้คำปรึกษาจะไม่เล่าเรื่องของคุณให้ใครฟังโดยไม่ได้รับอนุญาต เว้นแต่มีเด็กตกอยู่ในอันตรายร้ายแรง",
            "ms": "Kaunselor tidak akan menceritakan hal anda kepada sesiapa tanpa kebenaran anda, kecuali jika ada kanak-kanak dalam bahaya besar.",
            "en": "Counsellors do not share what you say without your permission, unless a child is in serious danger.",
        },
    },
    # 13 ------------------------------------------------------------------
    {
        "slug": {
            "th": "back-to-school-support-yala",
            "ms": "bantuan-kembali-ke-sekolah-yala",
            "en": "back-to-school-support-yala",
        },
        "title": {
            "th": "ศูนย์ช่วยเหลือเด็กกลับเข้าเรียน จังหวัดยะลา",
            "ms": "Pusat Bantuan Kembali ke Sekolah, Yala",
            "en": "Back-to-School Support Centre, Yala",
        },
        "summary": {
            "th": "ช่วยเด็กที่ออกจากโรงเรียน หรือเด็กที่พ่อแม่เสียชีวิตหรือบาดเจ็บจากเหตุความไม่สงบ ให้กลับเข้าเรียนในโรงเรียนรัฐหรือโรงเรียนเอกชนสอนศาสนาอิสลาม พร้อมช่วยเรื่องการสมัครเรียนและเอกสาร",
            "ms": "Membantu kanak-kanak yang berhenti sekolah, atau yang ibu bapanya terbunuh atau cedera akibat pergolakan, untuk kembali ke sekolah kerajaan atau sekolah swasta agama Islam, termasuk pendaftaran dan dokumen.",
            "en": "Helps children who have dropped out, or whose parent was killed or injured in the unrest, to go back to a state school or an Islamic private school, with help on enrolment and documents.",
        },
        "help_types": ["education", "documents"],
        "provinces": ["yala"],
        "languages": ["th", "ms-patani", "ar"],
        "address": {
            "th": "เลขที่ 23 ถนนตัวอย่าง ตำบลสะเตง\nอำเภอเมืองยะลา จังหวัดยะลา 95000",
            "ms": "23 Jalan Contoh, Tambon Sateng\nDaerah Mueang Yala, Wilayah Yala 95000",
            "en": "23 Sample Road, Sateng Subdistrict\nMueang Yala District, Yala 95000",
        },
        "phones": [("office", "0 7300 0023")],
        "email": "yala.school@example.org",
        "hours": HOURS_OFFICE,
        "cost": FREE,
        "eligibility": {
            "th": "เด็กและเยาวชนอายุ 6–18 ปีที่อาศัยอยู่ในจังหวัดยะลา และพ่อแม่หรือผู้ดูแล",
            "ms": "Kanak-kanak dan remaja berumur 6–18 tahun yang tinggal di Yala, serta ibu bapa atau penjaga mereka.",
            "en": "Children and young people aged 6–18 living in Yala, and their parents or carers.",
        },
        "confidentiality": {
            "th": "ข้อมูลเรื่องครอบครัวของเด็กจะแจ้งโรงเรียนเฉพาะเมื่อพ่อแม่หรือผู้ดูแลยินยอม",
            "ms": "Maklumat tentang keluarga kanak-kanak hanya diberitahu kepada sekolah dengan persetujuan ibu bapa atau penjaga.",
            "en": "Information about a child's family is shared with the school only if the parent or carer agrees.",
        },
    },
    # 14 ------------------------------------------------------------------
    {
        "slug": {
            "th": "non-formal-education-pattani",
            "ms": "pendidikan-tidak-formal-pattani",
            "en": "non-formal-education-pattani",
        },
        "title": {
            "th": "ศูนย์การศึกษานอกระบบและการศึกษาตามอัธยาศัย อำเภอเมืองปัตตานี",
            "ms": "Pusat Pendidikan Tidak Formal, Daerah Mueang Pattani",
            "en": "Non-Formal Education Centre, Mueang Pattani District",
        },
        "summary": {
            "th": "เปิดสอนให้เยาวชนและผู้ใหญ่ที่ออกจากโรงเรียนกลางคันได้เรียนจนจบประถมหรือมัธยม และมีหลักสูตรฝึกทักษะอาชีพระยะสั้น",
            "ms": "Kelas untuk remaja dan orang dewasa yang berhenti sekolah supaya dapat menamatkan sekolah rendah atau menengah, serta kursus kemahiran kerja jangka pendek.",
            "en": "Classes for young people and adults who left school early, so they can finish primary or secondary education, plus short job-skills courses.",
        },
        "help_types": ["education", "livelihood"],
        "provinces": ["pattani"],
        "languages": ["th", "ms-patani"],
        "address": {
            "th": "เลขที่ 14 ถนนตัวอย่าง ตำบลอาเนาะรู\nอำเภอเมืองปัตตานี จังหวัดปัตตานี 94000",
            "ms": "14 Jalan Contoh, Tambon Anoru\nDaerah Mueang Pattani, Wilayah Pattani 94000",
            "en": "14 Sample Road, Anoru Subdistrict\nMueang Pattani District, Pattani 94000",
        },
        "phones": [("office", "0 7300 0014")],
        "email": "",
        "hours": {
            "th": "จันทร์–ศุกร์ 08:30–16:30 บางชั้นเรียนเปิดวันเสาร์–อาทิตย์",
            "ms": "Isnin–Jumaat 08:30–16:30; sesetengah kelas pada hujung minggu",
            "en": "Monday–Friday 08:30–16:30; some classes at weekends",
        },
        "cost": FREE,
        "eligibility": {
            "th": "เยาวชนและผู้ใหญ่ที่ยังเรียนไม่จบ",
            "ms": "Remaja dan orang dewasa yang belum menamatkan persekolahan.",
            "en": "Young people and adults who did not finish school.",
        },
        "confidentiality": {
            "th": "ข้อมูลส่วนตัวของคุณใช้เพื่อการลงทะเบียนเรียนและออกวุฒิบัตรเท่านั้น",
            "ms": "Maklumat peribadi anda digunakan untuk pendaftaran dan sijil sahaja.",
            "en": "Your personal details are used only for enrolment and certificates.",
        },
    },
    # 15 ------------------------------------------------------------------
    {
        "slug": {
            "th": "skill-development-satun",
            "ms": "pembangunan-kemahiran-satun",
            "en": "skill-development-satun",
        },
        "title": {
            "th": "สำนักงานพัฒนาฝีมือแรงงานสตูล",
            "ms": "Pejabat Pembangunan Kemahiran Pekerja Satun",
            "en": "Satun Skill Development Office",
        },
        "summary": {
            "th": "อบรมอาชีพระยะสั้นโดยไม่มีค่าใช้จ่าย เช่น ทำอาหาร ตัดเย็บ เสริมสวย และงานซ่อม เพื่อช่วยให้มีรายได้",
            "ms": "Kursus kemahiran jangka pendek percuma, seperti memasak, menjahit, kecantikan dan kerja membaiki, untuk membantu anda mendapat pendapatan.",
            "en": "Free short vocational courses, such as cooking, sewing, beauty and repair work, to help people earn an income.",
        },
        "help_types": ["livelihood"],
        "provinces": ["satun"],
        "languages": ["th", "ms"],
        "address": {
            "th": "เลขที่ 71 ถนนตัวอย่าง ตำบลพิมาน\nอำเภอเมืองสตูล จังหวัดสตูล 91000",
            "ms": "71 Jalan Contoh, Tambon Phiman\nDaerah Mueang Satun, Wilayah Satun 91000",
            "en": "71 Sample Road, Phiman Subdistrict\nMueang Satun District, Satun 91000",
        },
        "phones": [("office", "0 7400 0071")],
        "email": "",
        "hours": HOURS_OFFICE,
        "cost": FREE,
        "eligibility": {
            "th": "ผู้ที่มีอายุ 15 ปีขึ้นไปที่ต้องการฝึกอาชีพ ผู้หญิงที่ดูแลครอบครัวเพียงลำพังสมัครได้",
            "ms": "Sesiapa yang berumur 15 tahun ke atas yang mahu belajar kemahiran kerja. Wanita yang menyara keluarga seorang diri dialu-alukan.",
            "en": "Anyone aged 15 or over who wants to learn a trade. Women supporting a family alone are welcome.",
        },
        "confidentiality": {
            "th": "ข้อมูลผู้สมัครใช้เพื่อจัดการอบรมเท่านั้น และไม่เปิดเผยต่อบุคคลอื่น",
            "ms": "Maklumat pemohon digunakan untuk mengurus latihan sahaja dan tidak didedahkan kepada orang lain.",
            "en": "Applicants' details are used only to run the training and are not shared with others.",
        },
    },
    # 16 ------------------------------------------------------------------
    {
        "slug": {
            "th": "women-and-family-learning-centre-nakhon-si-thammarat",
            "ms": "pusat-pembangunan-wanita-nakhon-si-thammarat",
            "en": "women-and-family-learning-centre-nakhon-si-thammarat",
        },
        "title": {
            "th": "ศูนย์เรียนรู้การพัฒนาสตรีและครอบครัว นครศรีธรรมราช",
            "ms": "Pusat Pembangunan Wanita dan Keluarga, Nakhon Si Thammarat",
            "en": "Women and Family Learning Centre, Nakhon Si Thammarat",
        },
        "summary": {
            "th": "ฝึกอาชีพและทักษะชีวิตสำหรับสตรีและเยาวชน บางหลักสูตรมีที่พักให้ เพื่อช่วยให้มีรายได้ที่มั่นคง",
            "ms": "Latihan kemahiran dan kemahiran hidup untuk wanita dan remaja, sesetengahnya dengan tempat tinggal, untuk membantu mendapat pendapatan yang tetap.",
            "en": "Vocational and life-skills courses for women and young people, some with accommodation, to help them build a steady income.",
        },
        "help_types": ["livelihood", "education"],
        "provinces": ["nakhon-si-thammarat"],
        "languages": ["th"],
        "address": {
            "th": "เลขที่ 81 ถนนตัวอย่าง ตำบลในเมือง\nอำเภอเมืองนครศรีธรรมราช จังหวัดนครศรีธรรมราช 80000",
            "ms": "81 Jalan Contoh, Tambon Nai Mueang\nDaerah Mueang Nakhon Si Thammarat, Wilayah Nakhon Si Thammarat 80000",
            "en": "81 Sample Road, Nai Mueang Subdistrict\nMueang Nakhon Si Thammarat District, Nakhon Si Thammarat 80000",
        },
        "phones": [("office", "0 7500 0081")],
        "email": "nakhon.women@example.org",
        "hours": HOURS_OFFICE,
        "cost": FREE,
        "eligibility": {
            "th": "สตรีและเยาวชนอายุ 15 ปีขึ้นไป โดยเฉพาะผู้ที่ได้รับผลกระทบจากความรุนแรงหรือขาดรายได้",
            "ms": "Wanita dan remaja berumur 15 tahun ke atas, terutama yang terjejas oleh keganasan atau tiada pendapatan.",
            "en": "Women and young people aged 15 and over, especially those affected by violence or without an income.",
        },
        "confidentiality": {
            "th": "เรื่องราวส่วนตัวที่คุณเล่าให้เจ้าหน้าที่ฟังจะไม่ถูกเปิดเผยต่อผู้เข้าอบรมคนอื่น",
            "ms": "Cerita peribadi yang anda kongsi dengan pegawai tidak akan didedahkan kepada peserta lain.",
            "en": "Anything personal you tell staff is not shared with other trainees.",
        },
    },
    # 17 ------------------------------------------------------------------
    {
        "slug": {
            "th": "civil-registration-mueang-narathiwat",
            "ms": "pendaftaran-penduduk-narathiwat",
            "en": "civil-registration-mueang-narathiwat",
        },
        "title": {
            "th": "งานทะเบียนราษฎร ที่ว่าการอำเภอเมืองนราธิวาส",
            "ms": "Pendaftaran Penduduk, Pejabat Daerah Mueang Narathiwat",
            "en": "Civil Registration, Mueang Narathiwat District Office",
        },
        "summary": {
            "th": "แจ้งเกิด ทะเบียนบ้าน และบัตรประชาชน รวมถึงช่วยเมื่อเอกสารสูญหายหรือไม่เคยได้ทำเอกสาร",
            "ms": "Pendaftaran kelahiran, daftar rumah dan kad pengenalan, serta bantuan jika dokumen hilang atau tidak pernah dibuat.",
            "en": "Birth registration, house registration and ID cards, and help when papers were lost or never issued.",
        },
        "help_types": ["documents"],
        "provinces": ["narathiwat"],
        "languages": ["th", "ms-patani"],
        "address": {
            "th": "เลขที่ 34 ถนนตัวอย่าง ตำบลบางนาค\nอำเภอเมืองนราธิวาส จังหวัดนราธิวาส 96000",
            "ms": "34 Jalan Contoh, Tambon Bang Nak\nDaerah Mueang Narathiwat, Wilayah Narathiwat 96000",
            "en": "34 Sample Road, Bang Nak Subdistrict\nMueang Narathiwat District, Narathiwat 96000",
        },
        "phones": [("office", "0 7300 0034"), ("fax", "0 7300 0035")],
        "email": "",
        "hours": HOURS_OFFICE,
        "cost": {
            "th": "บริการส่วนใหญ่ไม่มีค่าใช้จ่าย บางบริการมีค่าธรรมเนียมเล็กน้อย",
            "ms": "Kebanyakan perkhidmatan percuma; sesetengahnya dikenakan bayaran kecil",
            "en": "Most services are free; some have a small fee",
        },
        "eligibility": {
            "th": "ผู้ที่มีชื่อในทะเบียนบ้านหรืออาศัยอยู่ในอำเภอเมืองนราธิวาส นำเอกสารที่มีมาด้วย เจ้าหน้าที่จะบอกว่าต้องใช้อะไรเพิ่ม",
            "ms": "Orang yang berdaftar atau tinggal di Daerah Mueang Narathiwat. Bawa apa-apa dokumen yang ada; pegawai akan menerangkan apa lagi yang diperlukan.",
            "en": "People registered or living in Mueang Narathiwat district. Bring any papers you have; staff will explain what else is needed.",
        },
        "confidentiality": {
            "th": "ข้อมูลทะเบียนของคุณเปิดให้ดูได้เฉพาะผู้ที่มีสิทธิตามกฎหมาย",
            "ms": "Rekod pendaftaran anda hanya boleh dilihat oleh orang yang berhak di sisi undang-undang.",
            "en": "Your registration records are shown only to people with a legal right to see them.",
        },
    },
    # 18 ------------------------------------------------------------------
    {
        "slug": {
            "th": "legal-status-clinic-songkhla",
            "ms": "klinik-status-diri-songkhla",
            "en": "legal-status-clinic-songkhla",
        },
        "title": {
            "th": "คลินิกกฎหมายสถานะบุคคล สงขลา",
            "ms": "Klinik Undang-undang Status Diri, Songkhla",
            "en": "Legal Status Clinic, Songkhla",
        },
        "summary": {
            "th": "ให้คำปรึกษาแก่ผู้ที่ไม่มีสัญชาติหรือไม่มีเอกสารประจำตัว รวมถึงเด็กที่ไม่มีสูติบัตร และช่วยยื่นคำร้องต่ออำเภอ",
            "ms": "Nasihat untuk orang yang tiada kewarganegaraan atau dokumen pengenalan, termasuk kanak-kanak tanpa sijil kelahiran, dan bantuan membuat permohonan di pejabat daerah.",
            "en": "Advice for people without nationality or identity papers, including children with no birth certificate, and help with applications to the district office.",
        },
        "help_types": ["documents", "legal-aid"],
        "provinces": ["songkhla"],
        "languages": ["th", "ms", "en"],
        "address": {
            "th": "เลขที่ 53 ถนนตัวอย่าง ตำบลหาดใหญ่\nอำเภอหาดใหญ่ จังหวัดสงขลา 90110",
            "ms": "53 Jalan Contoh, Tambon Hat Yai\nDaerah Hat Yai, Wilayah Songkhla 90110",
            "en": "53 Sample Road, Hat Yai Subdistrict\nHat Yai District, Songkhla 90110",
        },
        "phones": [("office", "0 7400 0053")],
        "email": "legal.status@example.org",
        "hours": {
            "th": "อังคารและพฤหัสบดี 09:00–15:00",
            "ms": "Selasa dan Khamis 09:00–15:00",
            "en": "Tuesday and Thursday 09:00–15:00",
        },
        "cost": FREE,
        "eligibility": {
            "th": "ผู้ที่ไม่มีบัตรประชาชนไทย ผู้ไร้สัญชาติและบุตร และครอบครัวแรงงานข้ามชาติในภาคใต้",
            "ms": "Orang tanpa kad pengenalan Thai, orang tanpa kerakyatan dan anak-anak mereka, serta keluarga pekerja asing di selatan.",
            "en": "People without a Thai ID card, stateless people and their children, and migrant families in the south.",
        },
        "confidentiality": {
            "th": "คลินิกไม่ส่งข้อมูลของคุณให้หน่วยงานตรวจคนเข้าเมืองหรือหน่วยงานอื่นโดยไม่ได้รับความยินยอม",
            "ms": "Klinik tidak memberi maklumat anda kepada imigresen atau agensi lain tanpa kebenaran anda.",
            "en": "The clinic does not pass your details to immigration or any other agency without your consent.",
        },
    },
    # 19 ------------------------------------------------------------------
    {
        "slug": {
            "th": "childline-1387",
            "ms": "childline-1387",
            "en": "childline-1387",
        },
        "title": {
            "th": "สายเด็ก 1387",
            "ms": "Talian Kanak-kanak Childline 1387",
            "en": "Childline Thailand 1387",
        },
        "summary": {
            "th": "สายด่วนที่เด็กและเยาวชนโทรมาปรึกษาได้ทุกเรื่อง รวมถึงการถูกทำร้ายหรือถูกล่วงละเมิด เจ้าหน้าที่ประสานความช่วยเหลือเมื่อเด็กตกอยู่ในอันตราย",
            "ms": "Talian telefon di mana kanak-kanak dan remaja boleh bercakap tentang apa-apa masalah, termasuk keganasan dan penderaan. Pegawai akan mengatur bantuan jika kanak-kanak dalam bahaya.",
            "en": "A phone line where children and young people can talk about any problem, including violence and abuse. Staff arrange help when a child is in danger.",
        },
        "help_types": ["counselling"],
        "provinces": ALL_PROVINCES,
        "languages": ["th"],
        "address": {
            "th": "บริการทางโทรศัพท์ทั่วประเทศ",
            "ms": "Perkhidmatan telefon di seluruh negara",
            "en": "National telephone service",
        },
        "phones": [("hotline", "1387")],
        "email": "",
        "hours": HOURS_24,
        "cost": {
            "th": "ไม่มีค่าบริการ",
            "ms": "Tiada bayaran perkhidmatan",
            "en": "No charge for the service",
        },
        "eligibility": {
            "th": "เด็กและเยาวชนอายุต่ำกว่า 18 ปี และผู้ใหญ่ที่เป็นห่วงเด็ก",
            "ms": "Kanak-kanak dan remaja bawah 18 tahun, dan orang dewasa yang bimbang tentang seorang kanak-kanak.",
            "en": "Children and young people under 18, and adults who are worried about a child.",
        },
        "confidentiality": {
            "th": "ไม่ต้องบอกชื่อ และสิ่งที่คุณเล่าจะไม่ถูกเปิดเผย เว้นแต่มีเด็กตกอยู่ในอันตรายร้ายแรง",
            "ms": "Anda tidak perlu memberi nama, dan apa yang anda ceritakan tidak didedahkan kecuali jika ada kanak-kanak dalam bahaya besar.",
            "en": "You do not have to give your name, and what you say is not passed on unless a child is in serious danger.",
        },
    },
    # 20 ------------------------------------------------------------------
    {
        "slug": {
            "th": "hotline-1300",
            "ms": "talian-1300",
            "en": "hotline-1300",
        },
        "title": {
            "th": "ศูนย์ช่วยเหลือสังคม สายด่วน 1300",
            "ms": "Pusat Bantuan Sosial, Talian 1300",
            "en": "Social Assistance Centre, hotline 1300",
        },
        "summary": {
            "th": "สายด่วนของกระทรวง พม. ตลอด 24 ชั่วโมง รับแจ้งความรุนแรง การทารุณกรรม การค้ามนุษย์ และผู้ประสบปัญหาสังคม แล้วส่งต่อให้หน่วยงานใกล้บ้านช่วยเหลือ",
            "ms": "Talian 24 jam kementerian untuk melaporkan keganasan, penderaan, pemerdagangan manusia dan orang dalam krisis sosial. Kes dihantar kepada agensi yang terdekat.",
            "en": "The ministry's 24-hour hotline for reporting violence, abuse, human trafficking and people in social crisis. It passes the case to the nearest agency.",
        },
        "help_types": ["counselling", "shelter"],
        "provinces": ALL_PROVINCES,
        "languages": ["th"],
        "address": {
            "th": "บริการทางโทรศัพท์ทั่วประเทศ",
            "ms": "Perkhidmatan telefon di seluruh negara",
            "en": "National telephone service",
        },
        "phones": [("hotline", "1300")],
        "email": "",
        "hours": HOURS_24,
        "cost": {
            "th": "ไม่มีค่าบริการ",
            "ms": "Tiada bayaran perkhidmatan",
            "en": "No charge for the service",
        },
        "eligibility": {
            "th": "ทุกคนที่พบเห็นหรือประสบความรุนแรงหรือปัญหาสังคม",
            "ms": "Sesiapa yang mengalami atau melihat keganasan atau masalah sosial.",
            "en": "Anyone who experiences or sees violence or a social problem.",
        },
        "confidentiality": {
            "th": "คุณไม่ต้องบอกชื่อ และข้อมูลของผู้แจ้งจะไม่ถูกเปิดเผยต่อผู้ที่ถูกแจ้ง",
            "ms": "Anda tidak perlu memberi nama, dan maklumat pemberi laporan tidak didedahkan kepada orang yang dilaporkan.",
            "en": "You do not have to give your name, and the caller's details are not revealed to the person reported.",
        },
    },
]

# ---------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------

NEWS_INDEX = {
    "slug": {
        "th": "khao",
        "ms": "berita",
        "en": "news",
    },
    "title": {
        "th": "ข่าวสาร",
        "ms": "Berita",
        "en": "News",
    },
    "intro": {
        "th": "ข่าวการทำงานของศูนย์ประสานงานด้านเด็กและสตรีในจังหวัดชายแดนภาคใต้และหน่วยงานที่ร่วมงานกัน",
        "ms": "Berita tentang kerja Pusat Penyelarasan Kanak-kanak dan Wanita di wilayah sempadan selatan dan rakan-rakannya.",
        "en": "News about the work of the Coordination Centre for Children and Women in the southern border provinces and its partners.",
    },
    "search_description": {
        "th": "ข่าวสารของ ศป.ดส. งานคุ้มครองและช่วยเหลือเด็กและสตรีในจังหวัดชายแดนภาคใต้",
        "ms": "Berita pusat ini tentang perlindungan dan bantuan untuk kanak-kanak dan wanita di wilayah sempadan selatan.",
        "en": "News from the centre on protecting and helping children and women in the southern border provinces.",
    },
}

NEWS = [
    # The Thai body is the founding article, verbatim. Its date is not given
    # in the text, so a placeholder date is used.
    {
        "slug": {
            "th": "meeting-to-join-up-work-for-children-and-women",
            "ms": "mesyuarat-penyelarasan-kanak-kanak-dan-wanita",
            "en": "meeting-to-join-up-work-for-children-and-women",
        },
        "date": date(2024, 3, 1),
        "title": {
            "th": "ปลัด พม. ประชุมบูรณาการงานด้านเด็กและสตรีชายแดนภาคใต้",
            "ms": "Mesyuarat menyelaras kerja untuk kanak-kanak dan wanita di selatan",
            "en": "Ministry meets to join up work for children and women in the south",
        },
        "lead": {
            "th": "ปลัดกระทรวง พม. ประชุมร่วมกับ ศอ.บต. และหัวหน้าหน่วยงานใน 14 จังหวัดภาคใต้ เน้นให้ ศป.ดส. เป็นกลไกรับเรื่องร้องเรียนของเด็ก สตรี และกลุ่มเปราะบาง",
            "ms": "Setiausaha Tetap kementerian bermesyuarat dengan SBPAC dan ketua agensi di 14 wilayah selatan, dan meminta pusat ini memberi tumpuan kepada penerimaan aduan kanak-kanak, wanita dan golongan rentan.",
            "en": "The ministry's Permanent Secretary met SBPAC and agency heads from the 14 southern provinces, and asked the centre to focus on receiving complaints from children, women and vulnerable groups.",
        },
        "body": {
            "th": [
                (
                    "paragraph",
                    "<p>ที่ ห้องประชุม ชั้น 2 ศูนย์ราชการจังหวัดชายแดนภาคใต้ นายอนุกูล ปีดแก้ว ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ พร้อมด้วย นางสาวซาราห์ บินเยาะห์ รองปลัดกระทรวง นางกนกรัตน์ เกื้อกิจ ผู้ช่วยเลขาธิการ ศอ.บต.(พม.) นางชุตาภัณฑ์ ไพศาลเจริญวงศ์ หัวหน้าศูนย์ประสานงานด้านเด็กและสตรีในจังหวัดชายแดนภาคใต้ และหัวหน้าหน่วยงานในสังกัดกระทรวง พม. ใน 14 จังหวัดภาคใต้ ร่วมเพื่อประชุมหารือให้เกิดการบูรณาการงานด้านเด็ก เยาวชน สตรี และกลุ่มเปราะบางในจังหวัดชายแดนภาคใต้อย่างต่อเนื่องและเป็นไปตามนโยบายของรัฐบาล และรัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</p>",
                ),
                (
                    "paragraph",
                    "<p>ตามที่กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) ร่วมกับศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้ (ศอ.บต.) ได้มีการบูรณาการในการดำเนินการจัดตั้งศูนย์ประสานงานด้านเด็กและสตรีในจังหวัดชายแดนภาคใต้ (ศป.ดส.) เมื่อวันที่ 10 มิถุนายน 2562 ให้ ศอ.บต. พม. และภาคประชาสังคม ร่วมมือกันปรับปรุงกลไกการทำงานให้เกิดการมีส่วนร่วม ระหว่างภาคประชาสังคมเด็กและสตรีให้เป็นศูนย์กลางในการประสานและลดช่องว่างการทำงาน เกิดกระบวนการแก้ไขปัญหา คุ้มครอง และพัฒนาคุณภาพชีวิตเด็กและสตรีอย่างต่อเนื่องและยั่งยืน ภายใต้สถานการณ์ความไม่สงบในจังหวัดชายแดนภาคใต้ ให้เป็นไปตามอนุสัญญาที่เกี่ยวข้องกับเด็กและสตรีโดยเฉพาะ อนุสัญญาว่าด้วยสิทธิเด็ก CEDAW และข้อมติ UNSCR 1325 โดยมีเป้าหมาย คือ ร่วมผลักดันมาตรการคุ้มครองและพัฒนา คุณภาพชีวิตเด็กและสตรีในจังหวัดชายแดนภาคใต้ตามวาระเด็กและสตรี 7 ประการ</p>",
                ),
                (
                    "paragraph",
                    "<p>นายอนุกูล ปีดแก้ว ปลัดกระทรวง พม. กล่าวว่า การบูรณาการร่วมกันที่ผ่านมาของ ศอ.บต. และกระทรวง พม. นั้น เป็นกลไกพิเศษในการขับเคลื่อนงานเพื่อแก้ไขปัญหาของผู้ที่ประสบปัญหาทางสังคม โดยการประสานความร่วมมือของหน่วยงานในสังกัดกระทรวง พม. ส่วนราชการอื่นๆ และองค์กรภาคประชาสังคมด้านเด็กและสตรี รวมถึงองค์กรระหว่างประเทศ ซึ่งที่ผ่านมาทำให้เกิดการทำงานอย่างเป็นระบบ</p>",
                ),
                (
                    "paragraph",
                    "<p>ทั้งนี้ ให้เน้นในเรื่องของการรับเรื่องร้องเรียนของเด็ก สตรี และกลุ่มปราะบางในจังหวัดชายแดนภาคใต้ ซึ่ง ศป.ดส. จะเป็นกลไกประสานและรับเรื่องได้อย่างมีประสิทธิภาพ</p>",
                ),
                (
                    "paragraph",
                    "<p>ด้านนางกนกรัตน์ เกื้อกิจ ผู้ช่วยเลขาธิการ ศอ.บต. (พม.) กล่าวว่า การขับเคลื่อนงานด้านการให้ความช่วยเหลือด้านสังคม ของ ศป.ดส. ถือเป็นกลไกที่สำคัญ ในการแก้ไขปัญหาต่างๆ ในฐานะผู้ช่วยเลขาธิการ ศอ.บต. (พม.) ก็มีการประสานงานกับทุกภาคส่วน โดยเฉพาะภาคประชาสังคมและหน่วยงานในสังกัดกระทรวง พม. จนทำให้ปัญหาต่างๆ สามารถคลี่คลายได้อย่างมีประสิทธิภาพ</p>",
                ),
            ],
            "ms": [
                (
                    "paragraph",
                    "<p>Setiausaha Tetap Kementerian Pembangunan Sosial dan Keselamatan Insan, Encik Anukul Peedkaew, bermesyuarat di Pusat Kerajaan Wilayah Sempadan Selatan bersama seorang timbalan setiausaha tetap, penolong setiausaha agung SBPAC dari kementerian, ketua Pusat Penyelarasan Kanak-kanak dan Wanita, dan ketua agensi kementerian di 14 wilayah selatan. Tujuannya ialah meneruskan kerja bersepadu untuk kanak-kanak, remaja, wanita dan golongan rentan di wilayah sempadan selatan.</p>",
                ),
                (
                    "paragraph",
                    "<p>Pusat ini ditubuhkan pada 10 Jun 2019 oleh kementerian bersama Pusat Pentadbiran Wilayah Sempadan Selatan (SBPAC) dan masyarakat sivil. Ia menyelaraskan kerja melindungi kanak-kanak dan wanita dan memperbaiki kehidupan mereka semasa pergolakan, berpandukan Konvensyen mengenai Hak Kanak-kanak, CEDAW dan Resolusi 1325, serta tujuh agenda untuk kanak-kanak dan wanita.</p>",
                ),
                (
                    "paragraph",
                    "<p>Setiausaha Tetap meminta pusat ini memberi tumpuan kepada penerimaan aduan daripada kanak-kanak, wanita dan golongan rentan, dan menyelaraskan bantuan dengan berkesan. Penolong setiausaha agung SBPAC berkata kerja bantuan sosial pusat ini ialah mekanisme penting, hasil kerjasama rapat dengan masyarakat sivil dan agensi kementerian.</p>",
                ),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The Permanent Secretary of the Ministry of Social Development and Human Security, Mr Anukul Peedkaew, met at the Southern Border Provinces Government Centre with a deputy permanent secretary, the SBPAC assistant secretary-general from the ministry, the head of the Coordination Centre for Children and Women, and the heads of the ministry's agencies in the 14 southern provinces. The aim was to keep joining up work for children, young people, women and vulnerable groups in the southern border provinces.</p>",
                ),
                (
                    "paragraph",
                    "<p>The centre was set up on 10 June 2019 by the ministry and the Southern Border Provinces Administrative Centre (SBPAC), together with civil society. It coordinates work to protect children and women and improve their lives during the unrest, in line with the Convention on the Rights of the Child, CEDAW and UN Security Council Resolution 1325, and a seven-point agenda for children and women.</p>",
                ),
                (
                    "paragraph",
                    "<p>The Permanent Secretary asked the centre to focus on receiving complaints from children, women and vulnerable groups and coordinating the response efficiently. The SBPAC assistant secretary-general said the centre's social assistance work is a key mechanism, built on close cooperation with civil society and the ministry's agencies.</p>",
                ),
            ],
        },
        "search_description": {
            "th": "ปลัดกระทรวง พม. ประชุมบูรณาการงานด้านเด็ก เยาวชน สตรี และกลุ่มเปราะบางในจังหวัดชายแดนภาคใต้ ร่วมกับ ศอ.บต. และ ศป.ดส.",
            "ms": "Mesyuarat kementerian, SBPAC dan pusat ini tentang kerja bersepadu untuk kanak-kanak, wanita dan golongan rentan di wilayah sempadan selatan.",
            "en": "The ministry, SBPAC and the centre meet to join up work for children, women and vulnerable groups in the southern border provinces.",
        },
    },
    # Generic sample news ------------------------------------------------------
    {
        "slug": {
            "th": "online-complaint-channel-in-three-languages",
            "ms": "saluran-aduan-dalam-talian-tiga-bahasa",
            "en": "online-complaint-channel-in-three-languages",
        },
        "date": date(2024, 4, 1),
        "title": {
            "th": "ศป.ดส. เปิดช่องทางร้องเรียนออนไลน์ ภาษาไทย มลายู และอังกฤษ",
            "ms": "Pusat membuka saluran aduan dalam talian: Thai, Melayu dan Inggeris",
            "en": "Centre opens online complaint channel in Thai, Malay and English",
        },
        "lead": {
            "th": "เด็ก สตรี และประชาชนในจังหวัดชายแดนภาคใต้ร้องเรียนทางออนไลน์ได้แล้ว โดยไม่ต้องบอกชื่อ",
            "ms": "Kanak-kanak, wanita dan orang ramai di wilayah sempadan selatan kini boleh membuat aduan dalam talian tanpa memberi nama.",
            "en": "Children, women and others in the southern border provinces can now report online without giving their name.",
        },
        "body": {
            "th": [
                (
                    "paragraph",
                    "<p>ศูนย์ประสานงานด้านเด็กและสตรีในจังหวัดชายแดนภาคใต้เปิดแบบฟอร์มร้องเรียนออนไลน์เป็นภาษาไทย ภาษามลายู และภาษาอังกฤษ ผู้ที่ถูกกระทำความรุนแรงหรือพบเห็นเด็กและสตรีที่ต้องการความช่วยเหลือ แจ้งเรื่องได้โดยไม่ต้องบอกชื่อ</p>",
                ),
                (
                    "paragraph",
                    "<p>หลังส่งเรื่อง ผู้แจ้งจะได้รับรหัสติดตามเรื่อง ใช้ดูความคืบหน้าและตอบคำถามของเจ้าหน้าที่ได้ หน้าเว็บออกแบบให้ใช้งานได้บนโทรศัพท์ราคาประหยัดและอินเทอร์เน็ตที่ช้า</p>",
                ),
                (
                    "paragraph",
                    "<p>ช่องทางออนไลน์ไม่ได้แทนสายด่วนฉุกเฉิน ผู้ที่ตกอยู่ในอันตรายควรโทร 191 หรือ 1669 และสายด่วน 1300 ยังเปิดให้บริการตลอด 24 ชั่วโมง</p>",
                ),
                ("paragraph", "<p><i>ข่าวตัวอย่างเพื่อการสาธิต</i></p>"),
            ],
            "ms": [
                (
                    "paragraph",
                    "<p>Pusat Penyelarasan Kanak-kanak dan Wanita di wilayah sempadan selatan membuka borang aduan dalam talian dalam bahasa Thai, Melayu dan Inggeris. Mangsa keganasan, atau sesiapa yang melihat kanak-kanak atau wanita yang memerlukan bantuan, boleh membuat aduan tanpa memberi nama.</p>",
                ),
                (
                    "paragraph",
                    "<p>Selepas menghantar aduan, anda akan menerima kod semakan. Dengan kod ini anda boleh melihat perkembangan kes dan menjawab soalan pegawai. Laman ini dibuat supaya boleh digunakan pada telefon murah dan internet yang perlahan.</p>",
                ),
                (
                    "paragraph",
                    "<p>Saluran dalam talian tidak menggantikan talian kecemasan. Sesiapa yang dalam bahaya patut menghubungi 191 atau 1669, dan talian 1300 tetap dibuka 24 jam.</p>",
                ),
                ("paragraph", "<p><i>Berita contoh untuk demonstrasi.</i></p>"),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The Coordination Centre for Children and Women in the southern border provinces has opened an online complaint form in Thai, Malay and English. People who have been hurt, or who have seen a child or a woman who needs help, can report without giving their name.</p>",
                ),
                (
                    "paragraph",
                    "<p>After sending a report, the person receives a tracking code. With the code they can check how the case is going and answer questions from the case worker. The pages are built to work on cheap phones and slow connections.</p>",
                ),
                (
                    "paragraph",
                    "<p>The online form does not replace emergency numbers. Anyone in danger should call 191 or 1669, and the 1300 hotline stays open 24 hours a day.</p>",
                ),
                ("paragraph", "<p><i>Sample news for demonstration.</i></p>"),
            ],
        },
        "search_description": {
            "th": "ร้องเรียนออนไลน์ได้ทั้งภาษาไทย มลายู และอังกฤษ โดยไม่ต้องบอกชื่อ พร้อมรหัสติดตามเรื่อง",
            "ms": "Aduan dalam talian dalam bahasa Thai, Melayu dan Inggeris tanpa memberi nama, dengan kod semakan.",
            "en": "Report online in Thai, Malay or English without giving your name, and follow your case with a tracking code.",
        },
    },
    {
        "slug": {
            "th": "training-in-child-friendly-interviewing",
            "ms": "latihan-temu-bual-mesra-kanak-kanak",
            "en": "training-in-child-friendly-interviewing",
        },
        "date": date(2024, 5, 15),
        "title": {
            "th": "อบรมเจ้าหน้าที่เรื่องการสัมภาษณ์เด็กอย่างเป็นมิตร",
            "ms": "Latihan pegawai kes: menemu bual kanak-kanak dengan cara mesra",
            "en": "Case workers train in child-friendly interviewing",
        },
        "lead": {
            "th": "เจ้าหน้าที่ที่รับเรื่องร้องเรียนเรียนรู้วิธีพูดคุยกับเด็กที่ถูกทำร้าย โดยไม่ทำให้เด็กเจ็บปวดซ้ำ",
            "ms": "Pegawai yang menerima aduan belajar cara bercakap dengan kanak-kanak yang didera tanpa menyakiti mereka sekali lagi.",
            "en": "Staff who handle complaints learned how to talk with children who have been hurt without causing them more harm.",
        },
        "body": {
            "th": [
                (
                    "paragraph",
                    "<p>เจ้าหน้าที่ที่ดูแลเรื่องร้องเรียนและเจ้าหน้าที่จากหน่วยงานภาคีเข้ารับการอบรมเรื่องการสัมภาษณ์เด็กอย่างเป็นมิตร เพื่อให้เด็กที่ถูกกระทำความรุนแรงได้รับการคุ้มครองและรู้สึกปลอดภัยเมื่อเล่าเรื่อง</p>",
                ),
                (
                    "paragraph",
                    "<p>เนื้อหาการอบรมได้แก่ การฟังโดยไม่ตำหนิ การใช้คำง่ายๆ การพูดคุยในภาษาที่เด็กถนัด รวมถึงภาษามลายูถิ่น การให้ผู้ใหญ่ที่เด็กไว้ใจอยู่ด้วย และการวางแผนร่วมกันระหว่างหน่วยงานเพื่อไม่ให้เด็กต้องเล่าเรื่องเดิมซ้ำหลายครั้ง</p>",
                ),
                ("paragraph", "<p><i>ข่าวตัวอย่างเพื่อการสาธิต</i></p>"),
            ],
            "ms": [
                (
                    "paragraph",
                    "<p>Pegawai kes pusat ini dan pegawai daripada agensi rakan menghadiri latihan tentang cara menemu bual kanak-kanak dengan mesra, supaya kanak-kanak yang menjadi mangsa keganasan dilindungi dan berasa selamat apabila bercerita.</p>",
                ),
                (
                    "paragraph",
                    "<p>Latihan ini meliputi cara mendengar tanpa menyalahkan, menggunakan kata-kata yang mudah, bercakap dalam bahasa kanak-kanak itu termasuk bahasa Melayu Patani, membenarkan orang dewasa yang dipercayai hadir, dan merancang bersama antara agensi supaya kanak-kanak tidak perlu menceritakan perkara yang sama berkali-kali.</p>",
                ),
                ("paragraph", "<p><i>Berita contoh untuk demonstrasi.</i></p>"),
            ],
            "en": [
                (
                    "paragraph",
                    "<p>The centre's case workers and staff from partner agencies took part in training on child-friendly interviewing, so that children who have suffered violence are protected and feel safe when they tell their story.</p>",
                ),
                (
                    "paragraph",
                    "<p>The training covered listening without blame, using simple words, speaking in the child's own language including Patani Malay, letting a trusted adult stay with the child, and planning together across agencies so that a child does not have to repeat the same story many times.</p>",
                ),
                ("paragraph", "<p><i>Sample news for demonstration.</i></p>"),
            ],
        },
        "search_description": {
            "th": "การอบรมเจ้าหน้าที่เรื่องการสัมภาษณ์เด็กที่ถูกกระทำความรุนแรงอย่างเป็นมิตรและปลอดภัย",
            "ms": "Latihan pegawai tentang cara menemu bual kanak-kanak mangsa keganasan dengan mesra dan selamat.",
            "en": "Training for case workers on interviewing children who have suffered violence in a safe, child-friendly way.",
        },
    },
]

# ---------------------------------------------------------------------------
# Crisis hotlines (shown on every page, in this order)
# ---------------------------------------------------------------------------

HOTLINES = [
    {
        "number": "1300",
        "name": {
            "th": "ศูนย์ช่วยเหลือสังคม สายด่วน 1300",
            "ms": "Pusat Bantuan Sosial (Talian 1300)",
            "en": "Social Assistance Centre (Prachabodi 1300)",
        },
        "hours": HOURS_24,
        "purpose": {
            "th": "แจ้งเหตุความรุนแรง การทารุณกรรม การค้ามนุษย์ และขอความช่วยเหลือเมื่อเดือดร้อน",
            "ms": "Laporkan keganasan, penderaan atau pemerdagangan manusia, dan minta bantuan ketika susah.",
            "en": "Report violence, abuse or human trafficking, and ask for help in a crisis.",
        },
    },
    {
        "number": "1387",
        "name": {
            "th": "สายเด็ก 1387",
            "ms": "Talian Kanak-kanak (Childline 1387)",
            "en": "Childline Thailand 1387",
        },
        "hours": HOURS_24,
        "purpose": {
            "th": "สำหรับเด็กและเยาวชน ปรึกษาได้ทุกเรื่อง รวมถึงการถูกทำร้ายหรือถูกล่วงละเมิด",
            "ms": "Untuk kanak-kanak dan remaja: bercakap tentang apa-apa masalah, termasuk keganasan atau penderaan.",
            "en": "For children and young people: talk about any problem, including violence or abuse.",
        },
    },
    {
        "number": "191",
        "name": {
            "th": "ตำรวจ (เหตุด่วนเหตุร้าย)",
            "ms": "Polis (kecemasan)",
            "en": "Police emergency",
        },
        "hours": HOURS_24,
        "purpose": {
            "th": "เมื่อมีคนตกอยู่ในอันตรายหรือกำลังเกิดเหตุร้ายตอนนี้",
            "ms": "Jika seseorang dalam bahaya atau jenayah sedang berlaku sekarang.",
            "en": "When someone is in danger or a crime is happening now.",
        },
    },
    {
        "number": "1669",
        "name": {
            "th": "การแพทย์ฉุกเฉิน 1669",
            "ms": "Kecemasan perubatan 1669",
            "en": "Emergency medical services 1669",
        },
        "hours": HOURS_24,
        "purpose": {
            "th": "เมื่อมีคนบาดเจ็บหรือเจ็บป่วยฉุกเฉิน และต้องการรถพยาบาล",
            "ms": "Jika seseorang cedera atau sakit teruk dan memerlukan ambulans.",
            "en": "When someone is injured or seriously ill and needs an ambulance.",
        },
    },
]

# ---------------------------------------------------------------------------
# Footer
# ---------------------------------------------------------------------------

FOOTER = {
    "text": {
        "th": "เว็บไซต์นี้ดำเนินการโดยศูนย์ประสานงานด้านเด็กและสตรีในจังหวัดชายแดนภาคใต้ (ศป.ดส.) และข้อมูลในรายชื่อบริการเป็นข้อมูลตัวอย่าง",
        "ms": "Laman ini dikendalikan oleh Pusat Penyelarasan Kanak-kanak dan Wanita di Wilayah Sempadan Selatan, dan direktori perkhidmatan mengandungi data contoh.",
        "en": "This site is run by the Coordination Centre for Children and Women in the Southern Border Provinces, and the service directory contains sample data.",
    },
    "contact_address": {
        "th": "ศูนย์ราชการจังหวัดชายแดนภาคใต้\nอำเภอเมืองยะลา จังหวัดยะลา 95000",
        "ms": "Pusat Kerajaan Wilayah Sempadan Selatan\nDaerah Mueang Yala, Wilayah Yala 95000",
        "en": "Southern Border Provinces Government Centre\nMueang Yala District, Yala 95000",
    },
    "contact_phone": "0 7300 0000",
    "contact_email": "contact@example.org",
}
