# Messages of the content checker (`academy content check`, the authoring pages) and of
# the GIFT import: one id per sentence, `crates/courses/src/diag.rs` (MessageId). English
# says exactly what the command line prints; code words (`correct`, `weight`, TOML keys,
# file names) stay as they are in every language. `$count` is a number.

## TOML files.
content-toml-syntax = TOML syntax error: { $error }
content-unknown-key = unknown key `{ $field }` (allowed here: { $allowed })
content-missing-key = required key `{ $field }` is missing
content-wrong-type-string = `{ $field }` must be a string, found { $found }
content-wrong-type-integer = `{ $field }` must be an integer, found { $found }
content-wrong-type-number = `{ $field }` must be a number, found { $found }
content-wrong-type-bool = `{ $field }` must be true or false, found { $found }
content-wrong-type-string-array = `{ $field }` must be an array of strings, found { $found }
content-wrong-type-table = `{ $field }` must be a table, found { $found }
content-wrong-type-table-array = `{ $field }` must be an array of tables, found { $found }
content-value-empty = `{ $field }` must not be empty
content-slug-invalid = `{ $field }` = { $value }: use only a-z, 0-9 and single - between words
content-value-out-of-range = `{ $field }` = { $value }: must be within { $min }..={ $max }
content-integer-out-of-range = `{ $field }` = { $value }: integer out of range
content-number-not-finite = `{ $field }` = { $value }: must be a finite number
content-objectives-count = `{ $field }`: write 3 to 5 objectives (found { $count })
content-objective-empty = `{ $field }`: an objective is empty
content-max-attempts-out-of-range = `{ $field }` = { $value }: must be within 1..=1000 (omit it for unlimited attempts)
content-time-limit-out-of-range = `{ $field }` = { $value }: must be within 1..=600 (omit it for no time limit)
content-question-type-unknown = `{ $field }` = { $value }: must be one of { $allowed }
content-key-not-for-type = key `{ $field }` is not used by { $type } questions (allowed: { $allowed })

## Files and directories.
content-io-error = cannot read: { $error }
content-not-utf8 = the file is not valid UTF-8 (save it as UTF-8)
content-file-outside-levels = a file at the top of course-content/ is not part of any level
content-dir-file-missing = directory `{ $dir }` has no { $file }
content-file-in-level-dir = a level directory holds level.toml and module directories only
content-dir-in-module = a module directory holds files only; images sit beside the lessons
content-unknown-toml-file = unknown TOML file: a module has module.toml, quiz.toml and quiz.LANG.toml
content-stray-file = `{ $name }` is neither a lesson, a quiz file nor an image
content-unknown-language-file = `{ $lang }` is not a language of the Academy (ru, kk, ky, tg, tk, uz, az, en)
content-unknown-language-key = `{ $lang }` in `{ $table }` is not a language of the Academy (ru, kk, ky, tg, tk, uz, az, en)
content-lesson-name-no-language = lesson file `{ $name }`: the language is missing; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md
content-lesson-name-no-number = lesson file `{ $name }`: it must start with a number and a dash; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md
content-lesson-name-number-digits = lesson file `{ $name }`: it must start with a number of 1 to 4 digits; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md
content-lesson-name-slug = lesson file `{ $name }`: the slug uses only a-z, 0-9 and -; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md
content-lesson-name-number-zero = lesson file `{ $name }`: lesson numbers start at 1; expected NN-slug.LANG.md, e.g. 01-what-is-civil-society.ru.md
content-empty-module = a module needs at least one lesson (NN-slug.ru.md)
content-lesson-without-russian = lesson `{ $lesson }` has translations but no Russian file { $file }
content-quiz-settings-missing = the module has quiz questions but no quiz.toml with the pass mark
content-quiz-questions-missing = quiz.toml is present but the questions (quiz.ru.toml) are missing
content-quiz-without-russian = a quiz translation needs the Russian reference quiz.ru.toml

## The tree as a whole.
content-duplicate-slug = slug `{ $value }` is already used by { $first }
content-duplicate-order = order `{ $value }` is already used by { $first }
content-unknown-level = `requires` names level `{ $slug }`, which does not exist
content-unknown-module = `prerequisites` names module `{ $slug }`, which does not exist
content-prerequisite-cycle = prerequisites form a cycle no learner can complete: { $cycle }
content-missing-translation-field = `{ $field }` has no { $lang } translation
content-missing-translation-lesson = lesson `{ $lesson }` has no { $lang } translation
content-missing-translation-quiz = the quiz has no { $lang } translation

## Lesson Markdown.
content-title-missing = a lesson must start with its title as `# Title` on the first line
content-title-empty = the `# Title` line is empty
content-markdown-second-h1 = only the title may be a `#` heading; use `##` to `####` in the body
content-markdown-deep-heading = headings deeper than `####` are not allowed
content-markdown-raw-html = raw HTML is not allowed in lessons
content-markdown-footnote = footnotes are not allowed in lessons
content-link-scheme = link to `{ $url }`: only https://, mailto: and relative links to lessons or images of the tree are allowed
content-link-outside-tree = link `{ $url }`: it points outside course-content/
content-link-with-language = link `{ $url }`: link to lessons without the language: `{ $target }`; the learner gets their own language
content-link-no-lesson = link `{ $url }`: there is no lesson `{ $lesson }` in { $dir }/
content-link-no-module = link `{ $url }`: there is no module directory `{ $dir }/`
content-link-bad-target = link `{ $url }`: relative links must point to a lesson (`NN-slug.md`) or an image beside the lesson
content-link-escaped = link `{ $url }` is written with escapes or entities; write the path plainly
content-image-no-alt = image `{ $image }` has no alt text: describe the picture for learners who cannot see it
content-image-not-beside = image `{ $image }` must be a file beside the lesson (a plain file name)
content-image-not-in-module = image `{ $image }` is not in { $dir }/
content-image-format = image `{ $image }` must be a PNG, JPEG or WebP file (.png, .jpg, .jpeg, .webp)
content-image-too-large = image `{ $image }` is { $bytes } bytes; at most 2 MB (2097152 bytes) is allowed
content-image-unused = image `{ $image }` is not used by any lesson

