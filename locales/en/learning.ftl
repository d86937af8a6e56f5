## Catalogue, module pages, dashboard, lessons.

catalogue-title = Course catalogue
catalogue-lead = { $levels ->
        [one] { $levels } level
       *[other] { $levels } levels
    }, { $modules ->
        [one] { $modules } module
       *[other] { $modules } modules
    }. Start with the first level, or pick the module you need.
level-number = Level { $number }
requires-first = Complete first:
enrol-level = Enrol in the whole level
enrol-module = Enrol in this module
sign-up-to-enrol = Sign up to learn
module-meta = { $lessons ->
    [one] { $lessons } lesson
   *[other] { $lessons } lessons
} · about { $minutes } min
module-languages = Languages:
module-objectives = What you will learn
module-lessons = Lessons
module-quiz = Final quiz
status-completed = Completed
status-progress = { $percent }% done
progress-label = Module progress
breadcrumbs = You are here
continue-learning = Continue learning
go-to-quiz = Go to the quiz

dashboard-title = My learning
dashboard-continue = Continue where you left off
dashboard-in-progress = Modules in progress
dashboard-completed = Completed modules
dashboard-empty = You have not enrolled in any module yet.
lessons-done = Lessons done: { $done } of { $total }

lesson-number = Lesson { $number } of { $count }
lesson-done = Lesson completed
lesson-complete = Mark the lesson as completed
lesson-complete-next = Done reading — next
lesson-complete-quiz = Done reading — to the quiz
lesson-pager = Previous and next lessons
fallback-notice = This lesson is not available in your language yet. It is shown in: { $shown }.
fallback-other = Other languages:

flash-enrolled = You are enrolled in the module. Enjoy learning!
flash-enrolled-level = You are enrolled in every module of the level.
flash-module-complete = Congratulations! You have completed the module.

# A newer module version, switched to only by the learner's choice
newer-version-available = A newer version of this module is available. You are taking the version you started; you can switch: completed lessons that are still in it stay completed, and past quiz attempts are kept.
newer-version-switch = Switch to the newer version
flash-version-switched = You switched to the newer version of the module.
