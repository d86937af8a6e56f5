# Mazmuny barlamagyň (`academy content check`, awtoryň sahypalary) we GIFT importynyň
# habarlary: her sözlem üçin bir id, `crates/courses/src/diag.rs` (MessageId). Hyzmat sözleri
# (`correct`, `weight`, TOML açarlary, faýl atlary) terjime edilmeýär. `$count` — san.

## TOML faýllary.
content-toml-syntax = TOML sintaksis ýalňyşlygy: { $error }
content-unknown-key = näbelli `{ $field }` açary (bu ýerde rugsat berlenler: { $allowed })
content-missing-key = hökmany `{ $field }` açary ýok
content-wrong-type-string = `{ $field }` tekst (string) bolmaly, ýöne berlen bahanyň görnüşi: { $found }
content-wrong-type-integer = `{ $field }` bitin san bolmaly, ýöne berlen bahanyň görnüşi: { $found }
content-wrong-type-number = `{ $field }` san bolmaly, ýöne berlen bahanyň görnüşi: { $found }
content-wrong-type-bool = `{ $field }` true ýa-da false bolmaly, ýöne berlen bahanyň görnüşi: { $found }
content-wrong-type-string-array = `{ $field }` tekstleriň massiwi bolmaly, ýöne berlen bahanyň görnüşi: { $found }
content-wrong-type-table = `{ $field }` tablisa bolmaly, ýöne berlen bahanyň görnüşi: { $found }
content-wrong-type-table-array = `{ $field }` tablisalaryň massiwi bolmaly, ýöne berlen bahanyň görnüşi: { $found }
content-value-empty = `{ $field }` boş bolmaly däl
content-slug-invalid = `{ $field }` = { $value }: diňe a-z, 0-9 we sözleriň arasynda ýeke defis ulanyň
content-value-out-of-range = `{ $field }` = { $value }: baha { $min } bilen { $max } aralygynda bolmaly
content-integer-out-of-range = `{ $field }` = { $value }: bitin san örän uly
content-number-not-finite = `{ $field }` = { $value }: tükenikli san bolmaly
content-objectives-count = `{ $field }`: 3-den 5-e çenli okuw maksadyny ýazyň (häzir { $count })
content-objective-empty = `{ $field }`: okuw maksatlarynyň biri boş
content-max-attempts-out-of-range = `{ $field }` = { $value }: baha 1 bilen 1000 aralygynda bolmaly (synanyşyklary çäklendirmezlik üçin açary aýyryň)
content-time-limit-out-of-range = `{ $field }` = { $value }: baha 1 bilen 600 aralygynda bolmaly (wagty çäklendirmezlik üçin açary aýyryň)
content-question-type-unknown = `{ $field }` = { $value }: rugsat berlen görnüşler: { $allowed }
content-key-not-for-type = `{ $field }` açary { $type } görnüşli soraglarda ulanylmaýar (rugsat berlenler: { $allowed })

