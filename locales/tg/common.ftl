## The application shell: every page has these.

site-name = Веб-академияи ҷомеаи шаҳрвандӣ
site-tagline = Таълими ройгони фосилавӣ барои ташкилотҳои ҷомеаи шаҳрвандии Осиёи Марказӣ ва Озарбойҷон
skip-to-content = Гузариш ба мундариҷа
nav-main = Менюи асосӣ
nav-home = Саҳифаи асосӣ
nav-catalogue = Феҳристи курсҳо
nav-dashboard = Таҳсили ман
nav-sign-in = Ворид шудан
nav-sign-up = Сабти ном
nav-sign-out = Баромадан
nav-profile = Профил
lang-switcher-label = Забони сомона
footer-operator = Академияро ARGO дастгирӣ мекунад. Таҳсил ройгон аст.
footer-privacy = Мо ҳарчи камтар маълумот ҷамъ меоварем ва онро ба ҳеҷ кас намедиҳем.
# Tajik nouns stay singular after a numeral.
learners-count = { $count ->
    [one] { $count } шунаванда
   *[other] { $count } шунаванда
}
