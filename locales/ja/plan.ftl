# 状況の質問・おすすめの組み合わせ・認証方法の名前（日本語）

situation-smartphone-title = お使いの携帯電話はどれですか？
situation-smartphone-why = Authenticator アプリとパスキーにはスマートフォンが必要です。SMS はどの携帯電話でも受け取れます。
situation-smartphone-smartphone = スマートフォン
situation-smartphone-smartphone-hint = iPhone または Android
situation-smartphone-feature-phone = 携帯電話（スマートフォン以外）
situation-smartphone-feature-phone-hint = SMS は受け取れるが、アプリは使えない
situation-smartphone-none = 携帯電話を持っていない
situation-phone-at-work-title = 仕事中、携帯電話を手元に置けますか？
situation-phone-at-work-why = サインインは職場でも必要です。ロッカーに預ける場合は、携帯電話に頼らない方法が必要です。
situation-phone-at-work-allowed = はい、手元にあります
situation-phone-at-work-forbidden = いいえ、ロッカーや鞄に入れています
situation-travel-title = 海外出張や、電波の届かない場所での仕事はありますか？
situation-travel-why = 海外では SMS にローミング料金がかかったり届かなかったりします。アプリのコードは電波がなくても使えます。
situation-travel-often = はい、ときどきある
situation-travel-rarely = ほとんどない
situation-private-number-title = ご自身の携帯電話番号を Microsoft に登録してもかまいませんか？
situation-private-number-why = SMS と音声通話には電話番号が必要です。アプリなら番号は不要です。
situation-private-number-ok = はい、かまいません
situation-private-number-not-ok = できれば登録したくない
situation-office-phone-title = 職場に電話はありますか？
situation-office-phone-why = ご自身が出る電話なら、予備の方法として使えます。
situation-office-phone-own-line = はい、自分専用の番号がある
situation-office-phone-own-line-hint = 自分だけが出るダイヤルイン番号
situation-office-phone-shared-line = はい、ただしほかの人も出る
situation-office-phone-none = いいえ
situation-setup-device-title = 登録には何を使いますか？
situation-setup-device-why = パソコンがあれば、スマートフォンで QR コードを読み取って登録します。スマートフォンだけの場合は別の手順になります。
situation-setup-device-pc = パソコン（このパソコン）
situation-setup-device-phone-only = スマートフォンだけ

## おすすめ

plan-role-primary = メイン
plan-role-backup = 予備
plan-helpdesk-fallback = ヘルプデスク

plan-reason-phone-standard = ヘルプデスクが最初におすすめしている方法です。ご自身の携帯電話で SMS を受け取る方法が、いちばん手軽に設定できます（FAQ Q2・Q9）。
plan-reason-phone-feature-phone = スマートフォンでなくても、SMS でコードを受け取れる携帯電話なら使えます（FAQ Q5）。
plan-reason-phone-own-provider = 所属組織が独自の SMS・音声通話サービスを契約しているため、Microsoft の変更（{ $date }）のあとも携帯電話番号を使えます。
plan-reason-authenticator-second = 二つ目の方法です。SMS が届かないときも、これでサインインできます（FAQ Q9）。
plan-reason-authenticator-travel = SMS と違い、電波がなくてもコードを表示でき、海外でも料金がかかりません（FAQ Q1・Q6）。
plan-reason-authenticator-no-number = 電話番号が不要なので、個人の番号を Microsoft に伝えずにすみます（FAQ Q7）。
plan-reason-authenticator-after-retirement = Microsoft は { $date } に自社の SMS・音声通話による認証を終了しました。今はアプリがサインインの中心です。
plan-reason-passkey-second = アプリに保存するパスキーは偽のサインイン画面にだまされません。SMS・音声通話の終了（{ $date }）後に Microsoft が求める方法でもあります。
plan-reason-office-phone-at-work = 仕事中は携帯電話をロッカーに預けるので、職場の電話でサインインできるようにします（FAQ Q8）。
plan-reason-office-phone-backup = 携帯電話とは別の回線の予備です。携帯電話をなくしたり家に忘れたりしても、職場でサインインできます（FAQ Q9）。
plan-reason-office-phone-shared = 二つ目の方法として使えるのが共用の電話だけのためです。使うのは必要なときだけにしてください（FAQ Q8）。
plan-reason-security-key-no-smartphone = スマートフォンがなくても、{ $helpdesk }から受け取るセキュリティキーでサインインできます。
plan-reason-security-key-backup = 携帯電話に頼らない二つ目の方法になります。

