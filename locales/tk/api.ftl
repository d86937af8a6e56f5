## Messages of the JSON API (/api/v1) that the web pages do not use. The API also
## answers with the service's error messages (errors.ftl).

error-api-unauthorized = Hereket edýän giriş tokeni gerek. Täzeden giriň ýa-da tokeni täzeläň.
error-api-invalid-refresh-token = Sessiýa tamamlandy: täzeleme tokeni hakyky däl, möhleti geçen ýa-da eýýäm ulanylan. Täzeden giriň.
error-api-password-change-required = Bu hasap üçin birwagtlaýyn açar söz bellenipdir. Ony saýtda çalşyň, soňra programma giriň.
error-api-no-such-endpoint = API-de beýle salgy ýok.
error-api-method-not-allowed = Bu salgy üçin bu usul goldanylmaýar.
error-api-invalid-json = Haýyşyň mazmuny talap edilýän görnüşdäki JSON däl.
error-api-unsupported-media-type = Haýyşyň mazmunyny application/json görnüşinde iberiň.
error-api-too-large = Haýyşyň mazmuny gaty uly.
error-api-invalid-language = Näbelli dil. Mümkin bahalar: ru, kk, ky, tg, tk, uz, az, en.
