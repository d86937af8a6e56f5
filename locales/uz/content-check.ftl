# Mazmunni tekshirish (`academy content check`, muallif sahifalari) va GIFT importi
# xabarlari: har bir gap uchun bitta id, `crates/courses/src/diag.rs` (MessageId). Xizmat
# soʻzlari (`correct`, `weight`, TOML kalitlari, fayl nomlari) tarjima qilinmaydi. `$count` — son.

## TOML fayllari.
content-toml-syntax = TOML sintaksis xatosi: { $error }
content-unknown-key = nomaʼlum `{ $field }` kaliti (bu yerda ruxsat etilganlar: { $allowed })
content-missing-key = majburiy `{ $field }` kaliti yoʻq
content-wrong-type-string = `{ $field }` matn (string) boʻlishi kerak, ammo berilgan qiymat turi: { $found }
content-wrong-type-integer = `{ $field }` butun son boʻlishi kerak, ammo berilgan qiymat turi: { $found }
content-wrong-type-number = `{ $field }` son boʻlishi kerak, ammo berilgan qiymat turi: { $found }
content-wrong-type-bool = `{ $field }` true yoki false boʻlishi kerak, ammo berilgan qiymat turi: { $found }
content-wrong-type-string-array = `{ $field }` matnlar massivi boʻlishi kerak, ammo berilgan qiymat turi: { $found }
content-wrong-type-table = `{ $field }` jadval boʻlishi kerak, ammo berilgan qiymat turi: { $found }
content-wrong-type-table-array = `{ $field }` jadvallar massivi boʻlishi kerak, ammo berilgan qiymat turi: { $found }
content-value-empty = `{ $field }` boʻsh boʻlmasligi kerak
content-slug-invalid = `{ $field }` = { $value }: faqat a-z, 0-9 va soʻzlar orasida bitta defisdan foydalaning
content-value-out-of-range = `{ $field }` = { $value }: qiymat { $min } dan { $max } gacha boʻlishi kerak
content-integer-out-of-range = `{ $field }` = { $value }: butun son juda katta
content-number-not-finite = `{ $field }` = { $value }: chekli son boʻlishi kerak
content-objectives-count = `{ $field }`: 3 tadan 5 tagacha oʻquv maqsadini yozing (hozir { $count } ta)
content-objective-empty = `{ $field }`: oʻquv maqsadlaridan biri boʻsh
content-max-attempts-out-of-range = `{ $field }` = { $value }: qiymat 1 dan 1000 gacha boʻlishi kerak (urinishlarni cheklamaslik uchun kalitni olib tashlang)
content-time-limit-out-of-range = `{ $field }` = { $value }: qiymat 1 dan 600 gacha boʻlishi kerak (vaqtni cheklamaslik uchun kalitni olib tashlang)
content-question-type-unknown = `{ $field }` = { $value }: ruxsat etilgan turlar: { $allowed }
content-key-not-for-type = `{ $field }` kaliti { $type } turidagi savollarda ishlatilmaydi (ruxsat etilganlar: { $allowed })

