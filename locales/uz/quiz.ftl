## Quizzes.

quiz-title = Yakuniy test
quiz-pass-mark = Oʻtish bali: { $percent }%
quiz-attempts-left = Qolgan urinishlar: { $left } / { $max }
quiz-attempts-unlimited = Urinishlar soni cheklanmagan
quiz-time-limit = Bitta urinish uchun vaqt: { $minutes } daqiqa
quiz-no-time-limit = Vaqt cheklanmagan
quiz-best-score = Eng yaxshi natija: { $score }
quiz-passed-notice = Test topshirildi. Urinishlar qolgan boʻlsa, uni yana topshirishingiz mumkin.
quiz-lessons-left = { $count ->
    [one] { $count } ta dars oʻqilmagan. Testni hozir ham topshirish mumkin, lekin modul barcha darslar oʻtilgandan keyingina hisobga olinadi.
   *[other] { $count } ta dars oʻqilmagan. Testni hozir ham topshirish mumkin, lekin modul barcha darslar oʻtilgandan keyingina hisobga olinadi.
}
quiz-resume = Urinishni davom ettirish
quiz-start = Testni boshlash
quiz-try-again = Yangi urinishni boshlash
quiz-history = Sizning urinishlaringiz
quiz-attempt = Urinish
quiz-date = Sana
quiz-score = Natija
quiz-result = Yakun
quiz-result-passed = Topshirildi
quiz-result-failed = Topshirilmadi
quiz-result-open = Yakunlanmagan
quiz-attempt-title = { $number }-urinish
quiz-deadline = Yakunlash muddati: { $time } (server vaqti, UTC)
quiz-question-n = Savol { $number } / { $total }
quiz-choose-all = Barcha toʻgʻri variantlarni belgilang.
quiz-true = Toʻgʻri
quiz-false = Notoʻgʻri
quiz-your-answer = Sizning javobingiz
quiz-your-number = Sizning javobingiz (son)
quiz-match-hint = Chapdagi har bir band uchun mos variantni tanlang.
quiz-order-hint = Har bir bandga raqam qoʻying: 1 — birinchisi.
quiz-save = Javoblarni saqlash
quiz-submit = Yakunlash va yuborish
quiz-saved = Javoblar saqlandi. Testga keyinroq qaytishingiz mumkin.
quiz-result-title = Test natijasi
quiz-result-pass = Test topshirildi: { $percent }% toʻplash kerak edi.
quiz-result-fail = Test topshirilmadi: { $percent }% toʻplash kerak. Quyidagi tahlilni koʻrib chiqing va qaytadan urinib koʻring.
quiz-back = Test sahifasiga
quiz-review = Javoblar tahlili
review-correct = Toʻgʻri
review-partial = Qisman toʻgʻri: { $awarded } / { $points }
review-wrong = Notoʻgʻri
review-unanswered = Javob yoʻq
review-your-choice = Sizning tanlovingiz:
review-right-answer = toʻgʻri javob
review-you-wrote = Sizning javobingiz:
review-accepted = Qabul qilinadigan javoblar:
review-right-order = Toʻgʻri tartib:
quiz-passed = Test topshirildi
flash-time-expired = Vaqt tugadi. Vaqt tugagunga qadar saqlangan javoblar hisobga olindi.
quiz-attempt-language = Bu urinish quyidagi tilda davom etmoqda: { $shown } (u shu tilda boshlangan yoki test shu tilda mavjud). Agar test sahifa tilida mavjud boʻlsa, yangi urinish sahifa tilida boshlanadi.
