## Sign-up, sign-in, passwords, profile.

nav-admin = Users
form-has-errors = Please check the highlighted fields. Everything else you entered is still in the form.
choose-option = — choose —
not-answered = Prefer not to answer here
notice-title = Please note

field-email = Email
field-password = Password
field-new-password = New password
field-current-password = Current password
field-new-email = New email address
field-display-name = Name
field-certificate-name = Name on certificates
field-country = Country
field-language = Language of learning
field-gender = Gender
field-org-type = Type of organization
field-org-name = Name of organization
field-accommodations = I need accommodations to learn (for example, because of a disability)
field-consent = I agree that the Academy keeps my data only for my learning and for anonymous statistics, and never shares it with third parties.
hint-password = At least 10 characters. A phrase of several words works well.
hint-certificate-name = The name printed on your certificates. You may use a pseudonym. If left empty, we use the name above.
profile-optional-legend = Optional details
profile-optional-hint = These answers are used only in aggregate reports for donors; no one can be identified from them.

country-az = Azerbaijan
country-kz = Kazakhstan
country-kg = Kyrgyzstan
country-tj = Tajikistan
country-tm = Turkmenistan
country-uz = Uzbekistan
country-other = Another country
gender-female = Female
gender-male = Male
gender-other = Other
gender-undisclosed = Prefer not to say
org-type-cso = CSO / NGO
org-type-initiative = Initiative group
org-type-academia = Academia
org-type-youth = Youth organization
org-type-volunteer = Volunteer
org-type-social-enterprise = Social enterprise
org-type-government = Government body
org-type-international = International organization
org-type-other = Other
role-learner = Learner
role-translator = Translator
role-instructor = Instructor
role-staff = Staff
role-admin = Administrator

sign-up-title = Sign up
sign-up-lead = Learning is free. We ask only for what learning and your certificate need.
sign-up-submit = Sign up
sign-up-have-account = Already have an account?
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-no-account = No account yet?
check-inbox-title = Check your inbox
check-inbox-sign-up = We sent an email to { $email }. Open the link in it to confirm your address and start learning.
check-inbox-reset = If { $email } has an account, we sent it a link to set a new password. The link works for one hour.
check-inbox-spam = No email? Wait a few minutes and look in your spam folder.
forgot-title = Reset your password
forgot-lead = Enter the email address you signed up with. We will send you a link to set a new password.
forgot-submit = Send the link
reset-title = New password
reset-submit = Save the password
banner-verify-email = Please confirm your email address: we cannot issue certificates without it.
banner-verify-resend = Send the email again

profile-title = Profile
profile-details = Your details
profile-save = Save
profile-password = Password
profile-change-password = Change password
profile-email = Email
profile-current-email = Currently: { $email }
profile-change-email = Change address

admin-users-title = Users and roles
admin-users-search = Search by name or email
admin-users-search-button = Search
admin-users-total = { $count ->
    [one] { $count } user found
   *[other] { $count } users found
}
admin-users-created = Signed up
admin-users-role = Role
admin-users-save = Save
admin-users-unverified = address not confirmed

flash-email-verified = Your address is confirmed. Welcome!
flash-verification-sent = We sent a new confirmation email.
flash-password-changed = Your password has been changed. You will need to sign in again on other devices.
flash-change-one-time-password = You signed in with a one-time password. Please set your own password.
flash-profile-saved = Your profile has been saved.
flash-email-change-sent = We sent a link to your new address. The change takes effect when you open it.
flash-email-changed = Your email address has been changed.
flash-role-changed = The role has been changed.