## Fayllar va papkalar.
content-io-error = oʻqib boʻlmadi: { $error }
content-not-utf8 = fayl UTF-8 kodlashida emas (uni UTF-8 sifatida saqlang)
content-file-outside-levels = course-content/ ildizidagi fayl hech qaysi darajaga tegishli emas
content-dir-file-missing = `{ $dir }` papkasida { $file } yoʻq
content-file-in-level-dir = daraja papkasida faqat level.toml va modullar papkalari boʻladi
content-dir-in-module = modul papkasida faqat fayllar boʻladi; rasmlar darslar yonida turadi
content-unknown-toml-file = nomaʼlum TOML fayli: modulda module.toml, quiz.toml va quiz.LANG.toml boʻladi
content-stray-file = `{ $name }` na dars, na test fayli, na rasm
content-unknown-language-file = `{ $lang }` Akademiya tili emas (ru, kk, ky, tg, tk, uz, az, en)
content-unknown-language-key = `{ $table }` ichidagi `{ $lang }` Akademiya tili emas (ru, kk, ky, tg, tk, uz, az, en)
content-lesson-name-no-language = `{ $name }` dars fayli: til koʻrsatilmagan; nomi NN-slug.LANG.md koʻrinishida boʻlishi kerak, masalan 01-what-is-civil-society.ru.md
content-lesson-name-no-number = `{ $name }` dars fayli: nomi raqam va defis bilan boshlanishi kerak; nomi NN-slug.LANG.md koʻrinishida boʻlishi kerak, masalan 01-what-is-civil-society.ru.md
content-lesson-name-number-digits = `{ $name }` dars fayli: boshidagi raqam 1–4 xonali boʻlishi kerak; nomi NN-slug.LANG.md koʻrinishida boʻlishi kerak, masalan 01-what-is-civil-society.ru.md
content-lesson-name-slug = `{ $name }` dars fayli: slug faqat a-z, 0-9 va - belgilaridan iborat boʻladi; nomi NN-slug.LANG.md koʻrinishida boʻlishi kerak, masalan 01-what-is-civil-society.ru.md
content-lesson-name-number-zero = `{ $name }` dars fayli: darslar 1 dan boshlab raqamlanadi; nomi NN-slug.LANG.md koʻrinishida boʻlishi kerak, masalan 01-what-is-civil-society.ru.md
content-empty-module = modulda kamida bitta dars boʻlishi kerak (NN-slug.ru.md)
content-lesson-without-russian = `{ $lesson }` darsining tarjimalari bor, lekin ruscha { $file } fayli yoʻq
content-quiz-settings-missing = modulda test savollari bor, lekin oʻtish bali koʻrsatilgan quiz.toml yoʻq
content-quiz-questions-missing = quiz.toml bor, lekin savollar (quiz.ru.toml) yoʻq
content-quiz-without-russian = test tarjimasiga ruscha quiz.ru.toml asl nusxasi kerak

## Butun daraxt.
content-duplicate-slug = `{ $value }` slug allaqachon ishlatilgan: { $first }
content-duplicate-order = `{ $value }` tartib raqami (order) allaqachon ishlatilgan: { $first }
content-unknown-level = `requires` ichida mavjud boʻlmagan `{ $slug }` darajasi koʻrsatilgan
content-unknown-module = `prerequisites` ichida mavjud boʻlmagan `{ $slug }` moduli koʻrsatilgan
content-prerequisite-cycle = dastlabki talablar yopiq doira hosil qiladi, uni hech bir tinglovchi oʻta olmaydi: { $cycle }
content-missing-translation-field = `{ $field }` uchun { $lang } tarjimasi yoʻq
content-missing-translation-lesson = `{ $lesson }` darsining { $lang } tarjimasi yoʻq
content-missing-translation-quiz = testning { $lang } tarjimasi yoʻq

## Darslarning Markdown matni.
content-title-missing = dars birinchi qatordagi `# Nomi` sarlavhasi bilan boshlanishi kerak
content-title-empty = `# Nomi` sarlavha qatori boʻsh
content-markdown-second-h1 = `#` sarlavha faqat dars nomi boʻla oladi; matnda `##`–`####` dan foydalaning
content-markdown-deep-heading = `####` dan chuqurroq sarlavhalarga ruxsat yoʻq
content-markdown-raw-html = darslarda HTML ishlatish mumkin emas
content-markdown-footnote = darslarda sahifa osti izohlari (footnotes) ishlatish mumkin emas
content-link-scheme = `{ $url }` havolasi: faqat https://, mailto: va daraxtdagi darslar yoki rasmlarga nisbiy havolalarga ruxsat beriladi
content-link-outside-tree = `{ $url }` havolasi course-content/ tashqarisiga olib boradi
content-link-with-language = `{ $url }` havolasi: darsga tilsiz havola bering, `{ $target }` — tinglovchi darsni oʻz tilida oladi
content-link-no-lesson = `{ $url }` havolasi: { $dir }/ ichida `{ $lesson }` darsi yoʻq
content-link-no-module = `{ $url }` havolasi: `{ $dir }/` modul papkasi yoʻq
content-link-bad-target = `{ $url }` havolasi: nisbiy havola darsga (`NN-slug.md`) yoki dars yonidagi rasmga olib borishi kerak
content-link-escaped = `{ $url }` havolasi ekranlash yoki HTML obyektlari bilan yozilgan; yoʻlni oʻzgartirmasdan yozing
content-image-no-alt = `{ $image }` rasmining tavsifi (alt) yoʻq: rasmni koʻra olmaydigan tinglovchilar uchun uni tavsiflang
content-image-not-beside = `{ $image }` rasmi dars yonida turishi kerak (faqat fayl nomi)
content-image-not-in-module = `{ $image }` rasmi { $dir }/ ichida yoʻq
content-image-format = `{ $image }` rasmi PNG, JPEG yoki WebP formatida boʻlishi kerak (.png, .jpg, .jpeg, .webp)
content-image-too-large = `{ $image }` rasmining hajmi { $bytes } bayt; koʻpi bilan 2 MB (2097152 bayt) ruxsat etiladi
content-image-unused = `{ $image }` rasmi hech bir darsda ishlatilmaydi

