## Catalogue, module pages, dashboard, lessons.

catalogue-title = Курстардын каталогу
catalogue-lead = { $levels } деңгээл, { $modules } модуль. Биринчи деңгээлден баштаңыз же керектүү модулду тандаңыз.
level-number = { $number }-деңгээл
requires-first = Адегенде буларды өтүү керек:
enrol-level = Бүт деңгээлге жазылуу
enrol-module = Модулга жазылуу
sign-up-to-enrol = Окуу үчүн катталуу
module-meta = { $lessons ->
    [one] { $lessons } сабак
   *[other] { $lessons } сабак
} · болжол менен { $minutes } мүн
module-languages = Тилдер:
module-objectives = Эмнени үйрөнөсүз
module-lessons = Сабактар
module-quiz = Жыйынтыктоочу тест
status-completed = Өтүлдү
status-progress = { $percent }% өтүлдү
progress-label = Модуль боюнча жетишкендик
breadcrumbs = Сиз бул жердесиз
continue-learning = Окууну улантуу
go-to-quiz = Тестке өтүү

dashboard-title = Менин окуум
dashboard-continue = Токтогон жерден улантуу
dashboard-in-progress = Окулуп жаткан модулдар
dashboard-completed = Өтүлгөн модулдар
dashboard-empty = Сиз азырынча бир да модулга жазыла элексиз.
lessons-done = Өтүлгөн сабактар: { $done }/{ $total }

lesson-number = Сабак { $number } / { $count }
lesson-done = Сабак өтүлдү
lesson-complete = Сабакты өтүлдү деп белгилөө
lesson-complete-next = Сабак окулду — кийинкиге
lesson-complete-quiz = Сабак окулду — тестке
lesson-pager = Коңшу сабактар
fallback-notice = Бул сабак азырынча Сиздин тилиңизде жок. Бул тилдеги варианты көрсөтүлдү: { $shown }.
fallback-other = Башка тилдер:

flash-enrolled = Сиз модулга жазылдыңыз. Окууңузга ийгилик!
flash-enrolled-level = Сиз деңгээлдин бардык модулдарына жазылдыңыз.
flash-module-complete = Куттуктайбыз! Модуль өтүлдү.

# A newer module version, switched to only by the learner's choice
newer-version-available = Модулдун жаңы версиясы чыкты. Сиз баштаган версияны өтүп жатасыз; жаңысына өтсөңүз болот: анда калган өтүлгөн сабактар өтүлгөн бойдон калат, квиздин мурунку аракеттери сакталат.
newer-version-switch = Жаңы версияга өтүү
flash-version-switched = Сиз модулдун жаңы версиясына өттүңүз.
