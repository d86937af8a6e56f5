## The application shell: every page has these.

site-name = CSO Web Academy
site-tagline = Free distance learning for civil-society organizations in Central Asia and Azerbaijan
skip-to-content = Skip to content
nav-main = Main navigation
nav-home = Home
nav-catalogue = Course catalogue
nav-dashboard = My learning
nav-sign-in = Sign in
nav-sign-up = Sign up
nav-sign-out = Sign out
nav-profile = Profile
lang-switcher-label = Site language
footer-operator = The Academy is run by ARGO. Learning is free of charge.
footer-privacy = We collect as little data as we can and share it with no one.
learners-count = { $count ->
    [one] { $count } learner
   *[other] { $count } learners
}
