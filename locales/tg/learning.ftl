## Catalogue, module pages, dashboard, lessons.

catalogue-title = Феҳристи курсҳо
catalogue-lead = { $levels } сатҳ, { $modules } модул. Аз сатҳи якум оғоз кунед ё модули лозимиро интихоб намоед.
level-number = Сатҳи { $number }
requires-first = Аввал бояд инҳоро гузаред:
enrol-level = Сабти ном ба тамоми сатҳ
enrol-module = Сабти ном ба модул
sign-up-to-enrol = Барои таҳсил сабти ном шавед
module-meta = { $lessons ->
    [one] { $lessons } дарс
   *[other] { $lessons } дарс
} · тақрибан { $minutes } дақ.
module-languages = Забонҳо:
module-objectives = Шумо чиро меомӯзед
module-lessons = Дарсҳо
module-quiz = Тести ниҳоӣ
status-completed = Гузашта шуд
status-progress = { $percent }% гузашта шуд
progress-label = Пешрафт дар модул
breadcrumbs = Шумо дар ин ҷо ҳастед
continue-learning = Идомаи таҳсил
go-to-quiz = Ба тест

dashboard-title = Таҳсили ман
dashboard-continue = Аз ҷое, ки истода будед, идома диҳед
dashboard-in-progress = Модулҳои дар ҷараён
dashboard-completed = Модулҳои гузашта
dashboard-empty = Шумо ҳанӯз ба ягон модул сабти ном нашудаед.
lessons-done = Дарсҳои гузашта: { $done } аз { $total }

lesson-number = Дарси { $number } аз { $count }
lesson-done = Дарс гузашта шуд
lesson-complete = Дарсро гузашта қайд кардан
lesson-complete-next = Дарс хонда шуд — ба навбатӣ
lesson-complete-quiz = Дарс хонда шуд — ба тест
lesson-pager = Дарсҳои ҳамсоя
fallback-notice = Ин дарс ҳоло бо забони Шумо нест. Варианти он бо ин забон нишон дода шудааст: { $shown }.
fallback-other = Забонҳои дигар:

flash-enrolled = Шумо ба модул сабти ном шудед. Дар таҳсил муваффақ бошед!
flash-enrolled-level = Шумо ба ҳамаи модулҳои сатҳ сабти ном шудед.
flash-module-complete = Табрик! Модул гузашта шуд.

# A newer module version, switched to only by the learner's choice
newer-version-available = Версияи нави модул баромад. Шумо версияеро, ки оғоз кардед, мегузаред; метавонед ба нав гузаред: дарсҳои гузаштае, ки дар он мондаанд, гузашта мемонанд ва кӯшишҳои пешинаи квиз нигоҳ дошта мешаванд.
newer-version-switch = Гузаштан ба версияи нав
flash-version-switched = Шумо ба версияи нави модул гузаштед.
