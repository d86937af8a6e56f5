## Quizzes.

quiz-title = Тести ниҳоӣ
quiz-pass-mark = Холи гузариш: { $percent }%
quiz-attempts-left = Кӯшишҳои боқимонда: { $left } аз { $max }
quiz-attempts-unlimited = Шумораи кӯшишҳо маҳдуд нест
quiz-time-limit = Вақт барои як кӯшиш: { $minutes } дақ.
quiz-no-time-limit = Бе маҳдудияти вақт
quiz-best-score = Беҳтарин натиҷа: { $score }
quiz-passed-notice = Тест супорида шуд. Агар кӯшишҳо боқӣ бошанд, метавонед онро боз супоред.
quiz-lessons-left = { $count ->
    [one] { $count } дарс хонда нашудааст. Тестро ҳозир ҳам супоридан мумкин аст, аммо модул танҳо пас аз гузаштани ҳамаи дарсҳо ҳисоб мешавад.
   *[other] { $count } дарс хонда нашудааст. Тестро ҳозир ҳам супоридан мумкин аст, аммо модул танҳо пас аз гузаштани ҳамаи дарсҳо ҳисоб мешавад.
}
quiz-resume = Идомаи кӯшиш
quiz-start = Оғози тест
quiz-try-again = Оғози кӯшиши нав
quiz-history = Кӯшишҳои Шумо
quiz-attempt = Кӯшиш
quiz-date = Сана
quiz-score = Натиҷа
quiz-result = Ҷамъбаст
quiz-result-passed = Супорида шуд
quiz-result-failed = Супорида нашуд
quiz-result-open = Анҷом наёфтааст
quiz-attempt-title = Кӯшиши { $number }
quiz-deadline = То { $time } анҷом диҳед (вақти сервер, UTC)
quiz-question-n = Саволи { $number } аз { $total }
quiz-choose-all = Ҳамаи вариантҳои дурустро қайд кунед.
quiz-true = Дуруст
quiz-false = Нодуруст
quiz-your-answer = Ҷавоби Шумо
quiz-your-number = Ҷавоби Шумо (адад)
quiz-match-hint = Барои ҳар банди тарафи чап варианти мувофиқро интихоб кунед.
quiz-order-hint = Ба ҳар банд рақам гузоред: 1 — аввалин.
quiz-save = Нигоҳ доштани ҷавобҳо
quiz-submit = Анҷом додан ва фиристодан
quiz-saved = Ҷавобҳо нигоҳ дошта шуданд. Ба тест баъдтар баргаштан мумкин аст.
quiz-result-title = Натиҷаи тест
quiz-result-pass = Тест супорида шуд: бояд { $percent }% ҷамъ мекардед.
quiz-result-fail = Тест супорида нашуд: бояд { $percent }% ҷамъ кунед. Таҳлили зеринро бинед ва бори дигар кӯшиш кунед.
quiz-back = Ба саҳифаи тест
quiz-review = Таҳлили ҷавобҳо
review-correct = Дуруст
review-partial = Қисман дуруст: { $awarded } аз { $points }
review-wrong = Нодуруст
review-unanswered = Ҷавоб нест
review-your-choice = Интихоби Шумо:
review-right-answer = ҷавоби дуруст
review-you-wrote = Ҷавоби Шумо:
review-accepted = Ҷавобҳои қабулшаванда:
review-right-order = Тартиби дуруст:
quiz-passed = Тест супорида шуд
flash-time-expired = Вақт ба охир расид. Ҷавобҳое, ки то анҷоми вақт нигоҳ дошта шуда буданд, ҳисоб карда шуданд.
quiz-attempt-language = Ин кӯшиш бо ин забон идома дорад: { $shown } (он бо ҳамин забон оғоз шуда буд ё тест бо ҳамин забон мавҷуд аст). Агар тест бо забони саҳифа мавҷуд бошад, кӯшиши нав бо забони саҳифа оғоз мешавад.
