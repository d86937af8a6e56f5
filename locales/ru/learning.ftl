## Catalogue, module pages, dashboard, lessons.

catalogue-title = Каталог курсов
catalogue-lead = { $levels ->
        [one] { $levels } уровень
        [few] { $levels } уровня
       *[many] { $levels } уровней
    }, { $modules ->
        [one] { $modules } модуль
        [few] { $modules } модуля
       *[many] { $modules } модулей
    }. Начните с первого уровня или выберите нужный модуль.
level-number = Уровень { $number }
requires-first = Сначала нужно пройти:
enrol-level = Записаться на весь уровень
enrol-module = Записаться на модуль
sign-up-to-enrol = Зарегистрироваться, чтобы учиться
module-meta = { $lessons ->
    [one] { $lessons } урок
    [few] { $lessons } урока
   *[many] { $lessons } уроков
} · около { $minutes } мин
module-languages = Языки:
module-objectives = Чему вы научитесь
module-lessons = Уроки
module-quiz = Итоговый тест
status-completed = Пройден
status-progress = Пройдено { $percent }%
progress-label = Прогресс по модулю
breadcrumbs = Вы здесь
continue-learning = Продолжить обучение
go-to-quiz = К тесту

dashboard-title = Моё обучение
dashboard-continue = Продолжить с того места, где вы остановились
dashboard-in-progress = Модули в процессе
dashboard-completed = Пройденные модули
dashboard-empty = Вы ещё не записались ни на один модуль.
lessons-done = Уроков пройдено: { $done } из { $total }

lesson-number = Урок { $number } из { $count }
lesson-done = Урок пройден
lesson-complete = Отметить урок пройденным
lesson-complete-next = Урок прочитан — дальше
lesson-complete-quiz = Урок прочитан — к тесту
lesson-pager = Соседние уроки
fallback-notice = Этого урока пока нет на вашем языке. Показан вариант на языке: { $shown }.
fallback-other = Другие языки:

flash-enrolled = Вы записаны на модуль. Удачи в обучении!
flash-enrolled-level = Вы записаны на все модули уровня.
flash-module-complete = Поздравляем! Модуль пройден.

# A newer module version, switched to only by the learner's choice
newer-version-available = Вышла новая версия модуля. Вы проходите ту версию, которую начали; можно перейти на новую: пройденные уроки, которые в ней остались, останутся пройденными, прошлые попытки квиза сохранятся.
newer-version-switch = Перейти на новую версию
flash-version-switched = Вы перешли на новую версию модуля.
