# Мазмунду текшерүүнүн (`academy content check`, автордун барактары) жана GIFT импортунун
# билдирүүлөрү: ар бир сүйлөмгө бир id, `crates/courses/src/diag.rs` (MessageId). Кызматтык
# сөздөр (`correct`, `weight`, TOML ачкычтары, файлдардын аттары) которулбайт. `$count` — сан.

## TOML файлдары.
content-toml-syntax = TOML синтаксис катасы: { $error }
content-unknown-key = белгисиз `{ $field }` ачкычы (бул жерде уруксат берилгендер: { $allowed })
content-missing-key = милдеттүү `{ $field }` ачкычы жок
content-wrong-type-string = `{ $field }` текст (string) болушу керек, ал эми берилген маанинин түрү: { $found }
content-wrong-type-integer = `{ $field }` бүтүн сан болушу керек, ал эми берилген маанинин түрү: { $found }
content-wrong-type-number = `{ $field }` сан болушу керек, ал эми берилген маанинин түрү: { $found }
content-wrong-type-bool = `{ $field }` true же false болушу керек, ал эми берилген маанинин түрү: { $found }
content-wrong-type-string-array = `{ $field }` тексттердин массиви болушу керек, ал эми берилген маанинин түрү: { $found }
content-wrong-type-table = `{ $field }` таблица болушу керек, ал эми берилген маанинин түрү: { $found }
content-wrong-type-table-array = `{ $field }` таблицалардын массиви болушу керек, ал эми берилген маанинин түрү: { $found }
content-value-empty = `{ $field }` бош болбошу керек
content-slug-invalid = `{ $field }` = { $value }: a-z, 0-9 жана сөздөрдүн ортосунда жалгыз дефис гана колдонуңуз
content-value-out-of-range = `{ $field }` = { $value }: маани { $min } менен { $max } ортосунда болушу керек
content-integer-out-of-range = `{ $field }` = { $value }: бүтүн сан өтө чоң
content-number-not-finite = `{ $field }` = { $value }: чектүү сан болушу керек
content-objectives-count = `{ $field }`: 3төн 5ке чейин окуу максатын жазыңыз (азыр { $count })
content-objective-empty = `{ $field }`: окуу максаттарынын бири бош
content-max-attempts-out-of-range = `{ $field }` = { $value }: маани 1 менен 1000 ортосунда болушу керек (аракеттерди чектебөө үчүн ачкычты алып салыңыз)
content-time-limit-out-of-range = `{ $field }` = { $value }: маани 1 менен 600 ортосунда болушу керек (убакытты чектебөө үчүн ачкычты алып салыңыз)
content-question-type-unknown = `{ $field }` = { $value }: уруксат берилген түрлөр: { $allowed }
content-key-not-for-type = `{ $field }` ачкычы { $type } түрүндөгү суроолордо колдонулбайт (уруксат берилгендер: { $allowed })

