## Messages of the JSON API (/api/v1) that the web pages do not use. The API also
## answers with the service's error messages (errors.ftl).

error-api-unauthorized = A valid access token is required. Sign in again or refresh the token.
error-api-invalid-refresh-token = Your session has ended: the refresh token is invalid, expired or already used. Please sign in again.
error-api-password-change-required = This account has a one-time password. Change it on the website, then sign in to the app.
error-api-no-such-endpoint = There is no such address in the API.
error-api-method-not-allowed = This method is not supported for this address.
error-api-invalid-json = The request body is not JSON of the expected shape.
error-api-unsupported-media-type = Send the request body as application/json.
error-api-too-large = The request body is too large.
error-api-invalid-language = Unknown language. Possible values: ru, kk, ky, tg, tk, uz, az, en.
