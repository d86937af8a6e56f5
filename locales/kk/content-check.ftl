# Мазмұнды тексеру (`academy content check`, автор беттері) және GIFT импорты хабарлары:
# әр сөйлемге бір id, `crates/courses/src/diag.rs` (MessageId). Қызметтік сөздер
# (`correct`, `weight`, TOML кілттері, файл атаулары) аударылмайды. `$count` — сан.

## TOML файлдары.
content-toml-syntax = TOML синтаксис қатесі: { $error }
content-unknown-key = белгісіз `{ $field }` кілті (мұнда рұқсат етілгендер: { $allowed })
content-missing-key = міндетті `{ $field }` кілті жоқ
content-wrong-type-string = `{ $field }` мәтін (string) болуы керек, ал берілген мән түрі: { $found }
content-wrong-type-integer = `{ $field }` бүтін сан болуы керек, ал берілген мән түрі: { $found }
content-wrong-type-number = `{ $field }` сан болуы керек, ал берілген мән түрі: { $found }
content-wrong-type-bool = `{ $field }` true немесе false болуы керек, ал берілген мән түрі: { $found }
content-wrong-type-string-array = `{ $field }` мәтіндер массиві болуы керек, ал берілген мән түрі: { $found }
content-wrong-type-table = `{ $field }` кесте болуы керек, ал берілген мән түрі: { $found }
content-wrong-type-table-array = `{ $field }` кестелер массиві болуы керек, ал берілген мән түрі: { $found }
content-value-empty = `{ $field }` бос болмауы керек
content-slug-invalid = `{ $field }` = { $value }: тек a-z, 0-9 және сөздер арасында жалғыз дефис қолданыңыз
content-value-out-of-range = `{ $field }` = { $value }: мән { $min } мен { $max } аралығында болуы керек
content-integer-out-of-range = `{ $field }` = { $value }: бүтін сан тым үлкен
content-number-not-finite = `{ $field }` = { $value }: шектеулі сан болуы керек
content-objectives-count = `{ $field }`: 3-тен 5-ке дейін оқу мақсатын жазыңыз (қазір { $count })
content-objective-empty = `{ $field }`: оқу мақсаттарының бірі бос
content-max-attempts-out-of-range = `{ $field }` = { $value }: мән 1 мен 1000 аралығында болуы керек (талпыныстарды шектемеу үшін кілтті алып тастаңыз)
content-time-limit-out-of-range = `{ $field }` = { $value }: мән 1 мен 600 аралығында болуы керек (уақытты шектемеу үшін кілтті алып тастаңыз)
content-question-type-unknown = `{ $field }` = { $value }: рұқсат етілген түрлер: { $allowed }
content-key-not-for-type = `{ $field }` кілті { $type } түріндегі сұрақтарда қолданылмайды (рұқсат етілгендер: { $allowed })

