# Məzmun yoxlamasının (`academy content check`, müəllif səhifələri) və GIFT idxalının
# mesajları: hər cümlə üçün bir id, `crates/courses/src/diag.rs` (MessageId). Xidməti sözlər
# (`correct`, `weight`, TOML açarları, fayl adları) tərcümə olunmur. `$count` ədəddir.

## TOML faylları.
content-toml-syntax = TOML sintaksis xətası: { $error }
content-unknown-key = naməlum `{ $field }` açarı (burada icazə verilənlər: { $allowed })
content-missing-key = məcburi `{ $field }` açarı yoxdur
content-wrong-type-string = `{ $field }` mətn (string) olmalıdır, lakin verilən dəyərin tipi: { $found }
content-wrong-type-integer = `{ $field }` tam ədəd olmalıdır, lakin verilən dəyərin tipi: { $found }
content-wrong-type-number = `{ $field }` ədəd olmalıdır, lakin verilən dəyərin tipi: { $found }
content-wrong-type-bool = `{ $field }` true və ya false olmalıdır, lakin verilən dəyərin tipi: { $found }
content-wrong-type-string-array = `{ $field }` mətnlər massivi olmalıdır, lakin verilən dəyərin tipi: { $found }
content-wrong-type-table = `{ $field }` cədvəl olmalıdır, lakin verilən dəyərin tipi: { $found }
content-wrong-type-table-array = `{ $field }` cədvəllər massivi olmalıdır, lakin verilən dəyərin tipi: { $found }
content-value-empty = `{ $field }` boş olmamalıdır
content-slug-invalid = `{ $field }` = { $value }: yalnız a-z, 0-9 və sözlər arasında tək defisdən istifadə edin
content-value-out-of-range = `{ $field }` = { $value }: dəyər { $min } ilə { $max } arasında olmalıdır
content-integer-out-of-range = `{ $field }` = { $value }: tam ədəd çox böyükdür
content-number-not-finite = `{ $field }` = { $value }: sonlu ədəd olmalıdır
content-objectives-count = `{ $field }`: 3-dən 5-ə qədər təlim məqsədi yazın (indi { $count })
content-objective-empty = `{ $field }`: təlim məqsədlərindən biri boşdur
content-max-attempts-out-of-range = `{ $field }` = { $value }: dəyər 1 ilə 1000 arasında olmalıdır (cəhdləri məhdudlaşdırmamaq üçün açarı silin)
content-time-limit-out-of-range = `{ $field }` = { $value }: dəyər 1 ilə 600 arasında olmalıdır (vaxtı məhdudlaşdırmamaq üçün açarı silin)
content-question-type-unknown = `{ $field }` = { $value }: icazə verilən tiplər: { $allowed }
content-key-not-for-type = `{ $field }` açarı { $type } tipli suallarda istifadə olunmur (icazə verilənlər: { $allowed })