## Faýllar we bukjalar.
content-io-error = okap bolmaýar: { $error }
content-not-utf8 = faýl UTF-8 kodlamasynda däl (ony UTF-8 hökmünde saklaň)
content-file-outside-levels = course-content/ kökündäki faýl hiç bir derejä degişli däl
content-dir-file-missing = `{ $dir }` bukjasynda { $file } ýok
content-file-in-level-dir = derejäniň bukjasynda diňe level.toml we modullaryň bukjalary bolýar
content-dir-in-module = modulyň bukjasynda diňe faýllar bolýar; suratlar sapaklaryň ýanynda durýar
content-unknown-toml-file = näbelli TOML faýly: modulda module.toml, quiz.toml we quiz.LANG.toml bolýar
content-stray-file = `{ $name }` ne sapak, ne test faýly, ne-de surat
content-unknown-language-file = `{ $lang }` Akademiýanyň dili däl (ru, kk, ky, tg, tk, uz, az, en)
content-unknown-language-key = `{ $table }` içindäki `{ $lang }` Akademiýanyň dili däl (ru, kk, ky, tg, tk, uz, az, en)
content-lesson-name-no-language = `{ $name }` sapak faýly: dil görkezilmändir; ady NN-slug.LANG.md görnüşinde bolmaly, meselem 01-what-is-civil-society.ru.md
content-lesson-name-no-number = `{ $name }` sapak faýly: ady belgi we defis bilen başlamaly; ady NN-slug.LANG.md görnüşinde bolmaly, meselem 01-what-is-civil-society.ru.md
content-lesson-name-number-digits = `{ $name }` sapak faýly: başyndaky belgi 1–4 sifrden ybarat bolmaly; ady NN-slug.LANG.md görnüşinde bolmaly, meselem 01-what-is-civil-society.ru.md
content-lesson-name-slug = `{ $name }` sapak faýly: slug diňe a-z, 0-9 we - belgilerinden ybarat bolýar; ady NN-slug.LANG.md görnüşinde bolmaly, meselem 01-what-is-civil-society.ru.md
content-lesson-name-number-zero = `{ $name }` sapak faýly: sapaklar 1-den başlap belgilenýär; ady NN-slug.LANG.md görnüşinde bolmaly, meselem 01-what-is-civil-society.ru.md
content-empty-module = modulda iň bolmanda bir sapak bolmaly (NN-slug.ru.md)
content-lesson-without-russian = `{ $lesson }` sapagynyň terjimeleri bar, ýöne rusça { $file } faýly ýok
content-quiz-settings-missing = modulda test soraglary bar, ýöne geçiş baly görkezilen quiz.toml ýok
content-quiz-questions-missing = quiz.toml bar, ýöne soraglar (quiz.ru.toml) ýok
content-quiz-without-russian = testiň terjimesine rusça quiz.ru.toml esasy nusgasy gerek

## Tutuş agaç.
content-duplicate-slug = `{ $value }` slug eýýäm ulanylýar: { $first }
content-duplicate-order = `{ $value }` tertip belgisi (order) eýýäm ulanylýar: { $first }
content-unknown-level = `requires` içinde ýok bolan `{ $slug }` derejesi görkezilipdir
content-unknown-module = `prerequisites` içinde ýok bolan `{ $slug }` moduly görkezilipdir
content-prerequisite-cycle = deslapky talaplar ýapyk aýlaw emele getirýär, ony hiç bir diňleýji geçip bilmez: { $cycle }
content-missing-translation-field = `{ $field }` üçin { $lang } terjimesi ýok
content-missing-translation-lesson = `{ $lesson }` sapagynyň { $lang } terjimesi ýok
content-missing-translation-quiz = testiň { $lang } terjimesi ýok

## Sapaklaryň Markdown teksti.
content-title-missing = sapak birinji setirdäki `# Ady` sözbaşysy bilen başlamaly
content-title-empty = `# Ady` sözbaşy setiri boş
content-markdown-second-h1 = `#` sözbaşysy diňe sapagyň ady bolup biler; tekstde `##`–`####` ulanyň
content-markdown-deep-heading = `####` derejesinden çuň sözbaşylara rugsat ýok
content-markdown-raw-html = sapaklarda HTML ulanmak bolmaýar
content-markdown-footnote = sapaklarda sahypanyň aşagyndaky belliklere (footnotes) rugsat ýok
content-link-scheme = `{ $url }` salgylanmasy: diňe https://, mailto: we agaçdaky sapaklara ýa-da suratlara otnositel salgylanmalara rugsat berilýär
content-link-outside-tree = `{ $url }` salgylanmasy course-content/ daşyna alyp barýar
content-link-with-language = `{ $url }` salgylanmasy: sapaga dilsiz salgylanyň, `{ $target }` — diňleýji sapagy öz dilinde alar
content-link-no-lesson = `{ $url }` salgylanmasy: { $dir }/ içinde `{ $lesson }` sapagy ýok
content-link-no-module = `{ $url }` salgylanmasy: `{ $dir }/` modul bukjasy ýok
content-link-bad-target = `{ $url }` salgylanmasy: otnositel salgylanma sapaga (`NN-slug.md`) ýa-da sapagyň ýanyndaky surata alyp barmaly
content-link-escaped = `{ $url }` salgylanmasy ekranlaýyş ýa-da HTML obýektleri bilen ýazylypdyr; ýoly üýtgetmän ýazyň
content-image-no-alt = `{ $image }` suratynyň düşündirişi (alt) ýok: suraty görüp bilmeýän diňleýjiler üçin ony düşündiriň
content-image-not-beside = `{ $image }` suraty sapagyň ýanynda durmaly (diňe faýlyň ady)
content-image-not-in-module = `{ $image }` suraty { $dir }/ içinde ýok
content-image-format = `{ $image }` suraty PNG, JPEG ýa-da WebP formatynda bolmaly (.png, .jpg, .jpeg, .webp)
content-image-too-large = `{ $image }` suratynyň göwrümi { $bytes } baýt; iň köp 2 MB (2097152 baýt) rugsat berilýär
content-image-unused = `{ $image }` suraty hiç bir sapakda ulanylmaýar

