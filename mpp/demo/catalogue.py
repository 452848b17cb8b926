"""Demo catalogue for the Kepri MPP portal: malls, agencies and their service standards.

Pure data, no imports. Everything here is *demonstration* material: the agencies and the
kinds of services are those that really serve in the MPPs of Kepulauan Riau, and fees and
legal bases follow the national rules where these are well known, but addresses, phone
numbers, zones, decree numbers and dates are invented and must be replaced by each MPP's
real published service standards (Standar Pelayanan, PermenPAN-RB 15/2014).

Shapes:
- MALLS: list of dicts; "hours" maps ISO weekday (1 = Monday ... 7 = Sunday) to
  (opens, closes) as "HH:MM" strings in WIB; closed days are omitted.
- AGENCIES: list of dicts; "malls" maps a mall slug to the zone or floor of the agency's
  booth (gerai) there; "counters" is the number of counters (loket) at each booth.
- Each service: "time_limit" is (value, unit) with unit in {"working_days", "hours",
  "minutes"}; "fee" is whole rupiah (0 = free); "channel" is "online", "counter" or
  "both"; "requirements" are tuples (name, description, needs_upload, is_mandatory);
  "complaint_channel" is optional and defaults to DEFAULT_COMPLAINT_CHANNEL.
- ENGLISH (at the end) maps each Indonesian text to its English version, shown under /en/.
"""

DEFAULT_COMPLAINT_CHANNEL = (
    "Sampaikan pengaduan, saran dan masukan melalui meja pengaduan MPP, kotak saran di setiap "
    "lantai, menu Pengaduan di portal ini, atau SP4N-LAPOR! (www.lapor.go.id, SMS 1708). "
    "Pengaduan ditanggapi paling lambat 5 hari kerja. Bila tidak puas dengan penyelesaiannya, "
    "Anda dapat melapor ke Ombudsman RI Perwakilan Kepulauan Riau (www.ombudsman.go.id, "
    "telepon 137)."
)

_FREE_ADMINDUK = (
    "Tidak dipungut biaya: UU Nomor 24 Tahun 2013 tentang Perubahan atas UU Nomor 23 Tahun "
    "2006 tentang Administrasi Kependudukan, Pasal 79A"
)

_PNBP_IMIGRASI = (
    "PP Nomor 28 Tahun 2019 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak "
    "yang Berlaku pada Kementerian Hukum dan Hak Asasi Manusia"
)

_PNBP_POLRI = (
    "PP Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak "
    "yang Berlaku pada Kepolisian Negara Republik Indonesia"
)

_PNBP_ATR_BPN = (
    "PP Nomor 128 Tahun 2015 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak "
    "yang Berlaku pada Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"
)

_PNBP_MA = (
    "PP Nomor 5 Tahun 2019 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak "
    "yang Berlaku pada Mahkamah Agung dan Badan Peradilan yang Berada di Bawahnya"
)

_COMPLAINT_IMIGRASI = (
    "Sampaikan pengaduan ke petugas pengaduan Kantor Imigrasi atau meja pengaduan MPP, melalui "
    "SP4N-LAPOR! (www.lapor.go.id, SMS 1708), atau akun media sosial resmi Direktorat Jenderal "
    "Imigrasi. Jangan menggunakan jasa calo: seluruh pembayaran hanya melalui kode billing "
    "SIMPONI."
)

_COMPLAINT_POLRI = (
    "Sampaikan pengaduan ke meja pengaduan MPP, layanan Dumas Presisi pada aplikasi Polri "
    "Super App, Propam Polri, atau SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
)

MALLS = [
    {
        "slug": "batam",
        "code": "BTM",
        "name": "MPP Kota Batam",
        "regency": "batam",
        "address": (
            "Gedung Mal Pelayanan Publik, Jl. Engku Putri No. 1, Teluk Tering, "
            "Kec. Batam Kota, Kota Batam, Kepulauan Riau 29461"
        ),
        "phone": "(0778) 4808 110",
        "email": "mpp@batam.go.id",
        "website": "",
        "hours": {
            1: ("07:30", "16:00"),
            2: ("07:30", "16:00"),
            3: ("07:30", "16:00"),
            4: ("07:30", "16:00"),
            5: ("07:30", "16:30"),
            6: ("08:00", "12:00"),
        },
    },
    {
        "slug": "tanjungpinang",
        "code": "TPI",
        "name": "MPP Kota Tanjungpinang",
        "regency": "tanjungpinang",
        "address": (
            "Gedung Mal Pelayanan Publik, Jl. Basuki Rahmat No. 2, Tanjung Ayun Sakti, "
            "Kec. Bukit Bestari, Kota Tanjungpinang, Kepulauan Riau 29124"
        ),
        "phone": "(0771) 4440 210",
        "email": "mpp@tanjungpinangkota.go.id",
        "website": "",
        "hours": {
            1: ("07:30", "16:00"),
            2: ("07:30", "16:00"),
            3: ("07:30", "16:00"),
            4: ("07:30", "16:00"),
            5: ("07:30", "16:30"),
        },
    },
    {
        "slug": "bintan",
        "code": "BTN",
        "name": "MPP Kabupaten Bintan",
        "regency": "bintan",
        "address": (
            "Gedung Mal Pelayanan Publik, Jl. Raya Kijang Lama, Kijang Kota, "
            "Kec. Bintan Timur, Kabupaten Bintan, Kepulauan Riau 29151"
        ),
        "phone": "(0771) 4630 310",
        "email": "mpp@bintankab.go.id",
        "website": "",
        "hours": {
            1: ("08:00", "16:00"),
            2: ("08:00", "16:00"),
            3: ("08:00", "16:00"),
            4: ("08:00", "16:00"),
            5: ("08:00", "16:30"),
        },
    },
]

