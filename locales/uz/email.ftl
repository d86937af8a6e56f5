## Emails. Each kind has a subject, a body and, where there is a link, its label.

email-greeting = Assalomu alaykum, { $name }!
email-ignore = Agar bu soʻrovni Siz yubormagan boʻlsangiz, xatga eʼtibor bermang.
email-verify-email-subject = Elektron pochta manzilingizni tasdiqlang
email-verify-email-body = Fuqarolik jamiyati veb-akademiyasida roʻyxatdan oʻtganingiz uchun rahmat. Manzilni tasdiqlash va oʻqishni boshlash uchun quyidagi havolani oching. Havola 7 kun amal qiladi.
email-verify-email-action = Manzilni tasdiqlash
email-already-registered-subject = Manzilingiz bilan roʻyxatdan oʻtishga urinish
email-already-registered-body = Kimdir (ehtimol, Siz) Akademiyada shu manzil bilan roʻyxatdan oʻtishga urindi, lekin bu manzil bilan hisob allaqachon mavjud. Agar parolni unutgan boʻlsangiz, uni almashtirishingiz mumkin.
email-already-registered-action = Parolni almashtirish
email-reset-password-subject = Parolni almashtirish
email-reset-password-body = Parolni almashtirish haqida soʻrov oldik. Yangi parol oʻrnatish uchun quyidagi havolani oching. Havola bir soat amal qiladi.
email-reset-password-action = Yangi parol oʻrnatish
email-confirm-email-change-subject = Yangi manzilni tasdiqlang
email-confirm-email-change-body = Siz Akademiyadagi elektron pochta manzilingizni shu manzilga almashtirishni soʻradingiz. Almashtirishni tasdiqlash uchun havolani oching. Havola 24 soat amal qiladi.
email-confirm-email-change-action = Yangi manzilni tasdiqlash
email-email-change-requested-subject = Elektron pochta manzilini almashtirish soʻraldi
email-email-change-requested-body = Hisobingizda elektron pochta manzilini almashtirish soʻraldi. Agar buni Siz qilmagan boʻlsangiz, profilda parolingizni almashtiring.
email-email-change-requested-action = Profilni ochish
email-certificate-issued-subject = Fuqarolik jamiyati veb-akademiyasidan sertifikatingiz
email-certificate-issued-body = Tabriklaymiz! Siz “{ $title }” kursini tamomladingiz. Sertifikat xatga PDF shaklida ilova qilingan; uni shaxsiy kabinetingizdan Akademiyaning istalgan tilida yuklab olishingiz ham mumkin.
email-certificate-issued-action = Sertifikatlarimni ochish
