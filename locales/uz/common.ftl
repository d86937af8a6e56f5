## The application shell: every page has these.

site-name = Fuqarolik jamiyati veb-akademiyasi
site-tagline = Markaziy Osiyo va Ozarbayjon fuqarolik jamiyati tashkilotlari uchun bepul masofaviy taʼlim
skip-to-content = Asosiy mazmunga oʻtish
nav-main = Asosiy menyu
nav-home = Bosh sahifa
nav-catalogue = Kurslar katalogi
nav-dashboard = Mening oʻqishim
nav-sign-in = Kirish
nav-sign-up = Roʻyxatdan oʻtish
nav-sign-out = Chiqish
nav-profile = Profil
lang-switcher-label = Sayt tili
footer-operator = Akademiyani ARGO qoʻllab-quvvatlaydi. Oʻqish bepul.
footer-privacy = Biz imkon qadar kam maʼlumot yigʻamiz va uni hech kimga bermaymiz.
# Uzbek nouns stay singular after a numeral.
learners-count = { $count ->
    [one] { $count } tinglovchi
   *[other] { $count } tinglovchi
}