## Quiz files.
content-quiz-no-questions = a quiz needs at least one [[question]]
content-duplicate-question-id = question id `{ $question }` is already used on line { $first_line }
content-translation-extra-question = question `{ $question }` is not in quiz.ru.toml (question { $position } of { $total })
content-translation-missing-question = question `{ $question }` of quiz.ru.toml is missing
content-translation-id = question { $position } (`{ $question }` in quiz.ru.toml): id `{ $id }` where the reference has `{ $question }`
content-translation-type = question { $position } (`{ $question }` in quiz.ru.toml): type { $type } where the reference has { $reference }
content-translation-points = question { $position } (`{ $question }` in quiz.ru.toml): points { $points } where the reference has { $reference }
content-translation-option-count = question { $position } (`{ $question }` in quiz.ru.toml): the number of options is { $count } where the reference has { $reference }
content-translation-option-correct = question { $position } (`{ $question }` in quiz.ru.toml): option { $option } has correct = { $correct } in the reference
content-translation-option-weight = question { $position } (`{ $question }` in quiz.ru.toml): option { $option } has another weight than in the reference
content-translation-answer = question { $position } (`{ $question }` in quiz.ru.toml): answer = { $answer } where the reference has { $reference }
content-translation-numeric-count = question { $position } (`{ $question }` in quiz.ru.toml): the number of numeric answers is { $count } where the reference has { $reference }
content-translation-numeric-answer = question { $position } (`{ $question }` in quiz.ru.toml): numeric answer { $number } differs from the reference (value, tolerance or weight)
content-translation-pair-count = question { $position } (`{ $question }` in quiz.ru.toml): the number of pairs is { $count } where the reference has { $reference }
content-translation-item-count = question { $position } (`{ $question }` in quiz.ru.toml): the number of items is { $count } where the reference has { $reference }

## The answer key of one question (quiz files and GIFT import alike).
content-question-id-invalid = question id `{ $question }` must be non-empty and use only a-z, 0-9 and -
content-question-text-empty = question text is empty
content-question-points-out-of-range = points = { $points } must be within 1..=100
content-options-too-few = a { $type } question needs at least 2 options, found { $count }
content-option-no-text = option { $option } has no text
content-option-weight-out-of-range = option { $option } weight { $weight } must be within -100..=100
content-single-correct-count = a single question needs exactly 1 option with `correct = true`, found { $count }
content-single-correct-weight = the correct option { $option } must have weight 100 or none, found { $weight }
content-single-full-credit-not-correct = option { $option } gives full credit but is not marked `correct`
content-multiple-no-correct = a multiple question needs at least 1 option with `correct = true`
content-multiple-weight-sign = option { $option }: a positive weight and `correct = true` go together (weight { $weight }, correct = { $correct })
content-multiple-weight-sum = the positive weights add up to { $sum }, not 100
content-short-text-no-full-credit = a short_text question needs at least one accepted answer with full credit
content-short-text-answer-empty = an accepted answer is empty
content-answer-weight-out-of-range = weight { $weight } must be within 0..=100
content-numeric-no-full-credit = a numeric question needs `answer` (or an alternative with weight 100)
content-numeric-tolerance-negative = tolerance { $tolerance } must be 0 or more
content-pairs-too-few = a matching question needs at least 2 pairs, found { $count }
content-pair-empty-side = pair { $pair } has an empty side
content-pair-left-twice = pair { $pair }: the left side `{ $left }` appears twice
content-items-too-few = an ordering question needs at least 2 items, found { $count }
content-item-empty = item { $item } is empty
content-item-twice = item `{ $text }` appears twice, so its position is ambiguous

## GIFT import (crates/courses/src/gift.rs); the line is reported beside the text.
content-gift-title-unclosed = the title `::...` is not closed with `::`
content-gift-description = the question has no answer block { "{" }...{ "}" }: descriptions (text without a question) are not supported
content-gift-unclosed-answer = the answer block opened with { "{" } is never closed with { "}" }
content-gift-cloze = the question has several answer blocks: embedded (cloze) questions are not supported
content-gift-missing-word = text follows the answer block (missing-word format); put the answers at the end of the question
content-gift-no-text = the question has no text before the answer block
content-gift-essay = an essay question ({ "{" }{ "}" }): essays are not supported
content-gift-weight-unclosed = a weight `%...` is not closed with `%`
content-gift-weight-out-of-range = weight `%{ $weight }%` is not a percentage between -100 and 100
content-gift-numeric-prefix = numeric answers must each start with `=` when there are several
content-gift-numeric-value = `{ $value }` is not a number, `number:tolerance` or `min..max`
content-gift-pair-syntax = matching pairs are written `=left -> right`
content-gift-pair-feedback = matching pairs cannot carry feedback (use #### general feedback)
content-gift-pair-arrow = pair `{ $pair }` has no `->`
content-gift-pair-no-left = extra right-hand answers without a left side are not supported
content-gift-option-prefix = every option starts with `=` (right) or `~` (wrong)
content-gift-several-correct = { $count } answers are marked with `=`: a single-choice question has exactly one; for several right answers use `~%50%` weights
content-gift-existing-invalid = the existing quiz file does not parse: { $error }