## Файлдар жана папкалар.
content-io-error = окуу мүмкүн эмес: { $error }
content-not-utf8 = файл UTF-8 коддоосунда эмес (аны UTF-8 катары сактаңыз)
content-file-outside-levels = course-content/ тамырындагы файл эч бир деңгээлге таандык эмес
content-dir-file-missing = `{ $dir }` папкасында { $file } жок
content-file-in-level-dir = деңгээлдин папкасында level.toml жана модулдардын папкалары гана болот
content-dir-in-module = модулдун папкасында файлдар гана болот; сүрөттөр сабактардын жанында турат
content-unknown-toml-file = белгисиз TOML файлы: модулда module.toml, quiz.toml жана quiz.LANG.toml болот
content-stray-file = `{ $name }` сабак да, квиздин файлы да, сүрөт да эмес
content-unknown-language-file = `{ $lang }` — Академиянын тили эмес (ru, kk, ky, tg, tk, uz, az, en)
content-unknown-language-key = `{ $table }` ичиндеги `{ $lang }` — Академиянын тили эмес (ru, kk, ky, tg, tk, uz, az, en)
content-lesson-name-no-language = `{ $name }` сабак файлы: тил көрсөтүлгөн эмес; аты NN-slug.LANG.md түрүндө болушу керек, мисалы 01-what-is-civil-society.ru.md
content-lesson-name-no-number = `{ $name }` сабак файлы: аты номер жана дефис менен башталышы керек; аты NN-slug.LANG.md түрүндө болушу керек, мисалы 01-what-is-civil-society.ru.md
content-lesson-name-number-digits = `{ $name }` сабак файлы: башындагы номер 1–4 цифрадан турушу керек; аты NN-slug.LANG.md түрүндө болушу керек, мисалы 01-what-is-civil-society.ru.md
content-lesson-name-slug = `{ $name }` сабак файлы: slug ичинде a-z, 0-9 жана - гана болот; аты NN-slug.LANG.md түрүндө болушу керек, мисалы 01-what-is-civil-society.ru.md
content-lesson-name-number-zero = `{ $name }` сабак файлы: сабактар 1ден баштап номерленет; аты NN-slug.LANG.md түрүндө болушу керек, мисалы 01-what-is-civil-society.ru.md
content-empty-module = модулда жок дегенде бир сабак болушу керек (NN-slug.ru.md)
content-lesson-without-russian = `{ $lesson }` сабагынын котормолору бар, бирок орусча { $file } файлы жок
content-quiz-settings-missing = модулда квиздин суроолору бар, бирок өтүү балы жазылган quiz.toml жок
content-quiz-questions-missing = quiz.toml бар, бирок суроолор (quiz.ru.toml) жок
content-quiz-without-russian = квиздин котормосуна орусча quiz.ru.toml эталону керек

## Бүтүндөй дарак.
content-duplicate-slug = `{ $value }` slug мурунтан колдонулуп жатат: { $first }
content-duplicate-order = `{ $value }` тартип номери (order) мурунтан колдонулуп жатат: { $first }
content-unknown-level = `requires` ичинде жок `{ $slug }` деңгээли көрсөтүлгөн
content-unknown-module = `prerequisites` ичинде жок `{ $slug }` модулу көрсөтүлгөн
content-prerequisite-cycle = алдын ала талаптар туюк айлана түзөт, аны бир да угуучу өтө албайт: { $cycle }
content-missing-translation-field = `{ $field }` үчүн { $lang } котормосу жок
content-missing-translation-lesson = `{ $lesson }` сабагынын { $lang } котормосу жок
content-missing-translation-quiz = квиздин { $lang } котормосу жок

## Сабактардын Markdown тексти.
content-title-missing = сабак биринчи саптагы `# Аталышы` аталышы менен башталышы керек
content-title-empty = `# Аталышы` сабы бош
content-markdown-second-h1 = `#` аталышы сабактын аталышы гана боло алат; текстте `##`–`####` колдонуңуз
content-markdown-deep-heading = `####` деңгээлинен тереңирээк аталыштарга уруксат жок
content-markdown-raw-html = сабактарда HTML колдонууга болбойт
content-markdown-footnote = сабактарда шилтеме-эскертүүлөргө (footnotes) уруксат жок
content-link-scheme = `{ $url }` шилтемеси: https://, mailto: жана дарактагы сабактарга же сүрөттөргө салыштырмалуу шилтемелерге гана уруксат бар
content-link-outside-tree = `{ $url }` шилтемеси course-content/ сыртына алып барат
content-link-with-language = `{ $url }` шилтемеси: сабакка тилсиз шилтеме бериңиз, `{ $target }` — угуучу сабакты өз тилинде алат
content-link-no-lesson = `{ $url }` шилтемеси: { $dir }/ ичинде `{ $lesson }` сабагы жок
content-link-no-module = `{ $url }` шилтемеси: `{ $dir }/` модулдун папкасы жок
content-link-bad-target = `{ $url }` шилтемеси: салыштырмалуу шилтеме сабакка (`NN-slug.md`) же сабактын жанындагы сүрөткө алып барышы керек
content-link-escaped = `{ $url }` шилтемеси экрандоо же HTML объекттери менен жазылган; жолду өзгөртпөй жазыңыз
content-image-no-alt = `{ $image }` сүрөтүнүн сүрөттөмөсү (alt) жок: аны көрө албаган угуучулар үчүн сүрөттөп бериңиз
content-image-not-beside = `{ $image }` сүрөтү сабактын жанында турушу керек (файлдын аты гана)
content-image-not-in-module = `{ $image }` сүрөтү { $dir }/ ичинде жок
content-image-format = `{ $image }` сүрөтү PNG, JPEG же WebP форматында болушу керек (.png, .jpg, .jpeg, .webp)
content-image-too-large = `{ $image }` сүрөтүнүн көлөмү { $bytes } Б; эң көп дегенде 2 МБ (2097152 Б) болушу мүмкүн
content-image-unused = `{ $image }` сүрөтү эч бир сабакта колдонулбайт

