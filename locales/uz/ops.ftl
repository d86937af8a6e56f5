## Tizim holati: administrator sahifasi.

ops-status-title = Tizim holati
ops-version = Versiya
ops-database = Maʼlumotlar bazasi
ops-size-mb = { $size } MB
ops-replica = Oʻqish uchun replika
ops-replica-none = sozlanmagan
ops-migrations = Sxema migratsiyalari
ops-migrations-applied = Qoʻllanilgan: { $count }
ops-migrations-pending = Qoʻllanilishini kutmoqda: { $count }
ops-migrations-current = Maʼlumotlar bazasi sxemasi dolzarb.
ops-outbox = Xatlar navbati
ops-outbox-pending = Yuborilishini kutmoqda
ops-outbox-failed = Yuborib boʻlmadi
ops-outbox-last-error = Soʻnggi xato
ops-certificates-issued = Berilgan sertifikatlar
ops-backup = Zaxira nusxalar
ops-backup-last = Soʻnggi nusxa
ops-backup-none = Hali birorta zaxira nusxa olinmagan. «academy backup» buyrugʻini muntazam ishga tushirishni sozlang.
ops-metrics-hint = Prometheus uchun koʻrsatkichlar:
admin-status-link = Tizim holati

## The staff's start page (/manage): one header link for all their tools.
nav-manage = Boshqaruv
manage-title = Akademiyani boshqarish
manage-intro = Rolingizga mavjud vositalar.
manage-reports = Kurslarga yozilish, yakunlash va sertifikatlar — mamlakatlar, jins, tashkilotlar va davrlar boʻyicha, donorlar uchun; CSV va Excel koʻrinishida yuklab olish.
manage-certificates = Berilgan sertifikatni topish, sababini koʻrsatib, uni bekor qilish.
manage-author = Modullar va testlarni yozish, tarjima qilish va nashr etish.
manage-users = Hisoblar va rollar.
manage-status = Versiya, maʼlumotlar bazasi, xatlar navbati va oxirgi zaxira nusxa.
