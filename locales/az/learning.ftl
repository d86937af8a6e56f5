## Catalogue, module pages, dashboard, lessons.

catalogue-title = Kurs kataloqu
catalogue-lead = { $levels } səviyyə, { $modules } modul. Birinci səviyyədən başlayın və ya lazım olan modulu seçin.
level-number = Səviyyə { $number }
requires-first = Əvvəlcə bunları keçmək lazımdır:
enrol-level = Bütün səviyyəyə yazıl
enrol-module = Modula yazıl
sign-up-to-enrol = Təhsil almaq üçün qeydiyyatdan keçin
module-meta = { $lessons ->
    [one] { $lessons } dərs
   *[other] { $lessons } dərs
} · təxminən { $minutes } dəq
module-languages = Dillər:
module-objectives = Nə öyrənəcəksiniz
module-lessons = Dərslər
module-quiz = Yekun test
status-completed = Keçilib
status-progress = { $percent }% keçilib
progress-label = Modul üzrə irəliləyiş
breadcrumbs = Siz buradasınız
continue-learning = Təhsili davam etdir
go-to-quiz = Testə keç

dashboard-title = Mənim təhsilim
dashboard-continue = Dayandığınız yerdən davam edin
dashboard-in-progress = Davam edən modullar
dashboard-completed = Keçilmiş modullar
dashboard-empty = Siz hələ heç bir modula yazılmamısınız.
lessons-done = Keçilmiş dərslər: { $done }/{ $total }

lesson-number = Dərs { $number } / { $count }
lesson-done = Dərs keçilib
lesson-complete = Dərsi keçilmiş kimi qeyd et
lesson-complete-next = Dərs oxundu — növbətiyə
lesson-complete-quiz = Dərs oxundu — testə
lesson-pager = Qonşu dərslər
fallback-notice = Bu dərs hələ Sizin dilinizdə yoxdur. Bu dildəki variantı göstərilir: { $shown }.
fallback-other = Digər dillər:

flash-enrolled = Siz modula yazıldınız. Təhsilinizdə uğurlar!
flash-enrolled-level = Siz səviyyənin bütün modullarına yazıldınız.
flash-module-complete = Təbrik edirik! Modul keçildi.

# A newer module version, switched to only by the learner's choice
newer-version-available = Modulun yeni versiyası çıxıb. Siz başladığınız versiyanı keçirsiniz; yenisinə keçə bilərsiniz: orada qalan keçilmiş dərslər keçilmiş qalacaq, kvizin əvvəlki cəhdləri saxlanacaq.
newer-version-switch = Yeni versiyaya keç
flash-version-switched = Siz modulun yeni versiyasına keçdiniz.
