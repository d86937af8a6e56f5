## Sign-up, sign-in, passwords, profile.

nav-admin = Foydalanuvchilar
form-has-errors = Belgilangan maydonlarni tekshiring: nimadir notoʻgʻri toʻldirilgan. Kiritgan boshqa maʼlumotlaringiz shaklda saqlangan.
choose-option = — tanlang —
not-answered = Koʻrsatmayman
notice-title = Eʼtibor bering

field-email = Elektron pochta
field-password = Parol
field-new-password = Yangi parol
field-current-password = Joriy parol
field-new-email = Yangi elektron pochta manzili
field-display-name = Ism
field-certificate-name = Sertifikatdagi ism
field-country = Mamlakat
field-language = Taʼlim tili
field-gender = Jins
field-org-type = Tashkilot turi
field-org-name = Tashkilot nomi
field-accommodations = Oʻqish uchun menga maxsus sharoitlar kerak (masalan, nogironlik sababli)
field-consent = Maʼlumotlarim Akademiyada faqat oʻqish va anonim statistika uchun saqlanishiga hamda uchinchi shaxslarga berilmasligiga roziman.
hint-password = Kamida 10 ta belgi. Bir necha soʻzdan iborat iborani ishlatish qulay.
hint-certificate-name = Ismingiz sertifikatda shunday chop etiladi. Taxallus koʻrsatish ham mumkin. Boʻsh qoldirsangiz, yuqoridagi ismdan foydalanamiz.
profile-optional-legend = Ixtiyoriy maʼlumotlar
profile-optional-hint = Bu javoblar faqat donorlar uchun umumlashtirilgan hisobotlarda ishlatiladi; ular orqali aniq bir shaxsni aniqlab boʻlmaydi.

country-az = Ozarbayjon
country-kz = Qozogʻiston
country-kg = Qirgʻiziston
country-tj = Tojikiston
country-tm = Turkmaniston
country-uz = Oʻzbekiston
country-other = Boshqa mamlakat
gender-female = Ayol
gender-male = Erkak
gender-other = Boshqa
gender-undisclosed = Koʻrsatmaslikni afzal koʻraman
org-type-cso = NNT / notijorat tashkilot
org-type-initiative = Tashabbuskor guruh
org-type-academia = Akademik muhit
org-type-youth = Yoshlar tashkiloti
org-type-volunteer = Koʻngilli
org-type-social-enterprise = Ijtimoiy tadbirkorlik
org-type-government = Davlat organi
org-type-international = Xalqaro tashkilot
org-type-other = Boshqa
role-learner = Tinglovchi
role-translator = Tarjimon
role-instructor = Oʻqituvchi
role-staff = Xodim
role-admin = Administrator

sign-up-title = Roʻyxatdan oʻtish
sign-up-lead = Oʻqish bepul. Biz faqat oʻqish va sertifikat uchun kerakli maʼlumotlarni soʻraymiz.
sign-up-submit = Roʻyxatdan oʻtish
sign-up-have-account = Hisobingiz bormi?
sign-in-title = Kirish
sign-in-submit = Kirish
sign-in-forgot = Parolni unutdingizmi?
sign-in-no-account = Hali hisobingiz yoʻqmi?
check-inbox-title = Pochtangizni tekshiring
check-inbox-sign-up = Biz { $email } manziliga xat yubordik. Manzilni tasdiqlash va oʻqishni boshlash uchun xatdagi havolani oching.
check-inbox-reset = Agar { $email } manzili uchun hisob mavjud boʻlsa, biz unga parolni almashtirish havolasini yubordik. Havola bir soat amal qiladi.
check-inbox-spam = Xat kelmadimi? Bir necha daqiqa kuting va “Spam” jildini tekshiring.
forgot-title = Parolni almashtirish
forgot-lead = Roʻyxatdan oʻtishda koʻrsatgan elektron pochta manzilingizni kiriting. Biz parolni almashtirish havolasini yuboramiz.
forgot-submit = Havolani yuborish
reset-title = Yangi parol
reset-submit = Parolni saqlash
banner-verify-email = Elektron pochta manzilingizni tasdiqlang: busiz biz sertifikat bera olmaymiz.
banner-verify-resend = Xatni qayta yuborish

profile-title = Profil
profile-details = Shaxsiy maʼlumotlar
profile-save = Saqlash
profile-password = Parol
profile-change-password = Parolni almashtirish
profile-email = Elektron pochta
profile-current-email = Hozirgi manzil: { $email }
profile-change-email = Manzilni almashtirish

admin-users-title = Foydalanuvchilar va rollar
admin-users-search = Ism yoki manzil boʻyicha qidirish
admin-users-search-button = Qidirish
admin-users-total = { $count ->
    [one] { $count } ta foydalanuvchi topildi
   *[other] { $count } ta foydalanuvchi topildi
}
admin-users-created = Roʻyxatdan oʻtgan sana
admin-users-role = Rol
admin-users-save = Saqlash
admin-users-unverified = manzil tasdiqlanmagan

flash-email-verified = Manzil tasdiqlandi. Xush kelibsiz!
flash-verification-sent = Manzilni tasdiqlash uchun yangi xat yubordik.
flash-password-changed = Parol almashtirildi. Boshqa qurilmalarda qaytadan kirishingiz kerak boʻladi.
flash-change-one-time-password = Siz bir martalik parol bilan kirdingiz. Oʻz parolingizni oʻrnating.
flash-profile-saved = Profil saqlandi.
flash-email-change-sent = Yangi manzilga havola yubordik. Uni ochganingizda manzil almashadi.
flash-email-changed = Elektron pochta manzili almashtirildi.
flash-role-changed = Rol almashtirildi.