## Test faýllary.
content-quiz-no-questions = testde iň bolmanda bir [[question]] bolmaly
content-duplicate-question-id = `{ $question }` soragyň identifikatory eýýäm { $first_line }-nji setirde ulanylýar
content-translation-extra-question = `{ $question }` soragy quiz.ru.toml faýlynda ýok ({ $position }-nji sorag, esasy nusgada jemi { $total })
content-translation-missing-question = quiz.ru.toml faýlyndaky `{ $question }` soragy ýok
content-translation-id = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): id `{ $id }`, esasy nusgada bolsa `{ $question }`
content-translation-type = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): görnüşi { $type }, esasy nusgada bolsa { $reference }
content-translation-points = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): `points` = { $points }, esasy nusgada bolsa { $reference }
content-translation-option-count = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): jogap görnüşleriniň sany { $count }, esasy nusgada bolsa { $reference }
content-translation-option-correct = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): esasy nusgada { $option }-nji jogap görnüşinde `correct = { $correct }`
content-translation-option-weight = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): { $option }-nji jogap görnüşiniň `weight` bahasy esasy nusgadakydan tapawutly
content-translation-answer = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): `answer = { $answer }`, esasy nusgada bolsa { $reference }
content-translation-numeric-count = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): san jogaplarynyň sany { $count }, esasy nusgada bolsa { $reference }
content-translation-numeric-answer = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): { $number }-nji san jogaby esasy nusgadan tapawutlanýar (bahasy, gyşarmasy ýa-da agramy)
content-translation-pair-count = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): jübütleriň sany { $count }, esasy nusgada bolsa { $reference }
content-translation-item-count = { $position }-nji sorag (quiz.ru.toml faýlynda `{ $question }`): elementleriň sany { $count }, esasy nusgada bolsa { $reference }

