## Emails. Each kind has a subject, a body and, where there is a link, its label.

email-greeting = Ассалому алайкум, { $name }!
email-ignore = Агар Шумо чунин дархост накарда бошед, ин мактубро нодида гиред.
email-verify-email-subject = Суроғаи почтаи электронии худро тасдиқ кунед
email-verify-email-body = Ташаккур барои сабти ном дар Веб-академияи ҷомеаи шаҳрвандӣ. Барои тасдиқи суроға ва оғози таҳсил пайванди зеринро кушоед. Пайванд 7 рӯз эътибор дорад.
email-verify-email-action = Тасдиқи суроға
email-already-registered-subject = Кӯшиши сабти ном бо суроғаи Шумо
email-already-registered-body = Касе (шояд худи Шумо) кӯшиш кард, ки бо ин суроға дар Академия сабти ном шавад, аммо ҳисоб бо ин суроға аллакай мавҷуд аст. Агар рамзро фаромӯш карда бошед, онро иваз кардан мумкин аст.
email-already-registered-action = Иваз кардани рамз
email-reset-password-subject = Иваз кардани рамз
email-reset-password-body = Мо дархости иваз кардани рамзро гирифтем. Барои муқаррар кардани рамзи нав пайванди зеринро кушоед. Пайванд як соат эътибор дорад.
email-reset-password-action = Муқаррар кардани рамзи нав
email-confirm-email-change-subject = Суроғаи навро тасдиқ кунед
email-confirm-email-change-body = Шумо хоҳиш кардед, ки суроғаи почтаи электронии Шумо дар Академия ба ҳамин суроға иваз карда шавад. Барои тасдиқи иваз пайвандро кушоед. Пайванд 24 соат эътибор дорад.
email-confirm-email-change-action = Тасдиқи суроғаи нав
email-email-change-requested-subject = Иваз кардани суроғаи почтаи электронӣ дархост шуд
email-email-change-requested-body = Дар ҳисоби Шумо иваз кардани суроғаи почтаи электронӣ дархост шуд. Агар ин корро Шумо накарда бошед, дар профил рамзро иваз кунед.
email-email-change-requested-action = Кушодани профил
email-certificate-issued-subject = Сертификати Шумо аз Веб-академияи ҷомеаи шаҳрвандӣ
email-certificate-issued-body = Табрик мегӯем! Шумо «{ $title }»-ро хатм кардед. Сертификат ба мактуб дар шакли PDF замима шудааст; онро инчунин метавонед дар кабинети шахсӣ бо ҳар яке аз забонҳои Академия боргирӣ кунед.
email-certificate-issued-action = Кушодани сертификатҳои ман
