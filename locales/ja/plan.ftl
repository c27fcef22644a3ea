# 状況の質問・おすすめの組み合わせ・サインイン方法の名前・保存場所（日本語）
# 使える引数：$date（Microsoft の提供終了日）、$helpdesk と $organisation（プロファイルの名称）。
# 理由の根拠となる FAQ は、出典表から「FAQ Q2」のようなリンクとして横に表示します。

situation-smartphone-title = お使いの携帯電話はどれですか？
situation-smartphone-why = Authenticator アプリとスマートフォンのパスキーには、スマートフォンが必要です。SMS はどの携帯電話でも受け取れます。
situation-smartphone-smartphone = スマートフォン
situation-smartphone-smartphone-hint = iPhone または Android
situation-smartphone-feature-phone = 携帯電話（スマートフォン以外）
situation-smartphone-feature-phone-hint = SMS は受け取れるが、アプリは使えない
situation-smartphone-none = 携帯電話を持っていない
situation-phone-at-work-title = 仕事中、携帯電話を手元に置けますか？
situation-phone-at-work-why = サインインは職場でも必要です。ロッカーに預ける場合は、携帯電話なしで席で使える方法が必要です。
situation-phone-at-work-allowed = はい、手元にあります
situation-phone-at-work-forbidden = いいえ、ロッカーや鞄に入れています
situation-travel-title = 海外出張や、電波の届かない場所での仕事はありますか？
situation-travel-why = 海外では SMS にローミング料金がかかったり届かなかったりします。アプリのコードは電波がなくても使えます。
situation-travel-often = はい、ときどきある
situation-travel-rarely = ほとんどない
situation-private-number-title = ご自身の携帯電話番号を Microsoft に登録してもかまいませんか？
situation-private-number-why = SMS と音声通話には電話番号が必要です。アプリとパスキーなら番号は不要です。
situation-private-number-ok = はい、かまいません
situation-private-number-not-ok = できれば登録したくない
situation-office-phone-title = 職場に電話はありますか？
situation-office-phone-why = ご自身が出る電話なら、予備の方法として使えます。
situation-office-phone-own-line = はい、自分専用の番号がある
situation-office-phone-own-line-hint = 自分だけが出るダイヤルイン番号
situation-office-phone-shared-line = はい、ただしほかの人も出る
situation-office-phone-none = いいえ
situation-setup-device-title = 登録には何を使いますか？
situation-setup-device-why = 自分専用の業務用パソコンにはパスキーを保存できます。スマートフォンをなくしても、そのパソコンでサインインできます。共用のパソコンには何も保存しません。
situation-setup-device-pc = このパソコン（自分専用の業務用）
situation-setup-device-pc-hint = サインインするのは自分だけ
situation-setup-device-shared-pc = このパソコン（ほかの人も使う）
situation-setup-device-phone-only = スマートフォンだけ

## おすすめ

plan-role-primary = メイン
plan-role-backup = 予備
plan-role-interim = { $date }まで
plan-faq-link = FAQ Q{ $number }

## 保存場所

place-smartphone = スマートフォンの中
place-cloud-account = Apple または Google のアカウント
place-this-pc = このパソコン
place-security-key = セキュリティ キー
place-token = { $helpdesk }のトークン
place-mobile-number = 携帯電話の番号
place-other-number = 2つ目の電話番号
place-desk-line = 職場の電話回線

## 方法を選んだ理由