AGENCIES = [
    # ------------------------------------------------------------------ Imigrasi
    {
        "slug": "imigrasi-batam",
        "short_name": "Imigrasi Batam",
        "name": "Kantor Imigrasi Kelas I Khusus TPI Batam",
        "kind": "national",
        "description": (
            "Unit pelaksana teknis Direktorat Jenderal Imigrasi, Kementerian Imigrasi dan "
            "Pemasyarakatan, yang menerbitkan dokumen perjalanan Republik Indonesia bagi warga "
            "Kota Batam dan sekitarnya. Gerai di MPP melayani permohonan paspor WNI sesuai "
            "jadwal kedatangan yang dipilih di aplikasi M-Paspor."
        ),
        "website": "https://www.imigrasi.go.id",
        "malls": {"batam": "Lantai 2, Zona A"},
        "counters": 6,
        "services": [
            {
                "code": "PASPOR-BARU",
                "name": "Penerbitan Paspor Biasa Non-Elektronik Baru",
                "description": (
                    "Penerbitan paspor biasa 48 halaman untuk WNI dewasa yang belum pernah "
                    "memiliki paspor. Permohonan didaftarkan dan dibayar lebih dahulu melalui "
                    "aplikasi M-Paspor."
                ),
                "time_limit": (4, "working_days"),
                "fee": 350000,
                "fee_legal_basis": _PNBP_IMIGRASI,
                "output_product": "Paspor biasa non-elektronik 48 halaman",
                "channel": "both",
                "decree_number": "W.32.IMI.IMI.1-UM.01.01-0112 Tahun 2025",
                "decree_date": "2025-01-15",
                "requirements": [
                    ("KTP-el asli", "KTP-el dari daerah mana pun dapat dilayani", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    (
                        "Akta kelahiran / ijazah / buku nikah / surat baptis",
                        "Salah satu dokumen yang memuat nama, tempat dan tanggal lahir, serta "
                        "nama orang tua",
                        True,
                        True,
                    ),
                    (
                        "Bukti pendaftaran M-Paspor",
                        "Kode booking jadwal kedatangan dan bukti bayar PNBP",
                        True,
                        True,
                    ),
                    (
                        "Foto dan sidik jari",
                        "Diambil di loket; pemohon tidak perlu membawa pas foto",
                        False,
                        True,
                    ),
                ],
                "steps": [
                    "Daftar di aplikasi M-Paspor, pilih jadwal kedatangan di gerai Imigrasi MPP "
                    "Batam, lalu bayar PNBP dengan kode billing SIMPONI.",
                    "Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi lantai 2.",
                    "Serahkan dokumen asli kepada petugas untuk diverifikasi.",
                    "Ikuti wawancara, pengambilan foto dan sidik jari.",
                    "Ambil paspor di gerai pada hari kerja keempat dengan membawa tanda terima.",
                ],
                "complaint_channel": _COMPLAINT_IMIGRASI,
            },
            {
                "code": "PASPOR-EL-BARU",
                "name": "Penerbitan Paspor Biasa Elektronik Baru",
                "description": (
                    "Penerbitan paspor elektronik (e-paspor) 48 halaman dengan cip berisi data "
                    "biometrik, yang memudahkan pemeriksaan di autogate dan pengajuan visa."
                ),
                "time_limit": (4, "working_days"),
                "fee": 650000,
                "fee_legal_basis": _PNBP_IMIGRASI,
                "output_product": "Paspor biasa elektronik 48 halaman",
                "channel": "both",
                "decree_number": "W.32.IMI.IMI.1-UM.01.01-0113 Tahun 2025",
                "decree_date": "2025-01-15",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    (
                        "Akta kelahiran / ijazah / buku nikah / surat baptis",
                        "Salah satu dokumen yang memuat nama, tempat dan tanggal lahir",
                        True,
                        True,
                    ),
                    ("Paspor lama", "Bagi pemohon yang pernah memiliki paspor", True, False),
                    (
                        "Bukti pendaftaran M-Paspor",
                        "Kode booking jadwal kedatangan dan bukti bayar PNBP",
                        True,
                        True,
                    ),
                    ("Foto, sidik jari dan tanda tangan digital", "Diambil di loket", False, True),
                ],
                "steps": [
                    "Daftar di aplikasi M-Paspor dengan memilih jenis paspor elektronik, lalu "
                    "bayar PNBP dengan kode billing SIMPONI.",
                    "Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi lantai 2.",
                    "Serahkan dokumen asli untuk diverifikasi.",
                    "Ikuti wawancara serta perekaman foto, sidik jari dan tanda tangan.",
                    "Ambil e-paspor di gerai dengan membawa tanda terima.",
                ],
                "complaint_channel": _COMPLAINT_IMIGRASI,
            },
            {
                "code": "PASPOR-PENGGANTIAN",
                "name": "Penggantian Paspor Habis Masa Berlaku atau Halaman Penuh",
                "description": (
                    "Penerbitan paspor pengganti bagi WNI yang paspornya habis masa berlaku, "
                    "akan habis, atau halamannya penuh."
                ),
                "time_limit": (4, "working_days"),
                "fee": 350000,
                "fee_legal_basis": _PNBP_IMIGRASI,
                "output_product": "Paspor biasa non-elektronik 48 halaman",
                "channel": "both",
                "decree_number": "W.32.IMI.IMI.1-UM.01.01-0114 Tahun 2025",
                "decree_date": "2025-01-15",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Paspor lama asli", "", True, True),
                    (
                        "Bukti pendaftaran M-Paspor",
                        "Kode booking jadwal kedatangan dan bukti bayar PNBP",
                        True,
                        True,
                    ),
                    (
                        "Dokumen perubahan data",
                        "Bila nama atau data lain berbeda dengan paspor lama, misalnya "
                        "penetapan pengadilan",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Daftar penggantian paspor di aplikasi M-Paspor dan bayar PNBP.",
                    "Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi.",
                    "Serahkan KTP-el dan paspor lama untuk diverifikasi.",
                    "Ikuti pengambilan foto dan sidik jari.",
                    "Ambil paspor baru di gerai; paspor lama dikembalikan dalam keadaan "
                    "dibatalkan.",
                ],
                "complaint_channel": _COMPLAINT_IMIGRASI,
            },
            {
                "code": "PASPOR-HILANG",
                "name": "Penggantian Paspor Hilang",
                "description": (
                    "Penerbitan paspor pengganti bagi WNI yang paspornya hilang, setelah "
                    "pemeriksaan dan berita acara oleh petugas Imigrasi. Biaya terdiri atas "
                    "PNBP paspor Rp350.000 dan beban biaya paspor hilang Rp1.000.000."
                ),
                "time_limit": (7, "working_days"),
                "fee": 1350000,
                "fee_legal_basis": _PNBP_IMIGRASI,
                "output_product": "Paspor biasa non-elektronik 48 halaman",
                "channel": "counter",
                "decree_number": "W.32.IMI.IMI.1-UM.01.01-0115 Tahun 2025",
                "decree_date": "2025-01-15",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Surat keterangan kehilangan dari kepolisian", "", True, True),
                    (
                        "Akta kelahiran / ijazah / buku nikah / surat baptis",
                        "Salah satu dokumen yang memuat nama, tempat dan tanggal lahir",
                        True,
                        True,
                    ),
                    (
                        "Pemeriksaan dan berita acara",
                        "Wawancara oleh petugas Imigrasi tentang kronologi kehilangan",
                        False,
                        True,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Imigrasi dan sampaikan bahwa paspor hilang.",
                    "Serahkan dokumen persyaratan dan surat keterangan kehilangan.",
                    "Ikuti pemeriksaan; petugas membuat berita acara pemeriksaan.",
                    "Bayar PNBP dan beban biaya paspor hilang dengan kode billing SIMPONI.",
                    "Ikuti pengambilan foto dan sidik jari, lalu ambil paspor sesuai tanggal "
                    "pada tanda terima.",
                ],
                "complaint_channel": _COMPLAINT_IMIGRASI,
            },
        ],
    },
    {
        "slug": "imigrasi-tanjungpinang",
        "short_name": "Imigrasi Tanjungpinang",
        "name": "Kantor Imigrasi Kelas I TPI Tanjung Pinang",
        "kind": "national",
        "description": (
            "Kantor Imigrasi yang melayani penerbitan paspor bagi warga Kota Tanjungpinang dan "
            "pulau-pulau sekitarnya. Gerai di MPP menerima permohonan paspor dewasa dan anak "
            "sesuai jadwal M-Paspor."
        ),
        "website": "https://www.imigrasi.go.id",
        "malls": {"tanjungpinang": "Lantai 1, Gerai 3"},
        "counters": 3,
        "services": [
            {
                "code": "PASPOR-BARU",
                "name": "Penerbitan Paspor Biasa Non-Elektronik Baru",
                "description": (
                    "Penerbitan paspor biasa 48 halaman bagi WNI dewasa yang belum pernah "
                    "memiliki paspor, dengan pendaftaran melalui aplikasi M-Paspor."
                ),
                "time_limit": (4, "working_days"),
                "fee": 350000,
                "fee_legal_basis": _PNBP_IMIGRASI,
                "output_product": "Paspor biasa non-elektronik 48 halaman",
                "channel": "both",
                "decree_number": "W.32.IMI.IMI.2-UM.01.01-0057 Tahun 2025",
                "decree_date": "2025-02-03",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    (
                        "Akta kelahiran / ijazah / buku nikah / surat baptis",
                        "Salah satu dokumen yang memuat nama, tempat dan tanggal lahir",
                        True,
                        True,
                    ),
                    (
                        "Bukti pendaftaran M-Paspor",
                        "Kode booking jadwal kedatangan dan bukti bayar PNBP",
                        True,
                        True,
                    ),
                    ("Foto dan sidik jari", "Diambil di loket", False, True),
                ],
                "steps": [
                    "Daftar di aplikasi M-Paspor, pilih gerai Imigrasi MPP Tanjungpinang dan "
                    "bayar PNBP.",
                    "Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi.",
                    "Serahkan dokumen asli untuk diverifikasi.",
                    "Ikuti wawancara, pengambilan foto dan sidik jari.",
                    "Ambil paspor pada hari kerja keempat dengan membawa tanda terima.",
                ],
                "complaint_channel": _COMPLAINT_IMIGRASI,
            },
            {
                "code": "PASPOR-PENGGANTIAN",
                "name": "Penggantian Paspor Habis Masa Berlaku atau Halaman Penuh",
                "description": (
                    "Penerbitan paspor pengganti bagi WNI yang paspornya habis masa berlaku atau "
                    "halamannya penuh."
                ),
                "time_limit": (4, "working_days"),
                "fee": 350000,
                "fee_legal_basis": _PNBP_IMIGRASI,
                "output_product": "Paspor biasa non-elektronik 48 halaman",
                "channel": "both",
                "decree_number": "W.32.IMI.IMI.2-UM.01.01-0058 Tahun 2025",
                "decree_date": "2025-02-03",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Paspor lama asli", "", True, True),
                    (
                        "Bukti pendaftaran M-Paspor",
                        "Kode booking jadwal kedatangan dan bukti bayar PNBP",
                        True,
                        True,
                    ),
                ],
                "steps": [
                    "Daftar penggantian paspor di aplikasi M-Paspor dan bayar PNBP.",
                    "Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi.",
                    "Serahkan KTP-el dan paspor lama untuk diverifikasi.",
                    "Ikuti pengambilan foto dan sidik jari.",
                    "Ambil paspor baru sesuai tanggal pada tanda terima.",
                ],
                "complaint_channel": _COMPLAINT_IMIGRASI,
            },
            {
                "code": "PASPOR-ANAK",
                "name": "Penerbitan Paspor Biasa untuk Anak",
                "description": (
                    "Penerbitan paspor bagi anak WNI yang belum berusia 17 tahun dan belum "
                    "menikah. Anak wajib hadir bersama kedua orang tua atau walinya."
                ),
                "time_limit": (4, "working_days"),
                "fee": 350000,
                "fee_legal_basis": _PNBP_IMIGRASI,
                "output_product": "Paspor biasa non-elektronik 48 halaman",
                "channel": "both",
                "decree_number": "W.32.IMI.IMI.2-UM.01.01-0059 Tahun 2025",
                "decree_date": "2025-02-03",
                "requirements": [
                    ("KTP-el ayah dan ibu", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Akta kelahiran anak", "", True, True),
                    ("Buku nikah / akta perkawinan orang tua", "", True, True),
                    ("Paspor salah satu orang tua", "Bila ada", True, False),
                    (
                        "Surat pernyataan orang tua",
                        "Ditandatangani di loket oleh kedua orang tua",
                        False,
                        True,
                    ),
                ],
                "steps": [
                    "Daftar di aplikasi M-Paspor atas nama anak dan bayar PNBP.",
                    "Datang bersama anak dan kedua orang tua sesuai jadwal, lalu ambil nomor "
                    "antrean prioritas di gerai Imigrasi.",
                    "Serahkan dokumen asli untuk diverifikasi.",
                    "Orang tua menandatangani surat pernyataan; anak diambil foto dan sidik "
                    "jarinya.",
                    "Ambil paspor sesuai tanggal pada tanda terima.",
                ],
                "complaint_channel": _COMPLAINT_IMIGRASI,
            },
        ],
    },
    {
        "slug": "imigrasi-tanjung-uban",
        "short_name": "Imigrasi Tanjung Uban",
        "name": "Kantor Imigrasi Kelas II TPI Tanjung Uban",
        "kind": "national",
        "description": (
            "Kantor Imigrasi yang wilayah kerjanya meliputi Kabupaten Bintan. Gerai di MPP Bintan "
            "mendekatkan layanan paspor bagi warga Bintan Timur dan sekitarnya tanpa harus ke "
            "Tanjung Uban."
        ),
        "website": "https://www.imigrasi.go.id",
        "malls": {"bintan": "Lantai 1, Zona B"},
        "counters": 2,
        "services": [
            {
                "code": "PASPOR-BARU",
                "name": "Penerbitan Paspor Biasa Non-Elektronik Baru",
                "description": (
                    "Penerbitan paspor biasa 48 halaman bagi WNI dewasa yang belum pernah "
                    "memiliki paspor. Kuota gerai terbatas; pilih jadwal di M-Paspor."
                ),
                "time_limit": (4, "working_days"),
                "fee": 350000,
                "fee_legal_basis": _PNBP_IMIGRASI,
                "output_product": "Paspor biasa non-elektronik 48 halaman",
                "channel": "both",
                "decree_number": "W.32.IMI.IMI.3-UM.01.01-0021 Tahun 2025",
                "decree_date": "2025-11-24",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    (
                        "Akta kelahiran / ijazah / buku nikah / surat baptis",
                        "Salah satu dokumen yang memuat nama, tempat dan tanggal lahir",
                        True,
                        True,
                    ),
                    (
                        "Bukti pendaftaran M-Paspor",
                        "Kode booking jadwal kedatangan dan bukti bayar PNBP",
                        True,
                        True,
                    ),
                    ("Foto dan sidik jari", "Diambil di loket", False, True),
                ],
                "steps": [
                    "Daftar di aplikasi M-Paspor, pilih gerai Imigrasi MPP Bintan dan bayar "
                    "PNBP.",
                    "Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi.",
                    "Serahkan dokumen asli untuk diverifikasi.",
                    "Ikuti wawancara, pengambilan foto dan sidik jari.",
                    "Ambil paspor di gerai MPP Bintan sesuai tanggal pada tanda terima.",
                ],
                "complaint_channel": _COMPLAINT_IMIGRASI,
            },
            {
                "code": "PASPOR-PENGGANTIAN",
                "name": "Penggantian Paspor Habis Masa Berlaku atau Halaman Penuh",
                "description": (
                    "Penerbitan paspor pengganti bagi WNI yang paspornya habis masa berlaku atau "
                    "halamannya penuh."
                ),
                "time_limit": (4, "working_days"),
                "fee": 350000,
                "fee_legal_basis": _PNBP_IMIGRASI,
                "output_product": "Paspor biasa non-elektronik 48 halaman",
                "channel": "both",
                "decree_number": "W.32.IMI.IMI.3-UM.01.01-0022 Tahun 2025",
                "decree_date": "2025-11-24",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Paspor lama asli", "", True, True),
                    (
                        "Bukti pendaftaran M-Paspor",
                        "Kode booking jadwal kedatangan dan bukti bayar PNBP",
                        True,
                        True,
                    ),
                ],
                "steps": [
                    "Daftar penggantian paspor di aplikasi M-Paspor dan bayar PNBP.",
                    "Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi.",
                    "Serahkan KTP-el dan paspor lama untuk diverifikasi.",
                    "Ikuti pengambilan foto dan sidik jari.",
                    "Ambil paspor baru sesuai tanggal pada tanda terima.",
                ],
                "complaint_channel": _COMPLAINT_IMIGRASI,
            },
        ],
    },
    # ------------------------------------------------------------------ Polri
    {
        "slug": "polresta-barelang",
        "short_name": "Polresta Barelang",
        "name": "Kepolisian Resor Kota Barelang",
        "kind": "national",
        "description": (
            "Kepolisian Resor Kota Barelang melayani wilayah Batam, Rempang dan Galang. Gerai di "
            "MPP Batam menerbitkan Surat Keterangan Catatan Kepolisian (SKCK) dan surat "
            "keterangan tanda lapor kehilangan."
        ),
        "website": "https://skck.polri.go.id",
        "malls": {"batam": "Lantai 1, Zona B"},
        "counters": 4,
        "services": [
            {
                "code": "SKCK-BARU",
                "name": "Penerbitan SKCK Baru",
                "description": (
                    "Penerbitan Surat Keterangan Catatan Kepolisian bagi WNI yang baru pertama "
                    "kali mengurus SKCK, misalnya untuk melamar pekerjaan atau mendaftar CPNS. "
                    "Formulir dapat diisi lebih dahulu secara daring melalui Polri Super App."
                ),
                "time_limit": (60, "minutes"),
                "fee": 30000,
                "fee_legal_basis": _PNBP_POLRI,
                "output_product": "Surat Keterangan Catatan Kepolisian (SKCK), berlaku 6 bulan",
                "channel": "both",
                "decree_number": "Kep/14/I/YAN.2.3./2025",
                "decree_date": "2025-01-20",
                "requirements": [
                    ("KTP-el asli dan fotokopi", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Akta kelahiran / ijazah terakhir", "", True, True),
                    (
                        "Pas foto 4x6 latar merah",
                        "6 lembar, berpakaian sopan, tampak depan",
                        True,
                        True,
                    ),
                    (
                        "Rumus sidik jari",
                        "Bila belum memiliki kartu sidik jari, pengambilan sidik jari dilakukan "
                        "di gerai",
                        False,
                        True,
                    ),
                    ("Paspor", "Khusus SKCK untuk keperluan ke luar negeri", True, False),
                ],
                "steps": [
                    "Isi formulir SKCK secara daring melalui Polri Super App atau di gerai.",
                    "Ambil nomor antrean di gerai Polresta Barelang.",
                    "Serahkan berkas dan ikuti pengambilan sidik jari bila belum memiliki "
                    "kartu sidik jari.",
                    "Bayar PNBP Rp30.000 melalui kode billing atau di loket bank yang ditunjuk.",
                    "Terima SKCK yang telah ditandatangani dan dilegalisir.",
                ],
                "complaint_channel": _COMPLAINT_POLRI,
            },
            {
                "code": "SKCK-PERPANJANGAN",
                "name": "Perpanjangan SKCK",
                "description": (
                    "Perpanjangan SKCK yang masa berlakunya habis paling lama satu tahun. SKCK "
                    "yang telah lewat lebih dari satu tahun diproses sebagai SKCK baru."
                ),
                "time_limit": (30, "minutes"),
                "fee": 30000,
                "fee_legal_basis": _PNBP_POLRI,
                "output_product": "Surat Keterangan Catatan Kepolisian (SKCK), berlaku 6 bulan",
                "channel": "both",
                "decree_number": "Kep/15/I/YAN.2.3./2025",
                "decree_date": "2025-01-20",
                "requirements": [
                    ("SKCK lama asli", "Lembar kuning atau SKCK terakhir", True, True),
                    ("KTP-el asli dan fotokopi", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Pas foto 4x6 latar merah", "2 lembar", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Polresta Barelang.",
                    "Serahkan SKCK lama dan berkas persyaratan.",
                    "Petugas memeriksa data catatan kepolisian.",
                    "Bayar PNBP Rp30.000.",
                    "Terima SKCK perpanjangan.",
                ],
                "complaint_channel": _COMPLAINT_POLRI,
            },
            {
                "code": "LAPOR-KEHILANGAN",
                "name": "Surat Keterangan Tanda Lapor Kehilangan",
                "description": (
                    "Penerbitan surat keterangan kehilangan barang atau dokumen (KTP-el, "
                    "ATM, buku tabungan, STNK, ijazah dan lain-lain) sebagai syarat pengurusan "
                    "penggantian dokumen."
                ),
                "time_limit": (30, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Surat Keterangan Tanda Lapor Kehilangan",
                "channel": "counter",
                "decree_number": "Kep/16/I/YAN.2.3./2025",
                "decree_date": "2025-01-20",
                "requirements": [
                    ("KTP-el pelapor", "", True, True),
                    (
                        "Fotokopi dokumen yang hilang",
                        "Bila ada, untuk mempermudah pencatatan nomor dokumen",
                        True,
                        False,
                    ),
                    (
                        "Keterangan waktu dan tempat kehilangan",
                        "Disampaikan langsung kepada petugas",
                        False,
                        True,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Polresta Barelang.",
                    "Sampaikan kronologi kehilangan kepada petugas.",
                    "Periksa kembali isi surat keterangan yang disiapkan petugas.",
                    "Terima surat keterangan tanda lapor kehilangan.",
                ],
                "complaint_channel": _COMPLAINT_POLRI,
            },
        ],
    },
    {
        "slug": "polres-tanjungpinang",
        "short_name": "Polres Tanjungpinang",
        "name": "Kepolisian Resor Tanjungpinang",
        "kind": "national",
        "description": (
            "Kepolisian Resor yang melayani masyarakat Kota Tanjungpinang. Gerai di MPP "
            "Tanjungpinang menerbitkan SKCK baru dan perpanjangan."
        ),
        "website": "https://skck.polri.go.id",
        "malls": {"tanjungpinang": "Lantai 1, Gerai 5"},
        "counters": 2,
        "services": [
            {
                "code": "SKCK-BARU",
                "name": "Penerbitan SKCK Baru",
                "description": (
                    "Penerbitan Surat Keterangan Catatan Kepolisian bagi WNI yang baru pertama "
                    "kali mengurus SKCK."
                ),
                "time_limit": (60, "minutes"),
                "fee": 30000,
                "fee_legal_basis": _PNBP_POLRI,
                "output_product": "Surat Keterangan Catatan Kepolisian (SKCK), berlaku 6 bulan",
                "channel": "both",
                "decree_number": "Kep/09/II/YAN.2.3./2025",
                "decree_date": "2025-02-10",
                "requirements": [
                    ("KTP-el asli dan fotokopi", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Akta kelahiran / ijazah terakhir", "", True, True),
                    ("Pas foto 4x6 latar merah", "6 lembar", True, True),
                    ("Surat pengantar kelurahan", "Bila diminta instansi tujuan", True, False),
                    (
                        "Rumus sidik jari",
                        "Pengambilan sidik jari dilakukan di gerai bila belum memiliki",
                        False,
                        True,
                    ),
                ],
                "steps": [
                    "Isi formulir SKCK secara daring melalui Polri Super App atau di gerai.",
                    "Ambil nomor antrean di gerai Polres Tanjungpinang.",
                    "Serahkan berkas dan ikuti pengambilan sidik jari bila diperlukan.",
                    "Bayar PNBP Rp30.000.",
                    "Terima SKCK.",
                ],
                "complaint_channel": _COMPLAINT_POLRI,
            },
            {
                "code": "SKCK-PERPANJANGAN",
                "name": "Perpanjangan SKCK",
                "description": (
                    "Perpanjangan SKCK yang masa berlakunya habis paling lama satu tahun."
                ),
                "time_limit": (30, "minutes"),
                "fee": 30000,
                "fee_legal_basis": _PNBP_POLRI,
                "output_product": "Surat Keterangan Catatan Kepolisian (SKCK), berlaku 6 bulan",
                "channel": "both",
                "decree_number": "Kep/10/II/YAN.2.3./2025",
                "decree_date": "2025-02-10",
                "requirements": [
                    ("SKCK lama asli", "", True, True),
                    ("KTP-el asli dan fotokopi", "", True, True),
                    ("Pas foto 4x6 latar merah", "2 lembar", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Polres Tanjungpinang.",
                    "Serahkan SKCK lama dan berkas persyaratan.",
                    "Bayar PNBP Rp30.000.",
                    "Terima SKCK perpanjangan.",
                ],
                "complaint_channel": _COMPLAINT_POLRI,
            },
        ],
    },
    {
        "slug": "polres-bintan",
        "short_name": "Polres Bintan",
        "name": "Kepolisian Resor Bintan",
        "kind": "national",
        "description": (
            "Kepolisian Resor yang melayani masyarakat Kabupaten Bintan. Gerai di MPP Bintan "
            "melayani SKCK dan surat keterangan tanda lapor kehilangan."
        ),
        "website": "https://skck.polri.go.id",
        "malls": {"bintan": "Lantai 1, Zona A"},
        "counters": 2,
        "services": [
            {
                "code": "SKCK-BARU",
                "name": "Penerbitan SKCK Baru",
                "description": (
                    "Penerbitan Surat Keterangan Catatan Kepolisian bagi WNI berdomisili di "
                    "Kabupaten Bintan."
                ),
                "time_limit": (60, "minutes"),
                "fee": 30000,
                "fee_legal_basis": _PNBP_POLRI,
                "output_product": "Surat Keterangan Catatan Kepolisian (SKCK), berlaku 6 bulan",
                "channel": "both",
                "decree_number": "Kep/41/XI/YAN.2.3./2025",
                "decree_date": "2025-11-28",
                "requirements": [
                    ("KTP-el asli dan fotokopi", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Akta kelahiran / ijazah terakhir", "", True, True),
                    ("Pas foto 4x6 latar merah", "6 lembar", True, True),
                    ("Rumus sidik jari", "Diambil di gerai bila belum memiliki", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Polres Bintan.",
                    "Isi formulir dan serahkan berkas persyaratan.",
                    "Ikuti pengambilan sidik jari bila diperlukan.",
                    "Bayar PNBP Rp30.000.",
                    "Terima SKCK.",
                ],
                "complaint_channel": _COMPLAINT_POLRI,
            },
            {
                "code": "LAPOR-KEHILANGAN",
                "name": "Surat Keterangan Tanda Lapor Kehilangan",
                "description": (
                    "Penerbitan surat keterangan kehilangan barang atau dokumen sebagai syarat "
                    "pengurusan penggantian dokumen."
                ),
                "time_limit": (30, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Surat Keterangan Tanda Lapor Kehilangan",
                "channel": "counter",
                "decree_number": "Kep/42/XI/YAN.2.3./2025",
                "decree_date": "2025-11-28",
                "requirements": [
                    ("KTP-el pelapor", "", True, True),
                    ("Fotokopi dokumen yang hilang", "Bila ada", True, False),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Polres Bintan.",
                    "Sampaikan kronologi kehilangan kepada petugas.",
                    "Terima surat keterangan tanda lapor kehilangan.",
                ],
                "complaint_channel": _COMPLAINT_POLRI,
            },
        ],
    },
    # ------------------------------------------------------------------ Disdukcapil
    {
        "slug": "disdukcapil-batam",
        "short_name": "Disdukcapil Batam",
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kota Batam",
        "kind": "regency",
        "description": (
            "Perangkat daerah Pemerintah Kota Batam yang menyelenggarakan pendaftaran penduduk "
            "dan pencatatan sipil. Seluruh dokumen kependudukan diterbitkan tanpa dipungut "
            "biaya dan dapat dicetak sendiri dalam bentuk PDF bertanda tangan elektronik."
        ),
        "website": "https://disdukcapil.batam.go.id",
        "malls": {"batam": "Lantai 1, Zona C"},
        "counters": 6,
        "services": [
            {
                "code": "KTPEL-BARU",
                "name": "Perekaman dan Penerbitan KTP-el Baru",
                "description": (
                    "Perekaman data biometrik dan pencetakan KTP-el bagi penduduk yang telah "
                    "berusia 17 tahun, sudah kawin atau pernah kawin."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "KTP-el",
                "channel": "counter",
                "decree_number": "400.12/031/Disdukcapil/I/2025",
                "decree_date": "2025-01-13",
                "requirements": [
                    ("Kartu Keluarga (KK)", "Nomor KK sudah tercatat dalam database", True, True),
                    (
                        "Buku nikah / akta perkawinan",
                        "Bagi penduduk yang belum berusia 17 tahun tetapi sudah kawin",
                        True,
                        False,
                    ),
                    (
                        "Perekaman foto, sidik jari, iris mata dan tanda tangan",
                        "Dilakukan di loket perekaman",
                        False,
                        True,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Disdukcapil.",
                    "Serahkan KK atau sebutkan NIK kepada petugas untuk verifikasi data.",
                    "Ikuti perekaman foto, sidik jari, iris mata dan tanda tangan.",
                    "Tunggu pencetakan KTP-el atau ambil sesuai jadwal bila blangko habis.",
                    "Terima KTP-el dan periksa kebenaran datanya sebelum meninggalkan loket.",
                ],
            },
            {
                "code": "KTPEL-PENGGANTIAN",
                "name": "Penggantian KTP-el Rusak, Hilang atau Perubahan Data",
                "description": (
                    "Pencetakan ulang KTP-el karena rusak, hilang, atau perubahan elemen data "
                    "seperti status perkawinan, pekerjaan atau alamat dalam Kota Batam."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "KTP-el",
                "channel": "both",
                "decree_number": "400.12/032/Disdukcapil/I/2025",
                "decree_date": "2025-01-13",
                "requirements": [
                    ("KTP-el rusak", "Khusus penggantian karena rusak", True, False),
                    (
                        "Surat keterangan kehilangan dari kepolisian",
                        "Khusus penggantian karena hilang",
                        True,
                        False,
                    ),
                    ("Kartu Keluarga (KK)", "KK terbaru bila ada perubahan data", True, True),
                    (
                        "Dokumen dasar perubahan data",
                        "Misalnya buku nikah atau akta perceraian",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ajukan secara daring atau ambil nomor antrean di gerai Disdukcapil.",
                    "Serahkan berkas sesuai alasan penggantian.",
                    "Petugas memverifikasi data dan memperbarui database bila ada perubahan.",
                    "Terima KTP-el baru; KTP-el rusak ditarik oleh petugas.",
                ],
            },
            {
                "code": "KK",
                "name": "Penerbitan Kartu Keluarga (Baru, Perubahan Data, Hilang/Rusak)",
                "description": (
                    "Penerbitan Kartu Keluarga karena membentuk keluarga baru, penambahan atau "
                    "pengurangan anggota keluarga, perubahan data, atau KK hilang/rusak. KK "
                    "dicetak pada kertas HVS dan bertanda tangan elektronik."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kartu Keluarga (KK) dengan tanda tangan elektronik",
                "channel": "both",
                "decree_number": "400.12/033/Disdukcapil/I/2025",
                "decree_date": "2025-01-13",
                "requirements": [
                    ("Formulir biodata keluarga (F-1.01)", "", True, True),
                    ("Kartu Keluarga (KK) lama", "Kecuali KK hilang", True, False),
                    (
                        "Buku nikah / akta perkawinan",
                        "Untuk pembentukan keluarga baru",
                        True,
                        False,
                    ),
                    (
                        "Dokumen peristiwa penting",
                        "Akta kelahiran, akta kematian atau surat pindah sesuai perubahan",
                        True,
                        False,
                    ),
                    (
                        "Surat keterangan kehilangan dari kepolisian",
                        "Khusus KK hilang",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ajukan permohonan secara daring atau ambil nomor antrean di gerai.",
                    "Serahkan formulir F-1.01 dan dokumen pendukung.",
                    "Petugas memverifikasi dan memperbarui data keluarga.",
                    "Terima KK baru atau unduh PDF KK yang dikirim ke surel pemohon.",
                ],
            },
            {
                "code": "AKTA-KELAHIRAN",
                "name": "Penerbitan Akta Kelahiran",
                "description": (
                    "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi anak yang "
                    "lahir di Kota Batam atau penduduk Kota Batam."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kutipan akta kelahiran dan KK yang diperbarui",
                "channel": "both",
                "decree_number": "400.12/034/Disdukcapil/I/2025",
                "decree_date": "2025-01-13",
                "requirements": [
                    (
                        "Surat keterangan lahir",
                        "Dari rumah sakit, puskesmas, klinik atau bidan",
                        True,
                        True,
                    ),
                    ("Kartu Keluarga (KK) orang tua", "", True, True),
                    (
                        "Buku nikah / akta perkawinan orang tua",
                        "Bila tidak ada, diganti SPTJM kebenaran pasangan suami istri",
                        True,
                        False,
                    ),
                    ("KTP-el ayah dan ibu", "", True, True),
                    ("Formulir pelaporan kelahiran (F-2.01)", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan secara daring atau ambil nomor antrean di gerai.",
                    "Serahkan formulir F-2.01 dan dokumen persyaratan.",
                    "Petugas memverifikasi data dan mencatat kelahiran.",
                    "Terima kutipan akta kelahiran dan KK yang telah memuat nama anak.",
                ],
            },
            {
                "code": "AKTA-KEMATIAN",
                "name": "Penerbitan Akta Kematian",
                "description": (
                    "Pencatatan kematian penduduk Kota Batam dan penerbitan kutipan akta "
                    "kematian, sekaligus pembaruan KK keluarga yang ditinggalkan."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kutipan akta kematian dan KK yang diperbarui",
                "channel": "both",
                "decree_number": "400.12/035/Disdukcapil/I/2025",
                "decree_date": "2025-01-13",
                "requirements": [
                    (
                        "Surat keterangan kematian",
                        "Dari rumah sakit, puskesmas atau kelurahan",
                        True,
                        True,
                    ),
                    ("KTP-el almarhum/almarhumah", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("KTP-el pelapor", "", True, True),
                    ("Formulir pelaporan kematian (F-2.01)", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan secara daring atau ambil nomor antrean di gerai.",
                    "Serahkan surat keterangan kematian dan dokumen persyaratan.",
                    "Petugas mencatat kematian dan memperbarui KK.",
                    "Terima kutipan akta kematian dan KK baru.",
                ],
            },
            {
                "code": "PINDAH-DATANG",
                "name": "Pelayanan Pindah Datang Penduduk",
                "description": (
                    "Pencatatan kedatangan penduduk yang pindah ke Kota Batam dari "
                    "kabupaten/kota lain dengan Surat Keterangan Pindah Warga Negara Indonesia "
                    "(SKPWNI) dari daerah asal."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kartu Keluarga (KK) dan KTP-el dengan alamat Kota Batam",
                "channel": "both",
                "decree_number": "400.12/036/Disdukcapil/I/2025",
                "decree_date": "2025-01-13",
                "requirements": [
                    ("SKPWNI dari daerah asal", "", True, True),
                    ("KTP-el asli", "", True, True),
                    (
                        "KK tujuan",
                        "Bila menumpang pada KK yang sudah ada di Kota Batam",
                        True,
                        False,
                    ),
                    (
                        "Surat pernyataan tempat tinggal",
                        "Bila alamat tujuan rumah sewa atau milik orang lain",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Disdukcapil.",
                    "Serahkan SKPWNI dan dokumen persyaratan.",
                    "Petugas mencatat kedatangan dan menerbitkan KK baru.",
                    "Ikuti pencetakan KTP-el dengan alamat baru.",
                    "Terima KK dan KTP-el.",
                ],
            },
        ],
    },
    {
        "slug": "disdukcapil-tanjungpinang",
        "short_name": "Disdukcapil Tanjungpinang",
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang",
        "kind": "regency",
        "description": (
            "Perangkat daerah Pemerintah Kota Tanjungpinang yang menyelenggarakan administrasi "
            "kependudukan. Gerai di MPP melayani KTP-el, KK, akta kelahiran, KIA dan aktivasi "
            "Identitas Kependudukan Digital tanpa biaya."
        ),
        "website": "",
        "malls": {"tanjungpinang": "Lantai 1, Gerai 1"},
        "counters": 5,
        "services": [
            {
                "code": "KTPEL-BARU",
                "name": "Perekaman dan Penerbitan KTP-el Baru",
                "description": (
                    "Perekaman data biometrik dan pencetakan KTP-el bagi penduduk yang telah "
                    "berusia 17 tahun, sudah kawin atau pernah kawin."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "KTP-el",
                "channel": "counter",
                "decree_number": "400.12/012/DISDUKCAPIL/2025",
                "decree_date": "2025-01-08",
                "requirements": [
                    ("Kartu Keluarga (KK)", "", True, True),
                    (
                        "Perekaman foto, sidik jari, iris mata dan tanda tangan",
                        "Dilakukan di loket perekaman",
                        False,
                        True,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Disdukcapil.",
                    "Serahkan KK kepada petugas untuk verifikasi data.",
                    "Ikuti perekaman biometrik.",
                    "Terima KTP-el dan periksa kebenaran datanya.",
                ],
            },
            {
                "code": "KK",
                "name": "Penerbitan Kartu Keluarga",
                "description": (
                    "Penerbitan KK baru, perubahan data, penambahan atau pengurangan anggota "
                    "keluarga, serta penggantian KK hilang atau rusak."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kartu Keluarga (KK) dengan tanda tangan elektronik",
                "channel": "both",
                "decree_number": "400.12/013/DISDUKCAPIL/2025",
                "decree_date": "2025-01-08",
                "requirements": [
                    ("Formulir biodata keluarga (F-1.01)", "", True, True),
                    ("Kartu Keluarga (KK) lama", "Kecuali KK hilang", True, False),
                    ("Buku nikah / akta perkawinan", "Untuk keluarga baru", True, False),
                    (
                        "Dokumen peristiwa penting",
                        "Akta kelahiran, akta kematian atau surat pindah",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ajukan permohonan secara daring atau ambil nomor antrean di gerai.",
                    "Serahkan formulir dan dokumen pendukung.",
                    "Petugas memverifikasi dan memperbarui data keluarga.",
                    "Terima KK baru atau unduh PDF-nya dari surel.",
                ],
            },
            {
                "code": "AKTA-KELAHIRAN",
                "name": "Penerbitan Akta Kelahiran",
                "description": (
                    "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi penduduk "
                    "Kota Tanjungpinang."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kutipan akta kelahiran",
                "channel": "both",
                "decree_number": "400.12/014/DISDUKCAPIL/2025",
                "decree_date": "2025-01-08",
                "requirements": [
                    ("Surat keterangan lahir", "Dari fasilitas kesehatan atau bidan", True, True),
                    ("Kartu Keluarga (KK) orang tua", "", True, True),
                    (
                        "Buku nikah / akta perkawinan orang tua",
                        "Atau SPTJM kebenaran pasangan suami istri",
                        True,
                        False,
                    ),
                    ("KTP-el ayah dan ibu", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan secara daring atau ambil nomor antrean di gerai.",
                    "Serahkan dokumen persyaratan.",
                    "Petugas memverifikasi data dan mencatat kelahiran.",
                    "Terima kutipan akta kelahiran dan KK terbaru.",
                ],
            },
            {
                "code": "KIA",
                "name": "Penerbitan Kartu Identitas Anak (KIA)",
                "description": (
                    "Penerbitan Kartu Identitas Anak bagi anak berusia di bawah 17 tahun dan "
                    "belum kawin. Anak usia 5 tahun ke atas menggunakan KIA berfoto."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kartu Identitas Anak (KIA)",
                "channel": "both",
                "decree_number": "400.12/015/DISDUKCAPIL/2025",
                "decree_date": "2025-01-08",
                "requirements": [
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Akta kelahiran anak", "", True, True),
                    ("KTP-el orang tua atau wali", "", True, True),
                    (
                        "Pas foto anak 2x3 berwarna",
                        "Untuk anak usia 5 tahun ke atas; dapat difoto di gerai",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ajukan permohonan secara daring atau ambil nomor antrean di gerai.",
                    "Serahkan dokumen persyaratan.",
                    "Anak usia 5 tahun ke atas difoto di gerai bila tidak membawa pas foto.",
                    "Terima KIA.",
                ],
            },
            {
                "code": "IKD-AKTIVASI",
                "name": "Aktivasi Identitas Kependudukan Digital (IKD)",
                "description": (
                    "Pendampingan aktivasi IKD pada telepon genggam penduduk sehingga KTP-el, KK "
                    "dan dokumen kependudukan lain dapat ditunjukkan secara digital."
                ),
                "time_limit": (15, "minutes"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Akun Identitas Kependudukan Digital yang aktif",
                "channel": "counter",
                "decree_number": "400.12/016/DISDUKCAPIL/2025",
                "decree_date": "2025-01-08",
                "requirements": [
                    ("KTP-el asli", "", False, True),
                    (
                        "Telepon genggam Android atau iOS",
                        "Dengan surel dan nomor telepon aktif serta aplikasi IKD terpasang",
                        False,
                        True,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean IKD di gerai Disdukcapil.",
                    "Pasang aplikasi IKD dan isi NIK, surel serta nomor telepon.",
                    "Lakukan verifikasi wajah dan pindai kode QR yang ditampilkan petugas.",
                    "Buka kode aktivasi dari surel dan masuk ke aplikasi IKD.",
                ],
            },
        ],
    },
    {
        "slug": "disdukcapil-bintan",
        "short_name": "Disdukcapil Bintan",
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan",
        "kind": "regency",
        "description": (
            "Perangkat daerah Pemerintah Kabupaten Bintan yang menyelenggarakan administrasi "
            "kependudukan. Gerai di MPP Bintan melayani penduduk dari seluruh kecamatan, "
            "termasuk pulau-pulau kecil, tanpa dipungut biaya."
        ),
        "website": "",
        "malls": {"bintan": "Lantai 1, Zona C"},
        "counters": 4,
        "services": [
            {
                "code": "KTPEL-PENGGANTIAN",
                "name": "Penggantian KTP-el Rusak, Hilang atau Perubahan Data",
                "description": (
                    "Pencetakan ulang KTP-el karena rusak, hilang, atau perubahan elemen data."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "KTP-el",
                "channel": "both",
                "decree_number": "400.12/201/DKPS/XI/2025",
                "decree_date": "2025-11-20",
                "requirements": [
                    ("KTP-el rusak", "Khusus penggantian karena rusak", True, False),
                    (
                        "Surat keterangan kehilangan dari kepolisian",
                        "Khusus penggantian karena hilang",
                        True,
                        False,
                    ),
                    ("Kartu Keluarga (KK)", "", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Disdukcapil.",
                    "Serahkan berkas sesuai alasan penggantian.",
                    "Petugas memverifikasi data.",
                    "Terima KTP-el baru.",
                ],
            },
            {
                "code": "KK",
                "name": "Penerbitan Kartu Keluarga",
                "description": (
                    "Penerbitan KK baru, perubahan data, atau penggantian KK hilang atau rusak."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kartu Keluarga (KK) dengan tanda tangan elektronik",
                "channel": "both",
                "decree_number": "400.12/202/DKPS/XI/2025",
                "decree_date": "2025-11-20",
                "requirements": [
                    ("Formulir biodata keluarga (F-1.01)", "", True, True),
                    ("Kartu Keluarga (KK) lama", "Kecuali KK hilang", True, False),
                    (
                        "Dokumen peristiwa penting",
                        "Buku nikah, akta kelahiran, akta kematian atau surat pindah",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Disdukcapil.",
                    "Serahkan formulir dan dokumen pendukung.",
                    "Petugas memperbarui data keluarga.",
                    "Terima KK baru.",
                ],
            },
            {
                "code": "AKTA-KELAHIRAN",
                "name": "Penerbitan Akta Kelahiran",
                "description": (
                    "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi penduduk "
                    "Kabupaten Bintan."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kutipan akta kelahiran",
                "channel": "both",
                "decree_number": "400.12/203/DKPS/XI/2025",
                "decree_date": "2025-11-20",
                "requirements": [
                    ("Surat keterangan lahir", "", True, True),
                    ("Kartu Keluarga (KK) orang tua", "", True, True),
                    (
                        "Buku nikah / akta perkawinan orang tua",
                        "Atau SPTJM kebenaran pasangan suami istri",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Disdukcapil.",
                    "Serahkan dokumen persyaratan.",
                    "Petugas mencatat kelahiran.",
                    "Terima kutipan akta kelahiran.",
                ],
            },
            {
                "code": "AKTA-KEMATIAN",
                "name": "Penerbitan Akta Kematian",
                "description": (
                    "Pencatatan kematian dan penerbitan kutipan akta kematian bagi penduduk "
                    "Kabupaten Bintan."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": _FREE_ADMINDUK,
                "output_product": "Kutipan akta kematian",
                "channel": "both",
                "decree_number": "400.12/204/DKPS/XI/2025",
                "decree_date": "2025-11-20",
                "requirements": [
                    ("Surat keterangan kematian", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("KTP-el pelapor", "", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Disdukcapil.",
                    "Serahkan dokumen persyaratan.",
                    "Petugas mencatat kematian dan memperbarui KK.",
                    "Terima kutipan akta kematian dan KK baru.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Pertanahan, pajak
    {
        "slug": "bpn-batam",
        "short_name": "BPN Batam",
        "name": "Kantor Pertanahan Kota Batam",
        "kind": "national",
        "description": (
            "Instansi vertikal Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional di "
            "Kota Batam. Karena sebagian besar tanah di Batam berada di atas Hak Pengelolaan BP "
            "Batam, peralihan hak memerlukan Izin Peralihan Hak dari BP Batam."
        ),
        "website": "https://www.atrbpn.go.id",
        "malls": {"batam": "Lantai 2, Zona B"},
        "counters": 3,
        "services": [
            {
                "code": "CEK-SERTIPIKAT",
                "name": "Pengecekan Sertipikat Hak atas Tanah",
                "description": (
                    "Pemeriksaan kesesuaian data sertipikat dengan buku tanah, termasuk catatan "
                    "blokir dan sita, sebelum transaksi atau pembebanan hak tanggungan."
                ),
                "time_limit": (1, "working_days"),
                "fee": 50000,
                "fee_legal_basis": _PNBP_ATR_BPN,
                "output_product": "Catatan hasil pengecekan pada sertipikat dan buku tanah",
                "channel": "both",
                "decree_number": "12/SK-21.71.UP.04.01/I/2025",
                "decree_date": "2025-01-22",
                "requirements": [
                    ("Formulir permohonan", "Ditandatangani pemohon atau kuasanya", True, True),
                    ("Sertipikat asli", "", True, True),
                    ("KTP-el pemohon", "", True, True),
                    ("Surat kuasa", "Bila dikuasakan", True, False),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Kantor Pertanahan.",
                    "Serahkan berkas dan terima Surat Perintah Setor (SPS).",
                    "Bayar PNBP sesuai SPS di bank persepsi atau loket pembayaran.",
                    "Ambil sertipikat dengan catatan hasil pengecekan sesuai tanda terima.",
                ],
            },
            {
                "code": "PERALIHAN-HAK",
                "name": "Peralihan Hak atas Tanah karena Jual Beli",
                "description": (
                    "Pencatatan perpindahan hak atas tanah dan bangunan dari penjual kepada "
                    "pembeli berdasarkan akta PPAT. Tarif PNBP dihitung dari nilai tanah (nilai "
                    "tanah/1.000) ditambah Rp50.000."
                ),
                "time_limit": (5, "working_days"),
                "fee": 50000,
                "fee_legal_basis": _PNBP_ATR_BPN,
                "output_product": "Sertipikat atas nama pemegang hak baru",
                "channel": "counter",
                "decree_number": "13/SK-21.71.UP.04.01/I/2025",
                "decree_date": "2025-01-22",
                "requirements": [
                    ("Formulir permohonan", "", True, True),
                    ("Sertipikat asli", "", True, True),
                    ("Akta jual beli dari PPAT", "", True, True),
                    ("KTP-el dan KK penjual dan pembeli", "", True, True),
                    ("Bukti pembayaran BPHTB", "Yang telah divalidasi Bapenda", True, True),
                    ("Bukti pembayaran PPh final penjual", "", True, True),
                    ("Izin Peralihan Hak (IPH) dari BP Batam", "", True, True),
                ],
                "steps": [
                    "PPAT atau pemohon mengambil nomor antrean dan menyerahkan berkas.",
                    "Petugas memeriksa kelengkapan berkas dan menerbitkan SPS.",
                    "Bayar PNBP sesuai SPS.",
                    "Kantor Pertanahan mencatat peralihan pada buku tanah dan sertipikat.",
                    "Ambil sertipikat di gerai dengan membawa tanda terima.",
                ],
            },
            {
                "code": "ROYA",
                "name": "Penghapusan Hak Tanggungan (Roya)",
                "description": (
                    "Pencoretan catatan hak tanggungan pada sertipikat setelah kredit lunas. "
                    "Untuk hak tanggungan elektronik, roya diajukan oleh kreditor melalui "
                    "layanan elektronik."
                ),
                "time_limit": (5, "working_days"),
                "fee": 50000,
                "fee_legal_basis": _PNBP_ATR_BPN,
                "output_product": "Sertipikat tanpa catatan hak tanggungan",
                "channel": "both",
                "decree_number": "14/SK-21.71.UP.04.01/I/2025",
                "decree_date": "2025-01-22",
                "requirements": [
                    ("Formulir permohonan", "", True, True),
                    ("Sertipikat asli", "", True, True),
                    ("Sertipikat Hak Tanggungan asli", "", True, True),
                    ("Surat roya / keterangan lunas dari bank", "", True, True),
                    ("KTP-el pemohon", "", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Kantor Pertanahan.",
                    "Serahkan berkas dan terima SPS.",
                    "Bayar PNBP sesuai SPS.",
                    "Ambil sertipikat yang telah diroya sesuai tanda terima.",
                ],
            },
            {
                "code": "SKPT",
                "name": "Penerbitan Surat Keterangan Pendaftaran Tanah (SKPT)",
                "description": (
                    "Penerbitan keterangan resmi tentang data fisik dan yuridis bidang tanah, "
                    "misalnya untuk keperluan lelang atau perkara di pengadilan."
                ),
                "time_limit": (5, "working_days"),
                "fee": 50000,
                "fee_legal_basis": _PNBP_ATR_BPN,
                "output_product": "Surat Keterangan Pendaftaran Tanah",
                "channel": "counter",
                "decree_number": "15/SK-21.71.UP.04.01/I/2025",
                "decree_date": "2025-01-22",
                "requirements": [
                    ("Formulir permohonan", "", True, True),
                    ("KTP-el pemohon", "", True, True),
                    ("Fotokopi sertipikat", "Bila ada", True, False),
                    ("Surat kuasa", "Bila dikuasakan", True, False),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Kantor Pertanahan.",
                    "Serahkan berkas dan terima SPS.",
                    "Bayar PNBP sesuai SPS.",
                    "Ambil SKPT sesuai tanda terima.",
                ],
            },
        ],
    },
    {
        "slug": "bpn-tanjungpinang",
        "short_name": "BPN Tanjungpinang",
        "name": "Kantor Pertanahan Kota Tanjungpinang",
        "kind": "national",
        "description": (
            "Instansi vertikal Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional di "
            "Kota Tanjungpinang. Gerai di MPP menerima berkas pengecekan sertipikat, roya dan "
            "peralihan hak."
        ),
        "website": "https://www.atrbpn.go.id",
        "malls": {"tanjungpinang": "Lantai 2, Gerai 12"},
        "counters": 2,
        "services": [
            {
                "code": "CEK-SERTIPIKAT",
                "name": "Pengecekan Sertipikat Hak atas Tanah",
                "description": (
                    "Pemeriksaan kesesuaian data sertipikat dengan buku tanah sebelum transaksi."
                ),
                "time_limit": (1, "working_days"),
                "fee": 50000,
                "fee_legal_basis": _PNBP_ATR_BPN,
                "output_product": "Catatan hasil pengecekan pada sertipikat dan buku tanah",
                "channel": "both",
                "decree_number": "08/SK-21.72.UP.04.01/II/2025",
                "decree_date": "2025-02-05",
                "requirements": [
                    ("Formulir permohonan", "", True, True),
                    ("Sertipikat asli", "", True, True),
                    ("KTP-el pemohon", "", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Kantor Pertanahan.",
                    "Serahkan berkas dan terima SPS.",
                    "Bayar PNBP sesuai SPS.",
                    "Ambil sertipikat sesuai tanda terima.",
                ],
            },
            {
                "code": "PERALIHAN-HAK",
                "name": "Peralihan Hak atas Tanah karena Jual Beli",
                "description": (
                    "Pencatatan perpindahan hak atas tanah berdasarkan akta PPAT. Tarif PNBP "
                    "dihitung dari nilai tanah (nilai tanah/1.000) ditambah Rp50.000."
                ),
                "time_limit": (5, "working_days"),
                "fee": 50000,
                "fee_legal_basis": _PNBP_ATR_BPN,
                "output_product": "Sertipikat atas nama pemegang hak baru",
                "channel": "counter",
                "decree_number": "09/SK-21.72.UP.04.01/II/2025",
                "decree_date": "2025-02-05",
                "requirements": [
                    ("Formulir permohonan", "", True, True),
                    ("Sertipikat asli", "", True, True),
                    ("Akta jual beli dari PPAT", "", True, True),
                    ("KTP-el dan KK penjual dan pembeli", "", True, True),
                    ("Bukti pembayaran BPHTB", "", True, True),
                    ("Bukti pembayaran PPh final penjual", "", True, True),
                ],
                "steps": [
                    "PPAT atau pemohon menyerahkan berkas di gerai Kantor Pertanahan.",
                    "Bayar PNBP sesuai SPS.",
                    "Kantor Pertanahan mencatat peralihan hak.",
                    "Ambil sertipikat sesuai tanda terima.",
                ],
            },
            {
                "code": "ROYA",
                "name": "Penghapusan Hak Tanggungan (Roya)",
                "description": (
                    "Pencoretan catatan hak tanggungan pada sertipikat setelah kredit lunas."
                ),
                "time_limit": (5, "working_days"),
                "fee": 50000,
                "fee_legal_basis": _PNBP_ATR_BPN,
                "output_product": "Sertipikat tanpa catatan hak tanggungan",
                "channel": "both",
                "decree_number": "10/SK-21.72.UP.04.01/II/2025",
                "decree_date": "2025-02-05",
                "requirements": [
                    ("Sertipikat asli", "", True, True),
                    ("Sertipikat Hak Tanggungan asli", "", True, True),
                    ("Surat roya / keterangan lunas dari bank", "", True, True),
                    ("KTP-el pemohon", "", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Kantor Pertanahan.",
                    "Serahkan berkas dan terima SPS.",
                    "Bayar PNBP sesuai SPS.",
                    "Ambil sertipikat yang telah diroya sesuai tanda terima.",
                ],
            },
        ],
    },
    {
        "slug": "kpp-batam-selatan",
        "short_name": "KPP Batam Selatan",
        "name": "Kantor Pelayanan Pajak Pratama Batam Selatan",
        "kind": "national",
        "description": (
            "Unit Direktorat Jenderal Pajak, Kementerian Keuangan, yang melayani wajib pajak di "
            "Kota Batam. Gerai di MPP membantu pendaftaran NPWP, EFIN, aktivasi akun Coretax "
            "dan pelaporan SPT Tahunan orang pribadi. Seluruh layanan tidak dipungut biaya."
        ),
        "website": "https://www.pajak.go.id",
        "malls": {"batam": "Lantai 2, Zona C"},
        "counters": 3,
        "services": [
            {
                "code": "NPWP-DAFTAR",
                "name": "Pendaftaran NPWP Orang Pribadi",
                "description": (
                    "Pendaftaran wajib pajak orang pribadi; bagi penduduk, NIK digunakan sebagai "
                    "NPWP setelah diaktivasi."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "NPWP (NIK yang telah diaktivasi sebagai NPWP)",
                "channel": "both",
                "decree_number": "KEP-07/KPP.2202/2025",
                "decree_date": "2025-01-10",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Alamat surel dan nomor telepon aktif", "", False, True),
                    (
                        "Surat keterangan usaha",
                        "Bagi pengusaha, dari kelurahan atau NIB",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai pajak.",
                    "Serahkan KTP-el dan sampaikan surel serta nomor telepon.",
                    "Petugas membantu pendaftaran melalui Coretax DJP.",
                    "Terima bukti pendaftaran di surel.",
                ],
                "complaint_channel": (
                    "Sampaikan pengaduan ke Kring Pajak 1500200, pengaduan.pajak.go.id, meja "
                    "pengaduan MPP, atau SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
                ),
            },
            {
                "code": "EFIN",
                "name": "Penerbitan EFIN",
                "description": (
                    "Penerbitan Electronic Filing Identification Number untuk autentikasi "
                    "layanan pajak elektronik, termasuk lupa EFIN."
                ),
                "time_limit": (15, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "EFIN yang dikirim ke surel wajib pajak",
                "channel": "counter",
                "decree_number": "KEP-08/KPP.2202/2025",
                "decree_date": "2025-01-10",
                "requirements": [
                    ("KTP-el asli", "", False, True),
                    ("NPWP atau NIK yang telah diaktivasi", "", False, True),
                    ("Alamat surel dan nomor telepon aktif", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai pajak.",
                    "Tunjukkan KTP-el; wajib pajak wajib hadir sendiri.",
                    "Petugas memverifikasi identitas dan menerbitkan EFIN.",
                    "Periksa surel untuk EFIN yang dikirim.",
                ],
            },
            {
                "code": "CORETAX-AKTIVASI",
                "name": "Aktivasi Akun Coretax DJP",
                "description": (
                    "Pendampingan aktivasi akun wajib pajak pada sistem Coretax DJP dan "
                    "pembuatan kode otorisasi/sertifikat elektronik."
                ),
                "time_limit": (30, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Akun Coretax DJP yang aktif dan kode otorisasi",
                "channel": "both",
                "decree_number": "KEP-09/KPP.2202/2025",
                "decree_date": "2025-01-10",
                "requirements": [
                    ("KTP-el asli", "", False, True),
                    ("Alamat surel dan nomor telepon aktif", "", False, True),
                    ("EFIN", "Bila sudah dimiliki", False, False),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai pajak.",
                    "Buka laman Coretax DJP di telepon genggam atau komputer yang disediakan.",
                    "Ikuti aktivasi akun dan pembuatan kata sandi dengan pendampingan petugas.",
                    "Buat kode otorisasi/sertifikat elektronik.",
                ],
            },
            {
                "code": "SPT-ASISTENSI",
                "name": "Asistensi Pelaporan SPT Tahunan Orang Pribadi",
                "description": (
                    "Pendampingan pengisian dan penyampaian SPT Tahunan PPh orang pribadi secara "
                    "elektronik, terutama menjelang batas waktu 31 Maret."
                ),
                "time_limit": (30, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Bukti Penerimaan Elektronik (BPE) SPT Tahunan",
                "channel": "counter",
                "decree_number": "KEP-10/KPP.2202/2025",
                "decree_date": "2025-01-10",
                "requirements": [
                    ("Bukti potong PPh 21 dari pemberi kerja", "", True, True),
                    ("Daftar harta dan utang", "", False, True),
                    ("Akses akun Coretax DJP", "Surel dan kata sandi", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean asistensi SPT.",
                    "Masuk ke akun Coretax DJP dengan pendampingan petugas.",
                    "Isi dan periksa konsep SPT.",
                    "Tanda tangani dan kirim SPT; simpan BPE.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ BPJS
    {
        "slug": "bpjs-kesehatan",
        "short_name": "BPJS Kesehatan",
        "name": "Badan Penyelenggara Jaminan Sosial Kesehatan",
        "kind": "state_company",
        "description": (
            "Badan hukum publik penyelenggara program Jaminan Kesehatan Nasional (JKN). Gerai di "
            "MPP melayani pendaftaran peserta, perubahan data dan penambahan anggota keluarga; "
            "sebagian besar layanan juga tersedia di aplikasi Mobile JKN."
        ),
        "website": "https://www.bpjs-kesehatan.go.id",
        "malls": {
            "batam": "Lantai 1, Zona D",
            "tanjungpinang": "Lantai 1, Gerai 7",
            "bintan": "Lantai 1, Zona D",
        },
        "counters": 3,
        "services": [
            {
                "code": "DAFTAR-PBPU",
                "name": "Pendaftaran Peserta JKN Mandiri (PBPU)",
                "description": (
                    "Pendaftaran peserta pekerja bukan penerima upah beserta seluruh anggota "
                    "keluarga dalam KK. Kartu aktif setelah iuran pertama dibayar."
                ),
                "time_limit": (15, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Kartu JKN-KIS digital dan nomor virtual account",
                "channel": "both",
                "decree_number": "KEP/0021/KC-BTM/012025",
                "decree_date": "2025-01-06",
                "requirements": [
                    ("KTP-el seluruh anggota keluarga", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    (
                        "Nomor rekening untuk autodebet",
                        "Rekening bank milik peserta atau anggota keluarga",
                        True,
                        False,
                    ),
                    ("Alamat surel dan nomor telepon aktif", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai BPJS Kesehatan.",
                    "Serahkan dokumen dan pilih kelas rawat serta FKTP.",
                    "Terima nomor virtual account.",
                    "Bayar iuran pertama; kartu JKN aktif dan dapat dilihat di Mobile JKN.",
                ],
                "complaint_channel": (
                    "Hubungi BPJS Kesehatan Care Center 165, aplikasi Mobile JKN, petugas BPJS "
                    "SATU! di rumah sakit, meja pengaduan MPP, atau SP4N-LAPOR! "
                    "(www.lapor.go.id, SMS 1708)."
                ),
            },
            {
                "code": "PERUBAHAN-DATA",
                "name": "Perubahan Data Peserta dan Pindah FKTP",
                "description": (
                    "Perubahan data peserta (nama, alamat, NIK, kelas rawat) atau penggantian "
                    "fasilitas kesehatan tingkat pertama."
                ),
                "time_limit": (15, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Data kepesertaan JKN yang diperbarui",
                "channel": "both",
                "decree_number": "KEP/0022/KC-BTM/012025",
                "decree_date": "2025-01-06",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    (
                        "Dokumen pendukung perubahan",
                        "Misalnya surat keterangan domisili",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai BPJS Kesehatan.",
                    "Sampaikan perubahan yang diminta dan serahkan dokumen.",
                    "Petugas memperbarui data.",
                    "Periksa data baru pada aplikasi Mobile JKN.",
                ],
            },
            {
                "code": "TAMBAH-ANGGOTA",
                "name": "Penambahan Anggota Keluarga (Bayi Baru Lahir)",
                "description": (
                    "Pendaftaran bayi baru lahir atau anggota keluarga lain ke dalam kepesertaan "
                    "JKN keluarga."
                ),
                "time_limit": (15, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Kartu JKN-KIS digital anggota keluarga baru",
                "channel": "both",
                "decree_number": "KEP/0023/KC-BTM/012025",
                "decree_date": "2025-01-06",
                "requirements": [
                    ("Kartu Keluarga (KK) terbaru", "", True, True),
                    ("Akta kelahiran atau surat keterangan lahir", "", True, True),
                    ("Kartu JKN kepala keluarga", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai BPJS Kesehatan.",
                    "Serahkan KK dan akta kelahiran atau surat keterangan lahir.",
                    "Petugas menambahkan anggota keluarga.",
                    "Bayar iuran anggota baru bila peserta mandiri.",
                ],
            },
        ],
    },
    {
        "slug": "bpjs-ketenagakerjaan",
        "short_name": "BPJS Ketenagakerjaan",
        "name": "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan",
        "kind": "state_company",
        "description": (
            "Penyelenggara program jaminan sosial ketenagakerjaan: JKK, JKM, JHT, JP dan JKP. "
            "Gerai di MPP melayani klaim Jaminan Hari Tua, pendaftaran pekerja bukan penerima "
            "upah, dan perubahan data peserta."
        ),
        "website": "https://www.bpjsketenagakerjaan.go.id",
        "malls": {
            "batam": "Lantai 1, Zona D",
            "tanjungpinang": "Lantai 1, Gerai 8",
            "bintan": "Lantai 1, Zona D",
        },
        "counters": 2,
        "services": [
            {
                "code": "KLAIM-JHT",
                "name": "Klaim Jaminan Hari Tua (JHT)",
                "description": (
                    "Pencairan saldo JHT karena berhenti bekerja, mencapai usia pensiun, atau "
                    "sebab lain. Dana ditransfer ke rekening peserta."
                ),
                "time_limit": (5, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Pembayaran saldo JHT ke rekening peserta",
                "channel": "both",
                "decree_number": "KEP/017/KCP-BTM/2025",
                "decree_date": "2025-01-09",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Kartu peserta BPJS Ketenagakerjaan", "Atau nomor kepesertaan", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    (
                        "Surat keterangan berhenti bekerja",
                        "Atau surat pengunduran diri, PHK, atau perjanjian kerja yang berakhir",
                        True,
                        True,
                    ),
                    ("Buku tabungan", "Atas nama peserta", True, True),
                    ("NPWP", "Bila saldo JHT di atas Rp50 juta", True, False),
                    ("Wawancara dan swafoto", "Dilakukan petugas di loket", False, True),
                ],
                "steps": [
                    "Daftar antrean secara daring melalui Lapak Asik atau ambil nomor di gerai.",
                    "Serahkan dokumen asli untuk dipindai.",
                    "Ikuti wawancara dan pengambilan foto.",
                    "Terima tanda terima klaim; dana ditransfer ke rekening peserta.",
                ],
                "complaint_channel": (
                    "Hubungi layanan masyarakat BPJS Ketenagakerjaan 175, aplikasi JMO, meja "
                    "pengaduan MPP, atau SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
                ),
            },
            {
                "code": "DAFTAR-BPU",
                "name": "Pendaftaran Peserta Bukan Penerima Upah (BPU)",
                "description": (
                    "Pendaftaran pekerja mandiri seperti nelayan, pedagang, ojek dan petani "
                    "dalam program JKK dan JKM, dengan pilihan tambahan JHT."
                ),
                "time_limit": (15, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Kartu peserta BPJS Ketenagakerjaan digital",
                "channel": "both",
                "decree_number": "KEP/018/KCP-BTM/2025",
                "decree_date": "2025-01-09",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Nomor telepon aktif", "", False, True),
                    ("Pilihan program dan besaran penghasilan", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai BPJS Ketenagakerjaan.",
                    "Serahkan KTP-el dan pilih program.",
                    "Bayar iuran pertama melalui kanal pembayaran yang tersedia.",
                    "Terima kartu peserta digital di aplikasi JMO.",
                ],
            },
            {
                "code": "PERUBAHAN-DATA",
                "name": "Perubahan Data Peserta",
                "description": (
                    "Perbaikan data peserta seperti nama, tanggal lahir, NIK atau nama ibu "
                    "kandung agar sesuai dengan data kependudukan."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Data kepesertaan yang diperbarui",
                "channel": "counter",
                "decree_number": "KEP/019/KCP-BTM/2025",
                "decree_date": "2025-01-09",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Kartu peserta BPJS Ketenagakerjaan", "", True, True),
                    (
                        "Surat keterangan perusahaan",
                        "Bagi peserta penerima upah",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai BPJS Ketenagakerjaan.",
                    "Serahkan dokumen pendukung perubahan data.",
                    "Petugas memverifikasi dan memperbarui data.",
                    "Periksa data baru di aplikasi JMO.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Samsat, perizinan
    {
        "slug": "samsat-kepri",
        "short_name": "Samsat Kepri",
        "name": "Badan Pendapatan Daerah Provinsi Kepulauan Riau (Samsat)",
        "kind": "provincial",
        "description": (
            "Pelayanan Sistem Administrasi Manunggal Satu Atap (Samsat) yang diselenggarakan "
            "bersama Bapenda Provinsi Kepulauan Riau, Ditlantas Polda Kepri dan PT Jasa Raharja. "
            "Gerai di MPP melayani pembayaran pajak kendaraan bermotor tahunan dan lima tahunan."
        ),
        "website": "https://bapenda.kepriprov.go.id",
        "malls": {
            "batam": "Lantai 1, Zona E",
            "tanjungpinang": "Lantai 1, Gerai 10",
            "bintan": "Lantai 1, Zona E",
        },
        "counters": 4,
        "services": [
            {
                "code": "PKB-TAHUNAN",
                "name": "Pembayaran Pajak Kendaraan Bermotor Tahunan dan Pengesahan STNK",
                "description": (
                    "Pembayaran PKB dan SWDKLLJ tahunan serta pengesahan STNK. Biaya yang "
                    "tercantum adalah PNBP pengesahan STNK roda dua (roda empat Rp50.000); PKB "
                    "dan SWDKLLJ dibayar sesuai notice pajak kendaraan."
                ),
                "time_limit": (30, "minutes"),
                "fee": 25000,
                "fee_legal_basis": (
                    _PNBP_POLRI + "; PKB sesuai Peraturan Daerah Provinsi Kepulauan Riau tentang "
                    "Pajak Daerah dan Retribusi Daerah"
                ),
                "output_product": "STNK yang disahkan dan notice pajak kendaraan bermotor",
                "channel": "both",
                "decree_number": "973/045/BAPENDA-SET/2025",
                "decree_date": "2025-01-17",
                "requirements": [
                    ("KTP-el asli sesuai nama pada STNK", "", True, True),
                    ("STNK asli", "", True, True),
                    (
                        "Surat kuasa",
                        "Bila yang datang bukan pemilik, disertai KTP-el penerima kuasa",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Samsat.",
                    "Serahkan KTP-el dan STNK untuk penetapan pajak.",
                    "Bayar PKB, SWDKLLJ dan PNBP di kasir atau melalui QRIS.",
                    "Terima STNK yang telah disahkan beserta notice pajak.",
                ],
            },
            {
                "code": "PKB-5TAHUNAN",
                "name": "Pembayaran Pajak Lima Tahunan dan Penggantian STNK serta TNKB",
                "description": (
                    "Pembayaran pajak kendaraan yang STNK-nya habis masa berlaku lima tahun, "
                    "disertai cek fisik kendaraan dan penerbitan STNK serta TNKB baru. Biaya "
                    "yang tercantum adalah PNBP roda dua (STNK Rp100.000 dan TNKB Rp60.000); "
                    "roda empat Rp200.000 dan Rp100.000."
                ),
                "time_limit": (1, "working_days"),
                "fee": 160000,
                "fee_legal_basis": (
                    _PNBP_POLRI + "; PKB sesuai Peraturan Daerah Provinsi Kepulauan Riau tentang "
                    "Pajak Daerah dan Retribusi Daerah"
                ),
                "output_product": "STNK baru, TNKB baru dan notice pajak kendaraan bermotor",
                "channel": "counter",
                "decree_number": "973/046/BAPENDA-SET/2025",
                "decree_date": "2025-01-17",
                "requirements": [
                    ("KTP-el asli sesuai nama pada STNK", "", True, True),
                    ("STNK asli", "", True, True),
                    ("BPKB asli", "", True, True),
                    ("Cek fisik kendaraan", "Kendaraan dibawa ke lokasi cek fisik", False, True),
                    ("Surat kuasa", "Bila dikuasakan", True, False),
                ],
                "steps": [
                    "Bawa kendaraan untuk cek fisik nomor rangka dan mesin.",
                    "Ambil nomor antrean di gerai Samsat dan serahkan berkas.",
                    "Bayar PKB, SWDKLLJ dan PNBP.",
                    "Terima STNK baru; TNKB diambil sesuai jadwal pada tanda terima.",
                ],
            },
            {
                "code": "INFO-PKB",
                "name": "Informasi dan Cek Tagihan Pajak Kendaraan",
                "description": (
                    "Informasi besaran pajak kendaraan, tunggakan dan denda, serta bantuan "
                    "pembayaran melalui aplikasi SIGNAL (Samsat Digital Nasional)."
                ),
                "time_limit": (10, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Informasi tagihan pajak kendaraan bermotor",
                "channel": "both",
                "decree_number": "973/047/BAPENDA-SET/2025",
                "decree_date": "2025-01-17",
                "requirements": [
                    ("Nomor polisi kendaraan", "", False, True),
                    ("STNK", "Bila ada", False, False),
                ],
                "steps": [
                    "Ambil nomor antrean informasi di gerai Samsat.",
                    "Sebutkan nomor polisi kendaraan.",
                    "Terima informasi tagihan dan cara pembayarannya.",
                ],
            },
        ],
    },
    {
        "slug": "dpmptsp-batam",
        "short_name": "DPMPTSP Batam",
        "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Batam",
        "kind": "regency",
        "description": (
            "Perangkat daerah yang menyelenggarakan perizinan dan nonperizinan Pemerintah Kota "
            "Batam, termasuk pendampingan perizinan berusaha melalui sistem OSS. Gerai di MPP "
            "melayani konsultasi, penerimaan berkas dan penyerahan izin."
        ),
        "website": "https://dpmptsp.batam.go.id",
        "malls": {"batam": "Lantai 1, Zona A"},
        "counters": 5,
        "services": [
            {
                "code": "NIB-OSS",
                "name": "Pendampingan Penerbitan Nomor Induk Berusaha (NIB) melalui OSS",
                "description": (
                    "Pendampingan pelaku usaha, terutama usaha mikro dan kecil, untuk membuat "
                    "akun OSS dan memperoleh NIB serta perizinan berusaha berbasis risiko."
                ),
                "time_limit": (60, "minutes"),
                "fee": 0,
                "fee_legal_basis": (
                    "Tidak dipungut biaya: PP Nomor 28 Tahun 2025 tentang Penyelenggaraan "
                    "Perizinan Berusaha Berbasis Risiko"
                ),
                "output_product": "Nomor Induk Berusaha (NIB) dan sertifikat standar bila ada",
                "channel": "both",
                "decree_number": "500.16/021/DPMPTSP/I/2025",
                "decree_date": "2025-01-14",
                "requirements": [
                    ("KTP-el pemilik usaha", "", True, True),
                    ("NPWP atau NIK yang telah diaktivasi", "", False, True),
                    ("Alamat surel dan nomor telepon aktif", "", False, True),
                    ("Alamat dan luas tempat usaha", "", False, True),
                    (
                        "Akta pendirian dan SK pengesahan badan usaha",
                        "Bagi PT, CV atau koperasi",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai DPMPTSP.",
                    "Buat atau masuk ke akun OSS dengan pendampingan petugas.",
                    "Isi data usaha dan pilih KBLI yang sesuai.",
                    "Periksa draf dan terbitkan NIB.",
                    "Unduh NIB; petugas menjelaskan kewajiban lanjutan sesuai tingkat risiko.",
                ],
            },
            {
                "code": "PBG",
                "name": "Persetujuan Bangunan Gedung (PBG)",
                "description": (
                    "Konsultasi dan penerimaan permohonan PBG untuk membangun, mengubah atau "
                    "merawat bangunan gedung melalui SIMBG. Retribusi PBG dihitung dalam SIMBG "
                    "berdasarkan luas dan fungsi bangunan."
                ),
                "time_limit": (28, "working_days"),
                "fee": 0,
                "fee_legal_basis": (
                    "Layanan di gerai tidak dipungut biaya; retribusi PBG dibayar sesuai "
                    "Peraturan Daerah Kota Batam tentang Pajak Daerah dan Retribusi Daerah"
                ),
                "output_product": "Persetujuan Bangunan Gedung (PBG) dan lampirannya",
                "channel": "online",
                "decree_number": "500.16/022/DPMPTSP/I/2025",
                "decree_date": "2025-01-14",
                "requirements": [
                    ("KTP-el pemohon", "", True, True),
                    ("Bukti kepemilikan atau penguasaan tanah", "", True, True),
                    ("Gambar arsitektur, struktur dan utilitas", "", True, True),
                    (
                        "Fatwa planologi dari BP Batam",
                        "Untuk tanah di atas Hak Pengelolaan BP Batam",
                        True,
                        False,
                    ),
                    ("Akun SIMBG", "", False, True),
                ],
                "steps": [
                    "Konsultasikan rencana bangunan di gerai DPMPTSP.",
                    "Unggah permohonan dan dokumen teknis di SIMBG.",
                    "Ikuti konsultasi teknis dengan Tim Profesi Ahli atau Tim Penilai Teknis.",
                    "Bayar retribusi PBG sesuai SKRD.",
                    "Unduh PBG dari SIMBG.",
                ],
            },
            {
                "code": "SIP-NAKES",
                "name": "Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan",
                "description": (
                    "Penerbitan Surat Izin Praktik bagi dokter, dokter gigi, bidan, perawat, "
                    "apoteker dan tenaga kesehatan lain yang berpraktik di Kota Batam."
                ),
                "time_limit": (5, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Surat Izin Praktik (SIP) elektronik",
                "channel": "both",
                "decree_number": "500.16/023/DPMPTSP/I/2025",
                "decree_date": "2025-01-14",
                "requirements": [
                    ("KTP-el", "", True, True),
                    ("Surat Tanda Registrasi (STR) yang berlaku", "", True, True),
                    (
                        "Surat keterangan dari fasilitas pelayanan kesehatan",
                        "Tempat praktik yang dituju",
                        True,
                        True,
                    ),
                    ("Pas foto 4x6 latar merah", "", True, True),
                    ("Ijazah terakhir", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan secara daring atau di gerai DPMPTSP.",
                    "Petugas memverifikasi berkas.",
                    "Kepala dinas menandatangani SIP secara elektronik.",
                    "Unduh SIP atau ambil cetakannya di gerai.",
                ],
            },
        ],
    },
    {
        "slug": "dpmptsp-tanjungpinang",
        "short_name": "DPMPTSP Tanjungpinang",
        "name": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Tanjungpinang",
        "kind": "regency",
        "description": (
            "Perangkat daerah yang menyelenggarakan perizinan dan nonperizinan Pemerintah Kota "
            "Tanjungpinang. Gerai di MPP melayani NIB melalui OSS, PBG dan izin praktik tenaga "
            "kesehatan."
        ),
        "website": "",
        "malls": {"tanjungpinang": "Lantai 1, Gerai 2"},
        "counters": 3,
        "services": [
            {
                "code": "NIB-OSS",
                "name": "Pendampingan Penerbitan Nomor Induk Berusaha (NIB) melalui OSS",
                "description": (
                    "Pendampingan pelaku usaha untuk memperoleh NIB dan perizinan berusaha "
                    "berbasis risiko melalui OSS."
                ),
                "time_limit": (60, "minutes"),
                "fee": 0,
                "fee_legal_basis": (
                    "Tidak dipungut biaya: PP Nomor 28 Tahun 2025 tentang Penyelenggaraan "
                    "Perizinan Berusaha Berbasis Risiko"
                ),
                "output_product": "Nomor Induk Berusaha (NIB)",
                "channel": "both",
                "decree_number": "500.16/008/DPMPTSP/2025",
                "decree_date": "2025-01-21",
                "requirements": [
                    ("KTP-el pemilik usaha", "", True, True),
                    ("NPWP atau NIK yang telah diaktivasi", "", False, True),
                    ("Alamat surel dan nomor telepon aktif", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai DPMPTSP.",
                    "Buat atau masuk ke akun OSS dengan pendampingan petugas.",
                    "Isi data usaha dan pilih KBLI.",
                    "Terbitkan dan unduh NIB.",
                ],
            },
            {
                "code": "PBG",
                "name": "Persetujuan Bangunan Gedung (PBG)",
                "description": (
                    "Konsultasi dan penerimaan permohonan PBG melalui SIMBG. Retribusi dihitung "
                    "dalam SIMBG."
                ),
                "time_limit": (28, "working_days"),
                "fee": 0,
                "fee_legal_basis": (
                    "Layanan di gerai tidak dipungut biaya; retribusi PBG dibayar sesuai "
                    "Peraturan Daerah Kota Tanjungpinang tentang Pajak Daerah dan Retribusi "
                    "Daerah"
                ),
                "output_product": "Persetujuan Bangunan Gedung (PBG)",
                "channel": "online",
                "decree_number": "500.16/009/DPMPTSP/2025",
                "decree_date": "2025-01-21",
                "requirements": [
                    ("KTP-el pemohon", "", True, True),
                    ("Bukti kepemilikan atau penguasaan tanah", "", True, True),
                    ("Gambar arsitektur, struktur dan utilitas", "", True, True),
                    ("Akun SIMBG", "", False, True),
                ],
                "steps": [
                    "Konsultasikan rencana bangunan di gerai DPMPTSP.",
                    "Unggah permohonan di SIMBG.",
                    "Ikuti konsultasi teknis.",
                    "Bayar retribusi dan unduh PBG.",
                ],
            },
            {
                "code": "SIP-NAKES",
                "name": "Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan",
                "description": (
                    "Penerbitan Surat Izin Praktik bagi tenaga medis dan tenaga kesehatan yang "
                    "berpraktik di Kota Tanjungpinang."
                ),
                "time_limit": (5, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Surat Izin Praktik (SIP) elektronik",
                "channel": "both",
                "decree_number": "500.16/010/DPMPTSP/2025",
                "decree_date": "2025-01-21",
                "requirements": [
                    ("KTP-el", "", True, True),
                    ("Surat Tanda Registrasi (STR) yang berlaku", "", True, True),
                    ("Surat keterangan dari fasilitas pelayanan kesehatan", "", True, True),
                    ("Pas foto 4x6 latar merah", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan di gerai DPMPTSP atau secara daring.",
                    "Petugas memverifikasi berkas.",
                    "Unduh SIP yang ditandatangani secara elektronik.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Listrik
    {
        "slug": "pln-tanjungpinang",
        "short_name": "PLN UP3 Tanjungpinang",
        "name": "PT PLN (Persero) Unit Pelaksana Pelayanan Pelanggan Tanjungpinang",
        "kind": "state_company",
        "description": (
            "Unit PT PLN (Persero) yang melayani pelanggan listrik di Pulau Bintan dan sekitarnya. "
            "Gerai di MPP menerima permohonan pasang baru, tambah daya dan balik nama, yang juga "
            "dapat diajukan melalui aplikasi PLN Mobile."
        ),
        "website": "https://web.pln.co.id",
        "malls": {"tanjungpinang": "Lantai 2, Gerai 14", "bintan": "Lantai 1, Zona F"},
        "counters": 1,
        "services": [
            {
                "code": "PASANG-BARU",
                "name": "Penyambungan Baru Listrik",
                "description": (
                    "Pemasangan sambungan listrik baru untuk rumah tangga atau usaha. Biaya yang "
                    "tercantum adalah biaya penyambungan daya 1.300 VA; daya lain dihitung per VA."
                ),
                "time_limit": (5, "working_days"),
                "fee": 1218000,
                "fee_legal_basis": (
                    "Peraturan Menteri ESDM Nomor 28 Tahun 2016 tentang Tarif Tenaga Listrik "
                    "yang Disediakan oleh PT PLN (Persero) beserta perubahannya"
                ),
                "output_product": "Sambungan listrik, kWh meter dan ID pelanggan",
                "channel": "both",
                "decree_number": "0012.K/UP3-TPI/2025",
                "decree_date": "2025-01-07",
                "requirements": [
                    ("KTP-el pemohon", "", True, True),
                    ("Alamat lengkap dan titik lokasi", "", False, True),
                    (
                        "Sertifikat Laik Operasi (SLO) instalasi",
                        "Diterbitkan lembaga inspeksi teknik terakreditasi",
                        True,
                        True,
                    ),
                    ("NIB atau NPWP", "Untuk pelanggan badan usaha", True, False),
                ],
                "steps": [
                    "Ajukan permohonan di aplikasi PLN Mobile atau di gerai PLN.",
                    "Bayar biaya penyambungan sesuai tagihan.",
                    "Siapkan instalasi rumah dan SLO.",
                    "Petugas PLN memasang kWh meter dan menyalakan listrik.",
                ],
                "complaint_channel": (
                    "Sampaikan pengaduan melalui aplikasi PLN Mobile, Contact Center PLN 123, "
                    "meja pengaduan MPP, atau SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
                ),
            },
            {
                "code": "TAMBAH-DAYA",
                "name": "Perubahan Daya (Tambah Daya)",
                "description": (
                    "Penambahan daya listrik pelanggan. Biaya yang tercantum adalah contoh tambah "
                    "daya dari 1.300 VA menjadi 2.200 VA."
                ),
                "time_limit": (5, "working_days"),
                "fee": 843300,
                "fee_legal_basis": (
                    "Peraturan Menteri ESDM Nomor 28 Tahun 2016 tentang Tarif Tenaga Listrik "
                    "yang Disediakan oleh PT PLN (Persero) beserta perubahannya"
                ),
                "output_product": "Daya tersambung baru",
                "channel": "both",
                "decree_number": "0013.K/UP3-TPI/2025",
                "decree_date": "2025-01-07",
                "requirements": [
                    ("KTP-el pemohon", "", True, True),
                    ("ID pelanggan", "", False, True),
                    ("Sertifikat Laik Operasi (SLO) instalasi", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan di aplikasi PLN Mobile atau di gerai PLN.",
                    "Bayar biaya tambah daya.",
                    "Petugas PLN mengganti pembatas atau kWh meter.",
                ],
            },
            {
                "code": "BALIK-NAMA",
                "name": "Balik Nama Pelanggan",
                "description": (
                    "Perubahan nama pelanggan pada rekening listrik, misalnya setelah jual beli "
                    "rumah."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Data pelanggan atas nama baru",
                "channel": "both",
                "decree_number": "0014.K/UP3-TPI/2025",
                "decree_date": "2025-01-07",
                "requirements": [
                    ("KTP-el pemilik baru", "", True, True),
                    ("ID pelanggan", "", False, True),
                    ("Bukti kepemilikan bangunan", "Sertipikat, AJB atau surat sewa", True, True),
                ],
                "steps": [
                    "Ajukan permohonan di gerai PLN atau aplikasi PLN Mobile.",
                    "Serahkan dokumen persyaratan.",
                    "Petugas memperbarui data pelanggan.",
                ],
            },
        ],
    },
    {
        "slug": "pln-batam",
        "short_name": "PLN Batam",
        "name": "PT PLN Batam",
        "kind": "state_company",
        "description": (
            "Anak perusahaan PT PLN (Persero) yang menyediakan tenaga listrik di Kota Batam "
            "dengan tarif yang ditetapkan Pemerintah Provinsi Kepulauan Riau. Gerai di MPP Batam "
            "melayani pasang baru dan tambah daya."
        ),
        "website": "https://www.plnbatam.com",
        "malls": {"batam": "Lantai 1, Zona F"},
        "counters": 2,
        "services": [
            {
                "code": "PASANG-BARU",
                "name": "Penyambungan Baru Listrik",
                "description": (
                    "Pemasangan sambungan listrik baru di Kota Batam. Biaya yang tercantum adalah "
                    "biaya penyambungan daya 1.300 VA."
                ),
                "time_limit": (5, "working_days"),
                "fee": 1300000,
                "fee_legal_basis": (
                    "Peraturan Gubernur Kepulauan Riau tentang Tarif Tenaga Listrik yang "
                    "Disediakan oleh PT PLN Batam"
                ),
                "output_product": "Sambungan listrik, kWh meter dan ID pelanggan",
                "channel": "both",
                "decree_number": "SK-0031/DIR-PLNBTM/2025",
                "decree_date": "2025-02-12",
                "requirements": [
                    ("KTP-el pemohon", "", True, True),
                    ("Sertifikat Laik Operasi (SLO) instalasi", "", True, True),
                    ("Denah lokasi", "", True, False),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai PLN Batam.",
                    "Serahkan berkas dan terima tagihan biaya penyambungan.",
                    "Bayar biaya penyambungan.",
                    "Petugas memasang kWh meter dan menyalakan listrik.",
                ],
            },
            {
                "code": "TAMBAH-DAYA",
                "name": "Perubahan Daya (Tambah Daya)",
                "description": (
                    "Penambahan daya listrik pelanggan PLN Batam. Biaya yang tercantum adalah "
                    "contoh tambah daya dari 1.300 VA menjadi 2.200 VA."
                ),
                "time_limit": (5, "working_days"),
                "fee": 900000,
                "fee_legal_basis": (
                    "Peraturan Gubernur Kepulauan Riau tentang Tarif Tenaga Listrik yang "
                    "Disediakan oleh PT PLN Batam"
                ),
                "output_product": "Daya tersambung baru",
                "channel": "both",
                "decree_number": "SK-0032/DIR-PLNBTM/2025",
                "decree_date": "2025-02-12",
                "requirements": [
                    ("KTP-el pemohon", "", True, True),
                    ("ID pelanggan", "", False, True),
                    ("Sertifikat Laik Operasi (SLO) instalasi", "", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai PLN Batam.",
                    "Serahkan berkas dan bayar biaya tambah daya.",
                    "Petugas mengganti pembatas atau kWh meter.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Bank, Taspen
    {
        "slug": "bank-riau-kepri-syariah",
        "short_name": "BRK Syariah",
        "name": "PT Bank Riau Kepri Syariah (Perseroda)",
        "kind": "bank",
        "description": (
            "Bank pembangunan daerah milik pemerintah daerah di Riau dan Kepulauan Riau yang "
            "beroperasi dengan prinsip syariah. Gerai di MPP melayani pembukaan rekening, "
            "kartu ATM dan pembayaran pajak serta retribusi daerah."
        ),
        "website": "https://www.brksyariah.co.id",
        "malls": {
            "batam": "Lantai 1, Zona E",
            "tanjungpinang": "Lantai 1, Gerai 11",
            "bintan": "Lantai 1, Zona E",
        },
        "counters": 2,
        "services": [
            {
                "code": "BUKA-REKENING",
                "name": "Pembukaan Rekening Tabungan",
                "description": (
                    "Pembukaan rekening tabungan perorangan dengan akad wadiah atau mudharabah, "
                    "termasuk kartu ATM dan aktivasi mobile banking."
                ),
                "time_limit": (30, "minutes"),
                "fee": 0,
                "fee_legal_basis": (
                    "Tidak dipungut biaya; setoran awal sesuai ketentuan produk tabungan"
                ),
                "output_product": "Buku tabungan, kartu ATM dan akun mobile banking",
                "channel": "counter",
                "decree_number": "SK-017/DIR/BRKS/I/2025",
                "decree_date": "2025-01-16",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("NPWP", "Bila ada", True, False),
                    ("Nomor telepon dan surel aktif", "", False, True),
                    ("Setoran awal", "Sesuai jenis tabungan", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai BRK Syariah.",
                    "Isi formulir pembukaan rekening dan serahkan KTP-el.",
                    "Lakukan setoran awal.",
                    "Terima buku tabungan dan kartu ATM, lalu aktifkan mobile banking.",
                ],
            },
            {
                "code": "KARTU-ATM-GANTI",
                "name": "Penggantian Kartu ATM Hilang atau Rusak",
                "description": (
                    "Penerbitan kartu ATM pengganti karena hilang, rusak atau terblokir."
                ),
                "time_limit": (15, "minutes"),
                "fee": 15000,
                "fee_legal_basis": (
                    "Ketentuan tarif layanan PT Bank Riau Kepri Syariah (Perseroda)"
                ),
                "output_product": "Kartu ATM baru",
                "channel": "counter",
                "decree_number": "SK-018/DIR/BRKS/I/2025",
                "decree_date": "2025-01-16",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Buku tabungan", "", True, True),
                    (
                        "Surat keterangan kehilangan dari kepolisian",
                        "Khusus kartu hilang",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai BRK Syariah.",
                    "Serahkan KTP-el dan buku tabungan.",
                    "Bayar biaya penggantian kartu.",
                    "Terima kartu ATM baru dan buat PIN.",
                ],
            },
            {
                "code": "BAYAR-PAJAK-DAERAH",
                "name": "Pembayaran Pajak dan Retribusi Daerah",
                "description": (
                    "Penerimaan pembayaran PBB-P2, BPHTB, pajak daerah lain dan retribusi daerah "
                    "menggunakan kode bayar dari pemerintah daerah."
                ),
                "time_limit": (10, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Bukti setor pajak atau retribusi daerah yang tervalidasi",
                "channel": "counter",
                "decree_number": "SK-019/DIR/BRKS/I/2025",
                "decree_date": "2025-01-16",
                "requirements": [
                    ("Kode bayar atau SPPT/SKRD", "", False, True),
                    ("Uang tunai atau kartu debit", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean teller di gerai BRK Syariah.",
                    "Serahkan kode bayar atau SPPT kepada teller.",
                    "Lakukan pembayaran.",
                    "Terima bukti setor yang tervalidasi.",
                ],
            },
            {
                "code": "TABUNGAN-HAJI",
                "name": "Pembukaan Tabungan Haji",
                "description": (
                    "Pembukaan tabungan haji sebagai persiapan setoran awal BPIH Rp25.000.000 "
                    "untuk mendapatkan nomor porsi haji."
                ),
                "time_limit": (30, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Buku tabungan haji",
                "channel": "counter",
                "decree_number": "SK-020/DIR/BRKS/I/2025",
                "decree_date": "2025-01-16",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Setoran awal tabungan", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai BRK Syariah.",
                    "Isi formulir dan serahkan dokumen.",
                    "Lakukan setoran awal tabungan.",
                    "Terima buku tabungan haji.",
                ],
            },
        ],
    },
    {
        "slug": "taspen",
        "short_name": "Taspen",
        "name": "PT Taspen (Persero) Kantor Cabang Batam",
        "kind": "state_company",
        "description": (
            "BUMN penyelenggara program tabungan hari tua dan pensiun bagi ASN dan pejabat "
            "negara. Gerai di MPP melayani klaim, otentikasi peserta pensiun dan perubahan data."
        ),
        "website": "https://www.taspen.co.id",
        "malls": {"batam": "Lantai 2, Zona D", "tanjungpinang": "Lantai 2, Gerai 15"},
        "counters": 1,
        "services": [
            {
                "code": "KLAIM-THT-PENSIUN",
                "name": "Klaim Tabungan Hari Tua dan Pensiun Pertama",
                "description": (
                    "Pembayaran Tabungan Hari Tua (THT) dan pensiun pertama bagi ASN yang "
                    "memasuki masa pensiun."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Pembayaran THT dan pensiun ke rekening peserta",
                "channel": "both",
                "decree_number": "KEP-09/KC-BTM/2025",
                "decree_date": "2025-01-27",
                "requirements": [
                    ("SK pensiun", "", True, True),
                    ("Surat Keterangan Penghentian Pembayaran (SKPP)", "", True, True),
                    ("KTP-el dan KK", "", True, True),
                    ("Buku tabungan", "Atas nama peserta", True, True),
                    ("Pas foto 3x4", "", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Taspen.",
                    "Serahkan dokumen klaim.",
                    "Ikuti verifikasi wajah atau sidik jari.",
                    "Terima tanda terima; dana ditransfer ke rekening peserta.",
                ],
                "complaint_channel": (
                    "Hubungi Contact Center Taspen 1500919, meja pengaduan MPP, atau SP4N-LAPOR! "
                    "(www.lapor.go.id, SMS 1708)."
                ),
            },
            {
                "code": "OTENTIKASI",
                "name": "Otentikasi Peserta Pensiun",
                "description": (
                    "Verifikasi keberadaan peserta pensiun agar pembayaran pensiun bulanan tetap "
                    "berjalan; dapat juga dilakukan sendiri melalui aplikasi."
                ),
                "time_limit": (10, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Status otentikasi peserta yang diperbarui",
                "channel": "both",
                "decree_number": "KEP-10/KC-BTM/2025",
                "decree_date": "2025-01-27",
                "requirements": [
                    ("KTP-el asli", "", False, True),
                    ("Kartu peserta Taspen atau nomor pensiun", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Taspen.",
                    "Tunjukkan KTP-el dan nomor pensiun.",
                    "Ikuti verifikasi wajah.",
                ],
            },
            {
                "code": "PERUBAHAN-DATA",
                "name": "Perubahan Data Peserta",
                "description": (
                    "Perubahan data peserta seperti alamat, rekening bank atau data keluarga "
                    "penerima pensiun janda/duda."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Data peserta yang diperbarui",
                "channel": "counter",
                "decree_number": "KEP-11/KC-BTM/2025",
                "decree_date": "2025-01-27",
                "requirements": [
                    ("KTP-el asli", "", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Dokumen pendukung perubahan", "Buku tabungan atau akta", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Taspen.",
                    "Serahkan dokumen pendukung perubahan.",
                    "Petugas memperbarui data peserta.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ Agama, peradilan
    {
        "slug": "kemenag-batam",
        "short_name": "Kemenag Batam",
        "name": "Kantor Kementerian Agama Kota Batam",
        "kind": "national",
        "description": (
            "Instansi vertikal Kementerian Agama di Kota Batam. Gerai di MPP melayani "
            "pendaftaran haji reguler, informasi porsi haji dan legalisir dokumen keagamaan."
        ),
        "website": "https://kemenag.go.id",
        "malls": {"batam": "Lantai 2, Zona D"},
        "counters": 2,
        "services": [
            {
                "code": "HAJI-DAFTAR",
                "name": "Pendaftaran Haji Reguler",
                "description": (
                    "Pendaftaran jemaah haji reguler setelah setoran awal BPIH Rp25.000.000 ke "
                    "bank penerima setoran; setoran dibayar di bank, bukan di gerai."
                ),
                "time_limit": (1, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Bukti pendaftaran haji dan nomor porsi",
                "channel": "counter",
                "decree_number": "B-0215/Kk.32.04/1/HJ.00/01/2025",
                "decree_date": "2025-01-23",
                "requirements": [
                    ("KTP-el asli", "Berdomisili di Kota Batam", True, True),
                    ("Kartu Keluarga (KK)", "", True, True),
                    ("Akta kelahiran / ijazah / buku nikah", "", True, True),
                    ("Bukti setoran awal BPIH", "", True, True),
                    ("Pas foto 3x4 latar putih", "Wajah tampak 80 persen", True, True),
                    ("Sidik jari dan foto", "Direkam di gerai", False, True),
                ],
                "steps": [
                    "Buka tabungan haji dan lakukan setoran awal BPIH di bank penerima setoran.",
                    "Ambil nomor antrean di gerai Kemenag.",
                    "Serahkan dokumen dan ikuti perekaman sidik jari dan foto.",
                    "Terima bukti pendaftaran haji dengan nomor porsi.",
                ],
            },
            {
                "code": "INFO-PORSI-HAJI",
                "name": "Informasi Estimasi Keberangkatan dan Status Porsi Haji",
                "description": (
                    "Informasi nomor porsi, perkiraan tahun keberangkatan dan status pelunasan "
                    "jemaah haji."
                ),
                "time_limit": (10, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Informasi status porsi haji",
                "channel": "both",
                "decree_number": "B-0216/Kk.32.04/1/HJ.00/01/2025",
                "decree_date": "2025-01-23",
                "requirements": [
                    ("Nomor porsi haji", "", False, True),
                    ("KTP-el", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Kemenag.",
                    "Sebutkan nomor porsi haji.",
                    "Terima informasi status porsi dan estimasi keberangkatan.",
                ],
            },
            {
                "code": "LEGALISIR-NIKAH",
                "name": "Legalisir Buku Nikah",
                "description": (
                    "Pengesahan fotokopi buku nikah yang diterbitkan KUA, misalnya untuk "
                    "keperluan paspor, kepegawaian atau perbankan."
                ),
                "time_limit": (60, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Fotokopi buku nikah yang dilegalisir",
                "channel": "counter",
                "decree_number": "B-0217/Kk.32.04/1/HM.00/01/2025",
                "decree_date": "2025-01-23",
                "requirements": [
                    ("Buku nikah asli", "", True, True),
                    ("Fotokopi buku nikah", "Paling banyak 5 lembar", True, True),
                    ("KTP-el pemohon", "", True, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Kemenag.",
                    "Serahkan buku nikah asli dan fotokopinya.",
                    "Petugas mencocokkan dengan register nikah.",
                    "Terima fotokopi yang telah dilegalisir.",
                ],
            },
        ],
    },
    {
        "slug": "pa-batam",
        "short_name": "Pengadilan Agama Batam",
        "name": "Pengadilan Agama Batam",
        "kind": "national",
        "description": (
            "Pengadilan tingkat pertama di lingkungan peradilan agama, di bawah Mahkamah Agung. "
            "Gerai di MPP melayani informasi dan pendaftaran perkara, pengambilan akta cerai, "
            "serta Pos Bantuan Hukum."
        ),
        "website": "https://www.pa-batam.go.id",
        "malls": {"batam": "Lantai 2, Zona E"},
        "counters": 2,
        "services": [
            {
                "code": "PERKARA-DAFTAR",
                "name": "Pendaftaran Perkara Gugatan atau Permohonan (e-Court)",
                "description": (
                    "Pendaftaran perkara perceraian, dispensasi kawin, isbat nikah dan lain-lain, "
                    "secara langsung maupun melalui e-Court. Panjar biaya perkara ditaksir "
                    "tersendiri; biaya yang tercantum adalah PNBP pendaftaran."
                ),
                "time_limit": (60, "minutes"),
                "fee": 30000,
                "fee_legal_basis": _PNBP_MA,
                "output_product": "Nomor perkara dan SKUM",
                "channel": "both",
                "decree_number": "W32-A1/0123/HK.05/I/2025",
                "decree_date": "2025-01-29",
                "requirements": [
                    ("Surat gugatan atau permohonan", "", True, True),
                    ("KTP-el penggugat/pemohon", "", True, True),
                    ("Buku nikah asli", "Untuk perkara perceraian", True, False),
                    ("Kartu Keluarga (KK)", "", True, False),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Pengadilan Agama.",
                    "Serahkan surat gugatan atau permohonan beserta bukti.",
                    "Terima taksiran panjar biaya (SKUM) dan bayar melalui bank.",
                    "Terima nomor perkara dan informasi jadwal sidang.",
                ],
            },
            {
                "code": "AKTA-CERAI",
                "name": "Pengambilan Akta Cerai",
                "description": (
                    "Penyerahan akta cerai kepada para pihak setelah putusan berkekuatan hukum "
                    "tetap."
                ),
                "time_limit": (30, "minutes"),
                "fee": 10000,
                "fee_legal_basis": _PNBP_MA,
                "output_product": "Akta cerai",
                "channel": "counter",
                "decree_number": "W32-A1/0124/HK.05/I/2025",
                "decree_date": "2025-01-29",
                "requirements": [
                    ("KTP-el pihak berperkara", "", True, True),
                    ("Nomor perkara", "", False, True),
                    ("Surat kuasa", "Bila diwakilkan", True, False),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Pengadilan Agama.",
                    "Sebutkan nomor perkara dan tunjukkan KTP-el.",
                    "Bayar PNBP akta cerai.",
                    "Terima akta cerai.",
                ],
            },
            {
                "code": "POSBAKUM",
                "name": "Pos Bantuan Hukum (Posbakum)",
                "description": (
                    "Layanan informasi, konsultasi dan pembuatan surat gugatan bagi masyarakat "
                    "yang tidak mampu membayar jasa advokat."
                ),
                "time_limit": (60, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Konsultasi hukum dan draf surat gugatan/permohonan",
                "channel": "counter",
                "decree_number": "W32-A1/0125/HK.05/I/2025",
                "decree_date": "2025-01-29",
                "requirements": [
                    ("KTP-el", "", True, True),
                    (
                        "Surat keterangan tidak mampu",
                        "Dari kelurahan, atau kartu bantuan sosial",
                        True,
                        False,
                    ),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Pengadilan Agama.",
                    "Sampaikan permasalahan kepada petugas Posbakum.",
                    "Terima konsultasi dan bantuan penyusunan surat gugatan.",
                ],
            },
        ],
    },
    {
        "slug": "kejari-batam",
        "short_name": "Kejari Batam",
        "name": "Kejaksaan Negeri Batam",
        "kind": "national",
        "description": (
            "Kejaksaan Negeri Batam melaksanakan putusan perkara pelanggaran lalu lintas. Gerai "
            "di MPP melayani pengambilan barang bukti tilang dan pelayanan hukum gratis."
        ),
        "website": "https://kejaksaan.go.id",
        "malls": {"batam": "Lantai 2, Zona E"},
        "counters": 1,
        "services": [
            {
                "code": "TILANG-AMBIL",
                "name": "Pengambilan Barang Bukti Tilang",
                "description": (
                    "Penyerahan SIM, STNK atau kendaraan yang disita dalam perkara tilang setelah "
                    "denda dibayar sesuai putusan pengadilan."
                ),
                "time_limit": (15, "minutes"),
                "fee": 0,
                "fee_legal_basis": (
                    "Tidak dipungut biaya layanan; denda dan biaya perkara dibayar sesuai putusan "
                    "(PERMA Nomor 12 Tahun 2016)"
                ),
                "output_product": "Barang bukti tilang (SIM/STNK/kendaraan)",
                "channel": "both",
                "decree_number": "KEP-011/L.10.11/Dek.3/01/2025",
                "decree_date": "2025-01-31",
                "requirements": [
                    ("Surat tilang", "Atau nomor register tilang", True, True),
                    ("Bukti pembayaran denda", "", True, True),
                    ("KTP-el", "", True, True),
                ],
                "steps": [
                    "Cek putusan dan denda di laman tilang Kejaksaan.",
                    "Bayar denda melalui bank atau kanal pembayaran yang ditunjuk.",
                    "Ambil nomor antrean di gerai Kejaksaan.",
                    "Tunjukkan bukti bayar dan terima barang bukti.",
                ],
            },
            {
                "code": "PHG",
                "name": "Pelayanan Hukum Gratis",
                "description": (
                    "Konsultasi hukum perdata dan tata usaha negara oleh Jaksa Pengacara Negara "
                    "bagi masyarakat umum."
                ),
                "time_limit": (60, "minutes"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Pendapat dan saran hukum",
                "channel": "counter",
                "decree_number": "KEP-012/L.10.11/Dek.3/01/2025",
                "decree_date": "2025-01-31",
                "requirements": [
                    ("KTP-el", "", True, True),
                    ("Dokumen terkait permasalahan", "", True, False),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Kejaksaan.",
                    "Sampaikan permasalahan hukum kepada jaksa.",
                    "Terima pendapat dan saran hukum.",
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ BP Batam, kesehatan
    {
        "slug": "bp-batam",
        "short_name": "BP Batam",
        "name": "Badan Pengusahaan Kawasan Perdagangan Bebas dan Pelabuhan Bebas Batam",
        "kind": "national",
        "description": (
            "Badan Pengusahaan Batam memegang Hak Pengelolaan atas sebagian besar lahan di Pulau "
            "Batam. Gerai di MPP melayani layanan lahan seperti Izin Peralihan Hak, fatwa "
            "planologi dan perpanjangan alokasi lahan."
        ),
        "website": "https://bpbatam.go.id",
        "malls": {"batam": "Lantai 2, Zona F"},
        "counters": 3,
        "services": [
            {
                "code": "IPH",
                "name": "Izin Peralihan Hak atas Alokasi Lahan",
                "description": (
                    "Persetujuan BP Batam atas peralihan hak tanah di atas Hak Pengelolaan, "
                    "sebagai syarat pembuatan akta PPAT dan pencatatan di Kantor Pertanahan."
                ),
                "time_limit": (5, "working_days"),
                "fee": 0,
                "fee_legal_basis": (
                    "Layanan di gerai tidak dipungut biaya; kewajiban UWT yang terutang dibayar "
                    "sesuai Peraturan Kepala BP Batam tentang tarif layanan lahan"
                ),
                "output_product": "Izin Peralihan Hak (IPH)",
                "channel": "online",
                "decree_number": "KEP-45/A1/KA/I/2025",
                "decree_date": "2025-01-24",
                "requirements": [
                    ("Sertipikat asli", "", True, True),
                    ("KTP-el penjual dan pembeli", "", True, True),
                    ("Bukti lunas UWT", "", True, True),
                    ("Perjanjian pengikatan jual beli", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan melalui layanan lahan daring BP Batam atau di gerai.",
                    "Petugas memverifikasi berkas dan status lahan.",
                    "Lunasi kewajiban UWT bila ada.",
                    "Unduh atau ambil IPH.",
                ],
            },
            {
                "code": "FATWA-PLANOLOGI",
                "name": "Penerbitan Fatwa Planologi",
                "description": (
                    "Penetapan peruntukan dan ketentuan teknis pemanfaatan lahan sebagai dasar "
                    "perencanaan bangunan dan PBG."
                ),
                "time_limit": (10, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Fatwa planologi",
                "channel": "online",
                "decree_number": "KEP-46/A1/KA/I/2025",
                "decree_date": "2025-01-24",
                "requirements": [
                    ("Surat permohonan", "", True, True),
                    ("Bukti alokasi lahan", "", True, True),
                    ("Gambar rencana tapak", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan secara daring atau di gerai BP Batam.",
                    "Petugas memeriksa kesesuaian dengan rencana tata ruang.",
                    "Unduh fatwa planologi.",
                ],
            },
            {
                "code": "PERPANJANGAN-LAHAN",
                "name": "Perpanjangan Alokasi Lahan",
                "description": (
                    "Perpanjangan jangka waktu alokasi lahan yang akan berakhir, dengan "
                    "pembayaran UWT untuk jangka waktu perpanjangan."
                ),
                "time_limit": (14, "working_days"),
                "fee": 0,
                "fee_legal_basis": (
                    "Layanan di gerai tidak dipungut biaya; UWT perpanjangan dihitung berdasarkan "
                    "luas, lokasi dan peruntukan lahan"
                ),
                "output_product": "Keputusan perpanjangan alokasi lahan",
                "channel": "both",
                "decree_number": "KEP-47/A1/KA/I/2025",
                "decree_date": "2025-01-24",
                "requirements": [
                    ("Sertipikat asli", "", True, True),
                    ("KTP-el pemegang hak", "", True, True),
                    ("Bukti pembayaran PBB tahun terakhir", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan secara daring atau di gerai BP Batam.",
                    "Terima faktur UWT perpanjangan.",
                    "Bayar UWT melalui virtual account.",
                    "Terima keputusan perpanjangan alokasi lahan.",
                ],
            },
        ],
    },
    {
        "slug": "dinkes-batam",
        "short_name": "Dinkes Batam",
        "name": "Dinas Kesehatan Kota Batam",
        "kind": "regency",
        "description": (
            "Perangkat daerah Pemerintah Kota Batam di bidang kesehatan. Gerai di MPP melayani "
            "surat keterangan sehat, sertifikat laik higiene sanitasi, dan sertifikat produksi "
            "pangan industri rumah tangga."
        ),
        "website": "",
        "malls": {"batam": "Lantai 1, Zona C"},
        "counters": 2,
        "services": [
            {
                "code": "SURAT-SEHAT",
                "name": "Penerbitan Surat Keterangan Sehat",
                "description": (
                    "Pemeriksaan kesehatan umum oleh dokter dan penerbitan surat keterangan "
                    "sehat untuk keperluan melamar kerja, sekolah atau administrasi lain."
                ),
                "time_limit": (30, "minutes"),
                "fee": 25000,
                "fee_legal_basis": (
                    "Peraturan Daerah Kota Batam tentang Pajak Daerah dan Retribusi Daerah "
                    "(retribusi pelayanan kesehatan)"
                ),
                "output_product": "Surat keterangan sehat",
                "channel": "counter",
                "decree_number": "400.7/019/DINKES/I/2025",
                "decree_date": "2025-01-15",
                "requirements": [
                    ("KTP-el", "", True, True),
                    ("Pas foto 3x4", "2 lembar", True, False),
                    ("Pemeriksaan fisik oleh dokter", "", False, True),
                ],
                "steps": [
                    "Ambil nomor antrean di gerai Dinas Kesehatan.",
                    "Bayar retribusi di kasir.",
                    "Ikuti pemeriksaan tekanan darah, tinggi dan berat badan oleh dokter.",
                    "Terima surat keterangan sehat.",
                ],
            },
            {
                "code": "SLHS",
                "name": "Sertifikat Laik Higiene Sanitasi (SLHS)",
                "description": (
                    "Penerbitan sertifikat bagi usaha jasa boga, rumah makan dan depot air minum "
                    "setelah inspeksi kesehatan lingkungan dan uji laboratorium."
                ),
                "time_limit": (14, "working_days"),
                "fee": 0,
                "fee_legal_basis": (
                    "Penerbitan sertifikat tidak dipungut biaya; biaya uji laboratorium dibayar "
                    "kepada laboratorium"
                ),
                "output_product": "Sertifikat Laik Higiene Sanitasi",
                "channel": "both",
                "decree_number": "400.7/020/DINKES/I/2025",
                "decree_date": "2025-01-15",
                "requirements": [
                    ("Nomor Induk Berusaha (NIB)", "", True, True),
                    ("KTP-el penanggung jawab", "", True, True),
                    ("Hasil uji laboratorium sampel pangan atau air", "", True, True),
                    (
                        "Sertifikat pelatihan keamanan pangan penjamah makanan",
                        "",
                        True,
                        True,
                    ),
                ],
                "steps": [
                    "Ajukan permohonan melalui OSS atau di gerai Dinas Kesehatan.",
                    "Ikuti inspeksi kesehatan lingkungan oleh petugas.",
                    "Serahkan hasil uji laboratorium.",
                    "Terima SLHS.",
                ],
            },
            {
                "code": "SPP-IRT",
                "name": "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)",
                "description": (
                    "Pendampingan penerbitan SPP-IRT melalui OSS bagi usaha pangan olahan rumahan "
                    "seperti kue, keripik dan sambal."
                ),
                "time_limit": (14, "working_days"),
                "fee": 0,
                "fee_legal_basis": "",
                "output_product": "Nomor P-IRT dan SPP-IRT",
                "channel": "both",
                "decree_number": "400.7/021/DINKES/I/2025",
                "decree_date": "2025-01-15",
                "requirements": [
                    ("Nomor Induk Berusaha (NIB)", "", True, True),
                    ("Rancangan label pangan", "", True, True),
                    ("Sertifikat penyuluhan keamanan pangan", "", True, True),
                ],
                "steps": [
                    "Ajukan permohonan melalui OSS dengan pendampingan di gerai.",
                    "Ikuti penyuluhan keamanan pangan bila belum memiliki sertifikat.",
                    "Petugas memeriksa sarana produksi.",
                    "Unduh SPP-IRT dari OSS.",
                ],
            },
        ],
    },
]

# ------------------------------------------------------------------ English
# The catalogue in English, shown under /en/ (the `*_en` columns; services/i18n.py), keyed
# by the Indonesian text: names and descriptions of agencies and services, output products,
# complaint channels, requirements (names and descriptions) and procedure steps. A text used
# by several services is translated once. Every Indonesian text above needs its entry here
# (tests/services/test_english.py checks). Legal bases, decree numbers, addresses and zones
# stay Indonesian.
ENGLISH = {
    # shared
    DEFAULT_COMPLAINT_CHANNEL: (
        "Send complaints, suggestions and feedback through the MPP complaints desk, the "
        "suggestion box on every floor, the Complaints menu of this portal, or SP4N-LAPOR! "
        "(www.lapor.go.id, SMS 1708). Complaints are answered within 5 working days. If you are "
        "not satisfied with how yours was settled, you may report to the Ombudsman of the "
        "Republic of Indonesia, Kepulauan Riau office (www.ombudsman.go.id, phone 137)."
    ),
    # Imigrasi Batam
    "Kantor Imigrasi Kelas I Khusus TPI Batam": (
        "Batam Class I Special Immigration Office (TPI)"
    ),
    (
        "Unit pelaksana teknis Direktorat Jenderal Imigrasi, Kementerian Imigrasi dan "
        "Pemasyarakatan, yang menerbitkan dokumen perjalanan Republik Indonesia bagi warga Kota "
        "Batam dan sekitarnya. Gerai di MPP melayani permohonan paspor WNI sesuai jadwal "
        "kedatangan yang dipilih di aplikasi M-Paspor."
    ): (
        "Technical unit of the Directorate General of Immigration, Ministry of Immigration and "
        "Corrections, issuing Indonesian travel documents to residents of Batam and its "
        "surroundings. The booth in the MPP takes passport applications of Indonesian citizens "
        "at the arrival times chosen in the M-Paspor app."
    ),
    "Penerbitan Paspor Biasa Non-Elektronik Baru": "New ordinary passport (non-electronic)",
    (
        "Penerbitan paspor biasa 48 halaman untuk WNI dewasa yang belum pernah memiliki paspor. "
        "Permohonan didaftarkan dan dibayar lebih dahulu melalui aplikasi M-Paspor."
    ): (
        "Issue of a 48-page ordinary passport to an adult Indonesian citizen who has never had "
        "a passport. The application is registered and paid beforehand in the M-Paspor app."
    ),
    "Paspor biasa non-elektronik 48 halaman": "48-page ordinary non-electronic passport",
    _COMPLAINT_IMIGRASI: (
        "Complain to the complaints officer of the Immigration Office or at the MPP complaints "
        "desk, through SP4N-LAPOR! (www.lapor.go.id, SMS 1708), or on the official social media "
        "accounts of the Directorate General of Immigration. Do not use middlemen (calo): every "
        "payment is made only with a SIMPONI billing code."
    ),
    "KTP-el asli": "Original electronic ID card (KTP-el)",
    "KTP-el dari daerah mana pun dapat dilayani": "A KTP-el from any region is accepted",
    "Kartu Keluarga (KK)": "Family card (Kartu Keluarga, KK)",
    "Akta kelahiran / ijazah / buku nikah / surat baptis": (
        "Birth certificate / school diploma / marriage book / baptism certificate"
    ),
    "Salah satu dokumen yang memuat nama, tempat dan tanggal lahir, serta nama orang tua": (
        "One document showing your name, place and date of birth, and your parents' names"
    ),
    "Bukti pendaftaran M-Paspor": "Proof of registration in M-Paspor",
    "Kode booking jadwal kedatangan dan bukti bayar PNBP": (
        "Booking code of the arrival time and proof of payment of the PNBP fee"
    ),
    "Foto dan sidik jari": "Photo and fingerprints",
    "Diambil di loket; pemohon tidak perlu membawa pas foto": (
        "Taken at the counter; you do not need to bring passport photos"
    ),
    (
        "Daftar di aplikasi M-Paspor, pilih jadwal kedatangan di gerai Imigrasi MPP Batam, lalu "
        "bayar PNBP dengan kode billing SIMPONI."
    ): (
        "Register in the M-Paspor app, choose an arrival time at the Immigration booth of MPP "
        "Batam, then pay the PNBP fee with the SIMPONI billing code."
    ),
    "Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi lantai 2.": (
        "Come at your booked time and take a queue number at the Immigration booth on the 2nd "
        "floor."
    ),
    "Serahkan dokumen asli kepada petugas untuk diverifikasi.": (
        "Hand the original documents to the officer to be checked."
    ),
    "Ikuti wawancara, pengambilan foto dan sidik jari.": (
        "Attend the interview and have your photo and fingerprints taken."
    ),
    "Ambil paspor di gerai pada hari kerja keempat dengan membawa tanda terima.": (
        "Collect the passport at the booth on the fourth working day, bringing your receipt."
    ),
    "Penerbitan Paspor Biasa Elektronik Baru": "New ordinary electronic passport",
    (
        "Penerbitan paspor elektronik (e-paspor) 48 halaman dengan cip berisi data biometrik, "
        "yang memudahkan pemeriksaan di autogate dan pengajuan visa."
    ): (
        "Issue of a 48-page electronic passport (e-passport) with a chip holding biometric "
        "data, for faster checks at autogates and easier visa applications."
    ),
    "Paspor biasa elektronik 48 halaman": "48-page ordinary electronic passport",
    "Salah satu dokumen yang memuat nama, tempat dan tanggal lahir": (
        "One document showing your name, place and date of birth"
    ),
    "Paspor lama": "Old passport",
    "Bagi pemohon yang pernah memiliki paspor": "For applicants who have had a passport before",
    "Foto, sidik jari dan tanda tangan digital": "Photo, fingerprints and digital signature",
    "Diambil di loket": "Taken at the counter",
    (
        "Daftar di aplikasi M-Paspor dengan memilih jenis paspor elektronik, lalu bayar PNBP "
        "dengan kode billing SIMPONI."
    ): (
        "Register in the M-Paspor app choosing the electronic passport, then pay the PNBP fee "
        "with the SIMPONI billing code."
    ),
    "Serahkan dokumen asli untuk diverifikasi.": (
        "Hand in the original documents to be checked."
    ),
    "Ikuti wawancara serta perekaman foto, sidik jari dan tanda tangan.": (
        "Attend the interview and have your photo, fingerprints and signature recorded."
    ),
    "Ambil e-paspor di gerai dengan membawa tanda terima.": (
        "Collect the e-passport at the booth, bringing your receipt."
    ),
    "Penggantian Paspor Habis Masa Berlaku atau Halaman Penuh": (
        "Replacement of an expired or full passport"
    ),
    (
        "Penerbitan paspor pengganti bagi WNI yang paspornya habis masa berlaku, akan habis, "
        "atau halamannya penuh."
    ): (
        "Issue of a replacement passport to an Indonesian citizen whose passport has expired, "
        "is about to expire, or has no free pages left."
    ),
    "Paspor lama asli": "Original old passport",
    "Dokumen perubahan data": "Documents of the change of data",
    "Bila nama atau data lain berbeda dengan paspor lama, misalnya penetapan pengadilan": (
        "If your name or other data differ from the old passport, e.g. a court order"
    ),
    "Daftar penggantian paspor di aplikasi M-Paspor dan bayar PNBP.": (
        "Register the passport replacement in the M-Paspor app and pay the PNBP fee."
    ),
    "Datang sesuai jadwal dan ambil nomor antrean di gerai Imigrasi.": (
        "Come at your booked time and take a queue number at the Immigration booth."
    ),
    "Serahkan KTP-el dan paspor lama untuk diverifikasi.": (
        "Hand in your KTP-el and old passport to be checked."
    ),
    "Ikuti pengambilan foto dan sidik jari.": "Have your photo and fingerprints taken.",
    "Ambil paspor baru di gerai; paspor lama dikembalikan dalam keadaan dibatalkan.": (
        "Collect the new passport at the booth; the old one is given back cancelled."
    ),
    "Penggantian Paspor Hilang": "Replacement of a lost passport",
    (
        "Penerbitan paspor pengganti bagi WNI yang paspornya hilang, setelah pemeriksaan dan "
        "berita acara oleh petugas Imigrasi. Biaya terdiri atas PNBP paspor Rp350.000 dan beban "
        "biaya paspor hilang Rp1.000.000."
    ): (
        "Issue of a replacement passport to an Indonesian citizen whose passport was lost, "
        "after an examination and an official report by an immigration officer. The fee is the "
        "passport PNBP of Rp350,000 plus the lost-passport charge of Rp1,000,000."
    ),
    "Surat keterangan kehilangan dari kepolisian": "Police report of the loss",
    "Pemeriksaan dan berita acara": "Examination and official report",
    "Wawancara oleh petugas Imigrasi tentang kronologi kehilangan": (
        "Interview by an immigration officer on how the passport was lost"
    ),
    "Ambil nomor antrean di gerai Imigrasi dan sampaikan bahwa paspor hilang.": (
        "Take a queue number at the Immigration booth and say that your passport was lost."
    ),
    "Serahkan dokumen persyaratan dan surat keterangan kehilangan.": (
        "Hand in the required documents and the police report of the loss."
    ),
    "Ikuti pemeriksaan; petugas membuat berita acara pemeriksaan.": (
        "Attend the examination; the officer writes an official report of it."
    ),
    "Bayar PNBP dan beban biaya paspor hilang dengan kode billing SIMPONI.": (
        "Pay the PNBP fee and the lost-passport charge with the SIMPONI billing code."
    ),
    (
        "Ikuti pengambilan foto dan sidik jari, lalu ambil paspor sesuai tanggal pada tanda "
        "terima."
    ): (
        "Have your photo and fingerprints taken, then collect the passport on the date on your "
        "receipt."
    ),
    # Imigrasi Tanjungpinang
    "Kantor Imigrasi Kelas I TPI Tanjung Pinang": (
        "Tanjung Pinang Class I Immigration Office (TPI)"
    ),
    (
        "Kantor Imigrasi yang melayani penerbitan paspor bagi warga Kota Tanjungpinang dan "
        "pulau-pulau sekitarnya. Gerai di MPP menerima permohonan paspor dewasa dan anak sesuai "
        "jadwal M-Paspor."
    ): (
        "Immigration Office issuing passports to residents of Tanjungpinang and the surrounding "
        "islands. The booth in the MPP takes passport applications for adults and children at "
        "the times booked in M-Paspor."
    ),
    (
        "Penerbitan paspor biasa 48 halaman bagi WNI dewasa yang belum pernah memiliki paspor, "
        "dengan pendaftaran melalui aplikasi M-Paspor."
    ): (
        "Issue of a 48-page ordinary passport to an adult Indonesian citizen who has never had "
        "a passport, registered in the M-Paspor app."
    ),
    "Daftar di aplikasi M-Paspor, pilih gerai Imigrasi MPP Tanjungpinang dan bayar PNBP.": (
        "Register in the M-Paspor app, choose the Immigration booth of MPP Tanjungpinang and "
        "pay the PNBP fee."
    ),
    "Ambil paspor pada hari kerja keempat dengan membawa tanda terima.": (
        "Collect the passport on the fourth working day, bringing your receipt."
    ),
    (
        "Penerbitan paspor pengganti bagi WNI yang paspornya habis masa berlaku atau halamannya "
        "penuh."
    ): (
        "Issue of a replacement passport to an Indonesian citizen whose passport has expired or "
        "has no free pages left."
    ),
    "Ambil paspor baru sesuai tanggal pada tanda terima.": (
        "Collect the new passport on the date on your receipt."
    ),
    "Penerbitan Paspor Biasa untuk Anak": "Ordinary passport for a child",
    (
        "Penerbitan paspor bagi anak WNI yang belum berusia 17 tahun dan belum menikah. Anak "
        "wajib hadir bersama kedua orang tua atau walinya."
    ): (
        "Issue of a passport to a child who is an Indonesian citizen, under 17 and unmarried. "
        "The child must come with both parents or a guardian."
    ),
    "KTP-el ayah dan ibu": "KTP-el of the father and the mother",
    "Akta kelahiran anak": "Child's birth certificate",
    "Buku nikah / akta perkawinan orang tua": "Parents' marriage book / marriage certificate",
    "Paspor salah satu orang tua": "Passport of one of the parents",
    "Bila ada": "If any",
    "Surat pernyataan orang tua": "Parents' statement",
    "Ditandatangani di loket oleh kedua orang tua": "Signed at the counter by both parents",
    "Daftar di aplikasi M-Paspor atas nama anak dan bayar PNBP.": (
        "Register in the M-Paspor app in the child's name and pay the PNBP fee."
    ),
    (
        "Datang bersama anak dan kedua orang tua sesuai jadwal, lalu ambil nomor antrean "
        "prioritas di gerai Imigrasi."
    ): (
        "Come with the child and both parents at your booked time, then take a priority queue "
        "number at the Immigration booth."
    ),
    "Orang tua menandatangani surat pernyataan; anak diambil foto dan sidik jarinya.": (
        "The parents sign the statement; the child's photo and fingerprints are taken."
    ),
    "Ambil paspor sesuai tanggal pada tanda terima.": (
        "Collect the passport on the date on your receipt."
    ),
    # Imigrasi Tanjung Uban
    "Kantor Imigrasi Kelas II TPI Tanjung Uban": (
        "Tanjung Uban Class II Immigration Office (TPI)"
    ),
    (
        "Kantor Imigrasi yang wilayah kerjanya meliputi Kabupaten Bintan. Gerai di MPP Bintan "
        "mendekatkan layanan paspor bagi warga Bintan Timur dan sekitarnya tanpa harus ke "
        "Tanjung Uban."
    ): (
        "Immigration Office whose area covers Bintan Regency. Its booth in MPP Bintan brings "
        "passport services to residents of East Bintan and nearby, without the trip to Tanjung "
        "Uban."
    ),
    (
        "Penerbitan paspor biasa 48 halaman bagi WNI dewasa yang belum pernah memiliki paspor. "
        "Kuota gerai terbatas; pilih jadwal di M-Paspor."
    ): (
        "Issue of a 48-page ordinary passport to an adult Indonesian citizen who has never had "
        "a passport. The booth's quota is limited; choose a time in M-Paspor."
    ),
    "Daftar di aplikasi M-Paspor, pilih gerai Imigrasi MPP Bintan dan bayar PNBP.": (
        "Register in the M-Paspor app, choose the Immigration booth of MPP Bintan and pay the "
        "PNBP fee."
    ),
    "Ambil paspor di gerai MPP Bintan sesuai tanggal pada tanda terima.": (
        "Collect the passport at the MPP Bintan booth on the date on your receipt."
    ),
    # Polresta Barelang
    "Kepolisian Resor Kota Barelang": "Barelang City Police (Polresta Barelang)",
    (
        "Kepolisian Resor Kota Barelang melayani wilayah Batam, Rempang dan Galang. Gerai di "
        "MPP Batam menerbitkan Surat Keterangan Catatan Kepolisian (SKCK) dan surat keterangan "
        "tanda lapor kehilangan."
    ): (
        "The Barelang City Police serve Batam, Rempang and Galang. Its booth in MPP Batam "
        "issues police clearance certificates (SKCK) and police reports of a loss."
    ),
    "Penerbitan SKCK Baru": "New police clearance certificate (SKCK)",
    (
        "Penerbitan Surat Keterangan Catatan Kepolisian bagi WNI yang baru pertama kali "
        "mengurus SKCK, misalnya untuk melamar pekerjaan atau mendaftar CPNS. Formulir dapat "
        "diisi lebih dahulu secara daring melalui Polri Super App."
    ): (
        "Issue of a police clearance certificate (Surat Keterangan Catatan Kepolisian) to an "
        "Indonesian citizen applying for an SKCK for the first time, e.g. for a job application "
        "or the civil service (CPNS) selection. The form may be filled in online beforehand in "
        "the Polri Super App."
    ),
    "Surat Keterangan Catatan Kepolisian (SKCK), berlaku 6 bulan": (
        "Police clearance certificate (SKCK), valid for 6 months"
    ),
    _COMPLAINT_POLRI: (
        "Complain at the MPP complaints desk, through the Dumas Presisi service in the Polri "
        "Super App, to Propam Polri (the police's professional standards division), or through "
        "SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
    ),
    "KTP-el asli dan fotokopi": "Original KTP-el and a photocopy",
    "Akta kelahiran / ijazah terakhir": "Birth certificate / latest school diploma",
    "Pas foto 4x6 latar merah": "4x6 passport photo, red background",
    "6 lembar, berpakaian sopan, tampak depan": "6 prints, neatly dressed, facing the camera",
    "Rumus sidik jari": "Fingerprint formula card",
    "Bila belum memiliki kartu sidik jari, pengambilan sidik jari dilakukan di gerai": (
        "If you have no fingerprint card yet, your fingerprints are taken at the booth"
    ),
    "Paspor": "Passport",
    "Khusus SKCK untuk keperluan ke luar negeri": "Only for an SKCK needed abroad",
    "Isi formulir SKCK secara daring melalui Polri Super App atau di gerai.": (
        "Fill in the SKCK form online in the Polri Super App or at the booth."
    ),
    "Ambil nomor antrean di gerai Polresta Barelang.": (
        "Take a queue number at the Polresta Barelang booth."
    ),
    "Serahkan berkas dan ikuti pengambilan sidik jari bila belum memiliki kartu sidik jari.": (
        "Hand in your documents and have your fingerprints taken if you have no fingerprint "
        "card yet."
    ),
    "Bayar PNBP Rp30.000 melalui kode billing atau di loket bank yang ditunjuk.": (
        "Pay the PNBP fee of Rp30,000 with a billing code or at a designated bank counter."
    ),
    "Terima SKCK yang telah ditandatangani dan dilegalisir.": (
        "Receive the signed and legalised SKCK."
    ),
    "Perpanjangan SKCK": "Renewal of a police clearance certificate (SKCK)",
    (
        "Perpanjangan SKCK yang masa berlakunya habis paling lama satu tahun. SKCK yang telah "
        "lewat lebih dari satu tahun diproses sebagai SKCK baru."
    ): (
        "Renewal of an SKCK that expired no more than one year ago. An SKCK expired for more "
        "than a year is handled as a new SKCK."
    ),
    "SKCK lama asli": "Original old SKCK",
    "Lembar kuning atau SKCK terakhir": "The yellow sheet or the latest SKCK",
    "2 lembar": "2 prints",
    "Serahkan SKCK lama dan berkas persyaratan.": (
        "Hand in the old SKCK and the required documents."
    ),
    "Petugas memeriksa data catatan kepolisian.": "The officer checks the police records.",
    "Bayar PNBP Rp30.000.": "Pay the PNBP fee of Rp30,000.",
    "Terima SKCK perpanjangan.": "Receive the renewed SKCK.",
    "Surat Keterangan Tanda Lapor Kehilangan": "Police report of a loss",
    (
        "Penerbitan surat keterangan kehilangan barang atau dokumen (KTP-el, ATM, buku "
        "tabungan, STNK, ijazah dan lain-lain) sebagai syarat pengurusan penggantian dokumen."
    ): (
        "Issue of a police report of a lost item or document (KTP-el, ATM card, savings book, "
        "vehicle registration (STNK), diploma and others), needed to have the document "
        "replaced."
    ),
    "KTP-el pelapor": "KTP-el of the person reporting",
    "Fotokopi dokumen yang hilang": "Photocopy of the lost document",
    "Bila ada, untuk mempermudah pencatatan nomor dokumen": (
        "If you have one, to record the document's number more easily"
    ),
    "Keterangan waktu dan tempat kehilangan": "When and where the loss happened",
    "Disampaikan langsung kepada petugas": "Told to the officer in person",
    "Sampaikan kronologi kehilangan kepada petugas.": "Tell the officer how the loss happened.",
    "Periksa kembali isi surat keterangan yang disiapkan petugas.": (
        "Check the report the officer has prepared."
    ),
    "Terima surat keterangan tanda lapor kehilangan.": "Receive the police report of the loss.",
    # Polres Tanjungpinang
    "Kepolisian Resor Tanjungpinang": "Tanjungpinang Police (Polres Tanjungpinang)",
    (
        "Kepolisian Resor yang melayani masyarakat Kota Tanjungpinang. Gerai di MPP "
        "Tanjungpinang menerbitkan SKCK baru dan perpanjangan."
    ): (
        "Police resort serving the people of Tanjungpinang. Its booth in MPP Tanjungpinang "
        "issues new and renewed police clearance certificates (SKCK)."
    ),
    (
        "Penerbitan Surat Keterangan Catatan Kepolisian bagi WNI yang baru pertama kali "
        "mengurus SKCK."
    ): (
        "Issue of a police clearance certificate (Surat Keterangan Catatan Kepolisian) to an "
        "Indonesian citizen applying for an SKCK for the first time."
    ),
    "6 lembar": "6 prints",
    "Surat pengantar kelurahan": "Covering letter from the urban village office (kelurahan)",
    "Bila diminta instansi tujuan": "If the receiving institution asks for it",
    "Pengambilan sidik jari dilakukan di gerai bila belum memiliki": (
        "Fingerprints are taken at the booth if you have no fingerprint card yet"
    ),
    "Ambil nomor antrean di gerai Polres Tanjungpinang.": (
        "Take a queue number at the Polres Tanjungpinang booth."
    ),
    "Serahkan berkas dan ikuti pengambilan sidik jari bila diperlukan.": (
        "Hand in your documents and have your fingerprints taken if needed."
    ),
    "Terima SKCK.": "Receive the SKCK.",
    "Perpanjangan SKCK yang masa berlakunya habis paling lama satu tahun.": (
        "Renewal of an SKCK that expired no more than one year ago."
    ),
    # Polres Bintan
    "Kepolisian Resor Bintan": "Bintan Police (Polres Bintan)",
    (
        "Kepolisian Resor yang melayani masyarakat Kabupaten Bintan. Gerai di MPP Bintan "
        "melayani SKCK dan surat keterangan tanda lapor kehilangan."
    ): (
        "Police resort serving the people of Bintan Regency. Its booth in MPP Bintan issues "
        "police clearance certificates (SKCK) and police reports of a loss."
    ),
    (
        "Penerbitan Surat Keterangan Catatan Kepolisian bagi WNI berdomisili di Kabupaten "
        "Bintan."
    ): (
        "Issue of a police clearance certificate (Surat Keterangan Catatan Kepolisian) to an "
        "Indonesian citizen living in Bintan Regency."
    ),
    "Diambil di gerai bila belum memiliki": (
        "Taken at the booth if you have no fingerprint card yet"
    ),
    "Ambil nomor antrean di gerai Polres Bintan.": (
        "Take a queue number at the Polres Bintan booth."
    ),
    "Isi formulir dan serahkan berkas persyaratan.": (
        "Fill in the form and hand in the required documents."
    ),
    "Ikuti pengambilan sidik jari bila diperlukan.": "Have your fingerprints taken if needed.",
    (
        "Penerbitan surat keterangan kehilangan barang atau dokumen sebagai syarat pengurusan "
        "penggantian dokumen."
    ): (
        "Issue of a police report of a lost item or document, needed to have the document "
        "replaced."
    ),
    # Disdukcapil Batam
    "Dinas Kependudukan dan Pencatatan Sipil Kota Batam": (
        "Batam City Population and Civil Registration Office (Disdukcapil)"
    ),
    (
        "Perangkat daerah Pemerintah Kota Batam yang menyelenggarakan pendaftaran penduduk dan "
        "pencatatan sipil. Seluruh dokumen kependudukan diterbitkan tanpa dipungut biaya dan "
        "dapat dicetak sendiri dalam bentuk PDF bertanda tangan elektronik."
    ): (
        "Office of the Batam City Government in charge of population registration and civil "
        "registration. Every population document is issued free of charge and can be printed at "
        "home as a PDF with an electronic signature."
    ),
    "Perekaman dan Penerbitan KTP-el Baru": (
        "Recording and issue of a new electronic ID card (KTP-el)"
    ),
    (
        "Perekaman data biometrik dan pencetakan KTP-el bagi penduduk yang telah berusia 17 "
        "tahun, sudah kawin atau pernah kawin."
    ): (
        "Recording of biometric data and printing of the KTP-el for residents who are 17 or "
        "older, married, or were married before."
    ),
    "KTP-el": "Electronic ID card (KTP-el)",
    "Nomor KK sudah tercatat dalam database": (
        "The KK number must already be in the population database"
    ),
    "Buku nikah / akta perkawinan": "Marriage book / marriage certificate",
    "Bagi penduduk yang belum berusia 17 tahun tetapi sudah kawin": (
        "For residents under 17 who are already married"
    ),
    "Perekaman foto, sidik jari, iris mata dan tanda tangan": (
        "Recording of photo, fingerprints, iris and signature"
    ),
    "Dilakukan di loket perekaman": "Done at the recording counter",
    "Ambil nomor antrean di gerai Disdukcapil.": (
        "Take a queue number at the Disdukcapil booth."
    ),
    "Serahkan KK atau sebutkan NIK kepada petugas untuk verifikasi data.": (
        "Hand in your family card or tell the officer your NIK so that your data can be "
        "checked."
    ),
    "Ikuti perekaman foto, sidik jari, iris mata dan tanda tangan.": (
        "Have your photo, fingerprints, iris and signature recorded."
    ),
    "Tunggu pencetakan KTP-el atau ambil sesuai jadwal bila blangko habis.": (
        "Wait while the KTP-el is printed, or collect it on the given date if blank cards have "
        "run out."
    ),
    "Terima KTP-el dan periksa kebenaran datanya sebelum meninggalkan loket.": (
        "Receive the KTP-el and check that its data are right before leaving the counter."
    ),
    "Penggantian KTP-el Rusak, Hilang atau Perubahan Data": (
        "Replacement of a damaged or lost KTP-el, or change of its data"
    ),
    (
        "Pencetakan ulang KTP-el karena rusak, hilang, atau perubahan elemen data seperti "
        "status perkawinan, pekerjaan atau alamat dalam Kota Batam."
    ): (
        "Reprint of the KTP-el because it is damaged or lost, or because data such as marital "
        "status, occupation or an address within Batam changed."
    ),
    "KTP-el rusak": "Damaged KTP-el",
    "Khusus penggantian karena rusak": "Only for a replacement because of damage",
    "Khusus penggantian karena hilang": "Only for a replacement because of loss",
    "KK terbaru bila ada perubahan data": "Latest family card (KK) if data changed",
    "Dokumen dasar perubahan data": "Documents behind the change of data",
    "Misalnya buku nikah atau akta perceraian": "E.g. a marriage book or a divorce certificate",
    "Ajukan secara daring atau ambil nomor antrean di gerai Disdukcapil.": (
        "Apply online or take a queue number at the Disdukcapil booth."
    ),
    "Serahkan berkas sesuai alasan penggantian.": (
        "Hand in the documents for your reason of replacement."
    ),
    "Petugas memverifikasi data dan memperbarui database bila ada perubahan.": (
        "The officer checks the data and updates the database if anything changed."
    ),
    "Terima KTP-el baru; KTP-el rusak ditarik oleh petugas.": (
        "Receive the new KTP-el; the officer takes back the damaged one."
    ),
    "Penerbitan Kartu Keluarga (Baru, Perubahan Data, Hilang/Rusak)": (
        "Family card (Kartu Keluarga): new, change of data, lost or damaged"
    ),
    (
        "Penerbitan Kartu Keluarga karena membentuk keluarga baru, penambahan atau pengurangan "
        "anggota keluarga, perubahan data, atau KK hilang/rusak. KK dicetak pada kertas HVS dan "
        "bertanda tangan elektronik."
    ): (
        "Issue of a family card (Kartu Keluarga) for a newly formed family, a member added or "
        "removed, changed data, or a lost or damaged card. The card is printed on plain paper "
        "and signed electronically."
    ),
    "Kartu Keluarga (KK) dengan tanda tangan elektronik": (
        "Family card (Kartu Keluarga, KK) with an electronic signature"
    ),
    "Formulir biodata keluarga (F-1.01)": "Family biodata form (F-1.01)",
    "Kartu Keluarga (KK) lama": "Old family card (KK)",
    "Kecuali KK hilang": "Except when the family card was lost",
    "Untuk pembentukan keluarga baru": "For forming a new family",
    "Dokumen peristiwa penting": "Documents of the life event",
    "Akta kelahiran, akta kematian atau surat pindah sesuai perubahan": (
        "Birth certificate, death certificate or moving certificate, depending on the change"
    ),
    "Khusus KK hilang": "Only when the family card was lost",
    "Ajukan permohonan secara daring atau ambil nomor antrean di gerai.": (
        "Apply online or take a queue number at the booth."
    ),
    "Serahkan formulir F-1.01 dan dokumen pendukung.": (
        "Hand in form F-1.01 and the supporting documents."
    ),
    "Petugas memverifikasi dan memperbarui data keluarga.": (
        "The officer checks and updates the family's data."
    ),
    "Terima KK baru atau unduh PDF KK yang dikirim ke surel pemohon.": (
        "Receive the new family card, or download its PDF sent to the applicant's e-mail."
    ),
    "Penerbitan Akta Kelahiran": "Birth certificate",
    (
        "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi anak yang lahir di "
        "Kota Batam atau penduduk Kota Batam."
    ): (
        "Registration of a birth and issue of the birth certificate for a child born in Batam "
        "or to residents of Batam."
    ),
    "Kutipan akta kelahiran dan KK yang diperbarui": (
        "Birth certificate and updated family card"
    ),
    "Surat keterangan lahir": "Birth notification",
    "Dari rumah sakit, puskesmas, klinik atau bidan": (
        "From the hospital, community health centre (puskesmas), clinic or midwife"
    ),
    "Kartu Keluarga (KK) orang tua": "Parents' family card (KK)",
    "Bila tidak ada, diganti SPTJM kebenaran pasangan suami istri": (
        "If there is none, replaced by a sworn statement of the spouses' marriage (SPTJM)"
    ),
    "Formulir pelaporan kelahiran (F-2.01)": "Birth report form (F-2.01)",
    "Serahkan formulir F-2.01 dan dokumen persyaratan.": (
        "Hand in form F-2.01 and the required documents."
    ),
    "Petugas memverifikasi data dan mencatat kelahiran.": (
        "The officer checks the data and registers the birth."
    ),
    "Terima kutipan akta kelahiran dan KK yang telah memuat nama anak.": (
        "Receive the birth certificate and the family card listing the child."
    ),
    "Penerbitan Akta Kematian": "Death certificate",
    (
        "Pencatatan kematian penduduk Kota Batam dan penerbitan kutipan akta kematian, "
        "sekaligus pembaruan KK keluarga yang ditinggalkan."
    ): (
        "Registration of the death of a Batam resident and issue of the death certificate, with "
        "an updated family card for the family left behind."
    ),
    "Kutipan akta kematian dan KK yang diperbarui": "Death certificate and updated family card",
    "Surat keterangan kematian": "Notification of death",
    "Dari rumah sakit, puskesmas atau kelurahan": (
        "From the hospital, community health centre (puskesmas) or urban village office "
        "(kelurahan)"
    ),
    "KTP-el almarhum/almarhumah": "KTP-el of the deceased",
    "Formulir pelaporan kematian (F-2.01)": "Death report form (F-2.01)",
    "Serahkan surat keterangan kematian dan dokumen persyaratan.": (
        "Hand in the notification of death and the required documents."
    ),
    "Petugas mencatat kematian dan memperbarui KK.": (
        "The officer registers the death and updates the family card."
    ),
    "Terima kutipan akta kematian dan KK baru.": (
        "Receive the death certificate and the new family card."
    ),
    "Pelayanan Pindah Datang Penduduk": "Registration of residents moving in",
    (
        "Pencatatan kedatangan penduduk yang pindah ke Kota Batam dari kabupaten/kota lain "
        "dengan Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) dari daerah asal."
    ): (
        "Registration of residents moving to Batam from another regency or city, with the "
        "Indonesian citizen's moving certificate (SKPWNI) from the place of origin."
    ),
    "Kartu Keluarga (KK) dan KTP-el dengan alamat Kota Batam": (
        "Family card (KK) and KTP-el with a Batam address"
    ),
    "SKPWNI dari daerah asal": "SKPWNI from the place of origin",
    "KK tujuan": "Family card at the destination",
    "Bila menumpang pada KK yang sudah ada di Kota Batam": (
        "If you join a family card already registered in Batam"
    ),
    "Surat pernyataan tempat tinggal": "Statement of residence",
    "Bila alamat tujuan rumah sewa atau milik orang lain": (
        "If the new address is a rented house or belongs to someone else"
    ),
    "Serahkan SKPWNI dan dokumen persyaratan.": (
        "Hand in the SKPWNI and the required documents."
    ),
    "Petugas mencatat kedatangan dan menerbitkan KK baru.": (
        "The officer registers your arrival and issues a new family card."
    ),
    "Ikuti pencetakan KTP-el dengan alamat baru.": (
        "Have your KTP-el printed with the new address."
    ),
    "Terima KK dan KTP-el.": "Receive the family card and the KTP-el.",
    # Disdukcapil Tanjungpinang
    "Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang": (
        "Tanjungpinang City Population and Civil Registration Office (Disdukcapil)"
    ),
    (
        "Perangkat daerah Pemerintah Kota Tanjungpinang yang menyelenggarakan administrasi "
        "kependudukan. Gerai di MPP melayani KTP-el, KK, akta kelahiran, KIA dan aktivasi "
        "Identitas Kependudukan Digital tanpa biaya."
    ): (
        "Office of the Tanjungpinang City Government in charge of population administration. "
        "Its booth in the MPP handles KTP-el, family cards, birth certificates, child ID cards "
        "(KIA) and activation of the Digital Population Identity (IKD), free of charge."
    ),
    "Serahkan KK kepada petugas untuk verifikasi data.": (
        "Hand in your family card to the officer so that your data can be checked."
    ),
    "Ikuti perekaman biometrik.": "Have your biometric data recorded.",
    "Terima KTP-el dan periksa kebenaran datanya.": (
        "Receive the KTP-el and check that its data are right."
    ),
    "Penerbitan Kartu Keluarga": "Family card (Kartu Keluarga)",
    (
        "Penerbitan KK baru, perubahan data, penambahan atau pengurangan anggota keluarga, "
        "serta penggantian KK hilang atau rusak."
    ): (
        "Issue of a new family card, a change of data, a member added or removed, or a "
        "replacement for a lost or damaged card."
    ),
    "Untuk keluarga baru": "For a new family",
    "Akta kelahiran, akta kematian atau surat pindah": (
        "Birth certificate, death certificate or moving certificate"
    ),
    "Serahkan formulir dan dokumen pendukung.": (
        "Hand in the form and the supporting documents."
    ),
    "Terima KK baru atau unduh PDF-nya dari surel.": (
        "Receive the new family card, or download its PDF from your e-mail."
    ),
    (
        "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi penduduk Kota "
        "Tanjungpinang."
    ): (
        "Registration of a birth and issue of the birth certificate for residents of "
        "Tanjungpinang."
    ),
    "Kutipan akta kelahiran": "Birth certificate",
    "Dari fasilitas kesehatan atau bidan": "From a health facility or midwife",
    "Atau SPTJM kebenaran pasangan suami istri": (
        "Or a sworn statement of the spouses' marriage (SPTJM)"
    ),
    "Serahkan dokumen persyaratan.": "Hand in the required documents.",
    "Terima kutipan akta kelahiran dan KK terbaru.": (
        "Receive the birth certificate and the latest family card."
    ),
    "Penerbitan Kartu Identitas Anak (KIA)": "Child ID card (Kartu Identitas Anak, KIA)",
    (
        "Penerbitan Kartu Identitas Anak bagi anak berusia di bawah 17 tahun dan belum kawin. "
        "Anak usia 5 tahun ke atas menggunakan KIA berfoto."
    ): (
        "Issue of a child ID card for children under 17 who are not married. Children aged 5 "
        "and over get a KIA with a photo."
    ),
    "Kartu Identitas Anak (KIA)": "Child ID card (KIA)",
    "KTP-el orang tua atau wali": "KTP-el of a parent or guardian",
    "Pas foto anak 2x3 berwarna": "Colour passport photo of the child, 2x3",
    "Untuk anak usia 5 tahun ke atas; dapat difoto di gerai": (
        "For children aged 5 and over; the photo can be taken at the booth"
    ),
    "Anak usia 5 tahun ke atas difoto di gerai bila tidak membawa pas foto.": (
        "Children aged 5 and over are photographed at the booth if no photo was brought."
    ),
    "Terima KIA.": "Receive the KIA.",
    "Aktivasi Identitas Kependudukan Digital (IKD)": (
        "Activation of the Digital Population Identity (IKD)"
    ),
    (
        "Pendampingan aktivasi IKD pada telepon genggam penduduk sehingga KTP-el, KK dan "
        "dokumen kependudukan lain dapat ditunjukkan secara digital."
    ): (
        "Help with activating the IKD on the resident's mobile phone, so that the KTP-el, "
        "family card and other population documents can be shown digitally."
    ),
    "Akun Identitas Kependudukan Digital yang aktif": (
        "An active Digital Population Identity (IKD) account"
    ),
    "Telepon genggam Android atau iOS": "Android or iOS mobile phone",
    "Dengan surel dan nomor telepon aktif serta aplikasi IKD terpasang": (
        "With a working e-mail address and phone number, and the IKD app installed"
    ),
    "Ambil nomor antrean IKD di gerai Disdukcapil.": (
        "Take an IKD queue number at the Disdukcapil booth."
    ),
    "Pasang aplikasi IKD dan isi NIK, surel serta nomor telepon.": (
        "Install the IKD app and enter your NIK, e-mail address and phone number."
    ),
    "Lakukan verifikasi wajah dan pindai kode QR yang ditampilkan petugas.": (
        "Verify your face and scan the QR code the officer shows."
    ),
    "Buka kode aktivasi dari surel dan masuk ke aplikasi IKD.": (
        "Open the activation code from your e-mail and sign in to the IKD app."
    ),
    # Disdukcapil Bintan
    "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan": (
        "Bintan Regency Population and Civil Registration Office (Disdukcapil)"
    ),
    (
        "Perangkat daerah Pemerintah Kabupaten Bintan yang menyelenggarakan administrasi "
        "kependudukan. Gerai di MPP Bintan melayani penduduk dari seluruh kecamatan, termasuk "
        "pulau-pulau kecil, tanpa dipungut biaya."
    ): (
        "Office of the Bintan Regency Government in charge of population administration. Its "
        "booth in MPP Bintan serves residents of every district, including the small islands, "
        "free of charge."
    ),
    "Pencetakan ulang KTP-el karena rusak, hilang, atau perubahan elemen data.": (
        "Reprint of the KTP-el because it is damaged or lost, or because its data changed."
    ),
    "Petugas memverifikasi data.": "The officer checks the data.",
    "Terima KTP-el baru.": "Receive the new KTP-el.",
    "Penerbitan KK baru, perubahan data, atau penggantian KK hilang atau rusak.": (
        "Issue of a new family card, a change of data, or a replacement for a lost or damaged "
        "card."
    ),
    "Buku nikah, akta kelahiran, akta kematian atau surat pindah": (
        "Marriage book, birth certificate, death certificate or moving certificate"
    ),
    "Petugas memperbarui data keluarga.": "The officer updates the family's data.",
    "Terima KK baru.": "Receive the new family card.",
    (
        "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi penduduk Kabupaten "
        "Bintan."
    ): (
        "Registration of a birth and issue of the birth certificate for residents of Bintan "
        "Regency."
    ),
    "Petugas mencatat kelahiran.": "The officer registers the birth.",
    "Terima kutipan akta kelahiran.": "Receive the birth certificate.",
    (
        "Pencatatan kematian dan penerbitan kutipan akta kematian bagi penduduk Kabupaten "
        "Bintan."
    ): (
        "Registration of a death and issue of the death certificate for residents of Bintan "
        "Regency."
    ),
    "Kutipan akta kematian": "Death certificate",
    # BPN Batam
    "Kantor Pertanahan Kota Batam": "Batam City Land Office",
    (
        "Instansi vertikal Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional di Kota "
        "Batam. Karena sebagian besar tanah di Batam berada di atas Hak Pengelolaan BP Batam, "
        "peralihan hak memerlukan Izin Peralihan Hak dari BP Batam."
    ): (
        "Regional office of the Ministry of Agrarian Affairs and Spatial Planning / National "
        "Land Agency (ATR/BPN) in Batam. As most land in Batam lies on BP Batam's right of "
        "management (Hak Pengelolaan), a transfer of rights needs BP Batam's Transfer of Rights "
        "Permit."
    ),
    "Pengecekan Sertipikat Hak atas Tanah": "Check of a land title certificate",
    (
        "Pemeriksaan kesesuaian data sertipikat dengan buku tanah, termasuk catatan blokir dan "
        "sita, sebelum transaksi atau pembebanan hak tanggungan."
    ): (
        "Check that the certificate matches the land register, including any blocking or "
        "seizure notes, before a transaction or a mortgage (hak tanggungan)."
    ),
    "Catatan hasil pengecekan pada sertipikat dan buku tanah": (
        "Note of the check's result on the certificate and in the land register"
    ),
    "Formulir permohonan": "Application form",
    "Ditandatangani pemohon atau kuasanya": "Signed by the applicant or their proxy",
    "Sertipikat asli": "Original certificate",
    "KTP-el pemohon": "Applicant's KTP-el",
    "Surat kuasa": "Power of attorney",
    "Bila dikuasakan": "If someone applies on your behalf",
    "Ambil nomor antrean di gerai Kantor Pertanahan.": (
        "Take a queue number at the Land Office booth."
    ),
    "Serahkan berkas dan terima Surat Perintah Setor (SPS).": (
        "Hand in the documents and receive the payment order (Surat Perintah Setor, SPS)."
    ),
    "Bayar PNBP sesuai SPS di bank persepsi atau loket pembayaran.": (
        "Pay the PNBP fee on the SPS at a receiving bank or payment counter."
    ),
    "Ambil sertipikat dengan catatan hasil pengecekan sesuai tanda terima.": (
        "Collect the certificate with the note of the check's result, as on your receipt."
    ),
    "Peralihan Hak atas Tanah karena Jual Beli": "Transfer of land rights by sale",
    (
        "Pencatatan perpindahan hak atas tanah dan bangunan dari penjual kepada pembeli "
        "berdasarkan akta PPAT. Tarif PNBP dihitung dari nilai tanah (nilai tanah/1.000) "
        "ditambah Rp50.000."
    ): (
        "Recording of the transfer of rights to land and buildings from the seller to the "
        "buyer, on the basis of a deed by a land deed official (PPAT). The PNBP fee is the land "
        "value divided by 1,000, plus Rp50,000."
    ),
    "Sertipikat atas nama pemegang hak baru": "Certificate in the name of the new right holder",
    "Akta jual beli dari PPAT": "Deed of sale from the land deed official (PPAT)",
    "KTP-el dan KK penjual dan pembeli": "KTP-el and family card of the seller and the buyer",
    "Bukti pembayaran BPHTB": (
        "Proof of payment of the land and building acquisition duty (BPHTB)"
    ),
    "Yang telah divalidasi Bapenda": "Validated by the regional revenue agency (Bapenda)",
    "Bukti pembayaran PPh final penjual": (
        "Proof of payment of the seller's final income tax (PPh)"
    ),
    "Izin Peralihan Hak (IPH) dari BP Batam": "Transfer of Rights Permit (IPH) from BP Batam",
    "PPAT atau pemohon mengambil nomor antrean dan menyerahkan berkas.": (
        "The land deed official (PPAT) or the applicant takes a queue number and hands in the "
        "documents."
    ),
    "Petugas memeriksa kelengkapan berkas dan menerbitkan SPS.": (
        "The officer checks that the documents are complete and issues the payment order (SPS)."
    ),
    "Bayar PNBP sesuai SPS.": "Pay the PNBP fee on the SPS.",
    "Kantor Pertanahan mencatat peralihan pada buku tanah dan sertipikat.": (
        "The Land Office records the transfer in the land register and on the certificate."
    ),
    "Ambil sertipikat di gerai dengan membawa tanda terima.": (
        "Collect the certificate at the booth, bringing your receipt."
    ),
    "Penghapusan Hak Tanggungan (Roya)": "Removal of a mortgage (roya)",
    (
        "Pencoretan catatan hak tanggungan pada sertipikat setelah kredit lunas. Untuk hak "
        "tanggungan elektronik, roya diajukan oleh kreditor melalui layanan elektronik."
    ): (
        "Striking out the mortgage (hak tanggungan) noted on a certificate once the loan is "
        "paid off. For an electronic mortgage, the lender applies for the roya through the "
        "electronic service."
    ),
    "Sertipikat tanpa catatan hak tanggungan": "Certificate without the mortgage note",
    "Sertipikat Hak Tanggungan asli": (
        "Original mortgage certificate (Sertipikat Hak Tanggungan)"
    ),
    "Surat roya / keterangan lunas dari bank": (
        "Roya letter / statement from the bank that the loan is paid off"
    ),
    "Serahkan berkas dan terima SPS.": (
        "Hand in the documents and receive the payment order (SPS)."
    ),
    "Ambil sertipikat yang telah diroya sesuai tanda terima.": (
        "Collect the certificate with the mortgage removed, as on your receipt."
    ),
    "Penerbitan Surat Keterangan Pendaftaran Tanah (SKPT)": (
        "Land registration statement (SKPT)"
    ),
    (
        "Penerbitan keterangan resmi tentang data fisik dan yuridis bidang tanah, misalnya "
        "untuk keperluan lelang atau perkara di pengadilan."
    ): (
        "Issue of an official statement on the physical and legal data of a plot of land, e.g. "
        "for an auction or a court case."
    ),
    "Surat Keterangan Pendaftaran Tanah": (
        "Land registration statement (Surat Keterangan Pendaftaran Tanah)"
    ),
    "Fotokopi sertipikat": "Photocopy of the certificate",
    "Ambil SKPT sesuai tanda terima.": "Collect the SKPT as on your receipt.",
    # BPN Tanjungpinang
    "Kantor Pertanahan Kota Tanjungpinang": "Tanjungpinang City Land Office",
    (
        "Instansi vertikal Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional di Kota "
        "Tanjungpinang. Gerai di MPP menerima berkas pengecekan sertipikat, roya dan peralihan "
        "hak."
    ): (
        "Regional office of the Ministry of Agrarian Affairs and Spatial Planning / National "
        "Land Agency (ATR/BPN) in Tanjungpinang. Its booth in the MPP takes applications for "
        "certificate checks, mortgage removals (roya) and transfers of rights."
    ),
    "Pemeriksaan kesesuaian data sertipikat dengan buku tanah sebelum transaksi.": (
        "Check that the certificate matches the land register before a transaction."
    ),
    "Ambil sertipikat sesuai tanda terima.": "Collect the certificate as on your receipt.",
    (
        "Pencatatan perpindahan hak atas tanah berdasarkan akta PPAT. Tarif PNBP dihitung dari "
        "nilai tanah (nilai tanah/1.000) ditambah Rp50.000."
    ): (
        "Recording of the transfer of land rights on the basis of a deed by a land deed "
        "official (PPAT). The PNBP fee is the land value divided by 1,000, plus Rp50,000."
    ),
    "PPAT atau pemohon menyerahkan berkas di gerai Kantor Pertanahan.": (
        "The land deed official (PPAT) or the applicant hands in the documents at the Land "
        "Office booth."
    ),
    "Kantor Pertanahan mencatat peralihan hak.": (
        "The Land Office records the transfer of rights."
    ),
    "Pencoretan catatan hak tanggungan pada sertipikat setelah kredit lunas.": (
        "Striking out the mortgage (hak tanggungan) noted on a certificate once the loan is "
        "paid off."
    ),
    # KPP Batam Selatan
    "Kantor Pelayanan Pajak Pratama Batam Selatan": (
        "South Batam Primary Tax Office (KPP Pratama Batam Selatan)"
    ),
    (
        "Unit Direktorat Jenderal Pajak, Kementerian Keuangan, yang melayani wajib pajak di "
        "Kota Batam. Gerai di MPP membantu pendaftaran NPWP, EFIN, aktivasi akun Coretax dan "
        "pelaporan SPT Tahunan orang pribadi. Seluruh layanan tidak dipungut biaya."
    ): (
        "Unit of the Directorate General of Taxes, Ministry of Finance, serving taxpayers in "
        "Batam. Its booth in the MPP helps with tax number (NPWP) registration, EFIN, Coretax "
        "account activation and individual annual tax returns (SPT Tahunan). Every service is "
        "free of charge."
    ),
    "Pendaftaran NPWP Orang Pribadi": "Individual tax number (NPWP) registration",
    (
        "Pendaftaran wajib pajak orang pribadi; bagi penduduk, NIK digunakan sebagai NPWP "
        "setelah diaktivasi."
    ): (
        "Registration of an individual taxpayer; for residents, the NIK serves as the NPWP once "
        "activated."
    ),
    "NPWP (NIK yang telah diaktivasi sebagai NPWP)": (
        "Tax number (NPWP): the NIK activated as NPWP"
    ),
    (
        "Sampaikan pengaduan ke Kring Pajak 1500200, pengaduan.pajak.go.id, meja pengaduan MPP, "
        "atau SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
    ): (
        "Complain to Kring Pajak 1500200, pengaduan.pajak.go.id, the MPP complaints desk, or "
        "SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
    ),
    "Alamat surel dan nomor telepon aktif": "Working e-mail address and phone number",
    "Surat keterangan usaha": "Business statement",
    "Bagi pengusaha, dari kelurahan atau NIB": (
        "For business owners: from the urban village office (kelurahan), or the business "
        "identification number (NIB)"
    ),
    "Ambil nomor antrean di gerai pajak.": "Take a queue number at the tax booth.",
    "Serahkan KTP-el dan sampaikan surel serta nomor telepon.": (
        "Hand in your KTP-el and give your e-mail address and phone number."
    ),
    "Petugas membantu pendaftaran melalui Coretax DJP.": (
        "The officer helps you register in the DJP Coretax system."
    ),
    "Terima bukti pendaftaran di surel.": "Receive the proof of registration by e-mail.",
    "Penerbitan EFIN": "Electronic filing identification number (EFIN)",
    (
        "Penerbitan Electronic Filing Identification Number untuk autentikasi layanan pajak "
        "elektronik, termasuk lupa EFIN."
    ): (
        "Issue of an Electronic Filing Identification Number to sign in to electronic tax "
        "services, also when you forgot your EFIN."
    ),
    "EFIN yang dikirim ke surel wajib pajak": "EFIN sent to the taxpayer's e-mail",
    "NPWP atau NIK yang telah diaktivasi": "NPWP, or the NIK activated as NPWP",
    "Tunjukkan KTP-el; wajib pajak wajib hadir sendiri.": (
        "Show your KTP-el; taxpayers must come in person."
    ),
    "Petugas memverifikasi identitas dan menerbitkan EFIN.": (
        "The officer checks your identity and issues the EFIN."
    ),
    "Periksa surel untuk EFIN yang dikirim.": "Look in your e-mail for the EFIN sent to you.",
    "Aktivasi Akun Coretax DJP": "Activation of a DJP Coretax account",
    (
        "Pendampingan aktivasi akun wajib pajak pada sistem Coretax DJP dan pembuatan kode "
        "otorisasi/sertifikat elektronik."
    ): (
        "Help with activating a taxpayer's account in the DJP Coretax system and creating an "
        "authorisation code / electronic certificate."
    ),
    "Akun Coretax DJP yang aktif dan kode otorisasi": (
        "Active DJP Coretax account and authorisation code"
    ),
    "EFIN": "EFIN",
    "Bila sudah dimiliki": "If you have one",
    "Buka laman Coretax DJP di telepon genggam atau komputer yang disediakan.": (
        "Open the DJP Coretax website on your mobile phone or on a computer provided."
    ),
    "Ikuti aktivasi akun dan pembuatan kata sandi dengan pendampingan petugas.": (
        "Activate your account and create a password, with an officer's help."
    ),
    "Buat kode otorisasi/sertifikat elektronik.": (
        "Create the authorisation code / electronic certificate."
    ),
    "Asistensi Pelaporan SPT Tahunan Orang Pribadi": (
        "Help with the individual annual tax return (SPT Tahunan)"
    ),
    (
        "Pendampingan pengisian dan penyampaian SPT Tahunan PPh orang pribadi secara "
        "elektronik, terutama menjelang batas waktu 31 Maret."
    ): (
        "Help with filling in and filing the individual annual income tax return "
        "electronically, above all before the 31 March deadline."
    ),
    "Bukti Penerimaan Elektronik (BPE) SPT Tahunan": (
        "Electronic receipt (BPE) of the annual tax return"
    ),
    "Bukti potong PPh 21 dari pemberi kerja": (
        "Income tax (PPh 21) withholding slip from your employer"
    ),
    "Daftar harta dan utang": "List of assets and debts",
    "Akses akun Coretax DJP": "Access to your DJP Coretax account",
    "Surel dan kata sandi": "E-mail address and password",
    "Ambil nomor antrean asistensi SPT.": "Take a queue number for tax return help.",
    "Masuk ke akun Coretax DJP dengan pendampingan petugas.": (
        "Sign in to your DJP Coretax account with an officer's help."
    ),
    "Isi dan periksa konsep SPT.": "Fill in and check the draft return.",
    "Tanda tangani dan kirim SPT; simpan BPE.": "Sign and send the return; keep the BPE.",
    # BPJS Kesehatan
    "Badan Penyelenggara Jaminan Sosial Kesehatan": (
        "Social Security Agency for Health (BPJS Kesehatan)"
    ),
    (
        "Badan hukum publik penyelenggara program Jaminan Kesehatan Nasional (JKN). Gerai di "
        "MPP melayani pendaftaran peserta, perubahan data dan penambahan anggota keluarga; "
        "sebagian besar layanan juga tersedia di aplikasi Mobile JKN."
    ): (
        "Public body running the National Health Insurance programme (JKN). Its booth in the "
        "MPP handles enrolment, changes of data and adding family members; most services are "
        "also in the Mobile JKN app."
    ),
    "Pendaftaran Peserta JKN Mandiri (PBPU)": "Enrolment in JKN as a self-paying member (PBPU)",
    (
        "Pendaftaran peserta pekerja bukan penerima upah beserta seluruh anggota keluarga dalam "
        "KK. Kartu aktif setelah iuran pertama dibayar."
    ): (
        "Enrolment of a non-wage worker with every family member on the family card. The card "
        "is active once the first contribution is paid."
    ),
    "Kartu JKN-KIS digital dan nomor virtual account": (
        "Digital JKN-KIS card and virtual account number"
    ),
    (
        "Hubungi BPJS Kesehatan Care Center 165, aplikasi Mobile JKN, petugas BPJS SATU! di "
        "rumah sakit, meja pengaduan MPP, atau SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
    ): (
        "Contact the BPJS Kesehatan Care Center 165, the Mobile JKN app, the BPJS SATU! officer "
        "at hospitals, the MPP complaints desk, or SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
    ),
    "KTP-el seluruh anggota keluarga": "KTP-el of every family member",
    "Nomor rekening untuk autodebet": "Bank account number for direct debit",
    "Rekening bank milik peserta atau anggota keluarga": (
        "Bank account of the member or a family member"
    ),
    "Ambil nomor antrean di gerai BPJS Kesehatan.": (
        "Take a queue number at the BPJS Kesehatan booth."
    ),
    "Serahkan dokumen dan pilih kelas rawat serta FKTP.": (
        "Hand in the documents and choose your care class and first-level health facility "
        "(FKTP)."
    ),
    "Terima nomor virtual account.": "Receive the virtual account number.",
    "Bayar iuran pertama; kartu JKN aktif dan dapat dilihat di Mobile JKN.": (
        "Pay the first contribution; the JKN card is active and can be seen in Mobile JKN."
    ),
    "Perubahan Data Peserta dan Pindah FKTP": (
        "Change of member data and of first-level health facility (FKTP)"
    ),
    (
        "Perubahan data peserta (nama, alamat, NIK, kelas rawat) atau penggantian fasilitas "
        "kesehatan tingkat pertama."
    ): (
        "Change of a member's data (name, address, NIK, care class) or of the first-level "
        "health facility."
    ),
    "Data kepesertaan JKN yang diperbarui": "Updated JKN membership data",
    "Dokumen pendukung perubahan": "Supporting documents of the change",
    "Misalnya surat keterangan domisili": "E.g. a certificate of domicile",
    "Sampaikan perubahan yang diminta dan serahkan dokumen.": (
        "Say what should change and hand in the documents."
    ),
    "Petugas memperbarui data.": "The officer updates the data.",
    "Periksa data baru pada aplikasi Mobile JKN.": "Check the new data in the Mobile JKN app.",
    "Penambahan Anggota Keluarga (Bayi Baru Lahir)": "Adding a family member (newborn baby)",
    (
        "Pendaftaran bayi baru lahir atau anggota keluarga lain ke dalam kepesertaan JKN "
        "keluarga."
    ): (
        "Enrolment of a newborn baby or another family member in the family's JKN membership."
    ),
    "Kartu JKN-KIS digital anggota keluarga baru": (
        "Digital JKN-KIS card of the new family member"
    ),
    "Kartu Keluarga (KK) terbaru": "Latest family card (KK)",
    "Akta kelahiran atau surat keterangan lahir": "Birth certificate or birth notification",
    "Kartu JKN kepala keluarga": "JKN card of the head of the family",
    "Serahkan KK dan akta kelahiran atau surat keterangan lahir.": (
        "Hand in the family card and the birth certificate or birth notification."
    ),
    "Petugas menambahkan anggota keluarga.": "The officer adds the family member.",
    "Bayar iuran anggota baru bila peserta mandiri.": (
        "Pay the new member's contribution if you are a self-paying member."
    ),
    # BPJS Ketenagakerjaan
    "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan": (
        "Social Security Agency for Employment (BPJS Ketenagakerjaan)"
    ),
    (
        "Penyelenggara program jaminan sosial ketenagakerjaan: JKK, JKM, JHT, JP dan JKP. Gerai "
        "di MPP melayani klaim Jaminan Hari Tua, pendaftaran pekerja bukan penerima upah, dan "
        "perubahan data peserta."
    ): (
        "Runs the employment social security programmes: work accident (JKK), death (JKM), old "
        "age savings (JHT), pension (JP) and job loss (JKP). Its booth in the MPP handles old "
        "age savings claims, enrolment of non-wage workers and changes of member data."
    ),
    "Klaim Jaminan Hari Tua (JHT)": "Old age savings (JHT) claim",
    (
        "Pencairan saldo JHT karena berhenti bekerja, mencapai usia pensiun, atau sebab lain. "
        "Dana ditransfer ke rekening peserta."
    ): (
        "Payout of the JHT balance on leaving work, reaching retirement age or for another "
        "reason. The money is transferred to the member's bank account."
    ),
    "Pembayaran saldo JHT ke rekening peserta": (
        "JHT balance paid into the member's bank account"
    ),
    (
        "Hubungi layanan masyarakat BPJS Ketenagakerjaan 175, aplikasi JMO, meja pengaduan MPP, "
        "atau SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
    ): (
        "Contact the BPJS Ketenagakerjaan public service line 175, the JMO app, the MPP "
        "complaints desk, or SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
    ),
    "Kartu peserta BPJS Ketenagakerjaan": "BPJS Ketenagakerjaan membership card",
    "Atau nomor kepesertaan": "Or the membership number",
    "Surat keterangan berhenti bekerja": "Certificate of leaving work",
    "Atau surat pengunduran diri, PHK, atau perjanjian kerja yang berakhir": (
        "Or a resignation letter, a letter of dismissal, or an employment contract that has "
        "ended"
    ),
    "Buku tabungan": "Savings book",
    "Atas nama peserta": "In the member's name",
    "NPWP": "Tax number (NPWP)",
    "Bila saldo JHT di atas Rp50 juta": "If the JHT balance is over Rp50 million",
    "Wawancara dan swafoto": "Interview and selfie",
    "Dilakukan petugas di loket": "Done by the officer at the counter",
    "Daftar antrean secara daring melalui Lapak Asik atau ambil nomor di gerai.": (
        "Book a queue place online through Lapak Asik or take a number at the booth."
    ),
    "Serahkan dokumen asli untuk dipindai.": "Hand in the original documents to be scanned.",
    "Ikuti wawancara dan pengambilan foto.": "Attend the interview and have your photo taken.",
    "Terima tanda terima klaim; dana ditransfer ke rekening peserta.": (
        "Receive the claim receipt; the money is transferred to the member's account."
    ),
    "Pendaftaran Peserta Bukan Penerima Upah (BPU)": "Enrolment of non-wage workers (BPU)",
    (
        "Pendaftaran pekerja mandiri seperti nelayan, pedagang, ojek dan petani dalam program "
        "JKK dan JKM, dengan pilihan tambahan JHT."
    ): (
        "Enrolment of self-employed workers such as fishers, traders, motorcycle taxi drivers "
        "and farmers in the work accident (JKK) and death (JKM) programmes, with old age "
        "savings (JHT) as an option."
    ),
    "Kartu peserta BPJS Ketenagakerjaan digital": (
        "Digital BPJS Ketenagakerjaan membership card"
    ),
    "Nomor telepon aktif": "Working phone number",
    "Pilihan program dan besaran penghasilan": "Choice of programmes and amount of income",
    "Ambil nomor antrean di gerai BPJS Ketenagakerjaan.": (
        "Take a queue number at the BPJS Ketenagakerjaan booth."
    ),
    "Serahkan KTP-el dan pilih program.": "Hand in your KTP-el and choose the programmes.",
    "Bayar iuran pertama melalui kanal pembayaran yang tersedia.": (
        "Pay the first contribution through one of the payment channels."
    ),
    "Terima kartu peserta digital di aplikasi JMO.": (
        "Receive the digital membership card in the JMO app."
    ),
    "Perubahan Data Peserta": "Change of member data",
    (
        "Perbaikan data peserta seperti nama, tanggal lahir, NIK atau nama ibu kandung agar "
        "sesuai dengan data kependudukan."
    ): (
        "Correction of a member's data such as name, date of birth, NIK or mother's maiden "
        "name, to match the population records."
    ),
    "Data kepesertaan yang diperbarui": "Updated membership data",
    "Surat keterangan perusahaan": "Statement from the employer",
    "Bagi peserta penerima upah": "For wage-earning members",
    "Serahkan dokumen pendukung perubahan data.": (
        "Hand in the supporting documents of the change."
    ),
    "Petugas memverifikasi dan memperbarui data.": "The officer checks and updates the data.",
    "Periksa data baru di aplikasi JMO.": "Check the new data in the JMO app.",
    # Samsat Kepri
    "Badan Pendapatan Daerah Provinsi Kepulauan Riau (Samsat)": (
        "Kepulauan Riau Provincial Revenue Agency (Samsat)"
    ),
    (
        "Pelayanan Sistem Administrasi Manunggal Satu Atap (Samsat) yang diselenggarakan "
        "bersama Bapenda Provinsi Kepulauan Riau, Ditlantas Polda Kepri dan PT Jasa Raharja. "
        "Gerai di MPP melayani pembayaran pajak kendaraan bermotor tahunan dan lima tahunan."
    ): (
        "One-roof administration service for vehicles (Samsat), run jointly by the Kepulauan "
        "Riau Provincial Revenue Agency (Bapenda), the Kepri Regional Police Traffic "
        "Directorate and PT Jasa Raharja. Its booth in the MPP takes annual and five-yearly "
        "motor vehicle tax payments."
    ),
    "Pembayaran Pajak Kendaraan Bermotor Tahunan dan Pengesahan STNK": (
        "Annual motor vehicle tax payment and vehicle registration (STNK) endorsement"
    ),
    (
        "Pembayaran PKB dan SWDKLLJ tahunan serta pengesahan STNK. Biaya yang tercantum adalah "
        "PNBP pengesahan STNK roda dua (roda empat Rp50.000); PKB dan SWDKLLJ dibayar sesuai "
        "notice pajak kendaraan."
    ): (
        "Payment of the annual motor vehicle tax (PKB) and road accident fund contribution "
        "(SWDKLLJ), and endorsement of the vehicle registration certificate (STNK). The fee "
        "shown is the PNBP for endorsing the STNK of a two-wheeler (Rp50,000 for a "
        "four-wheeler); PKB and SWDKLLJ are paid as on the vehicle tax notice."
    ),
    "STNK yang disahkan dan notice pajak kendaraan bermotor": (
        "Endorsed vehicle registration certificate (STNK) and motor vehicle tax notice"
    ),
    "KTP-el asli sesuai nama pada STNK": "Original KTP-el matching the name on the STNK",
    "STNK asli": "Original vehicle registration certificate (STNK)",
    "Bila yang datang bukan pemilik, disertai KTP-el penerima kuasa": (
        "If the person coming is not the owner, with the KTP-el of the person authorised"
    ),
    "Ambil nomor antrean di gerai Samsat.": "Take a queue number at the Samsat booth.",
    "Serahkan KTP-el dan STNK untuk penetapan pajak.": (
        "Hand in your KTP-el and STNK so that the tax can be assessed."
    ),
    "Bayar PKB, SWDKLLJ dan PNBP di kasir atau melalui QRIS.": (
        "Pay the PKB, SWDKLLJ and PNBP at the cashier or with QRIS."
    ),
    "Terima STNK yang telah disahkan beserta notice pajak.": (
        "Receive the endorsed STNK with the tax notice."
    ),
    "Pembayaran Pajak Lima Tahunan dan Penggantian STNK serta TNKB": (
        "Five-yearly vehicle tax payment and replacement of the STNK and number plates (TNKB)"
    ),
    (
        "Pembayaran pajak kendaraan yang STNK-nya habis masa berlaku lima tahun, disertai cek "
        "fisik kendaraan dan penerbitan STNK serta TNKB baru. Biaya yang tercantum adalah PNBP "
        "roda dua (STNK Rp100.000 dan TNKB Rp60.000); roda empat Rp200.000 dan Rp100.000."
    ): (
        "Payment of the tax of a vehicle whose five-year vehicle registration certificate "
        "(STNK) has expired, with a physical check of the vehicle and the issue of a new STNK "
        "and number plates (TNKB). The fee shown is the PNBP for a two-wheeler (STNK Rp100,000 "
        "and TNKB Rp60,000); for a four-wheeler Rp200,000 and Rp100,000."
    ),
    "STNK baru, TNKB baru dan notice pajak kendaraan bermotor": (
        "New STNK, new number plates (TNKB) and motor vehicle tax notice"
    ),
    "BPKB asli": "Original vehicle owner's book (BPKB)",
    "Cek fisik kendaraan": "Physical check of the vehicle",
    "Kendaraan dibawa ke lokasi cek fisik": "The vehicle is brought to the check area",
    "Bawa kendaraan untuk cek fisik nomor rangka dan mesin.": (
        "Bring the vehicle for a physical check of its chassis and engine numbers."
    ),
    "Ambil nomor antrean di gerai Samsat dan serahkan berkas.": (
        "Take a queue number at the Samsat booth and hand in the documents."
    ),
    "Bayar PKB, SWDKLLJ dan PNBP.": "Pay the PKB, SWDKLLJ and PNBP.",
    "Terima STNK baru; TNKB diambil sesuai jadwal pada tanda terima.": (
        "Receive the new STNK; collect the number plates on the date on your receipt."
    ),
    "Informasi dan Cek Tagihan Pajak Kendaraan": "Vehicle tax information and bill check",
    (
        "Informasi besaran pajak kendaraan, tunggakan dan denda, serta bantuan pembayaran "
        "melalui aplikasi SIGNAL (Samsat Digital Nasional)."
    ): (
        "Information on the amount of vehicle tax, arrears and fines, and help with paying "
        "through the SIGNAL app (Samsat Digital Nasional)."
    ),
    "Informasi tagihan pajak kendaraan bermotor": "Information on the motor vehicle tax bill",
    "Nomor polisi kendaraan": "Vehicle registration number",
    "STNK": "Vehicle registration certificate (STNK)",
    "Ambil nomor antrean informasi di gerai Samsat.": (
        "Take an information queue number at the Samsat booth."
    ),
    "Sebutkan nomor polisi kendaraan.": "Give the vehicle's registration number.",
    "Terima informasi tagihan dan cara pembayarannya.": (
        "Receive the bill information and how to pay it."
    ),
    # DPMPTSP Batam
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Batam": (
        "Batam City Investment and One-Stop Integrated Service Office (DPMPTSP)"
    ),
    (
        "Perangkat daerah yang menyelenggarakan perizinan dan nonperizinan Pemerintah Kota "
        "Batam, termasuk pendampingan perizinan berusaha melalui sistem OSS. Gerai di MPP "
        "melayani konsultasi, penerimaan berkas dan penyerahan izin."
    ): (
        "Office of the Batam City Government in charge of licences and other permits, including "
        "help with business licensing through the OSS system. Its booth in the MPP gives "
        "advice, takes applications and hands over permits."
    ),
    "Pendampingan Penerbitan Nomor Induk Berusaha (NIB) melalui OSS": (
        "Help with obtaining a business identification number (NIB) through OSS"
    ),
    (
        "Pendampingan pelaku usaha, terutama usaha mikro dan kecil, untuk membuat akun OSS dan "
        "memperoleh NIB serta perizinan berusaha berbasis risiko."
    ): (
        "Help for entrepreneurs, above all micro and small businesses, to create an OSS account "
        "and obtain an NIB and risk-based business licences."
    ),
    "Nomor Induk Berusaha (NIB) dan sertifikat standar bila ada": (
        "Business identification number (NIB), and a standard certificate where required"
    ),
    "KTP-el pemilik usaha": "KTP-el of the business owner",
    "Alamat dan luas tempat usaha": "Address and size of the business premises",
    "Akta pendirian dan SK pengesahan badan usaha": (
        "Deed of establishment and ministerial approval of the business entity"
    ),
    "Bagi PT, CV atau koperasi": (
        "For limited companies (PT), partnerships (CV) or cooperatives"
    ),
    "Ambil nomor antrean di gerai DPMPTSP.": "Take a queue number at the DPMPTSP booth.",
    "Buat atau masuk ke akun OSS dengan pendampingan petugas.": (
        "Create or sign in to your OSS account with an officer's help."
    ),
    "Isi data usaha dan pilih KBLI yang sesuai.": (
        "Fill in the business data and choose the matching business classification (KBLI)."
    ),
    "Periksa draf dan terbitkan NIB.": "Check the draft and issue the NIB.",
    "Unduh NIB; petugas menjelaskan kewajiban lanjutan sesuai tingkat risiko.": (
        "Download the NIB; the officer explains what else your risk level requires."
    ),
    "Persetujuan Bangunan Gedung (PBG)": "Building approval (Persetujuan Bangunan Gedung, PBG)",
    (
        "Konsultasi dan penerimaan permohonan PBG untuk membangun, mengubah atau merawat "
        "bangunan gedung melalui SIMBG. Retribusi PBG dihitung dalam SIMBG berdasarkan luas dan "
        "fungsi bangunan."
    ): (
        "Advice on and intake of PBG applications to build, alter or maintain a building "
        "through SIMBG. The PBG levy is calculated in SIMBG from the building's floor area and "
        "use."
    ),
    "Persetujuan Bangunan Gedung (PBG) dan lampirannya": (
        "Building approval (PBG) and its attachments"
    ),
    "Bukti kepemilikan atau penguasaan tanah": "Proof of ownership or control of the land",
    "Gambar arsitektur, struktur dan utilitas": (
        "Architectural, structural and utility drawings"
    ),
    "Fatwa planologi dari BP Batam": "Planning advice (fatwa planologi) from BP Batam",
    "Untuk tanah di atas Hak Pengelolaan BP Batam": (
        "For land on BP Batam's right of management (Hak Pengelolaan)"
    ),
    "Akun SIMBG": "SIMBG account",
    "Konsultasikan rencana bangunan di gerai DPMPTSP.": (
        "Discuss your building plan at the DPMPTSP booth."
    ),
    "Unggah permohonan dan dokumen teknis di SIMBG.": (
        "Upload the application and technical documents in SIMBG."
    ),
    "Ikuti konsultasi teknis dengan Tim Profesi Ahli atau Tim Penilai Teknis.": (
        "Attend the technical consultation with the Expert Panel or the Technical Assessment "
        "Team."
    ),
    "Bayar retribusi PBG sesuai SKRD.": "Pay the PBG levy as on the levy assessment (SKRD).",
    "Unduh PBG dari SIMBG.": "Download the PBG from SIMBG.",
    "Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan": (
        "Practice licence (SIP) for medical and health workers"
    ),
    (
        "Penerbitan Surat Izin Praktik bagi dokter, dokter gigi, bidan, perawat, apoteker dan "
        "tenaga kesehatan lain yang berpraktik di Kota Batam."
    ): (
        "Issue of a practice licence (Surat Izin Praktik) to doctors, dentists, midwives, "
        "nurses, pharmacists and other health workers practising in Batam."
    ),
    "Surat Izin Praktik (SIP) elektronik": "Electronic practice licence (SIP)",
    "Surat Tanda Registrasi (STR) yang berlaku": "Valid registration certificate (STR)",
    "Surat keterangan dari fasilitas pelayanan kesehatan": (
        "Statement from the health care facility"
    ),
    "Tempat praktik yang dituju": "The place where you will practise",
    "Ijazah terakhir": "Latest diploma",
    "Ajukan permohonan secara daring atau di gerai DPMPTSP.": (
        "Apply online or at the DPMPTSP booth."
    ),
    "Petugas memverifikasi berkas.": "The officer checks the documents.",
    "Kepala dinas menandatangani SIP secara elektronik.": (
        "The head of the office signs the SIP electronically."
    ),
    "Unduh SIP atau ambil cetakannya di gerai.": (
        "Download the SIP or collect a printed copy at the booth."
    ),
    # DPMPTSP Tanjungpinang
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Tanjungpinang": (
        "Tanjungpinang City Investment and One-Stop Integrated Service Office (DPMPTSP)"
    ),
    (
        "Perangkat daerah yang menyelenggarakan perizinan dan nonperizinan Pemerintah Kota "
        "Tanjungpinang. Gerai di MPP melayani NIB melalui OSS, PBG dan izin praktik tenaga "
        "kesehatan."
    ): (
        "Office of the Tanjungpinang City Government in charge of licences and other permits. "
        "Its booth in the MPP handles NIBs through OSS, building approvals (PBG) and practice "
        "licences for health workers."
    ),
    (
        "Pendampingan pelaku usaha untuk memperoleh NIB dan perizinan berusaha berbasis risiko "
        "melalui OSS."
    ): (
        "Help for entrepreneurs to obtain an NIB and risk-based business licences through OSS."
    ),
    "Nomor Induk Berusaha (NIB)": "Business identification number (NIB)",
    "Isi data usaha dan pilih KBLI.": (
        "Fill in the business data and choose the business classification (KBLI)."
    ),
    "Terbitkan dan unduh NIB.": "Issue and download the NIB.",
    "Konsultasi dan penerimaan permohonan PBG melalui SIMBG. Retribusi dihitung dalam SIMBG.": (
        "Advice on and intake of PBG applications through SIMBG. The levy is calculated in "
        "SIMBG."
    ),
    "Unggah permohonan di SIMBG.": "Upload the application in SIMBG.",
    "Ikuti konsultasi teknis.": "Attend the technical consultation.",
    "Bayar retribusi dan unduh PBG.": "Pay the levy and download the PBG.",
    (
        "Penerbitan Surat Izin Praktik bagi tenaga medis dan tenaga kesehatan yang berpraktik "
        "di Kota Tanjungpinang."
    ): (
        "Issue of a practice licence (Surat Izin Praktik) to medical and health workers "
        "practising in Tanjungpinang."
    ),
    "Ajukan permohonan di gerai DPMPTSP atau secara daring.": (
        "Apply at the DPMPTSP booth or online."
    ),
    "Unduh SIP yang ditandatangani secara elektronik.": (
        "Download the electronically signed SIP."
    ),
    # PLN UP3 Tanjungpinang
    "PT PLN (Persero) Unit Pelaksana Pelayanan Pelanggan Tanjungpinang": (
        "PT PLN (Persero) Tanjungpinang Customer Service Unit"
    ),
    (
        "Unit PT PLN (Persero) yang melayani pelanggan listrik di Pulau Bintan dan sekitarnya. "
        "Gerai di MPP menerima permohonan pasang baru, tambah daya dan balik nama, yang juga "
        "dapat diajukan melalui aplikasi PLN Mobile."
    ): (
        "Unit of PT PLN (Persero) serving electricity customers on Bintan Island and nearby. "
        "Its booth in the MPP takes applications for new connections, higher power and change "
        "of customer name, which can also be made in the PLN Mobile app."
    ),
    "Penyambungan Baru Listrik": "New electricity connection",
    (
        "Pemasangan sambungan listrik baru untuk rumah tangga atau usaha. Biaya yang tercantum "
        "adalah biaya penyambungan daya 1.300 VA; daya lain dihitung per VA."
    ): (
        "Installation of a new electricity connection for a home or a business. The fee shown "
        "is the connection charge for 1,300 VA; other power levels are charged per VA."
    ),
    "Sambungan listrik, kWh meter dan ID pelanggan": (
        "Electricity connection, kWh meter and customer ID"
    ),
    (
        "Sampaikan pengaduan melalui aplikasi PLN Mobile, Contact Center PLN 123, meja "
        "pengaduan MPP, atau SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
    ): (
        "Complain through the PLN Mobile app, the PLN Contact Center 123, the MPP complaints "
        "desk, or SP4N-LAPOR! (www.lapor.go.id, SMS 1708)."
    ),
    "Alamat lengkap dan titik lokasi": "Full address and location pin",
    "Sertifikat Laik Operasi (SLO) instalasi": (
        "Certificate of operational fitness (SLO) of the wiring"
    ),
    "Diterbitkan lembaga inspeksi teknik terakreditasi": (
        "Issued by an accredited technical inspection body"
    ),
    "NIB atau NPWP": "NIB or tax number (NPWP)",
    "Untuk pelanggan badan usaha": "For business customers",
    "Ajukan permohonan di aplikasi PLN Mobile atau di gerai PLN.": (
        "Apply in the PLN Mobile app or at the PLN booth."
    ),
    "Bayar biaya penyambungan sesuai tagihan.": "Pay the connection charge as billed.",
    "Siapkan instalasi rumah dan SLO.": "Get the house wiring ready, with its SLO.",
    "Petugas PLN memasang kWh meter dan menyalakan listrik.": (
        "A PLN officer installs the kWh meter and switches on the power."
    ),
    "Perubahan Daya (Tambah Daya)": "Change of power (higher power)",
    (
        "Penambahan daya listrik pelanggan. Biaya yang tercantum adalah contoh tambah daya dari "
        "1.300 VA menjadi 2.200 VA."
    ): (
        "Raising a customer's electrical power. The fee shown is an example: from 1,300 VA to "
        "2,200 VA."
    ),
    "Daya tersambung baru": "New connected power",
    "ID pelanggan": "Customer ID",
    "Bayar biaya tambah daya.": "Pay the charge for the higher power.",
    "Petugas PLN mengganti pembatas atau kWh meter.": (
        "A PLN officer replaces the circuit breaker or the kWh meter."
    ),
    "Balik Nama Pelanggan": "Change of customer name",
    "Perubahan nama pelanggan pada rekening listrik, misalnya setelah jual beli rumah.": (
        "Change of the customer's name on the electricity account, e.g. after a house was sold."
    ),
    "Data pelanggan atas nama baru": "Customer data in the new name",
    "KTP-el pemilik baru": "KTP-el of the new owner",
    "Bukti kepemilikan bangunan": "Proof of ownership of the building",
    "Sertipikat, AJB atau surat sewa": (
        "Land certificate, deed of sale (AJB) or rental agreement"
    ),
    "Ajukan permohonan di gerai PLN atau aplikasi PLN Mobile.": (
        "Apply at the PLN booth or in the PLN Mobile app."
    ),
    "Petugas memperbarui data pelanggan.": "The officer updates the customer data.",
    # PLN Batam
    "PT PLN Batam": "PT PLN Batam",
    (
        "Anak perusahaan PT PLN (Persero) yang menyediakan tenaga listrik di Kota Batam dengan "
        "tarif yang ditetapkan Pemerintah Provinsi Kepulauan Riau. Gerai di MPP Batam melayani "
        "pasang baru dan tambah daya."
    ): (
        "Subsidiary of PT PLN (Persero) supplying electricity in Batam at tariffs set by the "
        "Kepulauan Riau Provincial Government. Its booth in MPP Batam handles new connections "
        "and higher power."
    ),
    (
        "Pemasangan sambungan listrik baru di Kota Batam. Biaya yang tercantum adalah biaya "
        "penyambungan daya 1.300 VA."
    ): (
        "Installation of a new electricity connection in Batam. The fee shown is the connection "
        "charge for 1,300 VA."
    ),
    "Denah lokasi": "Location sketch",
    "Ambil nomor antrean di gerai PLN Batam.": "Take a queue number at the PLN Batam booth.",
    "Serahkan berkas dan terima tagihan biaya penyambungan.": (
        "Hand in the documents and receive the bill for the connection charge."
    ),
    "Bayar biaya penyambungan.": "Pay the connection charge.",
    "Petugas memasang kWh meter dan menyalakan listrik.": (
        "An officer installs the kWh meter and switches on the power."
    ),
    (
        "Penambahan daya listrik pelanggan PLN Batam. Biaya yang tercantum adalah contoh tambah "
        "daya dari 1.300 VA menjadi 2.200 VA."
    ): (
        "Raising the electrical power of a PLN Batam customer. The fee shown is an example: "
        "from 1,300 VA to 2,200 VA."
    ),
    "Serahkan berkas dan bayar biaya tambah daya.": (
        "Hand in the documents and pay the charge for the higher power."
    ),
    "Petugas mengganti pembatas atau kWh meter.": (
        "An officer replaces the circuit breaker or the kWh meter."
    ),
    # BRK Syariah
    "PT Bank Riau Kepri Syariah (Perseroda)": "PT Bank Riau Kepri Syariah (Perseroda)",
    (
        "Bank pembangunan daerah milik pemerintah daerah di Riau dan Kepulauan Riau yang "
        "beroperasi dengan prinsip syariah. Gerai di MPP melayani pembukaan rekening, kartu ATM "
        "dan pembayaran pajak serta retribusi daerah."
    ): (
        "Regional development bank owned by the regional governments of Riau and Kepulauan "
        "Riau, operating on Islamic (sharia) principles. Its booth in the MPP opens accounts, "
        "issues ATM cards and takes payments of regional taxes and levies."
    ),
    "Pembukaan Rekening Tabungan": "Opening a savings account",
    (
        "Pembukaan rekening tabungan perorangan dengan akad wadiah atau mudharabah, termasuk "
        "kartu ATM dan aktivasi mobile banking."
    ): (
        "Opening of a personal savings account under a wadiah or mudharabah contract, with an "
        "ATM card and mobile banking activation."
    ),
    "Buku tabungan, kartu ATM dan akun mobile banking": (
        "Savings book, ATM card and mobile banking account"
    ),
    "Nomor telepon dan surel aktif": "Working phone number and e-mail address",
    "Setoran awal": "Opening deposit",
    "Sesuai jenis tabungan": "Depending on the kind of savings account",
    "Ambil nomor antrean di gerai BRK Syariah.": (
        "Take a queue number at the BRK Syariah booth."
    ),
    "Isi formulir pembukaan rekening dan serahkan KTP-el.": (
        "Fill in the account opening form and hand in your KTP-el."
    ),
    "Lakukan setoran awal.": "Pay the opening deposit.",
    "Terima buku tabungan dan kartu ATM, lalu aktifkan mobile banking.": (
        "Receive the savings book and ATM card, then activate mobile banking."
    ),
    "Penggantian Kartu ATM Hilang atau Rusak": "Replacement of a lost or damaged ATM card",
    "Penerbitan kartu ATM pengganti karena hilang, rusak atau terblokir.": (
        "Issue of a replacement ATM card because the old one was lost, damaged or blocked."
    ),
    "Kartu ATM baru": "New ATM card",
    "Khusus kartu hilang": "Only for a lost card",
    "Serahkan KTP-el dan buku tabungan.": "Hand in your KTP-el and savings book.",
    "Bayar biaya penggantian kartu.": "Pay the card replacement fee.",
    "Terima kartu ATM baru dan buat PIN.": "Receive the new ATM card and set a PIN.",
    "Pembayaran Pajak dan Retribusi Daerah": "Payment of regional taxes and levies",
    (
        "Penerimaan pembayaran PBB-P2, BPHTB, pajak daerah lain dan retribusi daerah "
        "menggunakan kode bayar dari pemerintah daerah."
    ): (
        "Payments of land and building tax (PBB-P2), land and building acquisition duty "
        "(BPHTB), other regional taxes and regional levies, with a payment code from the "
        "regional government."
    ),
    "Bukti setor pajak atau retribusi daerah yang tervalidasi": (
        "Validated receipt of the regional tax or levy payment"
    ),
    "Kode bayar atau SPPT/SKRD": (
        "Payment code, or the tax assessment (SPPT) or levy assessment (SKRD)"
    ),
    "Uang tunai atau kartu debit": "Cash or a debit card",
    "Ambil nomor antrean teller di gerai BRK Syariah.": (
        "Take a teller queue number at the BRK Syariah booth."
    ),
    "Serahkan kode bayar atau SPPT kepada teller.": (
        "Give the payment code or the SPPT to the teller."
    ),
    "Lakukan pembayaran.": "Make the payment.",
    "Terima bukti setor yang tervalidasi.": "Receive the validated receipt.",
    "Pembukaan Tabungan Haji": "Opening a hajj savings account",
    (
        "Pembukaan tabungan haji sebagai persiapan setoran awal BPIH Rp25.000.000 untuk "
        "mendapatkan nomor porsi haji."
    ): (
        "Opening of a hajj savings account to save for the initial hajj cost deposit (BPIH) of "
        "Rp25,000,000 that gets you a hajj queue number."
    ),
    "Buku tabungan haji": "Hajj savings book",
    "Setoran awal tabungan": "Opening deposit of the savings account",
    "Isi formulir dan serahkan dokumen.": "Fill in the form and hand in the documents.",
    "Lakukan setoran awal tabungan.": "Pay the opening deposit into the savings account.",
    "Terima buku tabungan haji.": "Receive the hajj savings book.",
    # Taspen
    "PT Taspen (Persero) Kantor Cabang Batam": "PT Taspen (Persero) Batam Branch Office",
    (
        "BUMN penyelenggara program tabungan hari tua dan pensiun bagi ASN dan pejabat negara. "
        "Gerai di MPP melayani klaim, otentikasi peserta pensiun dan perubahan data."
    ): (
        "State-owned company running the old age savings and pension programmes for civil "
        "servants (ASN) and state officials. Its booth in the MPP handles claims, "
        "authentication of pensioners and changes of data."
    ),
    "Klaim Tabungan Hari Tua dan Pensiun Pertama": "Claim of old age savings and first pension",
    (
        "Pembayaran Tabungan Hari Tua (THT) dan pensiun pertama bagi ASN yang memasuki masa "
        "pensiun."
    ): (
        "Payment of the old age savings (THT) and the first pension to a civil servant (ASN) "
        "entering retirement."
    ),
    "Pembayaran THT dan pensiun ke rekening peserta": (
        "THT and pension paid into the member's bank account"
    ),
    (
        "Hubungi Contact Center Taspen 1500919, meja pengaduan MPP, atau SP4N-LAPOR! "
        "(www.lapor.go.id, SMS 1708)."
    ): (
        "Contact the Taspen Contact Center 1500919, the MPP complaints desk, or SP4N-LAPOR! "
        "(www.lapor.go.id, SMS 1708)."
    ),
    "SK pensiun": "Retirement decree (SK pensiun)",
    "Surat Keterangan Penghentian Pembayaran (SKPP)": (
        "Certificate of termination of salary payment (SKPP)"
    ),
    "KTP-el dan KK": "KTP-el and family card (KK)",
    "Pas foto 3x4": "3x4 passport photo",
    "Ambil nomor antrean di gerai Taspen.": "Take a queue number at the Taspen booth.",
    "Serahkan dokumen klaim.": "Hand in the claim documents.",
    "Ikuti verifikasi wajah atau sidik jari.": "Verify your face or fingerprints.",
    "Terima tanda terima; dana ditransfer ke rekening peserta.": (
        "Receive the receipt; the money is transferred to the member's account."
    ),
    "Otentikasi Peserta Pensiun": "Authentication of pensioners",
    (
        "Verifikasi keberadaan peserta pensiun agar pembayaran pensiun bulanan tetap berjalan; "
        "dapat juga dilakukan sendiri melalui aplikasi."
    ): (
        "Confirmation that a pensioner is alive, so that the monthly pension keeps being paid; "
        "it can also be done in the app."
    ),
    "Status otentikasi peserta yang diperbarui": "Updated authentication status of the member",
    "Kartu peserta Taspen atau nomor pensiun": "Taspen membership card or pension number",
    "Tunjukkan KTP-el dan nomor pensiun.": "Show your KTP-el and pension number.",
    "Ikuti verifikasi wajah.": "Verify your face.",
    (
        "Perubahan data peserta seperti alamat, rekening bank atau data keluarga penerima "
        "pensiun janda/duda."
    ): (
        "Change of member data such as address, bank account or the family data of a widow's or "
        "widower's pension."
    ),
    "Data peserta yang diperbarui": "Updated member data",
    "Buku tabungan atau akta": "Savings book or certificate",
    "Serahkan dokumen pendukung perubahan.": "Hand in the supporting documents of the change.",
    "Petugas memperbarui data peserta.": "The officer updates the member data.",
    # Kemenag Batam
    "Kantor Kementerian Agama Kota Batam": (
        "Batam City Office of the Ministry of Religious Affairs (Kemenag)"
    ),
    (
        "Instansi vertikal Kementerian Agama di Kota Batam. Gerai di MPP melayani pendaftaran "
        "haji reguler, informasi porsi haji dan legalisir dokumen keagamaan."
    ): (
        "Office of the Ministry of Religious Affairs in Batam. Its booth in the MPP handles "
        "registration for the regular hajj, information on hajj queue numbers and legalisation "
        "of religious documents."
    ),
    "Pendaftaran Haji Reguler": "Registration for the regular hajj",
    (
        "Pendaftaran jemaah haji reguler setelah setoran awal BPIH Rp25.000.000 ke bank "
        "penerima setoran; setoran dibayar di bank, bukan di gerai."
    ): (
        "Registration of regular hajj pilgrims after the initial hajj cost deposit (BPIH) of "
        "Rp25,000,000 into a receiving bank; the deposit is paid at the bank, not at the booth."
    ),
    "Bukti pendaftaran haji dan nomor porsi": (
        "Proof of hajj registration and queue number (nomor porsi)"
    ),
    "Berdomisili di Kota Batam": "Living in Batam",
    "Akta kelahiran / ijazah / buku nikah": (
        "Birth certificate / school diploma / marriage book"
    ),
    "Bukti setoran awal BPIH": "Proof of the initial BPIH deposit",
    "Pas foto 3x4 latar putih": "3x4 passport photo, white background",
    "Wajah tampak 80 persen": "Face covering 80 percent of the photo",
    "Sidik jari dan foto": "Fingerprints and photo",
    "Direkam di gerai": "Recorded at the booth",
    "Buka tabungan haji dan lakukan setoran awal BPIH di bank penerima setoran.": (
        "Open a hajj savings account and pay the initial BPIH deposit at a receiving bank."
    ),
    "Ambil nomor antrean di gerai Kemenag.": "Take a queue number at the Kemenag booth.",
    "Serahkan dokumen dan ikuti perekaman sidik jari dan foto.": (
        "Hand in the documents and have your fingerprints and photo recorded."
    ),
    "Terima bukti pendaftaran haji dengan nomor porsi.": (
        "Receive the proof of hajj registration with your queue number."
    ),
    "Informasi Estimasi Keberangkatan dan Status Porsi Haji": (
        "Information on expected departure and hajj queue status"
    ),
    "Informasi nomor porsi, perkiraan tahun keberangkatan dan status pelunasan jemaah haji.": (
        "Information on a pilgrim's queue number, expected year of departure and payment "
        "status."
    ),
    "Informasi status porsi haji": "Information on the hajj queue status",
    "Nomor porsi haji": "Hajj queue number (nomor porsi)",
    "Sebutkan nomor porsi haji.": "Give your hajj queue number.",
    "Terima informasi status porsi dan estimasi keberangkatan.": (
        "Receive the information on your queue status and expected departure."
    ),
    "Legalisir Buku Nikah": "Legalisation of a marriage book",
    (
        "Pengesahan fotokopi buku nikah yang diterbitkan KUA, misalnya untuk keperluan paspor, "
        "kepegawaian atau perbankan."
    ): (
        "Legalisation of photocopies of a marriage book issued by the religious affairs office "
        "(KUA), e.g. for a passport, employment or banking."
    ),
    "Fotokopi buku nikah yang dilegalisir": "Legalised photocopies of the marriage book",
    "Buku nikah asli": "Original marriage book",
    "Fotokopi buku nikah": "Photocopies of the marriage book",
    "Paling banyak 5 lembar": "At most 5 copies",
    "Serahkan buku nikah asli dan fotokopinya.": (
        "Hand in the original marriage book and the photocopies."
    ),
    "Petugas mencocokkan dengan register nikah.": (
        "The officer checks them against the marriage register."
    ),
    "Terima fotokopi yang telah dilegalisir.": "Receive the legalised photocopies.",
    # Pengadilan Agama Batam
    "Pengadilan Agama Batam": "Batam Religious Court (Pengadilan Agama Batam)",
    (
        "Pengadilan tingkat pertama di lingkungan peradilan agama, di bawah Mahkamah Agung. "
        "Gerai di MPP melayani informasi dan pendaftaran perkara, pengambilan akta cerai, serta "
        "Pos Bantuan Hukum."
    ): (
        "First-instance court of the religious judiciary, under the Supreme Court. Its booth in "
        "the MPP gives information, registers cases, hands over divorce certificates and hosts "
        "the Legal Aid Post."
    ),
    "Pendaftaran Perkara Gugatan atau Permohonan (e-Court)": (
        "Registration of a lawsuit or petition (e-Court)"
    ),
    (
        "Pendaftaran perkara perceraian, dispensasi kawin, isbat nikah dan lain-lain, secara "
        "langsung maupun melalui e-Court. Panjar biaya perkara ditaksir tersendiri; biaya yang "
        "tercantum adalah PNBP pendaftaran."
    ): (
        "Registration of divorce cases, marriage dispensations, marriage validations (isbat "
        "nikah) and other cases, in person or through e-Court. The advance on court costs is "
        "estimated separately; the fee shown is the registration PNBP."
    ),
    "Nomor perkara dan SKUM": "Case number and court cost assessment (SKUM)",
    "Surat gugatan atau permohonan": "Lawsuit or petition",
    "KTP-el penggugat/pemohon": "KTP-el of the plaintiff/petitioner",
    "Untuk perkara perceraian": "For divorce cases",
    "Ambil nomor antrean di gerai Pengadilan Agama.": (
        "Take a queue number at the Religious Court booth."
    ),
    "Serahkan surat gugatan atau permohonan beserta bukti.": (
        "Hand in the lawsuit or petition with the evidence."
    ),
    "Terima taksiran panjar biaya (SKUM) dan bayar melalui bank.": (
        "Receive the estimate of the advance on costs (SKUM) and pay it at the bank."
    ),
    "Terima nomor perkara dan informasi jadwal sidang.": (
        "Receive the case number and the hearing schedule."
    ),
    "Pengambilan Akta Cerai": "Collection of a divorce certificate",
    "Penyerahan akta cerai kepada para pihak setelah putusan berkekuatan hukum tetap.": (
        "Handing over of the divorce certificate to the parties once the judgement is final."
    ),
    "Akta cerai": "Divorce certificate",
    "KTP-el pihak berperkara": "KTP-el of the party to the case",
    "Nomor perkara": "Case number",
    "Bila diwakilkan": "If someone comes on your behalf",
    "Sebutkan nomor perkara dan tunjukkan KTP-el.": (
        "Give the case number and show your KTP-el."
    ),
    "Bayar PNBP akta cerai.": "Pay the PNBP fee for the divorce certificate.",
    "Terima akta cerai.": "Receive the divorce certificate.",
    "Pos Bantuan Hukum (Posbakum)": "Legal Aid Post (Posbakum)",
    (
        "Layanan informasi, konsultasi dan pembuatan surat gugatan bagi masyarakat yang tidak "
        "mampu membayar jasa advokat."
    ): (
        "Information, advice and help with drafting a lawsuit for people who cannot afford a "
        "lawyer."
    ),
    "Konsultasi hukum dan draf surat gugatan/permohonan": (
        "Legal advice and a draft lawsuit/petition"
    ),
    "Surat keterangan tidak mampu": "Certificate of low income (surat keterangan tidak mampu)",
    "Dari kelurahan, atau kartu bantuan sosial": (
        "From the urban village office (kelurahan), or a social assistance card"
    ),
    "Sampaikan permasalahan kepada petugas Posbakum.": (
        "Explain your problem to the Posbakum officer."
    ),
    "Terima konsultasi dan bantuan penyusunan surat gugatan.": (
        "Receive advice and help with drafting the lawsuit."
    ),
    # Kejari Batam
    "Kejaksaan Negeri Batam": "Batam District Prosecutor's Office (Kejari Batam)",
    (
        "Kejaksaan Negeri Batam melaksanakan putusan perkara pelanggaran lalu lintas. Gerai di "
        "MPP melayani pengambilan barang bukti tilang dan pelayanan hukum gratis."
    ): (
        "The Batam District Prosecutor's Office carries out judgements in traffic offence "
        "cases. Its booth in the MPP returns items seized with traffic tickets and gives free "
        "legal services."
    ),
    "Pengambilan Barang Bukti Tilang": "Collection of items seized with a traffic ticket",
    (
        "Penyerahan SIM, STNK atau kendaraan yang disita dalam perkara tilang setelah denda "
        "dibayar sesuai putusan pengadilan."
    ): (
        "Return of a driving licence (SIM), vehicle registration (STNK) or vehicle seized in a "
        "traffic ticket case, once the fine set by the court is paid."
    ),
    "Barang bukti tilang (SIM/STNK/kendaraan)": "Seized item (SIM/STNK/vehicle)",
    "Surat tilang": "Traffic ticket (surat tilang)",
    "Atau nomor register tilang": "Or the ticket's register number",
    "Bukti pembayaran denda": "Proof of payment of the fine",
    "Cek putusan dan denda di laman tilang Kejaksaan.": (
        "Look up the judgement and the fine on the prosecutor's traffic ticket website."
    ),
    "Bayar denda melalui bank atau kanal pembayaran yang ditunjuk.": (
        "Pay the fine at a bank or through a designated payment channel."
    ),
    "Ambil nomor antrean di gerai Kejaksaan.": (
        "Take a queue number at the Prosecutor's Office booth."
    ),
    "Tunjukkan bukti bayar dan terima barang bukti.": (
        "Show the proof of payment and receive the seized item."
    ),
    "Pelayanan Hukum Gratis": "Free legal services",
    (
        "Konsultasi hukum perdata dan tata usaha negara oleh Jaksa Pengacara Negara bagi "
        "masyarakat umum."
    ): (
        "Advice on civil and administrative law by State Attorneys (Jaksa Pengacara Negara) for "
        "the general public."
    ),
    "Pendapat dan saran hukum": "Legal opinion and advice",
    "Dokumen terkait permasalahan": "Documents on the matter",
    "Sampaikan permasalahan hukum kepada jaksa.": (
        "Explain your legal problem to the prosecutor."
    ),
    "Terima pendapat dan saran hukum.": "Receive the legal opinion and advice.",
    # BP Batam
    "Badan Pengusahaan Kawasan Perdagangan Bebas dan Pelabuhan Bebas Batam": (
        "Batam Free Trade Zone and Free Port Authority (BP Batam)"
    ),
    (
        "Badan Pengusahaan Batam memegang Hak Pengelolaan atas sebagian besar lahan di Pulau "
        "Batam. Gerai di MPP melayani layanan lahan seperti Izin Peralihan Hak, fatwa planologi "
        "dan perpanjangan alokasi lahan."
    ): (
        "The Batam Authority holds the right of management (Hak Pengelolaan) over most land on "
        "Batam Island. Its booth in the MPP handles land services such as the Transfer of "
        "Rights Permit, planning advice (fatwa planologi) and extensions of land allocations."
    ),
    "Izin Peralihan Hak atas Alokasi Lahan": "Transfer of Rights Permit for a land allocation",
    (
        "Persetujuan BP Batam atas peralihan hak tanah di atas Hak Pengelolaan, sebagai syarat "
        "pembuatan akta PPAT dan pencatatan di Kantor Pertanahan."
    ): (
        "BP Batam's approval of a transfer of land rights on its right of management, needed "
        "before a land deed official (PPAT) draws up the deed and the Land Office records it."
    ),
    "Izin Peralihan Hak (IPH)": "Transfer of Rights Permit (IPH)",
    "KTP-el penjual dan pembeli": "KTP-el of the seller and the buyer",
    "Bukti lunas UWT": "Proof that the land fee (UWT) is paid in full",
    "Perjanjian pengikatan jual beli": "Conditional sale agreement (PPJB)",
    "Ajukan permohonan melalui layanan lahan daring BP Batam atau di gerai.": (
        "Apply through BP Batam's online land service or at the booth."
    ),
    "Petugas memverifikasi berkas dan status lahan.": (
        "The officer checks the documents and the status of the land."
    ),
    "Lunasi kewajiban UWT bila ada.": "Pay any outstanding land fee (UWT).",
    "Unduh atau ambil IPH.": "Download or collect the IPH.",
    "Penerbitan Fatwa Planologi": "Planning advice (fatwa planologi)",
    (
        "Penetapan peruntukan dan ketentuan teknis pemanfaatan lahan sebagai dasar perencanaan "
        "bangunan dan PBG."
    ): (
        "Decision on the land use and the technical rules for using a plot, as the basis for "
        "planning a building and its building approval (PBG)."
    ),
    "Fatwa planologi": "Planning advice (fatwa planologi)",
    "Surat permohonan": "Letter of application",
    "Bukti alokasi lahan": "Proof of land allocation",
    "Gambar rencana tapak": "Site plan",
    "Ajukan permohonan secara daring atau di gerai BP Batam.": (
        "Apply online or at the BP Batam booth."
    ),
    "Petugas memeriksa kesesuaian dengan rencana tata ruang.": (
        "The officer checks that the plan matches the spatial plan."
    ),
    "Unduh fatwa planologi.": "Download the planning advice.",
    "Perpanjangan Alokasi Lahan": "Extension of a land allocation",
    (
        "Perpanjangan jangka waktu alokasi lahan yang akan berakhir, dengan pembayaran UWT "
        "untuk jangka waktu perpanjangan."
    ): (
        "Extension of a land allocation that is about to end, with payment of the land fee "
        "(UWT) for the extended term."
    ),
    "Keputusan perpanjangan alokasi lahan": "Decision extending the land allocation",
    "KTP-el pemegang hak": "KTP-el of the right holder",
    "Bukti pembayaran PBB tahun terakhir": (
        "Proof of payment of the latest land and building tax (PBB)"
    ),
    "Terima faktur UWT perpanjangan.": "Receive the invoice of the UWT for the extension.",
    "Bayar UWT melalui virtual account.": "Pay the UWT through the virtual account.",
    "Terima keputusan perpanjangan alokasi lahan.": (
        "Receive the decision extending the land allocation."
    ),
    # Dinkes Batam
    "Dinas Kesehatan Kota Batam": "Batam City Health Office (Dinkes)",
    (
        "Perangkat daerah Pemerintah Kota Batam di bidang kesehatan. Gerai di MPP melayani "
        "surat keterangan sehat, sertifikat laik higiene sanitasi, dan sertifikat produksi "
        "pangan industri rumah tangga."
    ): (
        "Office of the Batam City Government for health. Its booth in the MPP issues health "
        "certificates, hygiene and sanitation certificates, and home food industry production "
        "certificates."
    ),
    "Penerbitan Surat Keterangan Sehat": "Health certificate",
    (
        "Pemeriksaan kesehatan umum oleh dokter dan penerbitan surat keterangan sehat untuk "
        "keperluan melamar kerja, sekolah atau administrasi lain."
    ): (
        "General check-up by a doctor and a health certificate for a job application, school or "
        "other paperwork."
    ),
    "Surat keterangan sehat": "Health certificate (surat keterangan sehat)",
    "Pemeriksaan fisik oleh dokter": "Physical examination by a doctor",
    "Ambil nomor antrean di gerai Dinas Kesehatan.": (
        "Take a queue number at the Health Office booth."
    ),
    "Bayar retribusi di kasir.": "Pay the levy at the cashier.",
    "Ikuti pemeriksaan tekanan darah, tinggi dan berat badan oleh dokter.": (
        "The doctor checks your blood pressure, height and weight."
    ),
    "Terima surat keterangan sehat.": "Receive the health certificate.",
    "Sertifikat Laik Higiene Sanitasi (SLHS)": "Hygiene and sanitation certificate (SLHS)",
    (
        "Penerbitan sertifikat bagi usaha jasa boga, rumah makan dan depot air minum setelah "
        "inspeksi kesehatan lingkungan dan uji laboratorium."
    ): (
        "Issue of a certificate to caterers, restaurants and drinking water depots after an "
        "environmental health inspection and laboratory tests."
    ),
    "Sertifikat Laik Higiene Sanitasi": (
        "Hygiene and sanitation certificate (Sertifikat Laik Higiene Sanitasi)"
    ),
    "KTP-el penanggung jawab": "KTP-el of the person in charge",
    "Hasil uji laboratorium sampel pangan atau air": (
        "Laboratory results of food or water samples"
    ),
    "Sertifikat pelatihan keamanan pangan penjamah makanan": (
        "Food safety training certificate of the food handlers"
    ),
    "Ajukan permohonan melalui OSS atau di gerai Dinas Kesehatan.": (
        "Apply through OSS or at the Health Office booth."
    ),
    "Ikuti inspeksi kesehatan lingkungan oleh petugas.": (
        "An officer inspects the premises for environmental health."
    ),
    "Serahkan hasil uji laboratorium.": "Hand in the laboratory results.",
    "Terima SLHS.": "Receive the SLHS.",
    "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)": (
        "Home food industry production certificate (SPP-IRT)"
    ),
    (
        "Pendampingan penerbitan SPP-IRT melalui OSS bagi usaha pangan olahan rumahan seperti "
        "kue, keripik dan sambal."
    ): (
        "Help with obtaining an SPP-IRT through OSS for home-made processed food businesses "
        "such as cakes, chips and chilli sauce."
    ),
    "Nomor P-IRT dan SPP-IRT": "P-IRT number and SPP-IRT certificate",
    "Rancangan label pangan": "Draft food label",
    "Sertifikat penyuluhan keamanan pangan": "Food safety course certificate",
    "Ajukan permohonan melalui OSS dengan pendampingan di gerai.": (
        "Apply through OSS with help at the booth."
    ),
    "Ikuti penyuluhan keamanan pangan bila belum memiliki sertifikat.": (
        "Attend the food safety course if you have no certificate yet."
    ),
    "Petugas memeriksa sarana produksi.": "An officer inspects the production premises.",
    "Unduh SPP-IRT dari OSS.": "Download the SPP-IRT from OSS.",
}
