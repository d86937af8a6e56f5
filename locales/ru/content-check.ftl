# Сообщения проверки содержания (`academy content check`, страницы автора) и импорта
# GIFT: по одному id на фразу, `crates/courses/src/diag.rs` (MessageId). Служебные слова
# (`correct`, `weight`, ключи TOML, имена файлов) не переводятся. `$count` — число.

## Файлы TOML.
content-toml-syntax = синтаксическая ошибка TOML: { $error }
content-unknown-key = неизвестный ключ `{ $field }` (здесь допустимы: { $allowed })
content-missing-key = нет обязательного ключа `{ $field }`
content-wrong-type-string = `{ $field }`: нужна строка, а указано значение типа { $found }
content-wrong-type-integer = `{ $field }`: нужно целое число, а указано значение типа { $found }
content-wrong-type-number = `{ $field }`: нужно число, а указано значение типа { $found }
content-wrong-type-bool = `{ $field }`: нужно true или false, а указано значение типа { $found }
content-wrong-type-string-array = `{ $field }`: нужен массив строк, а указано значение типа { $found }
content-wrong-type-table = `{ $field }`: нужна таблица, а указано значение типа { $found }
content-wrong-type-table-array = `{ $field }`: нужен массив таблиц, а указано значение типа { $found }
content-value-empty = `{ $field }`: значение не может быть пустым
content-slug-invalid = `{ $field }` = { $value }: используйте только a-z, 0-9 и одиночный дефис между словами
content-value-out-of-range = `{ $field }` = { $value }: значение должно быть от { $min } до { $max }
content-integer-out-of-range = `{ $field }` = { $value }: слишком большое целое число
content-number-not-finite = `{ $field }` = { $value }: нужно конечное число
content-objectives-count = `{ $field }`: напишите от 3 до 5 целей обучения (сейчас { $count ->
        [one] { $count } цель
        [few] { $count } цели
       *[many] { $count } целей
    })
content-objective-empty = `{ $field }`: одна из целей обучения пустая
content-max-attempts-out-of-range = `{ $field }` = { $value }: значение должно быть от 1 до 1000 (уберите ключ, чтобы не ограничивать число попыток)
content-time-limit-out-of-range = `{ $field }` = { $value }: значение должно быть от 1 до 600 (уберите ключ, чтобы не ограничивать время)
content-question-type-unknown = `{ $field }` = { $value }: допустимые типы: { $allowed }
content-key-not-for-type = ключ `{ $field }` не используется в вопросах типа { $type } (допустимы: { $allowed })

## Файлы и папки.
content-io-error = не удаётся прочитать: { $error }
content-not-utf8 = файл не в кодировке UTF-8 (сохраните его в UTF-8)
content-file-outside-levels = файл в корне course-content/ не относится ни к одному уровню
content-dir-file-missing = в папке `{ $dir }` нет { $file }
content-file-in-level-dir = в папке уровня бывают только level.toml и папки модулей
content-dir-in-module = в папке модуля бывают только файлы; картинки лежат рядом с уроками
content-unknown-toml-file = неизвестный файл TOML: в модуле бывают module.toml, quiz.toml и quiz.LANG.toml
content-stray-file = `{ $name }` — не урок, не файл квиза и не картинка
content-unknown-language-file = `{ $lang }` — не язык Академии (ru, kk, ky, tg, tk, uz, az, en)
content-unknown-language-key = `{ $lang }` в `{ $table }` — не язык Академии (ru, kk, ky, tg, tk, uz, az, en)
content-lesson-name-no-language = файл урока `{ $name }`: не указан язык; нужно NN-slug.LANG.md, например 01-what-is-civil-society.ru.md
content-lesson-name-no-number = файл урока `{ $name }`: имя должно начинаться с номера и дефиса; нужно NN-slug.LANG.md, например 01-what-is-civil-society.ru.md
content-lesson-name-number-digits = файл урока `{ $name }`: номер в начале имени — от 1 до 4 цифр; нужно NN-slug.LANG.md, например 01-what-is-civil-society.ru.md
content-lesson-name-slug = файл урока `{ $name }`: в slug допустимы только a-z, 0-9 и -; нужно NN-slug.LANG.md, например 01-what-is-civil-society.ru.md
content-lesson-name-number-zero = файл урока `{ $name }`: уроки нумеруются с 1; нужно NN-slug.LANG.md, например 01-what-is-civil-society.ru.md
content-empty-module = в модуле должен быть хотя бы один урок (NN-slug.ru.md)
content-lesson-without-russian = у урока `{ $lesson }` есть переводы, но нет русского файла { $file }
content-quiz-settings-missing = в модуле есть вопросы квиза, но нет quiz.toml с проходным баллом
content-quiz-questions-missing = quiz.toml есть, а вопросов (quiz.ru.toml) нет
content-quiz-without-russian = переводу квиза нужен русский эталон quiz.ru.toml

