## The application shell: every page has these.

site-name = Жарандык коом веб-академиясы
site-tagline = Борбордук Азия жана Азербайжандын жарандык коом уюмдары үчүн акысыз аралыктан окутуу
skip-to-content = Негизги мазмунга өтүү
nav-main = Негизги меню
nav-home = Башкы бет
nav-catalogue = Курстардын каталогу
nav-dashboard = Менин окуум
nav-sign-in = Кирүү
nav-sign-up = Катталуу
nav-sign-out = Чыгуу
nav-profile = Профиль
lang-switcher-label = Сайттын тили
footer-operator = Академияны ARGO колдойт. Окуу акысыз.
footer-privacy = Биз маалыматтарды мүмкүн болушунча аз чогултабыз жана аларды эч кимге бербейбиз.
# Kyrgyz nouns stay singular after a numeral.
learners-count = { $count ->
    [one] { $count } угуучу
   *[other] { $count } угуучу
}
