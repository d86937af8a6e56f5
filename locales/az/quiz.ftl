## Quizzes.

quiz-title = Yekun test
quiz-pass-mark = Keçid balı: { $percent }%
quiz-attempts-left = Qalan cəhdlər: { $left } / { $max }
quiz-attempts-unlimited = Cəhdlərin sayı məhdud deyil
quiz-time-limit = Bir cəhd üçün vaxt: { $minutes } dəq
quiz-no-time-limit = Vaxt məhdudiyyəti yoxdur
quiz-best-score = Ən yaxşı nəticə: { $score }
quiz-passed-notice = Test verildi. Cəhdləriniz qalıbsa, onu yenidən verə bilərsiniz.
quiz-lessons-left = { $count ->
    [one] { $count } dərs oxunmayıb. Testi indi də vermək olar, lakin modul yalnız bütün dərslər keçildikdən sonra sayılır.
   *[other] { $count } dərs oxunmayıb. Testi indi də vermək olar, lakin modul yalnız bütün dərslər keçildikdən sonra sayılır.
}
quiz-resume = Cəhdi davam etdir
quiz-start = Testə başla
quiz-try-again = Yeni cəhdə başla
quiz-history = Cəhdləriniz
quiz-attempt = Cəhd
quiz-date = Tarix
quiz-score = Nəticə
quiz-result = Yekun
quiz-result-passed = Verilib
quiz-result-failed = Verilməyib
quiz-result-open = Bitməyib
quiz-attempt-title = Cəhd { $number }
quiz-deadline = Bitirmə müddəti: { $time } (server vaxtı, UTC)
quiz-question-n = Sual { $number } / { $total }
quiz-choose-all = Bütün düzgün variantları qeyd edin.
quiz-true = Doğru
quiz-false = Yanlış
quiz-your-answer = Cavabınız
quiz-your-number = Cavabınız (ədəd)
quiz-match-hint = Soldakı hər bənd üçün uyğun variantı seçin.
quiz-order-hint = Hər bəndə nömrə qoyun: 1 — birinci.
quiz-save = Cavabları yadda saxla
quiz-submit = Bitir və göndər
quiz-saved = Cavablar yadda saxlanıldı. Testə sonra qayıtmaq olar.
quiz-result-title = Testin nəticəsi
quiz-result-pass = Test verildi: { $percent }% toplamaq lazım idi.
quiz-result-fail = Test verilmədi: { $percent }% toplamaq lazımdır. Aşağıdakı təhlilə baxın və yenidən cəhd edin.
quiz-back = Test səhifəsinə
quiz-review = Cavabların təhlili
review-correct = Düzgün
review-partial = Qismən düzgün: { $awarded } / { $points }
review-wrong = Yanlış
review-unanswered = Cavab yoxdur
review-your-choice = Seçiminiz:
review-right-answer = düzgün cavab
review-you-wrote = Cavabınız:
review-accepted = Qəbul edilən cavablar:
review-right-order = Düzgün ardıcıllıq:
quiz-passed = Test verildi
flash-time-expired = Vaxt bitdi. Vaxt bitənədək yadda saxlanılan cavablar nəzərə alındı.
quiz-attempt-language = Bu cəhd bu dildə gedir: { $shown } (o, bu dildə başlanıb və ya test bu dildə mövcuddur). Test səhifənin dilində varsa, yeni cəhd səhifənin dilində başlayacaq.