## Test fayllari.
content-quiz-no-questions = testda kamida bitta [[question]] boʻlishi kerak
content-duplicate-question-id = `{ $question }` savol identifikatori allaqachon { $first_line }-qatorda ishlatilgan
content-translation-extra-question = `{ $question }` savoli quiz.ru.toml faylida yoʻq ({ $position }-savol, asl nusxada jami { $total } ta)
content-translation-missing-question = quiz.ru.toml faylidagi `{ $question }` savoli yoʻq
content-translation-id = { $position }-savol (quiz.ru.toml faylida `{ $question }`): id `{ $id }`, asl nusxada esa `{ $question }`
content-translation-type = { $position }-savol (quiz.ru.toml faylida `{ $question }`): turi { $type }, asl nusxada esa { $reference }
content-translation-points = { $position }-savol (quiz.ru.toml faylida `{ $question }`): `points` = { $points }, asl nusxada esa { $reference }
content-translation-option-count = { $position }-savol (quiz.ru.toml faylida `{ $question }`): javob variantlari soni { $count } ta, asl nusxada esa { $reference } ta
content-translation-option-correct = { $position }-savol (quiz.ru.toml faylida `{ $question }`): asl nusxada { $option }-variantda `correct = { $correct }`
content-translation-option-weight = { $position }-savol (quiz.ru.toml faylida `{ $question }`): { $option }-variantning `weight` qiymati asl nusxadagidan farq qiladi
content-translation-answer = { $position }-savol (quiz.ru.toml faylida `{ $question }`): `answer = { $answer }`, asl nusxada esa { $reference }
content-translation-numeric-count = { $position }-savol (quiz.ru.toml faylida `{ $question }`): sonli javoblar soni { $count } ta, asl nusxada esa { $reference } ta
content-translation-numeric-answer = { $position }-savol (quiz.ru.toml faylida `{ $question }`): { $number }-sonli javob asl nusxadan farq qiladi (qiymati, chetlanishi yoki vazni)
content-translation-pair-count = { $position }-savol (quiz.ru.toml faylida `{ $question }`): juftliklar soni { $count } ta, asl nusxada esa { $reference } ta
content-translation-item-count = { $position }-savol (quiz.ru.toml faylida `{ $question }`): elementlar soni { $count } ta, asl nusxada esa { $reference } ta

