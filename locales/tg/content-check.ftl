# Паёмҳои санҷиши мундариҷа (`academy content check`, саҳифаҳои муаллиф) ва воридоти GIFT:
# барои ҳар ҷумла як id, `crates/courses/src/diag.rs` (MessageId). Калимаҳои хизматӣ
# (`correct`, `weight`, калидҳои TOML, номи файлҳо) тарҷума намешаванд. `$count` — адад.

## Файлҳои TOML.
content-toml-syntax = хатои синтаксиси TOML: { $error }
content-unknown-key = калиди номаълуми `{ $field }` (дар ин ҷо иҷозат дода мешаванд: { $allowed })
content-missing-key = калиди ҳатмии `{ $field }` нест
content-wrong-type-string = `{ $field }` бояд матн (string) бошад, аммо навъи қимати додашуда: { $found }
content-wrong-type-integer = `{ $field }` бояд адади бутун бошад, аммо навъи қимати додашуда: { $found }
content-wrong-type-number = `{ $field }` бояд адад бошад, аммо навъи қимати додашуда: { $found }
content-wrong-type-bool = `{ $field }` бояд true ё false бошад, аммо навъи қимати додашуда: { $found }
content-wrong-type-string-array = `{ $field }` бояд массиви матнҳо бошад, аммо навъи қимати додашуда: { $found }
content-wrong-type-table = `{ $field }` бояд ҷадвал бошад, аммо навъи қимати додашуда: { $found }
content-wrong-type-table-array = `{ $field }` бояд массиви ҷадвалҳо бошад, аммо навъи қимати додашуда: { $found }
content-value-empty = `{ $field }` набояд холӣ бошад
content-slug-invalid = `{ $field }` = { $value }: танҳо a-z, 0-9 ва як дефис байни калимаҳоро истифода баред
content-value-out-of-range = `{ $field }` = { $value }: қимат бояд аз { $min } то { $max } бошад
content-integer-out-of-range = `{ $field }` = { $value }: адади бутун аз ҳад калон аст
content-number-not-finite = `{ $field }` = { $value }: бояд адади маҳдуд бошад
content-objectives-count = `{ $field }`: аз 3 то 5 ҳадафи таълимӣ нависед (ҳозир { $count })
content-objective-empty = `{ $field }`: яке аз ҳадафҳои таълимӣ холӣ аст
content-max-attempts-out-of-range = `{ $field }` = { $value }: қимат бояд аз 1 то 1000 бошад (барои маҳдуд накардани шумораи кӯшишҳо калидро нест кунед)
content-time-limit-out-of-range = `{ $field }` = { $value }: қимат бояд аз 1 то 600 бошад (барои маҳдуд накардани вақт калидро нест кунед)
content-question-type-unknown = `{ $field }` = { $value }: навъҳои иҷозатдодашуда: { $allowed }
content-key-not-for-type = калиди `{ $field }` дар саволҳои навъи { $type } истифода намешавад (иҷозат дода мешаванд: { $allowed })

