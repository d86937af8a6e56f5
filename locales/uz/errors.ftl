## Error pages and the messages behind the service's error keys.

error-page-title = Nimadir xato ketdi
error-back-home = Bosh sahifaga
error-not-found-title = Sahifa topilmadi
error-not-found = Bunday sahifa yoʻq. Havola eskirgan yoki manzilda xato boʻlishi mumkin.
error-forbidden-title = Ruxsat yoʻq
error-forbidden = Sizda bu sahifani koʻrish huquqi yoʻq.
error-bad-request-title = Notoʻgʻri soʻrov
error-bad-request = Soʻrovni qayta ishlab boʻlmadi. Kiritgan maʼlumotlaringizni tekshirib, qaytadan urinib koʻring.
error-internal-title = Server xatosi
error-internal = Serverda xato yuz berdi. Maʼlumotlaringiz saqlangan; birozdan soʻng qaytadan urinib koʻring.
error-unavailable-title = Xizmat vaqtincha ishlamayapti
error-unavailable = Akademiya hozir ishlamayapti. Bir necha daqiqadan soʻng qaytadan urinib koʻring.
error-invalid-email = Elektron pochta manzilini ism@domen.uz koʻrinishida kiriting.
error-email-taken = Bu manzil bilan hisob allaqachon mavjud.
error-weak-password = Parol 10 tadan 256 tagacha belgidan iborat boʻlishi kerak.
error-invalid-name = Ismingizni kiriting (120 belgigacha).
error-unknown-role = Nomaʼlum rol.
