## Display preferences: larger text, high contrast (kept in a cookie, no account needed).

display-link = Text size and contrast
display-title = Text size and contrast
display-lead = Make the pages easier to read on this device. The choice is kept in this browser; no account is needed.
display-legend = Display
display-large-text = Larger text
display-large-text-hint = All text a quarter larger.
display-high-contrast = High contrast
display-high-contrast-hint = Black text on white, darker links and borders.
display-save = Save
display-saved = Display settings saved.