## Файлҳо ва ҷузвдонҳо.
content-io-error = хондан ғайриимкон аст: { $error }
content-not-utf8 = файл дар рамзгузории UTF-8 нест (онро ҳамчун UTF-8 захира кунед)
content-file-outside-levels = файл дар решаи course-content/ ба ягон сатҳ тааллуқ надорад
content-dir-file-missing = дар ҷузвдони `{ $dir }` { $file } нест
content-file-in-level-dir = дар ҷузвдони сатҳ танҳо level.toml ва ҷузвдонҳои модулҳо мешаванд
content-dir-in-module = дар ҷузвдони модул танҳо файлҳо мешаванд; расмҳо дар паҳлӯи дарсҳо ҷойгиранд
content-unknown-toml-file = файли номаълуми TOML: дар модул module.toml, quiz.toml ва quiz.LANG.toml мешаванд
content-stray-file = `{ $name }` на дарс аст, на файли тест ва на расм
content-unknown-language-file = `{ $lang }` забони Академия нест (ru, kk, ky, tg, tk, uz, az, en)
content-unknown-language-key = `{ $lang }` дар `{ $table }` забони Академия нест (ru, kk, ky, tg, tk, uz, az, en)
content-lesson-name-no-language = файли дарси `{ $name }`: забон нишон дода нашудааст; ном бояд NN-slug.LANG.md бошад, масалан 01-what-is-civil-society.ru.md
content-lesson-name-no-number = файли дарси `{ $name }`: ном бояд бо рақам ва дефис оғоз шавад; ном бояд NN-slug.LANG.md бошад, масалан 01-what-is-civil-society.ru.md
content-lesson-name-number-digits = файли дарси `{ $name }`: рақами аввали ном бояд аз 1 то 4 рақам иборат бошад; ном бояд NN-slug.LANG.md бошад, масалан 01-what-is-civil-society.ru.md
content-lesson-name-slug = файли дарси `{ $name }`: дар slug танҳо a-z, 0-9 ва - истифода мешаванд; ном бояд NN-slug.LANG.md бошад, масалан 01-what-is-civil-society.ru.md
content-lesson-name-number-zero = файли дарси `{ $name }`: рақамгузории дарсҳо аз 1 оғоз мешавад; ном бояд NN-slug.LANG.md бошад, масалан 01-what-is-civil-society.ru.md
content-empty-module = дар модул бояд ақаллан як дарс бошад (NN-slug.ru.md)
content-lesson-without-russian = дарси `{ $lesson }` тарҷумаҳо дорад, аммо файли русии { $file } надорад
content-quiz-settings-missing = дар модул саволҳои тест ҳастанд, аммо quiz.toml бо холи гузариш нест
content-quiz-questions-missing = quiz.toml ҳаст, аммо саволҳо (quiz.ru.toml) нестанд
content-quiz-without-russian = тарҷумаи тест ба эталони русии quiz.ru.toml ниёз дорад

## Тамоми дарахт.
content-duplicate-slug = slug-и `{ $value }` аллакай истифода шудааст: { $first }
content-duplicate-order = рақами тартибии `{ $value }` (order) аллакай истифода шудааст: { $first }
content-unknown-level = дар `requires` сатҳи `{ $slug }` нишон дода шудааст, ки вуҷуд надорад
content-unknown-module = дар `prerequisites` модули `{ $slug }` нишон дода шудааст, ки вуҷуд надорад
content-prerequisite-cycle = талаботи пешакӣ доираи басте ташкил медиҳанд, ки ҳеҷ як шунаванда онро гузашта наметавонад: { $cycle }
content-missing-translation-field = `{ $field }` тарҷумаи { $lang } надорад
content-missing-translation-lesson = дарси `{ $lesson }` тарҷумаи { $lang } надорад
content-missing-translation-quiz = тест тарҷумаи { $lang } надорад

## Markdown-и дарсҳо.
content-title-missing = дарс бояд бо сарлавҳаи `# Ном` дар сатри якум оғоз шавад
content-title-empty = сатри сарлавҳаи `# Ном` холӣ аст
content-markdown-second-h1 = танҳо номи дарс метавонад сарлавҳаи `#` бошад; дар матн `##`–`####`-ро истифода баред
content-markdown-deep-heading = сарлавҳаҳои амиқтар аз `####` иҷозат дода намешаванд
content-markdown-raw-html = дар дарсҳо HTML иҷозат дода намешавад
content-markdown-footnote = дар дарсҳо эзоҳҳои поёни саҳифа (footnotes) иҷозат дода намешаванд
content-link-scheme = истинод ба `{ $url }`: танҳо https://, mailto: ва истинодҳои нисбӣ ба дарсҳо ё расмҳои дарахт иҷозат дода мешаванд
content-link-outside-tree = истиноди `{ $url }` ба берун аз course-content/ мебарад
content-link-with-language = истиноди `{ $url }`: ба дарс бе забон истинод диҳед, `{ $target }` — шунаванда дарсро бо забони худ мегирад
content-link-no-lesson = истиноди `{ $url }`: дар { $dir }/ дарси `{ $lesson }` нест
content-link-no-module = истиноди `{ $url }`: ҷузвдони модули `{ $dir }/` нест
content-link-bad-target = истиноди `{ $url }`: истиноди нисбӣ бояд ба дарс (`NN-slug.md`) ё ба расми паҳлӯи дарс барад
content-link-escaped = истиноди `{ $url }` бо аломатҳои экрангузорӣ ё объектҳои HTML навишта шудааст; роҳро бе тағйир нависед
content-image-no-alt = расми `{ $image }` тавсиф (alt) надорад: онро барои шунавандагоне, ки расмро намебинанд, тавсиф кунед
content-image-not-beside = расми `{ $image }` бояд дар паҳлӯи дарс бошад (танҳо номи файл)
content-image-not-in-module = расми `{ $image }` дар { $dir }/ нест
content-image-format = расми `{ $image }` бояд дар формати PNG, JPEG ё WebP бошад (.png, .jpg, .jpeg, .webp)
content-image-too-large = андозаи расми `{ $image }` { $bytes } Б аст; на зиёда аз 2 МБ (2097152 Б) иҷозат дода мешавад
content-image-unused = расми `{ $image }` дар ягон дарс истифода намешавад

