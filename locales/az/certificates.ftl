## Sertifikatlar: şəxsi kabinetdəki siyahı, PDF, açıq yoxlama səhifəsi.

certificates-heading = Sertifikatlar
certificate-kind-module = Modul
certificate-kind-level = Səviyyə
certificate-download = PDF-i yüklə
certificate-verify-link = Yoxlama səhifəsi
certificate-pdf-heading = Təhsili bitirmə sertifikatı
certificate-pdf-issued-by = Verən
certificate-pdf-id = Sertifikat nömrəsi
certificate-pdf-verify-at = Həqiqiliyinin yoxlanılması
verify-title = Sertifikatın həqiqiliyinin yoxlanılması
verify-valid = Sertifikat etibarlıdır.
verify-revoked = Sertifikat { $date } tarixində ləğv edilib.
verify-unknown = Bu nömrəli sertifikat tapılmadı.
verify-holder = Kimə verilib
verify-subject = Bitirdiyi üçün
verify-date = Bitirmə tarixi

## Learner's controls on the dashboard.
certificate-download-in = Çap dili
certificate-open-badge = Rəqəmsal pulqabı üçün Open Badge (JSON)
certificate-hide = Açıq yoxlamadan gizlət
certificate-show = Açıq yoxlamada göstər
certificate-hidden-badge = Açıq yoxlamadan gizlədilib
certificate-hidden-help = Heç kim bu sertifikatı nömrəsinə görə tapa bilməz. Onun üzərindəki QR-kod əvvəlki kimi sertifikatın həqiqi olduğunu təsdiqləyir.
certificate-public-help = Sertifikatın nömrəsini bilən hər kəs yoxlama səhifəsində sertifikatda çap olunan adınızı, kursun adını və bitirmə tarixini görə bilər.
certificate-hidden-flash = Sertifikat açıq yoxlamadan gizlədildi.
certificate-shown-flash = Artıq sertifikatı nömrəsinə görə tapmaq mümkündür.
certificate-revoked-on = { $date } tarixində ləğv edilib

## Verifying by the signed text of the QR code.
verify-valid-signature = Həqiqidir: Vətəndaş cəmiyyəti veb-akademiyasının imzası uyğun gəlir və sertifikat ləğv edilməyib.
verify-withdrawn = İmza həqiqidir, lakin Akademiya bu sertifikatı artıq saxlamır: sahibi ondan imtina edib.
verify-revoked-reason = Səbəb
verify-payload-heading = QR-kodun mətninin yoxlanılması
verify-payload-help = Sertifikatdakı QR-kodu telefonunuzla skan edin və ya onun daxilindəki mətni (CSOA1. ilə başlayır) yaxud tam ünvanı yapışdırın.
verify-payload-label = QR-kodun mətni
verify-payload-submit = Yoxla
verify-offline-help = Sertifikatları internetsiz yoxlamaq üçün Akademiyanın açıq açarlarını və ləğv edilmiş sertifikatların siyahısını yükləyin:

## Why a certificate was revoked (shown publicly).
cert-revoked-issued-in-error = səhvən verilib
cert-revoked-superseded = yeni sertifikatla əvəz edilib
cert-revoked-holder-request = sahibinin xahişi ilə ləğv edilib
cert-revoked-misconduct = qaydaların pozulmasına görə ləğv edilib
cert-revoked-key-compromise = imza açarının məxfiliyi pozulub

## Why a pasted certificate text does not verify.
cert-bad-format = Bu, Akademiya sertifikatının mətni deyil və ya onun bir hissəsi çatışmır. QR-kodun bütün mətnini kopyalayın.
cert-unsupported-version = Bu sertifikat Akademiyanın daha yeni versiyası ilə yaradılıb. Onu Akademiyanın saytında yoxlayın.
cert-unknown-key = Bu sertifikat Akademiyanın dərc etmədiyi açarla imzalanıb. O, həqiqi deyil.
cert-bad-signature = İmza uyğun gəlmir: sertifikat dəyişdirilib və ya onu Akademiya verməyib.

## Open Badges export: what the achievement is.
badge-description-module = Vətəndaş cəmiyyəti veb-akademiyasının “{ $title }” modulunun bitirilməsi.
badge-description-level = Vətəndaş cəmiyyəti veb-akademiyasının “{ $title }” səviyyəsinin bitirilməsi.
badge-criteria-module = Modulun bütün dərsləri öyrənilib və yekun testi verilib.
badge-criteria-level = Səviyyənin bütün modulları bitirilib.

## Staff: certificates and revocation.
nav-certificates-admin = Sertifikatlar
admin-certificates-title = Verilmiş sertifikatlar
admin-certificates-search = Sertifikat nömrəsi və ya sahibinin adı
admin-certificates-help = Ləğv edilmiş sertifikat yoxlama səhifəsində və internetsiz yoxlama üçün imzalanmış siyahıda tarixi və səbəbi ilə birlikdə ləğv edilmiş kimi göstərilir.
admin-certificates-revoke = Ləğv et…
admin-certificates-reason = Səbəb (hamıya görünür)
admin-certificates-note = Əməliyyatlar jurnalı üçün qeyd (dərc olunmur)
admin-certificates-note-help = Kim xahiş edib və nə üçün. Bunu yalnız əməkdaşlar görür.
admin-certificates-revoke-submit = Sertifikatı ləğv et
admin-certificates-none = Sertifikat tapılmadı.
certificate-revoke-choose-reason = Ləğv etmə səbəbini seçin.
certificate-revoked-flash = Sertifikat ləğv edildi.
