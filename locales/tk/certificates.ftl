## Sertifikatlar: şahsy otagdaky sanaw, PDF, açyk barlag sahypasy.

certificates-heading = Sertifikatlar
certificate-kind-module = Modul
certificate-kind-level = Dereje
certificate-download = PDF ýükläp al
certificate-verify-link = Barlag sahypasy
certificate-pdf-heading = Okuwy tamamlandygy barada sertifikat
certificate-pdf-issued-by = Beren
certificate-pdf-id = Sertifikatyň belgisi
certificate-pdf-verify-at = Hakykylygyny barlamak
verify-title = Sertifikatyň hakykylygyny barlamak
verify-valid = Sertifikat hakyky.
verify-revoked = Sertifikat { $date } senesinde ýatyryldy.
verify-unknown = Bu belgili sertifikat tapylmady.
verify-holder = Kime berildi
verify-subject = Tamamlandygy üçin
verify-date = Tamamlanan senesi

## Learner's controls on the dashboard.
certificate-download-in = Çap ediljek dil
certificate-open-badge = Sanly gapjyk üçin Open Badge (JSON)
certificate-hide = Açyk barlagdan gizlemek
certificate-show = Açyk barlagda görkezmek
certificate-hidden-badge = Açyk barlagdan gizlenen
certificate-hidden-help = Bu sertifikaty belgisi boýunça hiç kim tapyp bilmez. Sertifikatdaky QR-kod onuň hakykydygyny öňküsi ýaly tassyklaýar.
certificate-public-help = Sertifikatyň belgisini bilýän islendik adam barlag sahypasynda sertifikatda çap edilýän adyňyzy, kursuň adyny we tamamlanan senesini görüp biler.
certificate-hidden-flash = Sertifikat açyk barlagdan gizlendi.
certificate-shown-flash = Indi sertifikaty belgisi boýunça tapyp bolýar.
certificate-revoked-on = { $date } senesinde ýatyryldy

## Verifying by the signed text of the QR code.
verify-valid-signature = Hakyky: Raýat jemgyýeti web-akademiýasynyň goly gabat gelýär we sertifikat ýatyrylmandyr.
verify-withdrawn = Gol hakyky, emma Akademiýa bu sertifikaty indi saklamaýar: onuň eýesi ondan ýüz öwürdi.
verify-revoked-reason = Sebäbi
verify-payload-heading = QR-koduň tekstini barlamak
verify-payload-help = Sertifikatdaky QR-kody telefonyňyz bilen skanirläň ýa-da onuň içindäki teksti (ol CSOA1. bilen başlanýar) ýa-da doly salgyny goýuň.
verify-payload-label = QR-koduň teksti
verify-payload-submit = Barlamak
verify-offline-help = Sertifikatlary internetsiz barlamak üçin Akademiýanyň açyk açarlaryny we ýatyrylan sertifikatlaryň sanawyny ýükläp alyň:

## Why a certificate was revoked (shown publicly).
cert-revoked-issued-in-error = ýalňyşlyk bilen berlen
cert-revoked-superseded = täze sertifikat bilen çalşyrylan
cert-revoked-holder-request = eýesiniň haýyşy boýunça ýatyrylan
cert-revoked-misconduct = düzgünleri bozandygy üçin ýatyrylan
cert-revoked-key-compromise = gol çekiş açarynyň gizlinligi bozulan

## Why a pasted certificate text does not verify.
cert-bad-format = Bu Akademiýanyň sertifikatynyň teksti däl ýa-da onuň bir bölegi ýok. QR-koduň ähli tekstini göçürip alyň.
cert-unsupported-version = Bu sertifikat Akademiýanyň has täze wersiýasynda döredilipdir. Ony Akademiýanyň saýtynda barlaň.
cert-unknown-key = Bu sertifikata Akademiýanyň ýaýratmaýan açary bilen gol çekilipdir. Ol hakyky däl.
cert-bad-signature = Gol gabat gelmeýär: sertifikat üýtgedilipdir ýa-da ony Akademiýa bermändir.

## Open Badges export: what the achievement is.
badge-description-module = Raýat jemgyýeti web-akademiýasynyň “{ $title }” modulyny tamamlamak.
badge-description-level = Raýat jemgyýeti web-akademiýasynyň “{ $title }” derejesini tamamlamak.
badge-criteria-module = Modulyň ähli sapaklary öwrenildi we jemleýji testi tabşyryldy.
badge-criteria-level = Derejäniň ähli modullary tamamlandy.

## Staff: certificates and revocation.
nav-certificates-admin = Sertifikatlar
admin-certificates-title = Berlen sertifikatlar
admin-certificates-search = Sertifikatyň belgisi ýa-da eýesiniň ady
admin-certificates-help = Ýatyrylan sertifikat barlag sahypasynda we internetsiz barlamak üçin gol çekilen sanawda senesi we sebäbi bilen bilelikde ýatyrylan hökmünde görkezilýär.
admin-certificates-revoke = Ýatyrmak…
admin-certificates-reason = Sebäbi (köpçülige görkezilýär)
admin-certificates-note = Hereketler žurnaly üçin bellik (köpçülige görkezilmeýär)
admin-certificates-note-help = Kim haýyş etdi we näme üçin. Muny diňe işgärler görýär.
admin-certificates-revoke-submit = Sertifikaty ýatyrmak
admin-certificates-none = Sertifikat tapylmady.
certificate-revoke-choose-reason = Ýatyrmagyň sebäbini saýlaň.
certificate-revoked-flash = Sertifikat ýatyryldy.
