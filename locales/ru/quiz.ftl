## Quizzes.

quiz-title = Итоговый тест
quiz-pass-mark = Проходной балл: { $percent }%
quiz-attempts-left = Осталось попыток: { $left } из { $max }
quiz-attempts-unlimited = Число попыток не ограничено
quiz-time-limit = Время на попытку: { $minutes } мин
quiz-no-time-limit = Без ограничения времени
quiz-best-score = Лучший результат: { $score }
quiz-passed-notice = Тест сдан. Вы можете пройти его ещё раз, если остались попытки.
quiz-lessons-left = { $count ->
    [one] Остался { $count } непрочитанный урок. Тест можно сдать и сейчас, но модуль засчитывается, когда пройдены все уроки.
    [few] Осталось { $count } непрочитанных урока. Тест можно сдать и сейчас, но модуль засчитывается, когда пройдены все уроки.
   *[many] Осталось { $count } непрочитанных уроков. Тест можно сдать и сейчас, но модуль засчитывается, когда пройдены все уроки.
}
quiz-resume = Продолжить попытку
quiz-start = Начать тест
quiz-try-again = Начать новую попытку
quiz-history = Ваши попытки
quiz-attempt = Попытка
quiz-date = Дата
quiz-score = Результат
quiz-result = Итог
quiz-result-passed = Сдан
quiz-result-failed = Не сдан
quiz-result-open = Не завершена
quiz-attempt-title = Попытка { $number }
quiz-deadline = Завершить до { $time } (по времени сервера, UTC)
quiz-question-n = Вопрос { $number } из { $total }
quiz-choose-all = Отметьте все верные варианты.
quiz-true = Верно
quiz-false = Неверно
quiz-your-answer = Ваш ответ
quiz-your-number = Ваш ответ (число)
quiz-match-hint = Для каждого пункта слева выберите подходящий вариант.
quiz-order-hint = Поставьте номер каждому пункту: 1 — первый.
quiz-save = Сохранить ответы
quiz-submit = Завершить и отправить
quiz-saved = Ответы сохранены. Можно вернуться к тесту позже.
quiz-result-title = Результат теста
quiz-result-pass = Тест сдан: нужно было набрать { $percent }%.
quiz-result-fail = Тест не сдан: нужно набрать { $percent }%. Посмотрите разбор ниже и попробуйте ещё раз.
quiz-back = К странице теста
quiz-review = Разбор ответов
review-correct = Верно
review-partial = Частично верно: { $awarded } из { $points }
review-wrong = Неверно
review-unanswered = Нет ответа
review-your-choice = Ваш выбор:
review-right-answer = правильный ответ
review-you-wrote = Ваш ответ:
review-accepted = Принимаемые ответы:
review-right-order = Правильный порядок:
quiz-passed = Тест сдан
flash-time-expired = Время вышло. Засчитаны ответы, сохранённые до окончания времени.
quiz-attempt-language = Эта попытка идёт на языке: { $shown } (на нём она была начата или на нём есть этот тест). Новая попытка начнётся на языке страницы, если тест на нём есть.
