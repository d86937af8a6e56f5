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

## Learner's controls on the dashboard.
certificate-download-in = Chop etish tili
certificate-open-badge = Raqamli hamyon uchun Open Badge (JSON)
certificate-hide = Ochiq tekshiruvdan yashirish
certificate-show = Ochiq tekshiruvda koʻrsatish
certificate-hidden-badge = Ochiq tekshiruvdan yashirilgan
certificate-hidden-help = Bu sertifikatni raqami boʻyicha hech kim topa olmaydi. Undagi QR-kod avvalgidek uning haqiqiyligini tasdiqlaydi.
certificate-public-help = Sertifikat raqamini biladigan har qanday kishi tekshirish sahifasida sertifikatda chop etiladigan ismingizni, kurs nomini va tamomlangan sanani koʻra oladi.
certificate-hidden-flash = Sertifikat ochiq tekshiruvdan yashirildi.
certificate-shown-flash = Endi sertifikatni raqami boʻyicha topish mumkin.
certificate-revoked-on = { $date } kuni bekor qilingan

## Verifying by the signed text of the QR code.
verify-valid-signature = Haqiqiy: Fuqarolik jamiyati veb-akademiyasining imzosi mos keladi va sertifikat bekor qilinmagan.
verify-withdrawn = Imzo haqiqiy, lekin Akademiya bu sertifikatni endi saqlamaydi: uning egasi undan voz kechgan.
verify-revoked-reason = Sababi
verify-payload-heading = QR-kod matnini tekshirish
verify-payload-help = Sertifikatdagi QR-kodni telefoningiz bilan skanerlang yoki undagi matnni (u CSOA1. bilan boshlanadi) yoxud toʻliq manzilni qoʻying.
verify-payload-label = QR-kod matni
verify-payload-submit = Tekshirish
verify-offline-help = Sertifikatlarni internetsiz tekshirish uchun Akademiyaning ochiq kalitlarini va bekor qilingan sertifikatlar roʻyxatini yuklab oling:

## Why a certificate was revoked (shown publicly).
cert-revoked-issued-in-error = xato berilgan
cert-revoked-superseded = yangi sertifikat bilan almashtirilgan
cert-revoked-holder-request = egasining iltimosiga koʻra bekor qilingan
cert-revoked-misconduct = qoidalar buzilgani uchun bekor qilingan
cert-revoked-key-compromise = imzo kalitining maxfiyligi buzilgan

## Why a pasted certificate text does not verify.
cert-bad-format = Bu Akademiya sertifikatining matni emas yoki uning bir qismi yetishmaydi. QR-kodning butun matnini nusxalang.
cert-unsupported-version = Bu sertifikat Akademiyaning yangiroq versiyasida yaratilgan. Uni Akademiya saytida tekshiring.
cert-unknown-key = Bu sertifikat Akademiya eʼlon qilmaydigan kalit bilan imzolangan. U haqiqiy emas.
cert-bad-signature = Imzo mos kelmaydi: sertifikat oʻzgartirilgan yoki uni Akademiya bermagan.

## Open Badges export: what the achievement is.
badge-description-module = Fuqarolik jamiyati veb-akademiyasining “{ $title }” modulini tamomlash.
badge-description-level = Fuqarolik jamiyati veb-akademiyasining “{ $title }” darajasini tamomlash.
badge-criteria-module = Modulning barcha darslari oʻrganilgan va yakuniy testi topshirilgan.
badge-criteria-level = Darajaning barcha modullari tamomlangan.

## Staff: certificates and revocation.
nav-certificates-admin = Sertifikatlar
admin-certificates-title = Berilgan sertifikatlar
admin-certificates-search = Sertifikat raqami yoki egasining ismi
admin-certificates-help = Bekor qilingan sertifikat tekshirish sahifasida va internetsiz tekshirish uchun imzolangan roʻyxatda sanasi va sababi bilan bekor qilingan deb koʻrsatiladi.
admin-certificates-revoke = Bekor qilish…
admin-certificates-reason = Sababi (hammaga koʻrinadi)
admin-certificates-note = Harakatlar jurnali uchun izoh (eʼlon qilinmaydi)
admin-certificates-note-help = Kim soʻradi va nima uchun. Buni faqat xodimlar koʻradi.
admin-certificates-revoke-submit = Sertifikatni bekor qilish
admin-certificates-none = Sertifikatlar topilmadi.
certificate-revoke-choose-reason = Bekor qilish sababini tanlang.
certificate-revoked-flash = Sertifikat bekor qilindi.
