## Display preferences: larger text, high contrast (kept in a cookie, no account needed).

display-link = Тексттин өлчөмү жана контраст
display-title = Тексттин өлчөмү жана контраст
display-lead = Бул түзмөктө барактарды окууга ыңгайлуу кылыңыз. Тандоо ушул браузерде сакталат, каттоо эсеби керек эмес.
display-legend = Көрүнүш
display-large-text = Ири текст
display-large-text-hint = Бардык текст төрттөн бирге чоңураак.
display-high-contrast = Жогорку контраст
display-high-contrast-hint = Ак фондо кара текст, күңүртүрөөк шилтемелер жана чектер.
display-save = Сактоо
display-saved = Көрүнүш жөндөөлөрү сакталды.
