## Display preferences: larger text, high contrast (kept in a cookie, no account needed).

display-link = Андозаи матн ва контраст
display-title = Андозаи матн ва контраст
display-lead = Саҳифаҳоро дар ин дастгоҳ барои хондан қулайтар кунед. Интихоб дар ҳамин браузер нигоҳ дошта мешавад, ҳисоб лозим нест.
display-legend = Намоиш
display-large-text = Матни калон
display-large-text-hint = Ҳамаи матн як чоряк калонтар.
display-high-contrast = Контрасти баланд
display-high-contrast-hint = Матни сиёҳ дар заминаи сафед, истинодҳо ва ҳошияҳои тиратар.
display-save = Нигоҳ доштан
display-saved = Танзимоти намоиш нигоҳ дошта шуд.
