## Quizzes.

quiz-title = Jemleýji test
quiz-pass-mark = Geçiş baly: { $percent }%
quiz-attempts-left = Galan synanyşyklar: { $left } / { $max }
quiz-attempts-unlimited = Synanyşyklaryň sany çäklendirilmedik
quiz-time-limit = Bir synanyşyk üçin wagt: { $minutes } min
quiz-no-time-limit = Wagt çäklendirilmedik
quiz-best-score = Iň gowy netije: { $score }
quiz-passed-notice = Test tabşyryldy. Synanyşyklar galan bolsa, ony täzeden tabşyryp bilersiňiz.
quiz-lessons-left = { $count ->
    [one] { $count } sapak okalmady. Testi häzir hem tabşyryp bolýar, ýöne modul ähli sapaklar geçilende hasaba alynýar.
   *[other] { $count } sapak okalmady. Testi häzir hem tabşyryp bolýar, ýöne modul ähli sapaklar geçilende hasaba alynýar.
}
quiz-resume = Synanyşygy dowam etmek
quiz-start = Testi başlamak
quiz-try-again = Täze synanyşyk başlamak
quiz-history = Siziň synanyşyklaryňyz
quiz-attempt = Synanyşyk
quiz-date = Sene
quiz-score = Netije
quiz-result = Jemi
quiz-result-passed = Tabşyryldy
quiz-result-failed = Tabşyrylmady
quiz-result-open = Tamamlanmadyk
quiz-attempt-title = Synanyşyk { $number }
quiz-deadline = Tamamlamaly möhlet: { $time } (serwer wagty, UTC)
quiz-question-n = Sorag { $number } / { $total }
quiz-choose-all = Ähli dogry wariantlary belläň.
quiz-true = Dogry
quiz-false = Nädogry
quiz-your-answer = Siziň jogabyňyz
quiz-your-number = Siziň jogabyňyz (san)
quiz-match-hint = Çepdäki her bir bent üçin laýyk wariandy saýlaň.
quiz-order-hint = Her bir bende nomer goýuň: 1 — birinjisi.
quiz-save = Jogaplary ýatda saklamak
quiz-submit = Tamamlamak we ibermek
quiz-saved = Jogaplar ýatda saklandy. Teste soňra gaýdyp gelip bilersiňiz.
quiz-result-title = Testiň netijesi
quiz-result-pass = Test tabşyryldy: { $percent }% toplamaly edi.
quiz-result-fail = Test tabşyrylmady: { $percent }% toplamaly. Aşakdaky seljermä serediň we täzeden synanyşyň.
quiz-back = Test sahypasyna
quiz-review = Jogaplaryň seljermesi
review-correct = Dogry
review-partial = Bölekleýin dogry: { $awarded } / { $points }
review-wrong = Nädogry
review-unanswered = Jogap ýok
review-your-choice = Siziň saýlawyňyz:
review-right-answer = dogry jogap
review-you-wrote = Siziň jogabyňyz:
review-accepted = Kabul edilýän jogaplar:
review-right-order = Dogry tertip:
quiz-passed = Test tabşyryldy
flash-time-expired = Wagt gutardy. Wagt gutarmazdan öň ýatda saklanan jogaplar hasaba alyndy.
quiz-attempt-language = Bu synanyşyk şu dilde geçýär: { $shown } (ol şu dilde başlandy ýa-da test şu dilde bar). Eger test sahypanyň dilinde bar bolsa, täze synanyşyk sahypanyň dilinde başlar.