## Файлдар мен бумалар.
content-io-error = оқу мүмкін емес: { $error }
content-not-utf8 = файл UTF-8 кодтауында емес (оны UTF-8 ретінде сақтаңыз)
content-file-outside-levels = course-content/ түбіріндегі файл ешбір деңгейге жатпайды
content-dir-file-missing = `{ $dir }` бумасында { $file } жоқ
content-file-in-level-dir = деңгей бумасында тек level.toml және модуль бумалары болады
content-dir-in-module = модуль бумасында тек файлдар болады; суреттер сабақтардың жанында тұрады
content-unknown-toml-file = белгісіз TOML файлы: модульде module.toml, quiz.toml және quiz.LANG.toml болады
content-stray-file = `{ $name }` сабақ та, квиз файлы да, сурет те емес
content-unknown-language-file = `{ $lang }` — Академия тілі емес (ru, kk, ky, tg, tk, uz, az, en)
content-unknown-language-key = `{ $table }` ішіндегі `{ $lang }` — Академия тілі емес (ru, kk, ky, tg, tk, uz, az, en)
content-lesson-name-no-language = `{ $name }` сабақ файлы: тіл көрсетілмеген; атауы NN-slug.LANG.md түрінде болуы керек, мысалы 01-what-is-civil-society.ru.md
content-lesson-name-no-number = `{ $name }` сабақ файлы: атауы нөмір мен дефистен басталуы керек; атауы NN-slug.LANG.md түрінде болуы керек, мысалы 01-what-is-civil-society.ru.md
content-lesson-name-number-digits = `{ $name }` сабақ файлы: басындағы нөмір 1–4 цифрдан тұруы керек; атауы NN-slug.LANG.md түрінде болуы керек, мысалы 01-what-is-civil-society.ru.md
content-lesson-name-slug = `{ $name }` сабақ файлы: slug ішінде тек a-z, 0-9 және - болады; атауы NN-slug.LANG.md түрінде болуы керек, мысалы 01-what-is-civil-society.ru.md
content-lesson-name-number-zero = `{ $name }` сабақ файлы: сабақтар 1-ден бастап нөмірленеді; атауы NN-slug.LANG.md түрінде болуы керек, мысалы 01-what-is-civil-society.ru.md
content-empty-module = модульде кемінде бір сабақ болуы керек (NN-slug.ru.md)
content-lesson-without-russian = `{ $lesson }` сабағының аудармалары бар, бірақ орысша { $file } файлы жоқ
content-quiz-settings-missing = модульде квиз сұрақтары бар, бірақ өту шегі жазылған quiz.toml жоқ
content-quiz-questions-missing = quiz.toml бар, бірақ сұрақтар (quiz.ru.toml) жоқ
content-quiz-without-russian = квиз аудармасына орысша quiz.ru.toml эталоны қажет

## Бүкіл ағаш.
content-duplicate-slug = `{ $value }` slug бұрыннан қолданылып тұр: { $first }
content-duplicate-order = `{ $value }` реттік нөмірі (order) бұрыннан қолданылып тұр: { $first }
content-unknown-level = `requires` ішінде жоқ `{ $slug }` деңгейі көрсетілген
content-unknown-module = `prerequisites` ішінде жоқ `{ $slug }` модулі көрсетілген
content-prerequisite-cycle = алдын ала талаптар тұйық шеңбер құрайды, оны бірде-бір тыңдаушы өте алмайды: { $cycle }
content-missing-translation-field = `{ $field }` үшін { $lang } аудармасы жоқ
content-missing-translation-lesson = `{ $lesson }` сабағының { $lang } аудармасы жоқ
content-missing-translation-quiz = квиздің { $lang } аудармасы жоқ

## Сабақтардың Markdown мәтіні.
content-title-missing = сабақ бірінші жолдағы `# Атауы` тақырыбынан басталуы керек
content-title-empty = `# Атауы` тақырып жолы бос
content-markdown-second-h1 = `#` тақырыбы тек сабақ атауы бола алады; мәтінде `##`–`####` қолданыңыз
content-markdown-deep-heading = `####` деңгейінен терең тақырыптарға рұқсат жоқ
content-markdown-raw-html = сабақтарда HTML қолдануға болмайды
content-markdown-footnote = сабақтарда сілтеме-ескертпелерге (footnotes) рұқсат жоқ
content-link-scheme = `{ $url }` сілтемесі: тек https://, mailto: және ағаштағы сабақтар мен суреттерге салыстырмалы сілтемелер рұқсат етілген
content-link-outside-tree = `{ $url }` сілтемесі course-content/ сыртына апарады
content-link-with-language = `{ $url }` сілтемесі: сабаққа тілсіз сілтеме беріңіз, `{ $target }` — тыңдаушы сабақты өз тілінде алады
content-link-no-lesson = `{ $url }` сілтемесі: { $dir }/ ішінде `{ $lesson }` сабағы жоқ
content-link-no-module = `{ $url }` сілтемесі: `{ $dir }/` модуль бумасы жоқ
content-link-bad-target = `{ $url }` сілтемесі: салыстырмалы сілтеме сабаққа (`NN-slug.md`) немесе сабақтың жанындағы суретке апаруы керек
content-link-escaped = `{ $url }` сілтемесі экрандау немесе HTML нысандарымен жазылған; жолды сол күйінде жазыңыз
content-image-no-alt = `{ $image }` суретінің сипаттамасы (alt) жоқ: суретті көре алмайтын тыңдаушылар үшін оны сипаттаңыз
content-image-not-beside = `{ $image }` суреті сабақтың жанында тұруы керек (тек файл атауы)
content-image-not-in-module = `{ $image }` суреті { $dir }/ ішінде жоқ
content-image-format = `{ $image }` суреті PNG, JPEG немесе WebP пішімінде болуы керек (.png, .jpg, .jpeg, .webp)
content-image-too-large = `{ $image }` суретінің көлемі { $bytes } Б; ең көбі 2 МБ (2097152 Б) рұқсат етіледі
content-image-unused = `{ $image }` суреті ешбір сабақта қолданылмайды

