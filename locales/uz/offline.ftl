## Offline learning: lessons kept on the device, progress sent when back online.

offline-link = Internetsiz oʻqish
offline-title = Internetsiz oʻqish
offline-lead = Modullaringiz darslari shu qurilmada saqlanadi, ularni aloqasiz oʻqish mumkin. Aloqasiz tugatgan darslaringiz va test javoblaringiz aloqa tiklanganda yuboriladi.
offline-needs-js = Internetsiz oʻqish uchun JavaScript kerak, lekin bu brauzerda u oʻchirilgan. Saytning qolgan qismi usiz ham ishlaydi.
offline-kept = qurilmada saqlangan
offline-not-kept = hali saqlanmagan
offline-pending = Yuborilishini kutmoqda: { $count }.
offline-storage = Qurilmada egallangan joy: { $size }.
offline-keep = Darslarni hozir saqlash
offline-kept-now = Qurilmada saqlangan sahifalar: { $count }.
offline-forget = Saqlanganlarning hammasini oʻchirish
offline-forgotten = Oʻchirildi. «Darslarni hozir saqlash» tugmasini tanlamaguningizcha, bu qurilmada hech narsa saqlanmaydi.
offline-empty = Siz hali birorta modulga yozilmagansiz.
offline-you-are-offline = Aloqa yoʻq. Shu qurilmada saqlangan darslarni oʻqish mumkin.
offline-queued = Qurilmada saqlandi. Aloqa tiklanganda yuboriladi.
offline-sent = Aloqasiz qilinganlar yuborildi.
offline-submit-later = Aloqa yoʻq: javoblaringiz shu qurilmada saqlandi. Aloqa tiklanganda testni yuboring.

## "Download module": one HTML file with every lesson, to read without a connection.
download-module = Modulni bitta fayl qilib yuklab olish
download-size-kb = { $kb } KB
download-module-hint = Barcha darslar rasmlari bilan bitta sahifada, u istalgan brauzerda aloqasiz ochiladi.
download-footer = Fuqarolik jamiyati veb-akademiyasidan yuklab olindi. Modul saytda:
