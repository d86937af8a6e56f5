## Сертификаттар: жеке кабинеттеги тизме, PDF, ачык текшерүү барагы.

certificates-heading = Сертификаттар
certificate-kind-module = Модуль
certificate-kind-level = Деңгээл
certificate-download = PDF жүктөп алуу
certificate-verify-link = Текшерүү барагы
certificate-pdf-heading = Окууну аяктагандыгы тууралуу сертификат
certificate-pdf-issued-by = Берген
certificate-pdf-id = Сертификаттын номери
certificate-pdf-verify-at = Аныктыгын текшерүү
verify-title = Сертификаттын аныктыгын текшерүү
verify-valid = Сертификат жарактуу.
verify-revoked = Сертификат { $date } күнү кайтарылып алынган.
verify-unknown = Мындай номердеги сертификат табылган жок.
verify-holder = Кимге берилди
verify-subject = Окуп бүткөнү үчүн
verify-date = Аяктаган күнү

## Learner's controls on the dashboard.
certificate-download-in = Басып чыгаруу тили
certificate-open-badge = Санариптик капчык үчүн Open Badge (JSON)
certificate-hide = Ачык текшерүүдөн жашыруу
certificate-show = Ачык текшерүүдө көрсөтүү
certificate-hidden-badge = Ачык текшерүүдөн жашырылган
certificate-hidden-help = Бул сертификатты номери боюнча эч ким таба албайт. Андагы QR-код анын аныктыгын мурдагыдай эле тастыктайт.
certificate-public-help = Сертификаттын номерин билген ар бир адам текшерүү барагында сертификатка басылуучу атыңызды, курстун аталышын жана аяктаган күнүн көрө алат.
certificate-hidden-flash = Сертификат ачык текшерүүдөн жашырылды.
certificate-shown-flash = Эми сертификатты номери боюнча табууга болот.
certificate-revoked-on = { $date } күнү кайтарылып алынган

## Verifying by the signed text of the QR code.
verify-valid-signature = Анык: Жарандык коом веб-академиясынын кол тамгасы дал келет, сертификат кайтарылып алынган эмес.
verify-withdrawn = Кол тамга анык, бирок Академия бул сертификатты мындан ары сактабайт: анын ээси андан баш тартты.
verify-revoked-reason = Себеби
verify-payload-heading = QR-коддун текстин текшерүү
verify-payload-help = Сертификаттагы QR-кодду телефонуңуз менен сканерлеңиз же андагы текстти (ал CSOA1. менен башталат) же толук даректи коюңуз.
verify-payload-label = QR-коддун тексти
verify-payload-submit = Текшерүү
verify-offline-help = Сертификаттарды интернетсиз текшерүү үчүн Академиянын ачык ачкычтарын жана кайтарылып алынган сертификаттардын тизмесин жүктөп алыңыз:

## Why a certificate was revoked (shown publicly).
cert-revoked-issued-in-error = ката берилген
cert-revoked-superseded = жаңы сертификат менен алмаштырылган
cert-revoked-holder-request = ээсинин өтүнүчү боюнча кайтарылып алынган
cert-revoked-misconduct = эрежелерди бузгандыгы үчүн кайтарылып алынган
cert-revoked-key-compromise = кол тамга ачкычынын купуялуулугу бузулган

## Why a pasted certificate text does not verify.
cert-bad-format = Бул Академиянын сертификатынын тексти эмес же анын бир бөлүгү жок. QR-коддун текстин толугу менен көчүрүңүз.
cert-unsupported-version = Бул сертификат Академиянын жаңыраак версиясында түзүлгөн. Аны Академиянын сайтынан текшериңиз.
cert-unknown-key = Бул сертификатка Академия жарыялабаган ачкыч менен кол коюлган. Ал анык эмес.
cert-bad-signature = Кол тамга дал келбейт: сертификат өзгөртүлгөн же аны Академия берген эмес.

## Open Badges export: what the achievement is.
badge-description-module = Жарандык коом веб-академиясынын «{ $title }» модулун аяктоо.
badge-description-level = Жарандык коом веб-академиясынын «{ $title }» деңгээлин аяктоо.
badge-criteria-module = Модулдун бардык сабактары окулуп, жыйынтыктоочу тест тапшырылды.
badge-criteria-level = Деңгээлдин бардык модулдары аякталды.

## Staff: certificates and revocation.
nav-certificates-admin = Сертификаттар
admin-certificates-title = Берилген сертификаттар
admin-certificates-search = Сертификаттын номери же ээсинин аты
admin-certificates-help = Кайтарылып алынган сертификат текшерүү барагында жана интернетсиз текшерүү үчүн кол коюлган тизмеде күнү жана себеби менен кайтарылып алынган катары көрсөтүлөт.
admin-certificates-revoke = Кайтарып алуу…
admin-certificates-reason = Себеби (баарына көрүнөт)
admin-certificates-note = Аракеттер журналы үчүн эскертүү (жарыяланбайт)
admin-certificates-note-help = Ким сурады жана эмне үчүн. Муну кызматкерлер гана көрөт.
admin-certificates-revoke-submit = Сертификатты кайтарып алуу
admin-certificates-none = Сертификаттар табылган жок.
certificate-revoke-choose-reason = Кайтарып алуунун себебин тандаңыз.
certificate-revoked-flash = Сертификат кайтарылып алынды.
