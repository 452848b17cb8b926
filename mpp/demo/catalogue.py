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
