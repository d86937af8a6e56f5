## Messages of the JSON API (/api/v1) that the web pages do not use. The API also
## answers with the service's error messages (errors.ftl).

error-api-unauthorized = Токени эътибордори дастрасӣ лозим аст. Аз нав ворид шавед ё токенро навсозӣ кунед.
error-api-invalid-refresh-token = Ҷаласа ба охир расид: токени навсозӣ эътибор надорад, мӯҳлаташ гузаштааст ё аллакай истифода шудааст. Аз нав ворид шавед.
error-api-password-change-required = Барои ин ҳисоб рамзи якдафъаина муқаррар шудааст. Онро дар сомона иваз кунед, сипас ба барнома ворид шавед.
error-api-no-such-endpoint = Дар API чунин суроға нест.
error-api-method-not-allowed = Ин усул барои ин суроға дастгирӣ намешавад.
error-api-invalid-json = Матни дархост JSON-и шакли лозимӣ нест.
error-api-unsupported-media-type = Матни дархостро ҳамчун application/json фиристед.
error-api-too-large = Матни дархост аз ҳад калон аст.
error-api-invalid-language = Забони номаълум. Қиматҳои имконпазир: ru, kk, ky, tg, tk, uz, az, en.
