## Display preferences: larger text, high contrast (kept in a cookie, no account needed).

display-link = Matn oʻlchami va kontrast
display-title = Matn oʻlchami va kontrast
display-lead = Ushbu qurilmada sahifalarni oʻqishni qulayroq qiling. Tanlov shu brauzerda saqlanadi, hisob kerak emas.
display-legend = Koʻrinish
display-large-text = Yirik matn
display-large-text-hint = Barcha matn chorak baravar kattaroq.
display-high-contrast = Yuqori kontrast
display-high-contrast-hint = Oq fonda qora matn, toʻqroq havolalar va chegaralar.
display-save = Saqlash
display-saved = Koʻrinish sozlamalari saqlandi.
