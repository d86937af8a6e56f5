## Emails. Each kind has a subject, a body and, where there is a link, its label.

email-greeting = Сәлеметсіз бе, { $name }!
email-ignore = Егер Сіз мұндай сұрау жібермеген болсаңыз, бұл хатты елемеңіз.
email-verify-email-subject = Электрондық пошта мекенжайыңызды растаңыз
email-verify-email-body = Азаматтық қоғам веб-академиясына тіркелгеніңізге рахмет. Мекенжайды растап, оқуды бастау үшін төмендегі сілтемені ашыңыз. Сілтеме 7 күн жарамды.
email-verify-email-action = Мекенжайды растау
email-already-registered-subject = Сіздің мекенжайыңызбен тіркелу әрекеті
email-already-registered-body = Біреу (мүмкін, Сіз) Академияға осы мекенжаймен тіркелмек болды, бірақ бұл мекенжаймен есептік жазба бұрыннан бар. Құпиясөзді ұмытсаңыз, оны өзгертуге болады.
email-already-registered-action = Құпиясөзді өзгерту
email-reset-password-subject = Құпиясөзді өзгерту
email-reset-password-body = Құпиясөзді өзгерту туралы сұрау алдық. Жаңа құпиясөз орнату үшін төмендегі сілтемені ашыңыз. Сілтеме бір сағат жарамды.
email-reset-password-action = Жаңа құпиясөз орнату
email-confirm-email-change-subject = Жаңа мекенжайды растаңыз
email-confirm-email-change-body = Сіз Академиядағы электрондық пошта мекенжайыңызды осы мекенжайға өзгертуді сұрадыңыз. Өзгерісті растау үшін сілтемені ашыңыз. Сілтеме 24 сағат жарамды.
email-confirm-email-change-action = Жаңа мекенжайды растау
email-email-change-requested-subject = Электрондық пошта мекенжайын өзгерту сұралды
email-email-change-requested-body = Есептік жазбаңызда электрондық пошта мекенжайын өзгерту сұралды. Егер мұны Сіз жасамаған болсаңыз, профильде құпиясөзді өзгертіңіз.
email-email-change-requested-action = Профильді ашу
email-certificate-issued-subject = Азаматтық қоғам веб-академиясынан сертификатыңыз
email-certificate-issued-body = Құттықтаймыз! Сіз «{ $title }» курсын аяқтадыңыз. Сертификат хатқа PDF түрінде тіркелген; оны жеке кабинетіңізден Академияның кез келген тілінде де жүктеп алуға болады.
email-certificate-issued-action = Сертификаттарымды ашу
