## Сертификаттар: жеке кабинеттегі тізім, PDF, жария тексеру беті.

certificates-heading = Сертификаттар
certificate-kind-module = Модуль
certificate-kind-level = Деңгей
certificate-download = PDF жүктеу
certificate-verify-link = Тексеру беті
certificate-pdf-heading = Оқуды аяқтағаны туралы сертификат
certificate-pdf-issued-by = Берген
certificate-pdf-id = Сертификат нөмірі
certificate-pdf-verify-at = Түпнұсқалығын тексеру
verify-title = Сертификаттың түпнұсқалығын тексеру
verify-valid = Сертификат жарамды.
verify-revoked = Сертификат { $date } күні кері қайтарылды.
verify-unknown = Бұл нөмірмен сертификат табылмады.
verify-holder = Кімге берілді
verify-subject = Оқып шыққаны үшін
verify-date = Аяқталған күні

## Learner's controls on the dashboard.
certificate-download-in = Басып шығару тілі
certificate-open-badge = Цифрлық әмиянға арналған Open Badge (JSON)
certificate-hide = Жария тексеруден жасыру
certificate-show = Жария тексеруде көрсету
certificate-hidden-badge = Жария тексеруден жасырылған
certificate-hidden-help = Бұл сертификатты нөмірі бойынша ешкім таба алмайды. Ондағы QR-код оның түпнұсқалығын бұрынғыдай растайды.
certificate-public-help = Сертификат нөмірін білетін кез келген адам тексеру бетінде сертификатқа басылатын атыңызды, курс атауын және аяқталған күнін көре алады.
certificate-hidden-flash = Сертификат жария тексеруден жасырылды.
certificate-shown-flash = Енді сертификатты нөмірі бойынша табуға болады.
certificate-revoked-on = { $date } күні кері қайтарылған

## Verifying by the signed text of the QR code.
verify-valid-signature = Түпнұсқа: Азаматтық қоғам веб-академиясының қолтаңбасы сәйкес келеді, сертификат кері қайтарылмаған.
verify-withdrawn = Қолтаңба шынайы, бірақ Академия бұл сертификатты енді сақтамайды: оның иесі сертификаттан бас тартты.
verify-revoked-reason = Себебі
verify-payload-heading = QR-код мәтінін тексеру
verify-payload-help = Сертификаттағы QR-кодты телефонмен сканерлеңіз немесе ондағы мәтінді (ол CSOA1. деп басталады) не толық мекенжайды кірістіріңіз.
verify-payload-label = QR-код мәтіні
verify-payload-submit = Тексеру
verify-offline-help = Сертификаттарды интернетсіз тексеру үшін Академияның ашық кілттерін және кері қайтарылған сертификаттар тізімін жүктеп алыңыз:

## Why a certificate was revoked (shown publicly).
cert-revoked-issued-in-error = қате берілген
cert-revoked-superseded = жаңа сертификатпен ауыстырылған
cert-revoked-holder-request = иесінің өтініші бойынша кері қайтарылған
cert-revoked-misconduct = ережелерді бұзғаны үшін кері қайтарылған
cert-revoked-key-compromise = қолтаңба кілтінің құпиялығы бұзылған

## Why a pasted certificate text does not verify.
cert-bad-format = Бұл Академия сертификатының мәтіні емес немесе оның бір бөлігі жоқ. QR-кодтың бүкіл мәтінін көшіріңіз.
cert-unsupported-version = Бұл сертификатты Академияның жаңарақ нұсқасы жасаған. Оны Академия сайтында тексеріңіз.
cert-unknown-key = Бұл сертификатқа Академия жарияламайтын кілтпен қол қойылған. Ол түпнұсқа емес.
cert-bad-signature = Қолтаңба сәйкес келмейді: сертификат өзгертілген немесе оны Академия бермеген.

## Open Badges export: what the achievement is.
badge-description-module = Азаматтық қоғам веб-академиясының «{ $title }» модулін аяқтау.
badge-description-level = Азаматтық қоғам веб-академиясының «{ $title }» деңгейін аяқтау.
badge-criteria-module = Модульдің барлық сабақтары оқылды және қорытынды тест тапсырылды.
badge-criteria-level = Деңгейдің барлық модульдері аяқталды.

## Staff: certificates and revocation.
nav-certificates-admin = Сертификаттар
admin-certificates-title = Берілген сертификаттар
admin-certificates-search = Сертификат нөмірі немесе иесінің аты
admin-certificates-help = Кері қайтарылған сертификат тексеру бетінде және интернетсіз тексеруге арналған қол қойылған тізімде күні мен себебі көрсетіліп, кері қайтарылған ретінде көрінеді.
admin-certificates-revoke = Кері қайтару…
admin-certificates-reason = Себебі (барлығына көрінеді)
admin-certificates-note = Әрекеттер журналына арналған ескертпе (жарияланбайды)
admin-certificates-note-help = Кім сұрады және неге. Мұны тек қызметкерлер көреді.
admin-certificates-revoke-submit = Сертификатты кері қайтару
admin-certificates-none = Сертификаттар табылмады.
certificate-revoke-choose-reason = Кері қайтару себебін таңдаңыз.
certificate-revoked-flash = Сертификат кері қайтарылды.