plan-reason-phone-standard = ヘルプデスクの標準の最初の方法です。携帯電話の SMS は設定が手軽で、{ $organisation }では今後も使えます。番号は SIM カードを再発行すれば引き継げるので、スマートフォンをなくしても残ります。
plan-reason-phone-feature-phone = スマートフォンでなくても、SMS でコードを受け取れる携帯電話なら使えます。{ $organisation }では SMS を今後も使えます。
plan-reason-phone-feature-phone-until-retirement = { $date }までは、携帯電話の SMS でコードを受け取れます。その日以降 Microsoft は SMS を送らないため、長く使えるのはもう1つの方法です。
plan-reason-phone-until-retirement = { $date }までのつなぎです。アプリをなくしても、SMS のコードなら届きます。この SMS は{ $date }に終了します。
plan-reason-authenticator-second = 別の場所にある2つ目の方法です。SMS が届かないときや電波がないときも、アプリでサインインできます。
plan-reason-authenticator-travel = ふだん使う方法です。電波がなくてもコードを表示でき、海外でも料金がかかりません。
plan-reason-authenticator-no-number = ふだん使う方法です。電話番号が不要なので、個人の番号を Microsoft に伝えずにすみます。
plan-reason-authenticator-outlasts-sms = ふだん使う方法です。サインインをスマートフォンで承認します。Microsoft が SMS と音声通話の提供を終える{ $date }以降も使えます。
plan-reason-authenticator-after-retirement = ふだん使う方法です。サインインをスマートフォンで承認します。Microsoft は{ $date }に SMS と音声通話による認証を終了しました。
plan-reason-authenticator-away-from-desk = 自宅や出張先など、職場の席以外でサインインするための方法です。コードは電波がなくても表示できます。
plan-reason-passkey-second = Microsoft はすべての人にパスキーの作成を求めています。偽のサインイン画面にもだまされません。同じスマートフォンのアプリに保存するので、2つ目の保存場所にはなりません。
plan-reason-synced-passkey-second-place = 2つ目の保存場所です。パスキーは Apple または Google のアカウントに保存されます。スマートフォンをなくしたり買い替えたりしても、新しいスマートフォンでそのアカウントにサインインすればパスキーが戻り、それでサインインしてアプリを移せます。
plan-reason-windows-passkey-second-place = 2つ目の保存場所です。パスキーはこのパソコンに保存されます。席では顔・指紋・PIN でサインインでき、スマートフォンをなくしても使えます。
plan-reason-windows-passkey-no-smartphone = スマートフォンがなくても、席ではこのパソコンの顔・指紋・PIN（Windows Hello）でサインインできます。パスキーはこのパソコンに保存されるので、自分専用のパソコンで作成してください。
plan-reason-windows-passkey-at-desk = 仕事中は携帯電話をロッカーに預けるので、席ではこのパソコンの顔・指紋・PIN（Windows Hello）でサインインします。
plan-reason-office-phone-at-work = 仕事中は携帯電話をロッカーに預けるので、職場の電話でサインインできるようにします。
plan-reason-office-phone-backup = 携帯電話とは別の回線の予備です。携帯電話をなくしたり家に忘れたりしても、職場でサインインできます。
plan-reason-office-phone-until-retirement = { $date }までの2つ目の方法です。携帯電話を家に忘れたりなくしたりしても、職場の電話でサインインできます。Microsoft の音声通話はこの日に終了します。
plan-reason-office-phone-shared = ほかの人も出る電話ですが、席で使えるほかの方法がありません。使うのは必要なときだけにしてください。
plan-reason-security-key-no-smartphone = スマートフォンがなくても、セキュリティ キーがあればどのパソコンでもサインインできます。用意があるか{ $helpdesk }にお問い合わせください。
plan-reason-security-key-backup = スマートフォンに頼らない2つ目の保存場所です。キーホルダーに付けられる小さなキーです。
plan-reason-security-key-at-desk = 仕事中は携帯電話をロッカーに預けるので、席ではキーホルダーのセキュリティ キーでサインインします。
plan-reason-oath-token-backup = スマートフォンに頼らない2つ目の保存場所です。{ $helpdesk }が配布する、コードを表示する小さな機器です。

## 注意

