## Catalogue, module pages, dashboard, lessons.

catalogue-title = Курстар каталогы
catalogue-lead = { $levels } деңгей, { $modules } модуль. Бірінші деңгейден бастаңыз немесе өзіңізге қажет модульді таңдаңыз.
level-number = { $number }-деңгей
requires-first = Алдымен мыналарды өту керек:
enrol-level = Бүкіл деңгейге жазылу
enrol-module = Модульге жазылу
sign-up-to-enrol = Оқу үшін тіркелу
module-meta = { $lessons ->
    [one] { $lessons } сабақ
   *[other] { $lessons } сабақ
} · шамамен { $minutes } мин
module-languages = Тілдер:
module-objectives = Не үйренесіз
module-lessons = Сабақтар
module-quiz = Қорытынды тест
status-completed = Өтілді
status-progress = { $percent }% өтілді
progress-label = Модуль бойынша үлгерім
breadcrumbs = Сіз осындасыз
continue-learning = Оқуды жалғастыру
go-to-quiz = Тестке өту

dashboard-title = Менің оқуым
dashboard-continue = Тоқтаған жерден жалғастыру
dashboard-in-progress = Оқылып жатқан модульдер
dashboard-completed = Өтілген модульдер
dashboard-empty = Сіз әлі бірде-бір модульге жазылмағансыз.
lessons-done = Өтілген сабақтар: { $done }/{ $total }

lesson-number = Сабақ { $number } / { $count }
lesson-done = Сабақ өтілді
lesson-complete = Сабақты өтілді деп белгілеу
lesson-complete-next = Сабақ оқылды — келесіге
lesson-complete-quiz = Сабақ оқылды — тестке
lesson-pager = Көрші сабақтар
fallback-notice = Бұл сабақ әзірге Сіздің тіліңізде жоқ. Мына тілдегі нұсқасы көрсетілді: { $shown }.
fallback-other = Басқа тілдер:

flash-enrolled = Сіз модульге жазылдыңыз. Оқуыңызға сәттілік!
flash-enrolled-level = Сіз деңгейдің барлық модуліне жазылдыңыз.
flash-module-complete = Құттықтаймыз! Модуль өтілді.

# A newer module version, switched to only by the learner's choice
newer-version-available = Модульдің жаңа нұсқасы шықты. Сіз бастаған нұсқаны өтіп жатырсыз; жаңасына ауысуға болады: онда қалған өтілген сабақтар өтілген болып қалады, квиздің бұрынғы әрекеттері сақталады.
newer-version-switch = Жаңа нұсқаға ауысу
flash-version-switched = Сіз модульдің жаңа нұсқасына ауыстыңыз.