## Файлҳои тест.
content-quiz-no-questions = дар тест бояд ақаллан як [[question]] бошад
content-duplicate-question-id = идентификатори саволи `{ $question }` аллакай дар сатри { $first_line } истифода шудааст
content-translation-extra-question = саволи `{ $question }` дар quiz.ru.toml нест (саволи { $position } аз { $total })
content-translation-missing-question = саволи `{ $question }` аз quiz.ru.toml нест
content-translation-id = саволи { $position } (`{ $question }` дар quiz.ru.toml): id `{ $id }`, аммо дар эталон `{ $question }`
content-translation-type = саволи { $position } (`{ $question }` дар quiz.ru.toml): навъ { $type }, аммо дар эталон { $reference }
content-translation-points = саволи { $position } (`{ $question }` дар quiz.ru.toml): `points` = { $points }, аммо дар эталон { $reference }
content-translation-option-count = саволи { $position } (`{ $question }` дар quiz.ru.toml): шумораи вариантҳо { $count }, аммо дар эталон { $reference }
content-translation-option-correct = саволи { $position } (`{ $question }` дар quiz.ru.toml): дар эталон варианти { $option } `correct = { $correct }` дорад
content-translation-option-weight = саволи { $position } (`{ $question }` дар quiz.ru.toml): `weight`-и варианти { $option } аз эталон фарқ мекунад
content-translation-answer = саволи { $position } (`{ $question }` дар quiz.ru.toml): `answer = { $answer }`, аммо дар эталон { $reference }
content-translation-numeric-count = саволи { $position } (`{ $question }` дар quiz.ru.toml): шумораи ҷавобҳои ададӣ { $count }, аммо дар эталон { $reference }
content-translation-numeric-answer = саволи { $position } (`{ $question }` дар quiz.ru.toml): ҷавоби ададии { $number } аз эталон фарқ мекунад (қимат, иҷозати хато ё вазн)
content-translation-pair-count = саволи { $position } (`{ $question }` дар quiz.ru.toml): шумораи ҷуфтҳо { $count }, аммо дар эталон { $reference }
content-translation-item-count = саволи { $position } (`{ $question }` дар quiz.ru.toml): шумораи унсурҳо { $count }, аммо дар эталон { $reference }

