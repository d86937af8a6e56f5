## Error pages and the messages behind the service's error keys.

error-page-title = Something went wrong
error-back-home = Go to the home page
error-not-found-title = Page not found
error-not-found = There is no such page. The link may be out of date, or the address may have a typo.
error-forbidden-title = Access denied
error-forbidden = You do not have permission to view this page.
error-bad-request-title = Bad request
error-bad-request = We could not process this request. Check what you entered and try again.
error-internal-title = Server error
error-internal = Something went wrong on the server. Your data is safe; please try again a little later.
error-unavailable-title = Service temporarily unavailable
error-unavailable = The Academy is unavailable right now. Please try again in a few minutes.
error-invalid-email = Enter an email address like name@example.org.
error-email-taken = An account with this email address already exists.
error-weak-password = The password must be between 10 and 256 characters long.
error-invalid-name = Enter a name of up to 120 characters.
error-unknown-role = Unknown role.
