## Sertifikatlar: shaxsiy kabinetdagi roʻyxat, PDF, ochiq tekshirish sahifasi.

certificates-heading = Sertifikatlar
certificate-kind-module = Modul
certificate-kind-level = Daraja
certificate-download = PDF yuklab olish
certificate-verify-link = Tekshirish sahifasi
certificate-pdf-heading = Oʻqishni tamomlaganlik haqida sertifikat
certificate-pdf-issued-by = Bergan
certificate-pdf-id = Sertifikat raqami
certificate-pdf-verify-at = Haqiqiyligini tekshirish
verify-title = Sertifikat haqiqiyligini tekshirish
verify-valid = Sertifikat haqiqiy.
verify-revoked = Sertifikat { $date } kuni bekor qilingan.
verify-unknown = Bu raqamli sertifikat topilmadi.
verify-holder = Kimga berilgan
verify-subject = Tamomlagani uchun
verify-date = Tamomlangan sana