## Калиди ҷавоби як савол (файлҳои тест ва воридоти GIFT).
content-question-id-invalid = идентификатори саволи `{ $question }` набояд холӣ бошад ва танҳо аз a-z, 0-9 ва - иборат бошад
content-question-text-empty = матни савол холӣ аст
content-question-points-out-of-range = `points` = { $points }: қимат бояд аз 1 то 100 бошад
content-options-too-few = дар саволи навъи { $type } бояд ақаллан 2 варианти ҷавоб бошад, аммо ҳозир { $count }
content-option-no-text = варианти { $option } матн надорад
content-option-weight-out-of-range = варианти { $option }: `weight` = { $weight }, аммо қимат бояд аз -100 то 100 бошад
content-single-correct-count = дар саволи навъи single бояд маҳз 1 вариант бо `correct = true` бошад, аммо ҳозир { $count }
content-single-correct-weight = варианти дурусти { $option } бояд `weight` 100 дошта бошад ё умуман надошта бошад, аммо ҳозир { $weight }
content-single-full-credit-not-correct = варианти { $option } холи пурра медиҳад, аммо ҳамчун `correct` қайд нашудааст
content-multiple-no-correct = дар саволи навъи multiple бояд ақаллан 1 вариант бо `correct = true` бошад
content-multiple-weight-sign = варианти { $option }: `weight`-и мусбат ва `correct = true` якҷоя гузошта мешаванд (`weight` = { $weight }, `correct` = { $correct })
content-multiple-weight-sum = ҷамъи қиматҳои мусбати `weight` ба { $sum } баробар аст, на ба 100
content-short-text-no-full-credit = дар саволи навъи short_text бояд ақаллан як ҷавоби қабулшаванда бо холи пурра бошад
content-short-text-answer-empty = яке аз ҷавобҳои қабулшаванда холӣ аст
content-answer-weight-out-of-range = `weight` = { $weight }: қимат бояд аз 0 то 100 бошад
content-numeric-no-full-credit = дар саволи навъи numeric бояд `answer` (ё алтернатива бо `weight` = 100) бошад
content-numeric-tolerance-negative = `tolerance` = { $tolerance }: иҷозати хато набояд аз 0 кам бошад
content-pairs-too-few = дар саволи навъи matching бояд ақаллан 2 ҷуфт бошад, аммо ҳозир { $count }
content-pair-empty-side = як тарафи ҷуфти { $pair } холӣ аст
content-pair-left-twice = ҷуфти { $pair }: тарафи чапи `{ $left }` ду бор омадааст
content-items-too-few = дар саволи навъи ordering бояд ақаллан 2 унсур бошад, аммо ҳозир { $count }
content-item-empty = унсури { $item } холӣ аст
content-item-twice = унсури `{ $text }` ду бор омадааст, бинобар ин ҷойи он норавшан аст

## Воридоти GIFT (crates/courses/src/gift.rs); рақами сатр дар паҳлӯи матн нишон дода мешавад.
content-gift-title-unclosed = номи `::...` бо `::` баста нашудааст
content-gift-description = савол блоки ҷавобҳои { "{" }...{ "}" } надорад: тавсифҳо (матн бе савол) дастгирӣ намешаванд
content-gift-unclosed-answer = блоки ҷавобҳо, ки бо { "{" } кушода шудааст, бо { "}" } баста нашудааст
content-gift-cloze = савол якчанд блоки ҷавобҳо дорад: саволҳои дарунсохт (cloze) дастгирӣ намешаванд
content-gift-missing-word = пас аз блоки ҷавобҳо матн омадааст (формати «калимаи партофташуда»); ҷавобҳоро ба охири савол гузоред
content-gift-no-text = пеш аз блоки ҷавобҳо матни савол нест
content-gift-essay = саволи иншо ({ "{" }{ "}" }): иншоҳо дастгирӣ намешаванд
content-gift-weight-unclosed = вазни `%...` бо `%` баста нашудааст
content-gift-weight-out-of-range = вазни `%{ $weight }%` фоизи аз -100 то 100 нест
content-gift-numeric-prefix = агар ҷавобҳои ададӣ якчанд бошанд, ҳар кадоме бояд бо `=` оғоз шавад
content-gift-numeric-value = `{ $value }` на адад аст, на `адад:иҷозат` ва на `ақал..аксар`
content-gift-pair-syntax = ҷуфтҳои мувофиқкунӣ ба шакли `=чап -> рост` навишта мешаванд
content-gift-pair-feedback = ҷуфтҳои мувофиқкунӣ фикр дошта наметавонанд (фикри умумиро пас аз #### истифода баред)
content-gift-pair-arrow = дар ҷуфти `{ $pair }` `->` нест
content-gift-pair-no-left = ҷавобҳои иловагии рост бе тарафи чап дастгирӣ намешаванд
content-gift-option-prefix = ҳар вариант бо `=` (дуруст) ё `~` (нодуруст) оғоз мешавад
content-gift-several-correct = бо `=` { $count } ҷавоб қайд шудааст: дар саволи дорои як ҷавоби дуруст чунин ҷавоб танҳо як аст; барои якчанд ҷавоби дуруст вазнҳои `~%50%`-ро истифода баред
content-gift-existing-invalid = файли мавҷудаи тест таҳлил намешавад: { $error }
