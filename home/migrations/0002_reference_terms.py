"""The fixed lists services and reports are filed under, named in th/ms/en."""

from django.db import migrations

PROVINCES = [
    ("chumphon", "ชุมพร", "Chumphon", "Chumphon"),
    ("ranong", "ระนอง", "Ranong", "Ranong"),
    ("surat-thani", "สุราษฎร์ธานี", "Surat Thani", "Surat Thani"),
    ("phang-nga", "พังงา", "Phang Nga", "Phang Nga"),
    ("phuket", "ภูเก็ต", "Phuket", "Phuket"),
    ("krabi", "กระบี่", "Krabi", "Krabi"),
    ("nakhon-si-thammarat", "นครศรีธรรมราช", "Nakhon Si Thammarat", "Nakhon Si Thammarat"),
    ("trang", "ตรัง", "Trang", "Trang"),
    ("phatthalung", "พัทลุง", "Phatthalung", "Phatthalung"),
    ("satun", "สตูล", "Satun (Setul)", "Satun"),
    ("songkhla", "สงขลา", "Songkhla (Singgora)", "Songkhla"),
    ("pattani", "ปัตตานี", "Pattani (Patani)", "Pattani"),
    ("yala", "ยะลา", "Yala (Jala)", "Yala"),
    ("narathiwat", "นราธิวาส", "Narathiwat (Menara)", "Narathiwat"),
]

HELP_TYPES = [
    ("shelter", "ที่พักพิงปลอดภัย", "Tempat perlindungan", "Shelter"),
    ("legal-aid", "ความช่วยเหลือทางกฎหมาย", "Bantuan guaman", "Legal aid"),
    (
        "health",
        "สุขภาพและศูนย์พึ่งได้ (OSCC)",
        "Kesihatan dan pusat krisis sehenti (OSCC)",
        "Health and one-stop crisis centre",
    ),
    ("counselling", "การให้คำปรึกษา", "Kaunseling", "Counselling"),
    ("education", "การศึกษา", "Pendidikan", "Education"),
    ("livelihood", "อาชีพและรายได้", "Mata pencarian", "Livelihood"),
    (
        "documents",
        "เอกสารและสถานะทางกฎหมาย",
        "Dokumen dan status undang-undang",
        "Documents and legal status",
    ),
]

LANGUAGES = [
    ("th", "ภาษาไทย", "Bahasa Thai", "Thai"),
    ("ms-patani", "ภาษามลายูปัตตานี", "Bahasa Melayu Patani", "Patani Malay"),
    ("ms", "ภาษามลายูกลาง", "Bahasa Melayu", "Standard Malay"),
    ("en", "ภาษาอังกฤษ", "Bahasa Inggeris", "English"),
    ("ar", "ภาษาอาหรับ", "Bahasa Arab", "Arabic"),
]


def create_terms(apps, schema_editor):
    for model_name, rows in [
        ("Province", PROVINCES),
        ("HelpType", HELP_TYPES),
        ("SpokenLanguage", LANGUAGES),
    ]:
        model = apps.get_model("home", model_name)
        for order, (code, th, ms, en) in enumerate(rows):
            model.objects.update_or_create(
                code=code,
                defaults={
                    "name": th,
                    "name_th": th,
                    "name_ms": ms,
                    "name_en": en,
                    "sort_order": order,
                },
            )


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(create_terms, migrations.RunPython.noop)]