## Fayllar və qovluqlar.
content-io-error = oxumaq mümkün deyil: { $error }
content-not-utf8 = fayl UTF-8 kodlaşdırmasında deyil (onu UTF-8 kimi saxlayın)
content-file-outside-levels = course-content/ kökündəki fayl heç bir səviyyəyə aid deyil
content-dir-file-missing = `{ $dir }` qovluğunda { $file } yoxdur
content-file-in-level-dir = səviyyə qovluğunda yalnız level.toml və modul qovluqları olur
content-dir-in-module = modul qovluğunda yalnız fayllar olur; şəkillər dərslərin yanında durur
content-unknown-toml-file = naməlum TOML faylı: modulda module.toml, quiz.toml və quiz.LANG.toml olur
content-stray-file = `{ $name }` nə dərs, nə test faylı, nə də şəkildir
content-unknown-language-file = `{ $lang }` Akademiyanın dili deyil (ru, kk, ky, tg, tk, uz, az, en)
content-unknown-language-key = `{ $table }` içindəki `{ $lang }` Akademiyanın dili deyil (ru, kk, ky, tg, tk, uz, az, en)
content-lesson-name-no-language = `{ $name }` dərs faylı: dil göstərilməyib; ad NN-slug.LANG.md şəklində olmalıdır, məsələn 01-what-is-civil-society.ru.md
content-lesson-name-no-number = `{ $name }` dərs faylı: ad nömrə və defislə başlamalıdır; ad NN-slug.LANG.md şəklində olmalıdır, məsələn 01-what-is-civil-society.ru.md
content-lesson-name-number-digits = `{ $name }` dərs faylı: əvvəldəki nömrə 1–4 rəqəmdən ibarət olmalıdır; ad NN-slug.LANG.md şəklində olmalıdır, məsələn 01-what-is-civil-society.ru.md
content-lesson-name-slug = `{ $name }` dərs faylı: slug yalnız a-z, 0-9 və - simvollarından ibarət olur; ad NN-slug.LANG.md şəklində olmalıdır, məsələn 01-what-is-civil-society.ru.md
content-lesson-name-number-zero = `{ $name }` dərs faylı: dərslər 1-dən başlayaraq nömrələnir; ad NN-slug.LANG.md şəklində olmalıdır, məsələn 01-what-is-civil-society.ru.md
content-empty-module = modulda ən azı bir dərs olmalıdır (NN-slug.ru.md)
content-lesson-without-russian = `{ $lesson }` dərsinin tərcümələri var, lakin rusca { $file } faylı yoxdur
content-quiz-settings-missing = modulda test sualları var, lakin keçid balı göstərilən quiz.toml yoxdur
content-quiz-questions-missing = quiz.toml var, lakin suallar (quiz.ru.toml) yoxdur
content-quiz-without-russian = testin tərcüməsinə rusca quiz.ru.toml etalonu lazımdır

## Bütün ağac.
content-duplicate-slug = `{ $value }` slug artıq istifadə olunur: { $first }
content-duplicate-order = `{ $value }` sıra nömrəsi (order) artıq istifadə olunur: { $first }
content-unknown-level = `requires` içində mövcud olmayan `{ $slug }` səviyyəsi göstərilib
content-unknown-module = `prerequisites` içində mövcud olmayan `{ $slug }` modulu göstərilib
content-prerequisite-cycle = ilkin tələblər qapalı dövrə yaradır, heç bir dinləyici onu keçə bilməz: { $cycle }
content-missing-translation-field = `{ $field }` üçün { $lang } tərcüməsi yoxdur
content-missing-translation-lesson = `{ $lesson }` dərsinin { $lang } tərcüməsi yoxdur
content-missing-translation-quiz = testin { $lang } tərcüməsi yoxdur

## Dərslərin Markdown mətni.
content-title-missing = dərs birinci sətirdəki `# Ad` başlığı ilə başlamalıdır
content-title-empty = `# Ad` başlıq sətri boşdur
content-markdown-second-h1 = `#` başlığı yalnız dərsin adı ola bilər; mətndə `##`–`####` istifadə edin
content-markdown-deep-heading = `####` səviyyəsindən dərin başlıqlara icazə verilmir
content-markdown-raw-html = dərslərdə HTML istifadə etmək olmaz
content-markdown-footnote = dərslərdə haşiyələrə (footnotes) icazə verilmir
content-link-scheme = `{ $url }` keçidi: yalnız https://, mailto: və ağacdakı dərslərə və ya şəkillərə nisbi keçidlərə icazə verilir
content-link-outside-tree = `{ $url }` keçidi course-content/ xaricinə aparır
content-link-with-language = `{ $url }` keçidi: dərsə dilsiz keçid verin, `{ $target }` — dinləyici dərsi öz dilində alacaq
content-link-no-lesson = `{ $url }` keçidi: { $dir }/ içində `{ $lesson }` dərsi yoxdur
content-link-no-module = `{ $url }` keçidi: `{ $dir }/` modul qovluğu yoxdur
content-link-bad-target = `{ $url }` keçidi: nisbi keçid dərsə (`NN-slug.md`) və ya dərsin yanındakı şəklə aparmalıdır
content-link-escaped = `{ $url }` keçidi ekranlaşdırma və ya HTML obyektləri ilə yazılıb; yolu dəyişmədən yazın
content-image-no-alt = `{ $image }` şəklinin təsviri (alt) yoxdur: şəkli görə bilməyən dinləyicilər üçün onu təsvir edin
content-image-not-beside = `{ $image }` şəkli dərsin yanında olmalıdır (yalnız fayl adı)
content-image-not-in-module = `{ $image }` şəkli { $dir }/ içində yoxdur
content-image-format = `{ $image }` şəkli PNG, JPEG və ya WebP formatında olmalıdır (.png, .jpg, .jpeg, .webp)
content-image-too-large = `{ $image }` şəklinin həcmi { $bytes } baytdır; ən çox 2 MB (2097152 bayt) icazə verilir
content-image-unused = `{ $image }` şəkli heç bir dərsdə istifadə olunmur

