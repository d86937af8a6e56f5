## Emails. Each kind has a subject, a body and, where there is a link, its label.

email-greeting = Hörmətli { $name }!
email-ignore = Əgər bu sorğunu Siz göndərməmisinizsə, məktuba əhəmiyyət verməyin.
email-verify-email-subject = E-poçt ünvanınızı təsdiqləyin
email-verify-email-body = Vətəndaş cəmiyyəti veb-akademiyasında qeydiyyatdan keçdiyiniz üçün təşəkkür edirik. Ünvanı təsdiqləmək və təhsilə başlamaq üçün aşağıdakı keçidi açın. Keçid 7 gün etibarlıdır.
email-verify-email-action = Ünvanı təsdiqlə
email-already-registered-subject = Ünvanınızla qeydiyyat cəhdi
email-already-registered-body = Kimsə (bəlkə də Siz) bu ünvanla Akademiyada qeydiyyatdan keçməyə cəhd etdi, lakin bu ünvanla hesab artıq mövcuddur. Şifrəni unutmusunuzsa, onu dəyişə bilərsiniz.
email-already-registered-action = Şifrəni dəyiş
email-reset-password-subject = Şifrənin dəyişdirilməsi
email-reset-password-body = Şifrənin dəyişdirilməsi üçün sorğu aldıq. Yeni şifrə təyin etmək üçün aşağıdakı keçidi açın. Keçid bir saat etibarlıdır.
email-reset-password-action = Yeni şifrə təyin et
email-confirm-email-change-subject = Yeni ünvanı təsdiqləyin
email-confirm-email-change-body = Siz Akademiyadakı e-poçt ünvanınızın bu ünvana dəyişdirilməsini istədiniz. Dəyişikliyi təsdiqləmək üçün keçidi açın. Keçid 24 saat etibarlıdır.
email-confirm-email-change-action = Yeni ünvanı təsdiqlə
email-email-change-requested-subject = E-poçt ünvanının dəyişdirilməsi tələb olunub
email-email-change-requested-body = Hesabınızda e-poçt ünvanının dəyişdirilməsi tələb olunub. Əgər bunu Siz etməmisinizsə, profildə şifrənizi dəyişin.
email-email-change-requested-action = Profili aç
email-certificate-issued-subject = Vətəndaş cəmiyyəti veb-akademiyasından sertifikatınız
email-certificate-issued-body = Təbrik edirik! Siz “{ $title }” kursunu bitirdiniz. Sertifikatınız məktuba PDF formatında əlavə olunub; onu şəxsi kabinetinizdən Akademiyanın istənilən dilində də yükləyə bilərsiniz.
email-certificate-issued-action = Sertifikatlarımı aç
