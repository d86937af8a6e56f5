## Catalogue, module pages, dashboard, lessons.

catalogue-title = Kurslaryň sanawy
catalogue-lead = { $levels } dereje, { $modules } modul. Birinji derejeden başlaň ýa-da gerek moduly saýlaň.
level-number = Dereje { $number }
requires-first = Ilki bilen şulary geçmeli:
enrol-level = Tutuş derejä ýazylmak
enrol-module = Modula ýazylmak
sign-up-to-enrol = Okamak üçin hasaba durmak
module-meta = { $lessons ->
    [one] { $lessons } sapak
   *[other] { $lessons } sapak
} · takmynan { $minutes } min
module-languages = Diller:
module-objectives = Näme öwrenersiňiz
module-lessons = Sapaklar
module-quiz = Jemleýji test
status-completed = Geçildi
status-progress = { $percent }% geçildi
progress-label = Modul boýunça öňegidişlik
breadcrumbs = Siz şu ýerde
continue-learning = Okuwy dowam etmek
go-to-quiz = Teste geçmek

dashboard-title = Meniň okuwym
dashboard-continue = Duran ýeriňizden dowam etmek
dashboard-in-progress = Okalýan modullar
dashboard-completed = Geçilen modullar
dashboard-empty = Siz entek hiç bir modula ýazylmadyňyz.
lessons-done = Geçilen sapaklar: { $done }/{ $total }

lesson-number = Sapak { $number } / { $count }
lesson-done = Sapak geçildi
lesson-complete = Sapagy geçildi diýip bellemek
lesson-complete-next = Sapak okaldy — indikä
lesson-complete-quiz = Sapak okaldy — teste
lesson-pager = Goňşy sapaklar
fallback-notice = Bu sapak entek Siziň diliňizde ýok. Şu dildäki görnüşi görkezildi: { $shown }.
fallback-other = Beýleki diller:

flash-enrolled = Siz modula ýazyldyňyz. Okuwyňyzda üstünlik!
flash-enrolled-level = Siz derejäniň ähli modullaryna ýazyldyňyz.
flash-module-complete = Gutlaýarys! Modul geçildi.

# A newer module version, switched to only by the learner's choice
newer-version-available = Moduluň täze wersiýasy çykdy. Siz başlan wersiýaňyzy geçýärsiňiz; täzesine geçip bilersiňiz: onda galan geçilen sapaklar geçilen bolup galar, kwiziň öňki synanyşyklary saklanar.
newer-version-switch = Täze wersiýa geçmek
flash-version-switched = Siz moduluň täze wersiýasyna geçdiňiz.
