## Sign-up, sign-in, passwords, profile.

nav-admin = İstifadəçilər
form-has-errors = Qeyd olunmuş sahələri yoxlayın: nəsə düzgün doldurulmayıb. Daxil etdiyiniz digər məlumatların hamısı formada saxlanılıb.
choose-option = — seçin —
not-answered = Göstərmək istəmirəm
notice-title = Diqqət yetirin

field-email = E-poçt
field-password = Şifrə
field-new-password = Yeni şifrə
field-current-password = Cari şifrə
field-new-email = Yeni e-poçt ünvanı
field-display-name = Ad
field-certificate-name = Sertifikatdakı ad
field-country = Ölkə
field-language = Təhsil dili
field-gender = Cins
field-org-type = Təşkilatın növü
field-org-name = Təşkilatın adı
field-accommodations = Təhsil üçün mənə xüsusi şərait lazımdır (məsələn, əlillik səbəbindən)
field-consent = Məlumatlarımın Akademiyada yalnız təhsil və anonim statistika üçün saxlanılmasına və üçüncü şəxslərə ötürülməməsinə razıyam.
hint-password = Ən azı 10 simvol. Bir neçə sözdən ibarət ifadədən istifadə etmək rahatdır.
hint-certificate-name = Adınız sertifikatda belə çap olunacaq. Təxəllüs də göstərə bilərsiniz. Boş buraxsanız, yuxarıdakı addan istifadə edəcəyik.
profile-optional-legend = İstəyə bağlı məlumatlar
profile-optional-hint = Bu cavablar yalnız donorlar üçün ümumiləşdirilmiş hesabatlarda istifadə olunur; onlara əsasən konkret şəxsi müəyyən etmək mümkün deyil.

country-az = Azərbaycan
country-kz = Qazaxıstan
country-kg = Qırğızıstan
country-tj = Tacikistan
country-tm = Türkmənistan
country-uz = Özbəkistan
country-other = Başqa ölkə
gender-female = Qadın
gender-male = Kişi
gender-other = Digər
gender-undisclosed = Göstərməməyi üstün tuturam
org-type-cso = VCT / QHT
org-type-initiative = Təşəbbüs qrupu
org-type-academia = Akademik mühit
org-type-youth = Gənclər təşkilatı
org-type-volunteer = Könüllü
org-type-social-enterprise = Sosial sahibkarlıq
org-type-government = Dövlət orqanı
org-type-international = Beynəlxalq təşkilat
org-type-other = Digər
role-learner = Dinləyici
role-translator = Tərcüməçi
role-instructor = Təlimçi
role-staff = Əməkdaş
role-admin = Administrator

sign-up-title = Qeydiyyat
sign-up-lead = Təhsil pulsuzdur. Biz yalnız təhsil və sertifikat üçün lazım olanları soruşuruq.
sign-up-submit = Qeydiyyatdan keçin
sign-up-have-account = Artıq hesabınız var?
sign-in-title = Giriş
sign-in-submit = Daxil ol
sign-in-forgot = Şifrəni unutmusunuz?
sign-in-no-account = Hələ hesabınız yoxdur?
check-inbox-title = Poçtunuzu yoxlayın
check-inbox-sign-up = Biz { $email } ünvanına məktub göndərdik. Ünvanı təsdiqləmək və təhsilə başlamaq üçün məktubdakı keçidi açın.
check-inbox-reset = Əgər { $email } ünvanı üçün hesab varsa, biz ona şifrəni dəyişmək üçün keçid göndərdik. Keçid bir saat etibarlıdır.
check-inbox-spam = Məktub gəlmədi? Bir neçə dəqiqə gözləyin və “Spam” qovluğunu yoxlayın.
forgot-title = Şifrənin dəyişdirilməsi
forgot-lead = Qeydiyyatdan keçərkən göstərdiyiniz e-poçt ünvanını daxil edin. Biz şifrəni dəyişmək üçün keçid göndərəcəyik.
forgot-submit = Keçidi göndər
reset-title = Yeni şifrə
reset-submit = Şifrəni yadda saxla
banner-verify-email = E-poçt ünvanınızı təsdiqləyin: bu olmadan biz sertifikat verə bilmərik.
banner-verify-resend = Məktubu yenidən göndər

profile-title = Profil
profile-details = Şəxsi məlumatlar
profile-save = Yadda saxla
profile-password = Şifrə
profile-change-password = Şifrəni dəyiş
profile-email = E-poçt
profile-current-email = Hazırkı ünvan: { $email }
profile-change-email = Ünvanı dəyiş

admin-users-title = İstifadəçilər və rollar
admin-users-search = Ad və ya ünvan üzrə axtarış
admin-users-search-button = Axtar
admin-users-total = { $count ->
    [one] { $count } istifadəçi tapıldı
   *[other] { $count } istifadəçi tapıldı
}
admin-users-created = Qeydiyyat tarixi
admin-users-role = Rol
admin-users-save = Yadda saxla
admin-users-unverified = ünvan təsdiqlənməyib

flash-email-verified = Ünvan təsdiqləndi. Xoş gəlmisiniz!
flash-verification-sent = Ünvanı təsdiqləmək üçün yeni məktub göndərdik.
flash-password-changed = Şifrə dəyişdirildi. Digər cihazlarda yenidən daxil olmalı olacaqsınız.
flash-change-one-time-password = Siz birdəfəlik şifrə ilə daxil oldunuz. Öz şifrənizi təyin edin.
flash-profile-saved = Profil yadda saxlanıldı.
flash-email-change-sent = Yeni ünvana keçid göndərdik. Siz onu açdıqda ünvan dəyişəcək.
flash-email-changed = E-poçt ünvanı dəyişdirildi.
flash-role-changed = Rol dəyişdirildi.