## Bir soragyň jogap açary (test faýllary we GIFT importy).
content-question-id-invalid = `{ $question }` soragyň identifikatory boş bolmaly däl we diňe a-z, 0-9 we - belgilerinden ybarat bolmaly
content-question-text-empty = soragyň teksti boş
content-question-points-out-of-range = `points` = { $points }: baha 1 bilen 100 aralygynda bolmaly
content-options-too-few = { $type } görnüşli soragda iň bolmanda 2 jogap görnüşi bolmaly, ýöne häzir { $count }
content-option-no-text = { $option }-nji jogap görnüşiniň teksti ýok
content-option-weight-out-of-range = { $option }-nji jogap görnüşi: `weight` = { $weight }, ýöne baha -100 bilen 100 aralygynda bolmaly
content-single-correct-count = single görnüşli soragda `correct = true` bellikli takyk 1 jogap görnüşi bolmaly, ýöne häzir { $count }
content-single-correct-weight = dogry { $option }-nji jogap görnüşiniň `weight` bahasy 100 bolmaly ýa-da asla bolmaly däl, ýöne häzir { $weight }
content-single-full-credit-not-correct = { $option }-nji jogap görnüşi doly bal berýär, ýöne `correct` diýip bellenmändir
content-multiple-no-correct = multiple görnüşli soragda `correct = true` bellikli iň bolmanda 1 jogap görnüşi bolmaly
content-multiple-weight-sign = { $option }-nji jogap görnüşi: oňyn `weight` we `correct = true` bilelikde goýulýar (`weight` = { $weight }, `correct` = { $correct })
content-multiple-weight-sum = oňyn `weight` bahalarynyň jemi 100 däl-de, { $sum }
content-short-text-no-full-credit = short_text görnüşli soragda doly bal berýän iň bolmanda bir kabul edilýän jogap bolmaly
content-short-text-answer-empty = kabul edilýän jogaplaryň biri boş
content-answer-weight-out-of-range = `weight` = { $weight }: baha 0 bilen 100 aralygynda bolmaly
content-numeric-no-full-credit = numeric görnüşli soragda `answer` (ýa-da `weight` = 100 bolan alternatiwa) bolmaly
content-numeric-tolerance-negative = `tolerance` = { $tolerance }: gyşarma 0-dan az bolmaly däl
content-pairs-too-few = matching görnüşli soragda iň bolmanda 2 jübüt bolmaly, ýöne häzir { $count }
content-pair-empty-side = { $pair }-nji jübütiň bir tarapy boş
content-pair-left-twice = { $pair }-nji jübüt: `{ $left }` çep tarapy iki gezek gabat gelýär
content-items-too-few = ordering görnüşli soragda iň bolmanda 2 element bolmaly, ýöne häzir { $count }
content-item-empty = { $item }-nji element boş
content-item-twice = `{ $text }` elementi iki gezek gabat gelýär, şonuň üçin onuň orny anyk däl

## GIFT importy (crates/courses/src/gift.rs); setiriň belgisi tekstiň ýanynda görkezilýär.
content-gift-title-unclosed = `::...` ady `::` bilen ýapylmandyr
content-gift-description = soragda { "{" }...{ "}" } jogaplar bölegi ýok: düşündirişler (soragsyz tekst) goldanylmaýar
content-gift-unclosed-answer = { "{" } bilen açylan jogaplar bölegi { "}" } bilen ýapylmandyr
content-gift-cloze = soragda birnäçe jogaplar bölegi bar: içine salnan (cloze) soraglar goldanylmaýar
content-gift-missing-word = jogaplar böleginden soň tekst gelýär (“galdyrylan söz” formaty); jogaplary soragyň ahyryna goýuň
content-gift-no-text = jogaplar böleginiň öňünde soragyň teksti ýok
content-gift-essay = esse soragy ({ "{" }{ "}" }): esseler goldanylmaýar
content-gift-weight-unclosed = `%...` agramy `%` bilen ýapylmandyr
content-gift-weight-out-of-range = `%{ $weight }%` agramy -100 bilen 100 aralygyndaky göterim däl
content-gift-numeric-prefix = san jogaplary birnäçe bolsa, olaryň her biri `=` bilen başlamaly
content-gift-numeric-value = `{ $value }` ne san, ne `san:gyşarma`, ne-de `iň az..iň köp`
content-gift-pair-syntax = laýyklaşdyrma jübütleri `=çep -> sag` görnüşinde ýazylýar
content-gift-pair-feedback = laýyklaşdyrma jübütlerinde teswir bolmaýar (#### soňundaky umumy teswiri ulanyň)
content-gift-pair-arrow = `{ $pair }` jübütinde `->` ýok
content-gift-pair-no-left = çep tarapy bolmadyk artyk sag jogaplar goldanylmaýar
content-gift-option-prefix = her jogap görnüşi `=` (dogry) ýa-da `~` (nädogry) bilen başlaýar
content-gift-several-correct = `=` bilen { $count } jogap bellenipdir: bir dogry jogaply soragda beýle jogap diňe bir bolýar; birnäçe dogry jogap üçin `~%50%` agramlaryny ulanyň
content-gift-existing-invalid = bar bolan test faýlyny seljermek bolmaýar: { $error }
