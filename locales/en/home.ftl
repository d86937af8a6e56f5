## The home page.

home-title = Learn to run a civil-society organization
home-lead = Four levels and more than forty modules, from the basics of running an NGO to advocacy and dialogue with government. Free, in your language, on your phone, even without a steady connection.
home-cta-catalogue = Browse courses
home-cta-sign-up = Sign up
home-why-heading = Why the Academy
home-why-language-title = In eight languages
home-why-language = Russian, Kazakh, Kyrgyz, Tajik, Turkmen, Uzbek, Azerbaijani and English.
home-why-light-title = Built for slow connections
home-why-light = Light pages; lessons can be saved and read offline.
home-why-certificate-title = Verifiable certificates
home-why-certificate = An employer or donor can check a certificate online or from its QR code.
home-why-privacy-title = Your data stays safe
home-why-privacy = No ads and no third-party trackers; your data is never passed on.
