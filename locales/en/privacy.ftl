## The learner's own data: the JSON download and deleting the account.

privacy-title = Your data
privacy-intro = You can download everything the Academy holds about you as one JSON file: your profile, enrolments, progress, quiz attempts with your answers, certificates, log entries about you and sign-ins from your devices.
privacy-download = Download my data (JSON)
privacy-delete-link = Delete my account
delete-title = Delete your account
delete-intro = Deleting cannot be undone. You can download your data first.
delete-erases = Your profile, email address, enrolments, progress, quiz attempts with your answers and device sign-ins will be erased.
delete-certificates = Your certificates will stop verifying unless you keep them public.
delete-reports = The Academy's reports will no longer count your activity.
delete-keep-public = Keep my public certificates verifiable
delete-keep-public-hint = An employer can still check a certificate by its QR code: the name on it, its title and its date stay. Hidden certificates are deleted either way.
delete-confirm = Delete my account for good
delete-cancel = Cancel and go back to my profile
account-deleted = Your account and all your data have been deleted.
account-deleted-kept = Your account and all your data have been deleted. Your public certificates remain verifiable.
