## The application shell: every page has these.

site-name = Vətəndaş cəmiyyəti veb-akademiyası
site-tagline = Mərkəzi Asiya və Azərbaycanın vətəndaş cəmiyyəti təşkilatları üçün pulsuz distant təhsil
skip-to-content = Əsas məzmuna keç
nav-main = Əsas menyu
nav-home = Ana səhifə
nav-catalogue = Kurs kataloqu
nav-dashboard = Mənim təhsilim
nav-sign-in = Daxil ol
nav-sign-up = Qeydiyyat
nav-sign-out = Çıxış
nav-profile = Profil
lang-switcher-label = Saytın dili
footer-operator = Akademiyanı ARGO dəstəkləyir. Təhsil pulsuzdur.
footer-privacy = Biz mümkün qədər az məlumat toplayırıq və onu heç kimə ötürmürük.
# Azerbaijani nouns stay singular after a numeral.
learners-count = { $count ->
    [one] { $count } dinləyici
   *[other] { $count } dinləyici
}