## Test faylları.
content-quiz-no-questions = testdə ən azı bir [[question]] olmalıdır
content-duplicate-question-id = `{ $question }` sual identifikatoru artıq { $first_line }-ci sətirdə istifadə olunub
content-translation-extra-question = `{ $question }` sualı quiz.ru.toml faylında yoxdur ({ $position }-ci sual, etalonda cəmi { $total })
content-translation-missing-question = quiz.ru.toml faylındakı `{ $question }` sualı yoxdur
content-translation-id = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): id `{ $id }`, etalonda isə `{ $question }`
content-translation-type = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): tipi { $type }, etalonda isə { $reference }
content-translation-points = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): `points` = { $points }, etalonda isə { $reference }
content-translation-option-count = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): cavab variantlarının sayı { $count }, etalonda isə { $reference }
content-translation-option-correct = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): etalonda { $option }-ci variantda `correct = { $correct }`
content-translation-option-weight = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): { $option }-ci variantın `weight` dəyəri etalondakından fərqlidir
content-translation-answer = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): `answer = { $answer }`, etalonda isə { $reference }
content-translation-numeric-count = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): ədədi cavabların sayı { $count }, etalonda isə { $reference }
content-translation-numeric-answer = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): { $number }-ci ədədi cavab etalondan fərqlənir (dəyəri, kənarlaşması və ya çəkisi)
content-translation-pair-count = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): cütlərin sayı { $count }, etalonda isə { $reference }
content-translation-item-count = { $position }-ci sual (quiz.ru.toml faylında `{ $question }`): elementlərin sayı { $count }, etalonda isə { $reference }