## Квиз файлдары.
content-quiz-no-questions = квизде кемінде бір [[question]] болуы керек
content-duplicate-question-id = `{ $question }` сұрақ идентификаторы { $first_line }-жолда қолданылған
content-translation-extra-question = `{ $question }` сұрағы quiz.ru.toml файлында жоқ ({ $position }-сұрақ, эталонда барлығы { $total })
content-translation-missing-question = quiz.ru.toml ішіндегі `{ $question }` сұрағы жоқ
content-translation-id = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): id `{ $id }`, ал эталонда `{ $question }`
content-translation-type = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): түрі { $type }, ал эталонда { $reference }
content-translation-points = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): `points` = { $points }, ал эталонда { $reference }
content-translation-option-count = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): нұсқалар саны { $count }, ал эталонда { $reference }
content-translation-option-correct = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): эталонда { $option }-нұсқада `correct = { $correct }`
content-translation-option-weight = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): { $option }-нұсқаның `weight` мәні эталондағыдан басқа
content-translation-answer = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): `answer = { $answer }`, ал эталонда { $reference }
content-translation-numeric-count = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): сандық жауаптар саны { $count }, ал эталонда { $reference }
content-translation-numeric-answer = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): { $number }-сандық жауап эталоннан өзгеше (мәні, ауытқуы немесе салмағы)
content-translation-pair-count = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): жұптар саны { $count }, ал эталонда { $reference }
content-translation-item-count = { $position }-сұрақ (quiz.ru.toml ішінде `{ $question }`): элементтер саны { $count }, ал эталонда { $reference }

