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