plan-warning-no-method = 回答に合う方法が、所属組織で使える方法の中にありません。{ $helpdesk }にご相談ください。ほかの方法を案内してもらえます。
plan-warning-only-one-method = 方法が一つだけだと、それをなくしたり家に忘れたりしたときにサインインできません（FAQ Q2・Q7）。できるだけ二つ目も登録してください。
plan-warning-retirement-ahead = Microsoft は { $date } に、自社から送る SMS と音声通話による認証を終了します。その日付が付いた方法はその日から使えなくなりますが、ほかの方法はそのまま使えます。
plan-warning-phone-lines-ended = { $date } から Microsoft は SMS・音声通話による認証を行っていないため、電話番号による方法はおすすめしていません。
plan-warning-roaming = 海外では SMS にローミング料金がかかったり、届かなかったりします。出発前にアプリを入れておきましょう（FAQ Q6）。
plan-warning-travel-without-app = 海外では SMS を受け取れないことがあります。出張の前に{ $helpdesk }へご相談ください。
plan-warning-office-phone-shared = ほかの人も出る電話です。誰かが # を押すと、あなた以外のサインインを承認してしまうおそれがあります。回線を管理している方と使い方を決めておき、代表番号は決して登録しないでください（FAQ Q8）。
plan-warning-phone-forbidden-no-office = 選んだ方法はどれも携帯電話を使いますが、仕事中はロッカーに預けています。職場でのサインイン方法を{ $helpdesk }にご相談ください（FAQ Q8）。
plan-warning-security-key-help-desk = セキュリティキーは{ $helpdesk }が配布しています。登録する前にご相談ください。
plan-warning-security-key-not-default = セキュリティキーは既定のサインイン方法にできません。ほかの方法も登録してください。
plan-warning-phone-only-pairing = スマートフォンだけで登録するので、QR コードを読み取る代わりに「このリンクをクリックして、アカウントをアプリにペアリングします。」をタップします（FAQ Q15）。
plan-warning-method-disabled = 選んだ方法の中に、所属組織では使えないものがあります。
plan-warning-phone-lines-only = 選んだ方法がすべて電話回線です。電波が届かないときや電話をなくしたときに、どれも使えません。できればアプリも追加してください。

## 認証方法の名前

method-authenticator-name = Microsoft Authenticator アプリ
method-authenticator-summary = スマートフォンでサインインを承認します。電波がなくても使えるコードも表示できます。
method-passkey-name = パスキー（Microsoft Authenticator）
method-passkey-summary = スマートフォンの画面ロックでサインインします。偽サイトにだまされません。iOS 17 / Android 14 以降。
method-phone-name = 認証用電話（SMS・音声通話）
method-phone-summary = ご自身の携帯電話に SMS でコードが届くか、電話がかかってきます。
method-alternate-phone-name = 代替の電話（音声通話）
method-alternate-phone-summary = Microsoft から電話をかけてもらう二つ目の番号です。
method-office-phone-name = 会社電話（音声通話）
method-office-phone-summary = 職場の電話に Microsoft から電話がかかってきます。
method-security-key-name = セキュリティキー
method-security-key-summary = USB や NFC のキーです。ヘルプデスクにご相談ください。既定の方法にはできません。
plan-role-interim = { $date }まで
plan-reason-authenticator-outlasts-sms = Microsoft は { $date } に自社から送る SMS と音声通話による認証を終了しますが、アプリはその後も使えるので最初にしています。ヘルプデスクの FAQ が SMS を最初にすすめているのは（Q2・Q9）、この発表より前に書かれたためです。今からアプリで始めれば、2月に設定をやり直す必要がありません。
plan-reason-phone-feature-phone-until-retirement = { $date } までは、お使いの携帯電話に SMS でコードが届きます（FAQ Q5）。その日から Microsoft は SMS を送らなくなるので、それまでに代わりの方法を{ $helpdesk }にご相談ください。
plan-reason-office-phone-until-retirement = { $date } までの、もう一つの機器です。携帯電話を家に忘れたりなくしたりしても、職場の電話でサインインできます（FAQ Q8・Q9）。Microsoft の電話はその日で終わります。
plan-warning-no-lasting-method = ここに挙げた方法は、Microsoft が SMS と音声通話を終える { $date } 以降どれも使えなくなります。スマートフォンなしで使える方法（セキュリティキーなど）を、早めに{ $helpdesk }にご相談ください。
plan-reason-phone-until-retirement = { $date } までの予備です。アプリを消してしまったり動かなかったりしても、SMS でコードを受け取れます。Microsoft はその日に SMS の送信を終了します。
