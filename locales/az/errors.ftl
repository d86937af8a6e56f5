## Error pages and the messages behind the service's error keys.

error-page-title = Nəsə səhv getdi
error-back-home = Ana səhifəyə
error-not-found-title = Səhifə tapılmadı
error-not-found = Belə səhifə yoxdur. Ola bilsin ki, keçid köhnəlib və ya ünvanda hərf səhvi var.
error-forbidden-title = Giriş qadağandır
error-forbidden = Bu səhifəyə baxmaq üçün icazəniz yoxdur.
error-bad-request-title = Yanlış sorğu
error-bad-request = Sorğunu emal etmək mümkün olmadı. Daxil etdiyiniz məlumatları yoxlayın və yenidən cəhd edin.
error-internal-title = Server xətası
error-internal = Serverdə xəta baş verdi. Məlumatlarınız saxlanılıb; bir az sonra yenidən cəhd edin.
error-unavailable-title = Xidmət müvəqqəti olaraq əlçatan deyil
error-unavailable = Akademiya hazırda əlçatan deyil. Bir neçə dəqiqədən sonra yenidən cəhd edin.
error-invalid-email = E-poçt ünvanını ad@domen.az formatında daxil edin.
error-email-taken = Bu ünvanla hesab artıq mövcuddur.
error-weak-password = Şifrə 10-dan 256-ya qədər simvoldan ibarət olmalıdır.
error-invalid-name = Adınızı daxil edin (120 simvola qədər).
error-unknown-role = Naməlum rol.
