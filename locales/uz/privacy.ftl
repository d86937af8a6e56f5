## The learner's own data: the JSON download and deleting the account.

privacy-title = Sizning maʼlumotlaringiz
privacy-intro = Akademiya siz haqingizda saqlayotgan barcha maʼlumotlarni bitta JSON fayl sifatida yuklab olishingiz mumkin: profil, modullarga yozilishlar, oʻzlashtirish, javoblaringiz bilan test urinishlari, sertifikatlar, siz haqingizdagi jurnal yozuvlari va qurilmalardan kirishlar.
privacy-download = Maʼlumotlarimni yuklab olish (JSON)
privacy-delete-link = Hisobimni oʻchirish
delete-title = Hisobni oʻchirish
delete-intro = Oʻchirishni ortga qaytarib boʻlmaydi. Avval maʼlumotlaringizni yuklab olishingiz mumkin.
delete-erases = Profilingiz, elektron pochta manzilingiz, modullarga yozilishlaringiz, oʻzlashtirishingiz, javoblaringiz bilan test urinishlari va qurilmalardan kirishlar oʻchiriladi.
delete-certificates = Sertifikatlaringizni ochiq qoldirmasangiz, ular endi tekshiruvdan oʻtmaydi.
delete-reports = Akademiya hisobotlarida faoliyatingiz bundan buyon hisobga olinmaydi.
delete-keep-public = Ochiq sertifikatlarimni tekshirsa boʻladigan holatda qoldirish
delete-keep-public-hint = Ish beruvchi sertifikatni QR-kod orqali hali ham tekshira oladi: sertifikatdagi ism, uning nomi va sanasi qoladi. Yashirin sertifikatlar har qanday holda oʻchiriladi.
delete-confirm = Hisobni butunlay oʻchirish
delete-cancel = Bekor qilish va profilga qaytish
account-deleted = Hisobingiz va barcha maʼlumotlaringiz oʻchirildi.
account-deleted-kept = Hisobingiz va barcha maʼlumotlaringiz oʻchirildi. Ochiq sertifikatlaringiz tekshirsa boʻladigan holatda qoladi.
