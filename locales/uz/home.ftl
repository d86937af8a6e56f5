## The home page.

home-title = Fuqarolik jamiyati tashkilotini boshqarishni oʻrganing
home-lead = Toʻrt daraja va qirqdan ortiq modul: NNT faoliyati asoslaridan advokatsiya va davlat bilan muloqotgacha. Bepul, oʻz tilingizda, telefondan, hatto doimiy internet boʻlmasa ham.
home-cta-catalogue = Kurslarni koʻrish
home-cta-sign-up = Roʻyxatdan oʻtish
home-why-heading = Nega aynan Akademiya
home-why-language-title = Sakkiz tilda
home-why-language = Rus, qozoq, qirgʻiz, tojik, turkman, oʻzbek, ozarbayjon va ingliz tillarida.
home-why-light-title = Sekin internet uchun
home-why-light = Yengil sahifalar; darslarni saqlab, internetsiz oʻqish mumkin.
home-why-certificate-title = Tekshirsa boʻladigan sertifikatlar
home-why-certificate = Ish beruvchi yoki donor sertifikatni onlayn yoki QR-kod orqali tekshira oladi.
home-why-privacy-title = Maʼlumotlaringiz himoyalangan
home-why-privacy = Hech qanday reklama va begona trekerlar yoʻq; maʼlumotlar uchinchi shaxslarga berilmaydi.