plan-warning-no-method = 回答に合う方法が、{ $organisation }で使える方法の中にありません。{ $helpdesk }にご相談ください。ほかの方法を案内してもらえます。
plan-warning-only-one-method = 方法が1つだけだと、それをなくしたり家に忘れたりしたときにサインインできません。別の場所にある2つ目の方法も、できるだけ登録してください。
plan-warning-one-place = 選んだ方法は、すべて同じ場所にあります。それをなくすと、どの方法でもサインインできません。そのときどうするかは下に書いてあります。
plan-warning-retirement-ahead = Microsoft は{ $date }に、自社から送る SMS と音声通話による認証を終了します。その日付が付いた方法はその日から使えなくなりますが、ほかの方法はそのまま使えます。
plan-warning-no-lasting-method = どの方法も、Microsoft が SMS と音声通話を終える{ $date }以降は使えません。それまでに、ほかに使える方法（セキュリティ キーなど）を{ $helpdesk }にご相談ください。
plan-warning-phone-lines-ended = { $date }から Microsoft は SMS・音声通話による認証を行っていないため、電話番号による方法はおすすめしていません。
plan-warning-roaming = 海外では SMS にローミング料金がかかったり、届かなかったりします。出発前にアプリを設定しておきましょう。
plan-warning-travel-without-app = 海外では SMS を受け取れないことがあります。出張の前に{ $helpdesk }へご相談ください。
plan-warning-office-phone-shared = ほかの人も出る電話です。誰かが # を押すと、ご本人以外のサインインを承認してしまうおそれがあります。回線を管理している方と使い方を決めておき、代表番号は決して登録しないでください。
plan-warning-phone-forbidden-no-office = 仕事中は携帯電話をロッカーに預けていますが、選んだ方法には、席で長く使えるものがありません。セキュリティ キーについて{ $helpdesk }にご相談ください。
plan-warning-security-key-help-desk = どのセキュリティ キーを使うか、配布があるかを、購入する前に{ $helpdesk }にご確認ください。
plan-warning-security-key-not-default = セキュリティ キーは既定のサインイン方法にできません。ほかの方法も登録してください。
plan-warning-oath-token-help-desk = ハードウェア トークンは{ $helpdesk }が配布します。先に申し込んでください。アカウントに割り当てられてから追加できます。
plan-warning-phone-only-pairing = スマートフォンだけで登録するので、QR コードを読み取る代わりに「このリンクをクリックして、アカウントをアプリにペアリングします。」をタップしてください。
plan-warning-method-disabled = 選んだ方法のうち1つは、{ $organisation }では使えません。
plan-warning-phone-lines-only = 選んだ方法はすべて電話です。電波がないときや電話をなくしたときは、どれも使えません。できればアプリも登録してください。
plan-warning-provider-some-staff = { $organisation }では、SMS や音声通話を今後も使えるのは一部の職員だけです。このおすすめは、それを前提にしていません。ご自身が対象かどうかは{ $helpdesk }にご確認ください。

## スマートフォンをなくしたとき

lost-phone-title = スマートフォンをなくした・壊れた・買い替えたとき
lost-phone-way-cloud-account = 新しいスマートフォン（またはほかの機器）で Apple または Google のアカウントにサインインします。同期されたパスキーがそこにあるので、それでサインインします。
lost-phone-way-this-pc = このパソコンで、Windows のパスキー（パソコンの顔・指紋・PIN）でサインインします。
lost-phone-way-security-key = セキュリティ キーでサインインします。
lost-phone-way-token = ハードウェア トークンのコードでサインインします。
lost-phone-way-mobile-number = 携帯電話会社で同じ番号の SIM カードを再発行してもらいます。SMS のコードや電話がまた届くようになります。
lost-phone-way-other-number = 2つ目の電話番号への電話でサインインします。
lost-phone-way-desk-line = 職場の席で、職場の電話への電話でサインインします。
lost-phone-then = その後「セキュリティ情報」ページを開き、なくしたスマートフォンの項目を削除して、新しいスマートフォンを設定します。
lost-phone-help-desk = 登録した方法はすべてスマートフォンの中にあります。{ $helpdesk }にご連絡ください。窓口で本人確認をしたうえで、一定時間だけ使えるコード「一時アクセス パス」を発行してもらえます。それでサインインし、新しいスマートフォンを設定します。

## 方法の名前

method-authenticator-name = Microsoft Authenticator アプリ
method-authenticator-summary = スマートフォンでサインインを承認します。電波がなくても使えるコードも表示できます。
method-passkey-name = Microsoft Authenticator のパスキー
method-passkey-summary = スマートフォンの画面ロックでサインインします。偽のサインイン画面にだまされません。そのスマートフォンのアプリに保存します。iOS 17以降 / Android 14以降。
method-synced-passkey-name = Apple / Google アカウントのパスキー
method-synced-passkey-summary = iCloud キーチェーンや Google パスワード マネージャーに保存されるので、新しいスマートフォンにも戻ります。iOS 16以降 / Android 9以降。
method-windows-passkey-name = このパソコンのパスキー（Windows）
method-windows-passkey-summary = このパソコンの顔・指紋・PIN（Windows Hello）でサインインします。自分専用のパソコンでのみ。
method-phone-name = 電話（SMS または音声通話）
method-phone-summary = ご自身の携帯電話に、SMS でコードが届くか、電話がかかってきます。
method-alternate-phone-name = 代替の電話（音声通話）
method-alternate-phone-summary = Microsoft から電話をかけてもらう、2つ目の番号です。
method-office-phone-name = 会社電話（音声通話）
method-office-phone-summary = 職場の電話に Microsoft から電話がかかってきます。
method-security-key-name = セキュリティ キー
method-security-key-summary = キーホルダーに付けられる小さな USB / NFC のキーです。既定の方法にはできません。
method-oath-token-name = ハードウェア トークン
method-oath-token-summary = ヘルプデスクが配布する、コードを表示する小さな機器です。
