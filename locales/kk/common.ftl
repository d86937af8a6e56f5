## The application shell: every page has these.

site-name = Азаматтық қоғам веб-академиясы
site-tagline = Орталық Азия мен Әзербайжанның азаматтық қоғам ұйымдарына арналған тегін қашықтан оқыту
skip-to-content = Негізгі мазмұнға өту
nav-main = Негізгі мәзір
nav-home = Басты бет
nav-catalogue = Курстар каталогы
nav-dashboard = Менің оқуым
nav-sign-in = Кіру
nav-sign-up = Тіркелу
nav-sign-out = Шығу
nav-profile = Профиль
lang-switcher-label = Сайт тілі
footer-operator = Академияны ARGO қолдайды. Оқу тегін.
footer-privacy = Біз деректерді барынша аз жинаймыз және оларды ешкімге бермейміз.
# Kazakh nouns stay singular after a numeral; both variants are kept so the
# plural rule (one/other) is visible to translators.
learners-count = { $count ->
    [one] { $count } тыңдаушы
   *[other] { $count } тыңдаушы
}
