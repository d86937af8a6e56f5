## Messages of the JSON API (/api/v1) that the web pages do not use. The API also
## answers with the service's error messages (errors.ftl).

error-api-unauthorized = Etibarlı giriş tokeni tələb olunur. Yenidən daxil olun və ya tokeni yeniləyin.
error-api-invalid-refresh-token = Sessiya başa çatıb: yeniləmə tokeni etibarsızdır, vaxtı keçib və ya artıq istifadə olunub. Yenidən daxil olun.
error-api-password-change-required = Bu hesab üçün birdəfəlik şifrə təyin olunub. Onu saytda dəyişin, sonra tətbiqə daxil olun.
error-api-no-such-endpoint = API-də belə ünvan yoxdur.
error-api-method-not-allowed = Bu ünvan üçün bu metod dəstəklənmir.
error-api-invalid-json = Sorğunun gövdəsi tələb olunan formada JSON deyil.
error-api-unsupported-media-type = Sorğunun gövdəsini application/json kimi göndərin.
error-api-too-large = Sorğunun gövdəsi çox böyükdür.
error-api-invalid-language = Naməlum dil. Mümkün dəyərlər: ru, kk, ky, tg, tk, uz, az, en.