## Квиздердин файлдары.
content-quiz-no-questions = квизде жок дегенде бир [[question]] болушу керек
content-duplicate-question-id = `{ $question }` суроонун идентификатору { $first_line }-сапта колдонулган
content-translation-extra-question = `{ $question }` суроосу quiz.ru.toml файлында жок ({ $position }-суроо, эталондо баары { $total })
content-translation-missing-question = quiz.ru.toml ичиндеги `{ $question }` суроосу жок
content-translation-id = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): id `{ $id }`, ал эми эталондо `{ $question }`
content-translation-type = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): түрү { $type }, ал эми эталондо { $reference }
content-translation-points = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): `points` = { $points }, ал эми эталондо { $reference }
content-translation-option-count = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): варианттардын саны { $count }, ал эми эталондо { $reference }
content-translation-option-correct = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): эталондо { $option }-вариантта `correct = { $correct }`
content-translation-option-weight = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): { $option }-варианттын `weight` мааниси эталондогудан башка
content-translation-answer = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): `answer = { $answer }`, ал эми эталондо { $reference }
content-translation-numeric-count = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): сандык жооптордун саны { $count }, ал эми эталондо { $reference }
content-translation-numeric-answer = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): { $number }-сандык жооп эталондон айырмаланат (мааниси, четтөөсү же салмагы)
content-translation-pair-count = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): жуптардын саны { $count }, ал эми эталондо { $reference }
content-translation-item-count = { $position }-суроо (quiz.ru.toml ичинде `{ $question }`): элементтердин саны { $count }, ал эми эталондо { $reference }

