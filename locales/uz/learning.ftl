## Catalogue, module pages, dashboard, lessons.

catalogue-title = Kurslar katalogi
catalogue-lead = { $levels } ta daraja, { $modules } ta modul. Birinchi darajadan boshlang yoki kerakli modulni tanlang.
level-number = { $number }-daraja
requires-first = Avval quyidagilarni oʻtish kerak:
enrol-level = Butun darajaga yozilish
enrol-module = Modulga yozilish
sign-up-to-enrol = Oʻqish uchun roʻyxatdan oʻting
module-meta = { $lessons ->
    [one] { $lessons } ta dars
   *[other] { $lessons } ta dars
} · taxminan { $minutes } daqiqa
module-languages = Tillar:
module-objectives = Nimalarni oʻrganasiz
module-lessons = Darslar
module-quiz = Yakuniy test
status-completed = Oʻtildi
status-progress = { $percent }% oʻtildi
progress-label = Modul boʻyicha oʻzlashtirish
breadcrumbs = Siz shu yerdasiz
continue-learning = Oʻqishni davom ettirish
go-to-quiz = Testga oʻtish

dashboard-title = Mening oʻqishim
dashboard-continue = Toʻxtagan joyingizdan davom eting
dashboard-in-progress = Oʻqilayotgan modullar
dashboard-completed = Oʻtilgan modullar
dashboard-empty = Siz hali birorta modulga yozilmagansiz.
lessons-done = Oʻtilgan darslar: { $done }/{ $total }

lesson-number = Dars { $number } / { $count }
lesson-done = Dars oʻtildi
lesson-complete = Darsni oʻtilgan deb belgilash
lesson-complete-next = Dars oʻqildi — keyingisiga
lesson-complete-quiz = Dars oʻqildi — testga
lesson-pager = Qoʻshni darslar
fallback-notice = Bu dars hozircha Sizning tilingizda yoʻq. Quyidagi tildagi varianti koʻrsatildi: { $shown }.
fallback-other = Boshqa tillar:

flash-enrolled = Siz modulga yozildingiz. Oʻqishda omad!
flash-enrolled-level = Siz darajaning barcha modullariga yozildingiz.
flash-module-complete = Tabriklaymiz! Modul oʻtildi.

# A newer module version, switched to only by the learner's choice
newer-version-available = Modulning yangi versiyasi chiqdi. Siz boshlagan versiyani oʻtmoqdasiz; yangisiga oʻtishingiz mumkin: unda qolgan oʻtilgan darslar oʻtilgan boʻlib qoladi, kvizning oldingi urinishlari saqlanadi.
newer-version-switch = Yangi versiyaga oʻtish
flash-version-switched = Siz modulning yangi versiyasiga oʻtdingiz.
