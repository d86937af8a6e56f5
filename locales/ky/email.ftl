## Emails. Each kind has a subject, a body and, where there is a link, its label.

email-greeting = Саламатсызбы, { $name }!
email-ignore = Эгер Сиз мындай сурам жөнөтпөгөн болсоңуз, бул катты көңүлгө албаңыз.
email-verify-email-subject = Электрондук почтаңыздын дарегин ырастаңыз
email-verify-email-body = Жарандык коом веб-академиясына катталганыңыз үчүн рахмат. Даректи ырастап, окууну баштоо үчүн төмөндөгү шилтемени ачыңыз. Шилтеме 7 күн жарактуу.
email-verify-email-action = Даректи ырастоо
email-already-registered-subject = Сиздин дарегиңиз менен катталуу аракети
email-already-registered-body = Кимдир бирөө (балким, Сиз) Академияга ушул дарек менен катталууга аракет кылды, бирок бул дарек менен эсеп мурунтан эле бар. Сырсөздү унутуп калсаңыз, аны өзгөртсөңүз болот.
email-already-registered-action = Сырсөздү өзгөртүү
email-reset-password-subject = Сырсөздү өзгөртүү
email-reset-password-body = Сырсөздү өзгөртүү боюнча сурам алдык. Жаңы сырсөз коюу үчүн төмөндөгү шилтемени ачыңыз. Шилтеме бир саат жарактуу.
email-reset-password-action = Жаңы сырсөз коюу
email-confirm-email-change-subject = Жаңы даректи ырастаңыз
email-confirm-email-change-body = Сиз Академиядагы электрондук почтаңыздын дарегин ушул дарекке өзгөртүүнү сурадыңыз. Өзгөртүүнү ырастоо үчүн шилтемени ачыңыз. Шилтеме 24 саат жарактуу.
email-confirm-email-change-action = Жаңы даректи ырастоо
email-email-change-requested-subject = Электрондук почтанын дарегин өзгөртүү суралды
email-email-change-requested-body = Эсебиңизде электрондук почтанын дарегин өзгөртүү суралды. Эгер муну Сиз жасабаган болсоңуз, профилде сырсөздү өзгөртүңүз.
email-email-change-requested-action = Профилди ачуу
email-certificate-issued-subject = Жарандык коом веб-академиясынан сертификатыңыз
email-certificate-issued-body = Куттуктайбыз! Сиз «{ $title }» курсун аяктадыңыз. Сертификат катка PDF форматында тиркелди; аны жеке кабинетиңизден Академиянын каалаган тилинде да жүктөп алсаңыз болот.
email-certificate-issued-action = Сертификаттарымды ачуу
