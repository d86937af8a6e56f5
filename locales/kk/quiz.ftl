## Quizzes.

quiz-title = Қорытынды тест
quiz-pass-mark = Өту балы: { $percent }%
quiz-attempts-left = Қалған талпыныстар: { $left } / { $max }
quiz-attempts-unlimited = Талпыныстар саны шектелмеген
quiz-time-limit = Бір талпынысқа берілетін уақыт: { $minutes } мин
quiz-no-time-limit = Уақыт шектелмеген
quiz-best-score = Ең жақсы нәтиже: { $score }
quiz-passed-notice = Тест тапсырылды. Талпыныстар қалса, оны қайта тапсыра аласыз.
quiz-lessons-left = { $count ->
    [one] { $count } сабақ оқылмаған. Тестті қазір де тапсыруға болады, бірақ модуль барлық сабақ өтілгенде ғана есептеледі.
   *[other] { $count } сабақ оқылмаған. Тестті қазір де тапсыруға болады, бірақ модуль барлық сабақ өтілгенде ғана есептеледі.
}
quiz-resume = Талпынысты жалғастыру
quiz-start = Тестті бастау
quiz-try-again = Жаңа талпыныс бастау
quiz-history = Сіздің талпыныстарыңыз
quiz-attempt = Талпыныс
quiz-date = Күні
quiz-score = Нәтиже
quiz-result = Қорытынды
quiz-result-passed = Тапсырылды
quiz-result-failed = Тапсырылмады
quiz-result-open = Аяқталмаған
quiz-attempt-title = { $number }-талпыныс
quiz-deadline = Аяқтау мерзімі: { $time } (сервер уақыты, UTC)
quiz-question-n = Сұрақ { $number } / { $total }
quiz-choose-all = Барлық дұрыс нұсқаларды белгілеңіз.
quiz-true = Дұрыс
quiz-false = Дұрыс емес
quiz-your-answer = Сіздің жауабыңыз
quiz-your-number = Сіздің жауабыңыз (сан)
quiz-match-hint = Сол жақтағы әр тармаққа сәйкес нұсқаны таңдаңыз.
quiz-order-hint = Әр тармаққа нөмір қойыңыз: 1 — біріншісі.
quiz-save = Жауаптарды сақтау
quiz-submit = Аяқтау және жіберу
quiz-saved = Жауаптар сақталды. Тестке кейінірек оралуға болады.
quiz-result-title = Тест нәтижесі
quiz-result-pass = Тест тапсырылды: { $percent }% жинау керек еді.
quiz-result-fail = Тест тапсырылмады: { $percent }% жинау керек. Төмендегі талдауды қарап, қайталап көріңіз.
quiz-back = Тест бетіне
quiz-review = Жауаптарды талдау
review-correct = Дұрыс
review-partial = Жартылай дұрыс: { $awarded } / { $points }
review-wrong = Қате
review-unanswered = Жауап жоқ
review-your-choice = Сіздің таңдауыңыз:
review-right-answer = дұрыс жауап
review-you-wrote = Сіздің жауабыңыз:
review-accepted = Қабылданатын жауаптар:
review-right-order = Дұрыс реті:
quiz-passed = Тест тапсырылды
flash-time-expired = Уақыт бітті. Уақыт біткенге дейін сақталған жауаптар есептелді.
quiz-attempt-language = Бұл талпыныс мына тілде өтуде: { $shown } (ол осы тілде басталған немесе тест осы тілде бар). Тест бет тілінде болса, жаңа талпыныс бет тілінде басталады.
