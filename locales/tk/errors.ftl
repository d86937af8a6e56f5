## Error pages and the messages behind the service's error keys.

error-page-title = Näsazlyk ýüze çykdy
error-back-home = Baş sahypa geçmek
error-not-found-title = Sahypa tapylmady
error-not-found = Beýle sahypa ýok. Salgylanma könelen ýa-da salgyda ýalňyşlyk goýberilen bolmagy mümkin.
error-forbidden-title = Rugsat ýok
error-forbidden = Bu sahypany görmäge Siziň hukugyňyz ýok.
error-bad-request-title = Nädogry haýyş
error-bad-request = Haýyşy işläp bolmady. Girizen maglumatlaryňyzy barlaň we täzeden synanyşyň.
error-internal-title = Serwer ýalňyşlygy
error-internal = Serwerde ýalňyşlyk ýüze çykdy. Maglumatlaryňyz saklandy; birneme soňrak täzeden synanyşyň.
error-unavailable-title = Hyzmat wagtlaýyn elýeterli däl
error-unavailable = Akademiýa häzir elýeterli däl. Birnäçe minutdan täzeden synanyşyň.
error-invalid-email = Elektron poçta salgysyny at@domen.tm görnüşinde giriziň.
error-email-taken = Bu salgy bilen hasap eýýäm bar.
error-weak-password = Açar söz 10-dan 256-a çenli belgiden ybarat bolmaly.
error-invalid-name = Adyňyzy giriziň (120 belgä çenli).
error-unknown-role = Näbelli rol.
