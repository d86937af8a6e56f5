## Emails. Each kind has a subject, a body and, where there is a link, its label.

email-greeting = Hello, { $name }!
email-ignore = If you did not make this request, you can ignore this email.
email-verify-email-subject = Confirm your email address
email-verify-email-body = Thank you for signing up to the CSO Web Academy. To confirm your address and start learning, open the link below. The link works for 7 days.
email-verify-email-action = Confirm my address
email-already-registered-subject = Sign-up attempt with your address
email-already-registered-body = Someone (perhaps you) tried to sign up to the Academy with this address, but it already has an account. If you forgot your password, you can set a new one.
email-already-registered-action = Reset my password
email-reset-password-subject = Reset your password
email-reset-password-body = We received a request to reset your password. Open the link below to set a new one. The link works for one hour.
email-reset-password-action = Set a new password
email-confirm-email-change-subject = Confirm your new address
email-confirm-email-change-body = You asked to change your Academy email address to this one. Open the link to confirm. The link works for 24 hours.
email-confirm-email-change-action = Confirm the new address
email-email-change-requested-subject = Email address change requested
email-email-change-requested-body = A change of the email address was requested for your account. If it was not you, change your password in your profile.
email-email-change-requested-action = Open my profile
email-certificate-issued-subject = Your certificate from the CSO Web Academy
email-certificate-issued-body = Congratulations! You completed «{ $title }». Your certificate is attached as a PDF; you can also download it in any of the Academy's languages from your dashboard.
email-certificate-issued-action = Open my certificates
