## Display preferences: larger text, high contrast (kept in a cookie, no account needed).

display-link = Tekstiň ululygy we kontrast
display-title = Tekstiň ululygy we kontrast
display-lead = Bu enjamda sahypalary okamagy aňsatlaşdyryň. Saýlawyňyz şu brauzerde saklanýar, hasap gerek däl.
display-legend = Görnüş
display-large-text = Iri tekst
display-large-text-hint = Ähli tekst dörtden bir esse uly.
display-high-contrast = Ýokary kontrast
display-high-contrast-hint = Ak fonda gara tekst, has goýy salgylar we serhetler.
display-save = Ýatda saklamak
display-saved = Görnüş sazlamalary ýatda saklandy.