## Дерево целиком.
content-duplicate-slug = slug `{ $value }` уже занят: { $first }
content-duplicate-order = номер `{ $value }` (order) уже занят: { $first }
content-unknown-level = в `requires` указан уровень `{ $slug }`, которого нет
content-unknown-module = в `prerequisites` указан модуль `{ $slug }`, которого нет
content-prerequisite-cycle = предварительные требования замкнуты в круг, и ни один слушатель не сможет их выполнить: { $cycle }
content-missing-translation-field = у `{ $field }` нет перевода на { $lang }
content-missing-translation-lesson = у урока `{ $lesson }` нет перевода на { $lang }
content-missing-translation-quiz = у квиза нет перевода на { $lang }

## Markdown уроков.
content-title-missing = урок должен начинаться с заголовка `# Название` в первой строке
content-title-empty = строка заголовка `# Название` пуста
content-markdown-second-h1 = заголовком `#` может быть только название урока; в тексте используйте `##`–`####`
content-markdown-deep-heading = заголовки глубже `####` не допускаются
content-markdown-raw-html = HTML в уроках не допускается
content-markdown-footnote = сноски в уроках не допускаются
content-link-scheme = ссылка на `{ $url }`: допустимы только https://, mailto: и относительные ссылки на уроки и картинки дерева
content-link-outside-tree = ссылка `{ $url }` ведёт за пределы course-content/
content-link-with-language = ссылка `{ $url }`: ссылайтесь на урок без языка, `{ $target }`, — слушатель получит урок на своём языке
content-link-no-lesson = ссылка `{ $url }`: в { $dir }/ нет урока `{ $lesson }`
content-link-no-module = ссылка `{ $url }`: нет папки модуля `{ $dir }/`
content-link-bad-target = ссылка `{ $url }`: относительная ссылка должна вести на урок (`NN-slug.md`) или на картинку рядом с уроком
content-link-escaped = ссылка `{ $url }` записана с экранированием или HTML-сущностями; напишите путь как есть
content-image-no-alt = у картинки `{ $image }` нет описания (alt): опишите её для слушателей, которые не видят изображение
content-image-not-beside = картинка `{ $image }` должна лежать рядом с уроком (только имя файла)
content-image-not-in-module = картинки `{ $image }` нет в { $dir }/
content-image-format = картинка `{ $image }` должна быть в формате PNG, JPEG или WebP (.png, .jpg, .jpeg, .webp)
content-image-too-large = картинка `{ $image }` весит { $bytes } Б; допускается не больше 2 МБ (2097152 Б)
content-image-unused = картинка `{ $image }` не используется ни в одном уроке

## Файлы квизов.
content-quiz-no-questions = в квизе нужен хотя бы один [[question]]
content-duplicate-question-id = идентификатор вопроса `{ $question }` уже использован в строке { $first_line }
content-translation-extra-question = вопроса `{ $question }` нет в quiz.ru.toml (вопрос { $position } из { $total })
content-translation-missing-question = нет вопроса `{ $question }` из quiz.ru.toml
content-translation-id = вопрос { $position } (`{ $question }` в quiz.ru.toml): id `{ $id }`, а в эталоне `{ $question }`
content-translation-type = вопрос { $position } (`{ $question }` в quiz.ru.toml): тип { $type }, а в эталоне { $reference }
content-translation-points = вопрос { $position } (`{ $question }` в quiz.ru.toml): `points` = { $points }, а в эталоне { $reference }
content-translation-option-count = вопрос { $position } (`{ $question }` в quiz.ru.toml): { $count ->
        [one] { $count } вариант
        [few] { $count } варианта
       *[many] { $count } вариантов
    } ответа, а в эталоне { $reference }
content-translation-option-correct = вопрос { $position } (`{ $question }` в quiz.ru.toml): в эталоне у варианта { $option } `correct = { $correct }`
content-translation-option-weight = вопрос { $position } (`{ $question }` в quiz.ru.toml): у варианта { $option } другой `weight`, чем в эталоне
content-translation-answer = вопрос { $position } (`{ $question }` в quiz.ru.toml): `answer = { $answer }`, а в эталоне { $reference }
content-translation-numeric-count = вопрос { $position } (`{ $question }` в quiz.ru.toml): { $count ->
        [one] { $count } числовой ответ
        [few] { $count } числовых ответа
       *[many] { $count } числовых ответов
    }, а в эталоне { $reference }
content-translation-numeric-answer = вопрос { $position } (`{ $question }` в quiz.ru.toml): числовой ответ { $number } отличается от эталона (значение, допуск или вес)
content-translation-pair-count = вопрос { $position } (`{ $question }` в quiz.ru.toml): { $count ->
        [one] { $count } пара
        [few] { $count } пары
       *[many] { $count } пар
    }, а в эталоне { $reference }
