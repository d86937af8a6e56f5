## The application shell: every page has these.

site-name = Raýat jemgyýeti web-akademiýasy
site-tagline = Merkezi Aziýanyň we Azerbaýjanyň raýat jemgyýetiniň guramalary üçin mugt uzakdan okuw
skip-to-content = Esasy mazmuna geçmek
nav-main = Esasy menýu
nav-home = Baş sahypa
nav-catalogue = Kurslaryň sanawy
nav-dashboard = Meniň okuwym
nav-sign-in = Giriş
nav-sign-up = Hasaba durmak
nav-sign-out = Çykyş
nav-profile = Profil
lang-switcher-label = Saýtyň dili
footer-operator = Akademiýany ARGO goldaýar. Okuw mugt.
footer-privacy = Biz maglumatlary mümkin boldugyça az ýygnaýarys we olary hiç kime bermeýäris.
# Turkmen nouns stay singular after a numeral.
learners-count = { $count ->
    [one] { $count } diňleýji
   *[other] { $count } diňleýji
}