## Bir sualın cavab açarı (test faylları və GIFT idxalı).
content-question-id-invalid = `{ $question }` sual identifikatoru boş olmamalı və yalnız a-z, 0-9 və - simvollarından ibarət olmalıdır
content-question-text-empty = sualın mətni boşdur
content-question-points-out-of-range = `points` = { $points }: dəyər 1 ilə 100 arasında olmalıdır
content-options-too-few = { $type } tipli sualda ən azı 2 cavab variantı olmalıdır, indi isə { $count }
content-option-no-text = { $option }-ci variantın mətni yoxdur
content-option-weight-out-of-range = { $option }-ci variant: `weight` = { $weight }, lakin dəyər -100 ilə 100 arasında olmalıdır
content-single-correct-count = single tipli sualda `correct = true` işarəli düz 1 variant olmalıdır, indi isə { $count }
content-single-correct-weight = düzgün { $option }-ci variantın `weight` dəyəri 100 olmalı və ya ümumiyyətlə olmamalıdır, indi isə { $weight }
content-single-full-credit-not-correct = { $option }-ci variant tam bal verir, lakin `correct` kimi işarələnməyib
content-multiple-no-correct = multiple tipli sualda `correct = true` işarəli ən azı 1 variant olmalıdır
content-multiple-weight-sign = { $option }-ci variant: müsbət `weight` və `correct = true` birlikdə qoyulur (`weight` = { $weight }, `correct` = { $correct })
content-multiple-weight-sum = müsbət `weight` dəyərlərinin cəmi 100 deyil, { $sum }
content-short-text-no-full-credit = short_text tipli sualda tam bal verən ən azı bir qəbul edilən cavab olmalıdır
content-short-text-answer-empty = qəbul edilən cavablardan biri boşdur
content-answer-weight-out-of-range = `weight` = { $weight }: dəyər 0 ilə 100 arasında olmalıdır
content-numeric-no-full-credit = numeric tipli sualda `answer` (və ya `weight` = 100 olan alternativ) olmalıdır
content-numeric-tolerance-negative = `tolerance` = { $tolerance }: kənarlaşma 0-dan az olmamalıdır
content-pairs-too-few = matching tipli sualda ən azı 2 cüt olmalıdır, indi isə { $count }
content-pair-empty-side = { $pair }-ci cütün bir tərəfi boşdur
content-pair-left-twice = { $pair }-ci cüt: `{ $left }` sol tərəfi iki dəfə təkrarlanır
content-items-too-few = ordering tipli sualda ən azı 2 element olmalıdır, indi isə { $count }
content-item-empty = { $item }-ci element boşdur
content-item-twice = `{ $text }` elementi iki dəfə təkrarlanır, buna görə onun yeri qeyri-müəyyəndir

## GIFT idxalı (crates/courses/src/gift.rs); sətir nömrəsi mətnin yanında göstərilir.
content-gift-title-unclosed = `::...` adı `::` ilə bağlanmayıb
content-gift-description = sualda { "{" }...{ "}" } cavab bloku yoxdur: təsvirlər (sualsız mətn) dəstəklənmir
content-gift-unclosed-answer = { "{" } ilə açılan cavab bloku { "}" } ilə bağlanmayıb
content-gift-cloze = sualda bir neçə cavab bloku var: daxili (cloze) suallar dəstəklənmir
content-gift-missing-word = cavab blokundan sonra mətn gəlir (“buraxılmış söz” formatı); cavabları sualın sonuna qoyun
content-gift-no-text = cavab blokundan əvvəl sualın mətni yoxdur
content-gift-essay = esse sualı ({ "{" }{ "}" }): esselər dəstəklənmir
content-gift-weight-unclosed = `%...` çəkisi `%` ilə bağlanmayıb
content-gift-weight-out-of-range = `%{ $weight }%` çəkisi -100 ilə 100 arasında faiz deyil
content-gift-numeric-prefix = ədədi cavablar bir neçə olduqda, hər biri `=` ilə başlamalıdır
content-gift-numeric-value = `{ $value }` nə ədəd, nə `ədəd:kənarlaşma`, nə də `min..maks` deyil
content-gift-pair-syntax = uyğunlaşdırma cütləri `=sol -> sağ` şəklində yazılır
content-gift-pair-feedback = uyğunlaşdırma cütlərində rəy olmur (#### sonrakı ümumi rəydən istifadə edin)
content-gift-pair-arrow = `{ $pair }` cütündə `->` yoxdur
content-gift-pair-no-left = sol tərəfi olmayan artıq sağ cavablar dəstəklənmir
content-gift-option-prefix = hər variant `=` (düzgün) və ya `~` (səhv) ilə başlayır
content-gift-several-correct = `=` ilə { $count } cavab işarələnib: bir düzgün cavablı sualda belə cavab yalnız bir olur; bir neçə düzgün cavab üçün `~%50%` çəkilərindən istifadə edin
content-gift-existing-invalid = mövcud test faylı təhlil oluna bilmir: { $error }