content-translation-item-count = вопрос { $position } (`{ $question }` в quiz.ru.toml): { $count ->
        [one] { $count } элемент
        [few] { $count } элемента
       *[many] { $count } элементов
    }, а в эталоне { $reference }

## Ключ ответа одного вопроса (файлы квизов и импорт GIFT).
content-question-id-invalid = идентификатор вопроса `{ $question }` не может быть пустым и состоит только из a-z, 0-9 и -
content-question-text-empty = текст вопроса пуст
content-question-points-out-of-range = `points` = { $points }: должно быть от 1 до 100
content-options-too-few = в вопросе типа { $type } нужно не меньше 2 вариантов ответа, а сейчас { $count ->
        [one] { $count } вариант
        [few] { $count } варианта
       *[many] { $count } вариантов
    }
content-option-no-text = у варианта { $option } нет текста
content-option-weight-out-of-range = вариант { $option }: `weight` = { $weight }, а нужно от -100 до 100
content-single-correct-count = в вопросе типа single нужен ровно 1 вариант с `correct = true`, а таких { $count }
content-single-correct-weight = у верного варианта { $option } `weight` должен быть 100 или не указан, а указано { $weight }
content-single-full-credit-not-correct = вариант { $option } даёт полный балл, но не отмечен как `correct`
content-multiple-no-correct = в вопросе типа multiple нужен хотя бы 1 вариант с `correct = true`
content-multiple-weight-sign = вариант { $option }: положительный `weight` и `correct = true` ставятся вместе (`weight` = { $weight }, `correct` = { $correct })
content-multiple-weight-sum = положительные `weight` в сумме дают { $sum }, а не 100
content-short-text-no-full-credit = в вопросе типа short_text нужен хотя бы один принимаемый ответ с полным баллом
content-short-text-answer-empty = один из принимаемых ответов пуст
content-answer-weight-out-of-range = `weight` = { $weight }: должно быть от 0 до 100
content-numeric-no-full-credit = в вопросе типа numeric нужен `answer` (или альтернатива с `weight` = 100)
content-numeric-tolerance-negative = `tolerance` = { $tolerance }: допуск не может быть меньше 0
content-pairs-too-few = в вопросе типа matching нужно не меньше 2 пар, а сейчас { $count ->
        [one] { $count } пара
        [few] { $count } пары
       *[many] { $count } пар
    }
content-pair-empty-side = у пары { $pair } пустая сторона
content-pair-left-twice = пара { $pair }: левая часть `{ $left }` повторяется
content-items-too-few = в вопросе типа ordering нужно не меньше 2 элементов, а сейчас { $count ->
        [one] { $count } элемент
        [few] { $count } элемента
       *[many] { $count } элементов
    }
content-item-empty = элемент { $item } пуст
content-item-twice = элемент `{ $text }` повторяется, поэтому его место неоднозначно

## Импорт GIFT (crates/courses/src/gift.rs); строка показывается рядом с текстом.
content-gift-title-unclosed = название `::...` не закрыто `::`
content-gift-description = у вопроса нет блока ответов { "{" }...{ "}" }: описания (текст без вопроса) не поддерживаются
content-gift-unclosed-answer = блок ответов, открытый { "{" }, не закрыт { "}" }
content-gift-cloze = у вопроса несколько блоков ответов: вложенные вопросы (cloze) не поддерживаются
content-gift-missing-word = после блока ответов идёт текст (формат «пропущенное слово»); поставьте ответы в конец вопроса
content-gift-no-text = перед блоком ответов нет текста вопроса
content-gift-essay = вопрос-эссе ({ "{" }{ "}" }): эссе не поддерживаются
content-gift-weight-unclosed = вес `%...` не закрыт `%`
content-gift-weight-out-of-range = вес `%{ $weight }%` — не процент от -100 до 100
content-gift-numeric-prefix = если числовых ответов несколько, каждый начинается с `=`
content-gift-numeric-value = `{ $value }` — не число, не `число:допуск` и не `мин..макс`
content-gift-pair-syntax = пары для сопоставления записываются так: `=левое -> правое`
content-gift-pair-feedback = у пар для сопоставления не бывает отзывов (используйте общий отзыв после ####)
content-gift-pair-arrow = в паре `{ $pair }` нет `->`
content-gift-pair-no-left = лишние правые ответы без левой части не поддерживаются
content-gift-option-prefix = каждый вариант начинается с `=` (верный) или `~` (неверный)
content-gift-several-correct = знаком `=` { $count ->
        [one] отмечен { $count } ответ
        [few] отмечены { $count } ответа
       *[many] отмечено { $count } ответов
    }: в вопросе с одним верным ответом такой ответ ровно один; для нескольких верных ответов используйте веса `~%50%`
content-gift-existing-invalid = существующий файл квиза не разбирается: { $error }
