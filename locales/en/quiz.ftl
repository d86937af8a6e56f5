## Quizzes.

quiz-title = Final quiz
quiz-pass-mark = Pass mark: { $percent }%
quiz-attempts-left = Attempts left: { $left } of { $max }
quiz-attempts-unlimited = Unlimited attempts
quiz-time-limit = Time per attempt: { $minutes } min
quiz-no-time-limit = No time limit
quiz-best-score = Best score: { $score }
quiz-passed-notice = You passed this quiz. You may take it again while attempts remain.
quiz-lessons-left = { $count ->
    [one] { $count } lesson is still unread. You may take the quiz now, but the module counts as completed once every lesson is done.
   *[other] { $count } lessons are still unread. You may take the quiz now, but the module counts as completed once every lesson is done.
}
quiz-resume = Continue the attempt
quiz-start = Start the quiz
quiz-try-again = Start a new attempt
quiz-history = Your attempts
quiz-attempt = Attempt
quiz-date = Date
quiz-score = Score
quiz-result = Result
quiz-result-passed = Passed
quiz-result-failed = Not passed
quiz-result-open = Not finished
quiz-attempt-title = Attempt { $number }
quiz-deadline = Finish by { $time } (server time, UTC)
quiz-question-n = Question { $number } of { $total }
quiz-choose-all = Tick every correct option.
quiz-true = True
quiz-false = False
quiz-your-answer = Your answer
quiz-your-number = Your answer (a number)
quiz-match-hint = For each item on the left, choose the matching option.
quiz-order-hint = Number the items in order: 1 comes first.
quiz-save = Save answers
quiz-submit = Finish and submit
quiz-saved = Your answers are saved. You can come back to the quiz later.
quiz-result-title = Quiz result
quiz-result-pass = Passed: the pass mark was { $percent }%.
quiz-result-fail = Not passed: the pass mark is { $percent }%. Read the review below and try again.
quiz-back = Back to the quiz page
quiz-review = Review of your answers
review-correct = Correct
review-partial = Partly correct: { $awarded } of { $points }
review-wrong = Incorrect
review-unanswered = Not answered
review-your-choice = Your choice:
review-right-answer = correct answer
review-you-wrote = Your answer:
review-accepted = Accepted answers:
review-right-order = The correct order:
quiz-passed = Quiz passed
flash-time-expired = Time ran out. The answers saved before the deadline were graded.
quiz-attempt-language = This attempt is in { $shown } (the language it was started in, or the one this quiz exists in). A new attempt starts in the page's language when the quiz exists in it.