## Bitta savolning javob kaliti (test fayllari va GIFT importi).
content-question-id-invalid = `{ $question }` savol identifikatori boʻsh boʻlmasligi va faqat a-z, 0-9 va - belgilaridan iborat boʻlishi kerak
content-question-text-empty = savol matni boʻsh
content-question-points-out-of-range = `points` = { $points }: qiymat 1 dan 100 gacha boʻlishi kerak
content-options-too-few = { $type } turidagi savolda kamida 2 ta javob varianti boʻlishi kerak, hozir esa { $count } ta
content-option-no-text = { $option }-variantning matni yoʻq
content-option-weight-out-of-range = { $option }-variant: `weight` = { $weight }, ammo qiymat -100 dan 100 gacha boʻlishi kerak
content-single-correct-count = single turidagi savolda `correct = true` belgili aynan 1 ta variant boʻlishi kerak, hozir esa { $count } ta
content-single-correct-weight = toʻgʻri { $option }-variantning `weight` qiymati 100 boʻlishi yoki umuman boʻlmasligi kerak, hozir esa { $weight }
content-single-full-credit-not-correct = { $option }-variant toʻliq ball beradi, lekin `correct` deb belgilanmagan
content-multiple-no-correct = multiple turidagi savolda `correct = true` belgili kamida 1 ta variant boʻlishi kerak
content-multiple-weight-sign = { $option }-variant: musbat `weight` va `correct = true` birga qoʻyiladi (`weight` = { $weight }, `correct` = { $correct })
content-multiple-weight-sum = musbat `weight` qiymatlarining yigʻindisi 100 emas, { $sum }
content-short-text-no-full-credit = short_text turidagi savolda toʻliq ball beradigan kamida bitta qabul qilinadigan javob boʻlishi kerak
content-short-text-answer-empty = qabul qilinadigan javoblardan biri boʻsh
content-answer-weight-out-of-range = `weight` = { $weight }: qiymat 0 dan 100 gacha boʻlishi kerak
content-numeric-no-full-credit = numeric turidagi savolda `answer` (yoki `weight` = 100 boʻlgan muqobil javob) boʻlishi kerak
content-numeric-tolerance-negative = `tolerance` = { $tolerance }: chetlanish 0 dan kam boʻlmasligi kerak
content-pairs-too-few = matching turidagi savolda kamida 2 ta juftlik boʻlishi kerak, hozir esa { $count } ta
content-pair-empty-side = { $pair }-juftlikning bir tomoni boʻsh
content-pair-left-twice = { $pair }-juftlik: `{ $left }` chap tomoni ikki marta uchraydi
content-items-too-few = ordering turidagi savolda kamida 2 ta element boʻlishi kerak, hozir esa { $count } ta
content-item-empty = { $item }-element boʻsh
content-item-twice = `{ $text }` elementi ikki marta uchraydi, shuning uchun uning oʻrni noaniq

## GIFT importi (crates/courses/src/gift.rs); qator raqami matn yonida koʻrsatiladi.
content-gift-title-unclosed = `::...` nomi `::` bilan yopilmagan
content-gift-description = savolda { "{" }...{ "}" } javoblar bloki yoʻq: tavsiflar (savolsiz matn) qoʻllab-quvvatlanmaydi
content-gift-unclosed-answer = { "{" } bilan ochilgan javoblar bloki { "}" } bilan yopilmagan
content-gift-cloze = savolda bir nechta javoblar bloki bor: ichki (cloze) savollar qoʻllab-quvvatlanmaydi
content-gift-missing-word = javoblar blokidan keyin matn keladi (“tushib qolgan soʻz” formati); javoblarni savol oxiriga qoʻying
content-gift-no-text = javoblar blokidan oldin savol matni yoʻq
content-gift-essay = esse savoli ({ "{" }{ "}" }): esselar qoʻllab-quvvatlanmaydi
content-gift-weight-unclosed = `%...` vazni `%` bilan yopilmagan
content-gift-weight-out-of-range = `%{ $weight }%` vazni -100 dan 100 gacha boʻlgan foiz emas
content-gift-numeric-prefix = sonli javoblar bir nechta boʻlsa, har biri `=` bilan boshlanishi kerak
content-gift-numeric-value = `{ $value }` na son, na `son:chetlanish`, na `min..maks`
content-gift-pair-syntax = moslashtirish juftliklari `=chap -> oʻng` koʻrinishida yoziladi
content-gift-pair-feedback = moslashtirish juftliklarida fikr boʻlmaydi (#### dan keyingi umumiy fikrdan foydalaning)
content-gift-pair-arrow = `{ $pair }` juftligida `->` yoʻq
content-gift-pair-no-left = chap tomoni boʻlmagan ortiqcha oʻng javoblar qoʻllab-quvvatlanmaydi
content-gift-option-prefix = har bir variant `=` (toʻgʻri) yoki `~` (notoʻgʻri) bilan boshlanadi
content-gift-several-correct = `=` bilan { $count } ta javob belgilangan: bitta toʻgʻri javobli savolda bunday javob faqat bitta boʻladi; bir nechta toʻgʻri javob uchun `~%50%` vaznlaridan foydalaning
content-gift-existing-invalid = mavjud test faylini tahlil qilib boʻlmadi: { $error }
