## Quizzes.

quiz-title = Жыйынтыктоочу тест
quiz-pass-mark = Өтүү балы: { $percent }%
quiz-attempts-left = Калган аракеттер: { $left } / { $max }
quiz-attempts-unlimited = Аракеттердин саны чектелген эмес
quiz-time-limit = Бир аракетке берилген убакыт: { $minutes } мүн
quiz-no-time-limit = Убакыт чектелген эмес
quiz-best-score = Эң жакшы жыйынтык: { $score }
quiz-passed-notice = Тест тапшырылды. Аракеттер калса, аны кайра тапшырсаңыз болот.
quiz-lessons-left = { $count ->
    [one] { $count } сабак окула элек. Тестти азыр эле тапшырса болот, бирок модуль бардык сабактар өтүлгөндө гана эсептелет.
   *[other] { $count } сабак окула элек. Тестти азыр эле тапшырса болот, бирок модуль бардык сабактар өтүлгөндө гана эсептелет.
}
quiz-resume = Аракетти улантуу
quiz-start = Тестти баштоо
quiz-try-again = Жаңы аракет баштоо
quiz-history = Сиздин аракеттериңиз
quiz-attempt = Аракет
quiz-date = Күнү
quiz-score = Жыйынтык
quiz-result = Натыйжа
quiz-result-passed = Тапшырылды
quiz-result-failed = Тапшырылган жок
quiz-result-open = Аяктаган эмес
quiz-attempt-title = { $number }-аракет
quiz-deadline = Аяктоо мөөнөтү: { $time } (сервердин убактысы, UTC)
quiz-question-n = Суроо { $number } / { $total }
quiz-choose-all = Бардык туура варианттарды белгилеңиз.
quiz-true = Туура
quiz-false = Туура эмес
quiz-your-answer = Сиздин жообуңуз
quiz-your-number = Сиздин жообуңуз (сан)
quiz-match-hint = Сол жактагы ар бир пункт үчүн ылайыктуу вариантты тандаңыз.
quiz-order-hint = Ар бир пунктка номер коюңуз: 1 — биринчиси.
quiz-save = Жоопторду сактоо
quiz-submit = Аяктоо жана жөнөтүү
quiz-saved = Жооптор сакталды. Тестке кийинчерээк кайтып келсеңиз болот.
quiz-result-title = Тесттин жыйынтыгы
quiz-result-pass = Тест тапшырылды: { $percent }% топтоо керек болчу.
quiz-result-fail = Тест тапшырылган жок: { $percent }% топтоо керек. Төмөндөгү талдоону карап, кайра аракет кылыңыз.
quiz-back = Тесттин барагына
quiz-review = Жоопторду талдоо
review-correct = Туура
review-partial = Жарым-жартылай туура: { $awarded } / { $points }
review-wrong = Туура эмес
review-unanswered = Жооп жок
review-your-choice = Сиздин тандооңуз:
review-right-answer = туура жооп
review-you-wrote = Сиздин жообуңуз:
review-accepted = Кабыл алынуучу жооптор:
review-right-order = Туура тартиби:
quiz-passed = Тест тапшырылды
flash-time-expired = Убакыт бүттү. Убакыт бүткөнгө чейин сакталган жооптор эсептелди.
quiz-attempt-language = Бул аракет бул тилде жүрүп жатат: { $shown } (ал ушул тилде башталган же тест ушул тилде бар). Тест барактын тилинде болсо, жаңы аракет барактын тилинде башталат.