## Бір сұрақтың жауап кілті (квиз файлдары мен GIFT импорты).
content-question-id-invalid = `{ $question }` сұрақ идентификаторы бос болмауы және тек a-z, 0-9 және - таңбаларынан тұруы керек
content-question-text-empty = сұрақ мәтіні бос
content-question-points-out-of-range = `points` = { $points }: мән 1 мен 100 аралығында болуы керек
content-options-too-few = { $type } түріндегі сұрақта кемінде 2 жауап нұсқасы болуы керек, ал қазір { $count }
content-option-no-text = { $option }-нұсқаның мәтіні жоқ
content-option-weight-out-of-range = { $option }-нұсқа: `weight` = { $weight }, ал мән -100 мен 100 аралығында болуы керек
content-single-correct-count = single түріндегі сұрақта `correct = true` белгісі бар дәл 1 нұсқа болуы керек, ал қазір { $count }
content-single-correct-weight = дұрыс { $option }-нұсқаның `weight` мәні 100 болуы немесе мүлде болмауы керек, ал қазір { $weight }
content-single-full-credit-not-correct = { $option }-нұсқа толық ұпай береді, бірақ `correct` деп белгіленбеген
content-multiple-no-correct = multiple түріндегі сұрақта `correct = true` белгісі бар кемінде 1 нұсқа болуы керек
content-multiple-weight-sign = { $option }-нұсқа: оң `weight` пен `correct = true` бірге қойылады (`weight` = { $weight }, `correct` = { $correct })
content-multiple-weight-sum = оң `weight` мәндерінің қосындысы 100 емес, { $sum }
content-short-text-no-full-credit = short_text түріндегі сұрақта толық ұпай беретін кемінде бір қабылданатын жауап болуы керек
content-short-text-answer-empty = қабылданатын жауаптардың бірі бос
content-answer-weight-out-of-range = `weight` = { $weight }: мән 0 мен 100 аралығында болуы керек
content-numeric-no-full-credit = numeric түріндегі сұрақта `answer` (немесе `weight` = 100 болатын балама) болуы керек
content-numeric-tolerance-negative = `tolerance` = { $tolerance }: ауытқу 0-ден кем болмауы керек
content-pairs-too-few = matching түріндегі сұрақта кемінде 2 жұп болуы керек, ал қазір { $count }
content-pair-empty-side = { $pair }-жұптың бір жағы бос
content-pair-left-twice = { $pair }-жұп: `{ $left }` сол жағы екі рет кездеседі
content-items-too-few = ordering түріндегі сұрақта кемінде 2 элемент болуы керек, ал қазір { $count }
content-item-empty = { $item }-элемент бос
content-item-twice = `{ $text }` элементі екі рет кездеседі, сондықтан оның орны анық емес

## GIFT импорты (crates/courses/src/gift.rs); жол нөмірі мәтіннің жанында көрсетіледі.
content-gift-title-unclosed = `::...` атауы `::` белгісімен жабылмаған
content-gift-description = сұрақта { "{" }...{ "}" } жауаптар блогы жоқ: сипаттамаларға (сұрақсыз мәтінге) қолдау көрсетілмейді
content-gift-unclosed-answer = { "{" } белгісімен ашылған жауаптар блогы { "}" } белгісімен жабылмаған
content-gift-cloze = сұрақта бірнеше жауаптар блогы бар: кірістірілген (cloze) сұрақтарға қолдау көрсетілмейді
content-gift-missing-word = жауаптар блогынан кейін мәтін тұр («түсіп қалған сөз» пішімі); жауаптарды сұрақтың соңына қойыңыз
content-gift-no-text = жауаптар блогының алдында сұрақ мәтіні жоқ
content-gift-essay = эссе-сұрақ ({ "{" }{ "}" }): эсселерге қолдау көрсетілмейді
content-gift-weight-unclosed = `%...` салмағы `%` белгісімен жабылмаған
content-gift-weight-out-of-range = `%{ $weight }%` салмағы -100 мен 100 аралығындағы пайыз емес
content-gift-numeric-prefix = сандық жауаптар бірнешеу болса, әрқайсысы `=` белгісінен басталуы керек
content-gift-numeric-value = `{ $value }` сан да, `сан:ауытқу` да, `мин..макс` та емес
content-gift-pair-syntax = сәйкестендіру жұптары `=сол -> оң` түрінде жазылады
content-gift-pair-feedback = сәйкестендіру жұптарында пікір болмайды (#### кейінгі жалпы пікірді қолданыңыз)
content-gift-pair-arrow = `{ $pair }` жұбында `->` жоқ
content-gift-pair-no-left = сол жағы жоқ артық оң жауаптарға қолдау көрсетілмейді
content-gift-option-prefix = әр нұсқа `=` (дұрыс) немесе `~` (қате) белгісінен басталады
content-gift-several-correct = `=` белгісімен { $count } жауап белгіленген: бір дұрыс жауабы бар сұрақта ондай жауап біреу ғана; бірнеше дұрыс жауап үшін `~%50%` салмақтарын қолданыңыз
content-gift-existing-invalid = бұрыннан бар квиз файлы талданбайды: { $error }
