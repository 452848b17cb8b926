"""Seed the search synonyms (issue 9 §1): what citizens and visitors type, mapped to
the words the Kepri catalogue uses. Provincial admins edit them in the admin; this
adds the missing terms only and never overwrites an admin's expansion.

An expansion lists alternatives separated by commas; the words of one alternative
must all match (services/search.py).
"""

from django.db import migrations

SYNONYMS = {
    # Identity documents (Disdukcapil)
    "id card": "ktp",
    "identity card": "ktp",
    "national id": "ktp",
    "national id card": "ktp",
    "e-ktp": "ktp",
    "ektp": "ktp",
    "kartu tanda penduduk": "ktp",
    "family card": "kartu keluarga, kk",
    "family register": "kartu keluarga, kk",
    "kk": "kartu keluarga",
    "birth certificate": "akta kelahiran",
    "birth": "kelahiran",
    "death certificate": "akta kematian",
    "death": "kematian",
    "akta lahir": "akta kelahiran",
    "akte": "akta",
    "child id": "kia, kartu identitas anak",
    "child identity card": "kia, kartu identitas anak",
    "digital id": "ikd, identitas kependudukan digital",
    "moving house": "pindah datang",
    "change of address": "pindah",
    "civil registry": "disdukcapil, kependudukan",
    # Immigration
    "passport": "paspor",
    "passports": "paspor",
    "e-passport": "paspor elektronik",
    "electronic passport": "paspor elektronik",
    "immigration": "imigrasi",
    # Police
    "police certificate": "skck",
    "police clearance": "skck",
    "police clearance certificate": "skck",
    "police record": "skck",
    "good conduct": "skck",
    "certificate of good conduct": "skck",
    "surat kelakuan baik": "skck",
    "kelakuan baik": "skck",
    "catatan kepolisian": "skck",
    "police report": "lapor kehilangan",
    "lost report": "lapor kehilangan",
    "police": "polres, polresta, kepolisian",
    # Driving and vehicles
    "driving licence": "sim",
    "driving license": "sim",
    "driver's license": "sim",
    "drivers license": "sim",
    "driver license": "sim",
    "driver's licence": "sim",
    "surat izin mengemudi": "sim",
    "vehicle registration": "stnk",
    "vehicle tax": "pajak kendaraan",
    "car tax": "pajak kendaraan",
    "motorcycle tax": "pajak kendaraan",
    "traffic ticket": "tilang",
    "traffic fine": "tilang",
    # Marriage, divorce, religion
    "marriage": "nikah, perkawinan",
    "married": "nikah, perkawinan",
    "wedding": "nikah, perkawinan",
    "marriage certificate": "buku nikah, akta perkawinan",
    "marriage book": "buku nikah",
    "pernikahan": "nikah",
    "menikah": "nikah, perkawinan",
    "kawin": "nikah, perkawinan",
    "divorce": "cerai",
    "perceraian": "cerai",
    "hajj": "haji",
    "religious affairs": "kemenag, kementerian agama",
    "court": "pengadilan",
    "legal aid": "bantuan hukum, posbakum",
    # Tax
    "tax": "pajak",
    "taxes": "pajak",
    "tax id": "npwp",
    "tax number": "npwp",
    "taxpayer number": "npwp",
    "tax return": "spt",
    # Land and building
    "land certificate": "sertipikat tanah",
    "land title": "sertipikat tanah",
    "sertifikat tanah": "sertipikat tanah",
    "sertifikat": "sertipikat",
    "land": "tanah, lahan",
    "building permit": "pbg, persetujuan bangunan gedung",
    "imb": "pbg, persetujuan bangunan gedung",
    "izin mendirikan bangunan": "pbg, persetujuan bangunan gedung",
    # Business
    "business licence": "nib, izin usaha, perizinan berusaha",
    "business license": "nib, izin usaha, perizinan berusaha",
    "business permit": "nib, izin usaha, perizinan berusaha",
    "business registration": "nib, nomor induk berusaha",
    "izin usaha": "nib, perizinan berusaha",
    "siup": "nib, perizinan berusaha",
    "ijin": "izin",
    "ijin usaha": "nib, izin usaha, perizinan berusaha",
    "practice licence": "sip, surat izin praktik",
    "practice license": "sip, surat izin praktik",
    "home industry": "spp irt, pangan industri rumah tangga",
    "pirt": "spp irt",
    "health certificate": "surat keterangan sehat",
    # Social security, health insurance, pensions
    "health insurance": "bpjs kesehatan, jkn",
    "kis": "jkn",
    "kartu indonesia sehat": "jkn",
    "social security": "bpjs ketenagakerjaan",
    "employment insurance": "bpjs ketenagakerjaan",
    "jamsostek": "bpjs ketenagakerjaan",
    "bpjs tk": "bpjs ketenagakerjaan",
    "old age savings": "jaminan hari tua, jht",
    "pension": "pensiun, taspen",
    # Utilities and banking
    "electricity": "listrik, pln",
    "power connection": "penyambungan baru listrik",
    "bank account": "rekening",
    "savings account": "rekening tabungan",
    "atm card": "kartu atm",
    # General words in English
    "new": "baru",
    "lost": "hilang, kehilangan",
    "renew": "perpanjangan, penggantian",
    "renewal": "perpanjangan, penggantian",
    "extension": "perpanjangan",
    # A passport is "renewed" in speech but "replaced" (penggantian) in its standard.
    "perpanjang": "perpanjangan, penggantian",
    "perpanjangan": "penggantian",
    "replace": "penggantian",
    "replacement": "penggantian",
    "register": "pendaftaran",
    "registration": "pendaftaran",
    "child": "anak",
    "children": "anak",
    # Places
    "tanjung pinang": "tanjungpinang",
    "tj pinang": "tanjungpinang",
    "tanjungpinang": "tanjung pinang",
    "kepri": "kepulauan riau",
}


def seed_synonyms(apps, schema_editor):
    SearchSynonym = apps.get_model("services", "SearchSynonym")
    for term, expansion in SYNONYMS.items():
        SearchSynonym.objects.get_or_create(term=term, defaults={"expansion": expansion})


def remove_synonyms(apps, schema_editor):
    # Only the rows this migration made and nobody changed since.
    SearchSynonym = apps.get_model("services", "SearchSynonym")
    for term, expansion in SYNONYMS.items():
        SearchSynonym.objects.filter(term=term, expansion=expansion).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0007_catalogue_english"),
    ]

    operations = [
        migrations.RunPython(seed_synonyms, remove_synonyms),
    ]