## Бир суроонун жооп ачкычы (квиз файлдары жана GIFT импорту).
content-question-id-invalid = `{ $question }` суроонун идентификатору бош болбошу жана a-z, 0-9 жана - белгилеринен гана турушу керек
content-question-text-empty = суроонун тексти бош
content-question-points-out-of-range = `points` = { $points }: маани 1 менен 100 ортосунда болушу керек
content-options-too-few = { $type } түрүндөгү суроодо жок дегенде 2 жооп варианты болушу керек, ал эми азыр { $count }
content-option-no-text = { $option }-варианттын тексти жок
content-option-weight-out-of-range = { $option }-вариант: `weight` = { $weight }, ал эми маани -100 менен 100 ортосунда болушу керек
content-single-correct-count = single түрүндөгү суроодо `correct = true` белгиси бар так 1 вариант болушу керек, ал эми азыр { $count }
content-single-correct-weight = туура { $option }-варианттын `weight` мааниси 100 болушу же такыр болбошу керек, ал эми азыр { $weight }
content-single-full-credit-not-correct = { $option }-вариант толук упай берет, бирок `correct` деп белгиленген эмес
content-multiple-no-correct = multiple түрүндөгү суроодо `correct = true` белгиси бар жок дегенде 1 вариант болушу керек
content-multiple-weight-sign = { $option }-вариант: оң `weight` жана `correct = true` бирге коюлат (`weight` = { $weight }, `correct` = { $correct })
content-multiple-weight-sum = оң `weight` маанилеринин суммасы 100 эмес, { $sum }
content-short-text-no-full-credit = short_text түрүндөгү суроодо толук упай берген жок дегенде бир кабыл алынуучу жооп болушу керек
content-short-text-answer-empty = кабыл алынуучу жооптордун бири бош
content-answer-weight-out-of-range = `weight` = { $weight }: маани 0 менен 100 ортосунда болушу керек
content-numeric-no-full-credit = numeric түрүндөгү суроодо `answer` (же `weight` = 100 болгон альтернатива) болушу керек
content-numeric-tolerance-negative = `tolerance` = { $tolerance }: четтөө 0дөн кем болбошу керек
content-pairs-too-few = matching түрүндөгү суроодо жок дегенде 2 жуп болушу керек, ал эми азыр { $count }
content-pair-empty-side = { $pair }-жуптун бир тарабы бош
content-pair-left-twice = { $pair }-жуп: `{ $left }` сол тарабы эки жолу кездешет
content-items-too-few = ordering түрүндөгү суроодо жок дегенде 2 элемент болушу керек, ал эми азыр { $count }
content-item-empty = { $item }-элемент бош
content-item-twice = `{ $text }` элементи эки жолу кездешет, ошондуктан анын орду так эмес

## GIFT импорту (crates/courses/src/gift.rs); саптын номери тексттин жанында көрсөтүлөт.
content-gift-title-unclosed = `::...` аталышы `::` менен жабылган эмес
content-gift-description = суроодо { "{" }...{ "}" } жооптор блогу жок: сүрөттөмөлөр (суроосуз текст) колдоого алынбайт
content-gift-unclosed-answer = { "{" } менен ачылган жооптор блогу { "}" } менен жабылган эмес
content-gift-cloze = суроодо бир нече жооптор блогу бар: камтылган (cloze) суроолор колдоого алынбайт
content-gift-missing-word = жооптор блогунан кийин текст турат («түшүп калган сөз» форматы); жоопторду суроонун аягына коюңуз
content-gift-no-text = жооптор блогунун алдында суроонун тексти жок
content-gift-essay = эссе-суроо ({ "{" }{ "}" }): эсселер колдоого алынбайт
content-gift-weight-unclosed = `%...` салмагы `%` менен жабылган эмес
content-gift-weight-out-of-range = `%{ $weight }%` салмагы -100 менен 100 ортосундагы пайыз эмес
content-gift-numeric-prefix = сандык жооптор бир нечеу болсо, ар бири `=` белгисинен башталышы керек
content-gift-numeric-value = `{ $value }` сан да, `сан:четтөө` да, `мин..макс` да эмес
content-gift-pair-syntax = дал келтирүү жуптары `=сол -> оң` түрүндө жазылат
content-gift-pair-feedback = дал келтирүү жуптарында пикир болбойт (#### кийинки жалпы пикирди колдонуңуз)
content-gift-pair-arrow = `{ $pair }` жубунда `->` жок
content-gift-pair-no-left = сол тарабы жок ашыкча оң жооптор колдоого алынбайт
content-gift-option-prefix = ар бир вариант `=` (туура) же `~` (туура эмес) белгисинен башталат
content-gift-several-correct = `=` белгиси менен { $count } жооп белгиленген: бир туура жооптуу суроодо мындай жооп бирөө гана; бир нече туура жооп үчүн `~%50%` салмактарын колдонуңуз
content-gift-existing-invalid = учурдагы квиз файлы талданбай жатат: { $error }
