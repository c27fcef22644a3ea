# ウィザードの各ステップ（はじめに 以降・日本語）

wizard-blocked-situation = 「任意」と書かれていない質問には、すべてお答えください。回答をもとにおすすめの方法を決めます。
wizard-blocked-nothing-chosen = 登録する方法を一つ以上選んでください。二つあると安心です。一つをなくしても、もう一つでサインインできます。
wizard-blocked-not-reachable = そのステップはまだ先です。いまのステップを先に済ませてください。
wizard-error-unknown = 選択をうまく受け付けられませんでした。もう一度お試しください。これまでの回答はそのまま残っています。
wizard-progress-unreadable = 保存していた進み具合が読み込めなかったため、最初から始めます。Microsoft 側には影響ありません。すでに登録した方法はそのまま使えます。

## 質問

wizard-situation-title = あなたの状況を教えてください
wizard-situation-intro = 回答をもとに、あなたに合ったサインイン方法を選びます。回答はこのパソコンの中だけに残り、電話番号をここで聞くことはありません。
wizard-situation-optional = 任意

## おすすめ

wizard-plan-title = あなたへのおすすめ
wizard-plan-intro = 認証方法は二つ以上登録しましょう。スマートフォンをなくしたり、家に忘れたり、電波が届かなかったりしても、もう一つの方法でサインインできます。
wizard-plan-choices-title = 選んだ方法を変える
wizard-plan-choices-intro = 方法を追加したり外したりできます。おすすめの方法には印が付いています。
wizard-plan-method-disabled = 所属組織では使えません
wizard-plan-reset = おすすめに戻す

## 準備

prepare-title = 始める前に
prepare-intro = 登録は一つの方法につき5分ほどです。次のものを用意してください。
prepare-order-title = 登録する順番
prepare-order-first = { $method } — 最初に（Microsoft から設定を求められたとき）
prepare-order-then = { $method } — 続けて「サインイン方法の追加」から
prepare-checklist-title = 確認リスト
prepare-check-pc = このパソコンとブラウザー。Microsoft の「セキュリティ情報」ページはアシスタントが開きます。
prepare-check-phone-only = スマートフォンとそのブラウザー。「セキュリティ情報」ページをスマートフォンで開いて登録します。
prepare-check-password = 大学のアカウント（メールアドレス）とパスワード
prepare-check-smartphone = 充電済みで、インターネット（Wi-Fi かモバイルデータ）につながるスマートフォン
prepare-check-phone-line = SMS や電話を受ける電話機（電源が入っていて、電波が届くこと）
prepare-check-office-phone = 手の届くところにある職場の電話（登録中に Microsoft から電話がかかってきます）
prepare-check-security-key = セキュリティキー（USB または NFC）。まだお持ちでなければ、先にヘルプデスクへご相談ください。
prepare-check-time = 落ち着いて作業できる10分ほど。アシスタントはいつ閉じても、続きから再開できます。
prepare-timing-before = 多要素認証は { $date } から必須になります。いま登録（事前登録）しておけば、その日になっても何も変わらずにサインインできます。
prepare-timing-after = 多要素認証は { $date } から必須になっています。サインイン時に Microsoft から設定を求められた場合も、同じ手順で進めてください。

## 登録

register-title = 登録：{ $method }
register-position = { $total }件中 { $number }件目
register-steps-title = 手順
register-done = 登録しました
register-trouble = うまくいかないとき
register-phone-check-title = 入力する前に番号を確認
register-phone-check-label = 電話番号
register-phone-check-hint = 例：090-1234-5678。Microsoft のページで何を選び、何を入力すればよいかをお知らせします。
register-phone-check-privacy = 番号の確認はこのパソコンの中だけで行います。保存も送信もせず、このステップを離れると消えます。
register-phone-check-button = 確認する

register-authenticator-intro = Microsoft Authenticator は無料のアプリです。サインインのとき、画面に出た数字を入力して承認します。電波がなくても使える6桁のコードも表示できます。
register-authenticator-steps-pc = アプリを登録する
    .step1 = スマートフォンに「Microsoft Authenticator」をインストールします（下の QR コードを読み取るか、App Store / Google Play で検索）。まだ開かないでください。
    .step2 = このパソコンで「ブラウザーで開く」を押して「セキュリティ情報」ページを開き、大学のアカウントでサインインします。
    .step3 = 「サインイン方法の追加」で「Microsoft Authenticator」を選び、QR コードが表示されるまで「次へ」を押します。
    .step4 = アプリで「＋」→「職場または学校アカウント」→「QR コードをスキャン」と進みます。カメラの使用を許可し、パソコン画面の QR コードを読み取ります。
    .step5 = ページで「次へ」を押すと、スマートフォンに通知が届きます。パソコンに表示された数字を入力して「はい」をタップします。
    .step6 = 「通知が承認されました」と表示されたら「次へ」を押します。一覧にアプリが追加されていれば完了です。
register-authenticator-steps-phone-only = アプリを登録する
    .step1 = スマートフォンに「Microsoft Authenticator」を App Store または Google Play からインストールします。
    .step2 = スマートフォンのブラウザーで aka.ms/mysecurityinfo を開き、大学のアカウントでサインインします。
    .step3 = 「サインイン方法の追加」で「Microsoft Authenticator」を選び、QR コードが表示されるまで「次へ」をタップします。
    .step4 = 自分の画面は読み取れないので、「このリンクをクリックして、アカウントをアプリにペアリングします。」をタップします。アプリが開き、アカウントが追加されます。
    .step5 = ブラウザーに戻って「次へ」をタップし、アプリに届いた通知を承認します。
register-authenticator-tips = ヒント
    .tip1 = ペアリング用のリンクは一度しか使えません。そのあと「問題が発生しました」と表示されたら、まずアプリを開いてみてください。アカウントがすでに追加されていることがよくあります。
    .tip2 = ページの「イメージをスキャンできませんか?」を押すと、QR コードの代わりにアプリへ入力するコードとアドレスが表示されます。
    .tip3 = アプリの通知を許可してください。許可しないと承認の通知が届きません。

register-passkey-intro = パスキーは Microsoft Authenticator の中に保存され、スマートフォンの画面ロックで守られます。偽サイトにだまされても盗まれません。iOS 17 以降または Android 14 以降が必要です。
register-passkey-steps-pc = パスキーを登録する
    .step1 = スマートフォンに Microsoft Authenticator が入っていること、スマートフォンとこのパソコンの両方で Bluetooth がオンになっていることを確かめます。
    .step2 = このパソコンで「セキュリティ情報」ページを開いてサインインします。
    .step3 = 「サインイン方法の追加」で「パスキー (Microsoft Authenticator)」を選び、画面の案内に従います。
    .step4 = パソコンに QR コードが表示されたらスマートフォンのカメラで読み取り、Authenticator へのパスキーの保存を許可します。
    .step5 = 求められたら指紋・顔・PIN でスマートフォンのロックを解除します。一覧にパスキーが追加されれば完了です。
register-passkey-steps-phone-only = パスキーを登録する
    .step1 = スマートフォンに Microsoft Authenticator が入っていることを確かめます。
    .step2 = スマートフォンのブラウザーで aka.ms/mysecurityinfo を開き、サインインします。
    .step3 = 「サインイン方法の追加」で「パスキー (Microsoft Authenticator)」を選び、画面の案内に従います。
    .step4 = Authenticator へのパスキーの保存を許可し、求められたら画面ロックを解除します。
register-passkey-tips = ヒント
    .tip1 = スマートフォンとパソコンがつながらないときは、両方の Bluetooth がオンか確かめて、もう一度お試しください。
    .tip2 = パスキーは画面ロックで守られています。PIN や生体認証の設定は外さないでください。

register-phone-intro = サインインのとき、この番号に SMS でコードが届くか、電話がかかってきます。ご自身の携帯電話を登録してください（SMS を受け取れるフィーチャーフォンでも使えます）。
register-phone-steps-pc = 電話を登録する
    .step1 = このパソコンで「セキュリティ情報」ページを開いてサインインします。
    .step2 = 「サインイン方法の追加」で「電話」を選びます。
    .step3 = 国は「日本 (+81)」を選び、下の確認結果のとおりに番号を入力します。
    .step4 = 「コードを受け取る」（SMS）か「電話する」を選んで「次へ」を押します。
    .step5 = SMS の6桁のコードをページに入力するか、かかってきた電話に出て案内に従い # を押します。
register-phone-steps-phone-only = 電話を登録する
    .step1 = スマートフォンのブラウザーで aka.ms/mysecurityinfo を開き、サインインします。
    .step2 = 「サインイン方法の追加」で「電話」を選びます。
    .step3 = 国は「日本 (+81)」を選び、下の確認結果のとおりに番号を入力します。
    .step4 = 「コードを受け取る」を選んで「次へ」をタップし、SMS のコードを入力します。
register-phone-tips = ヒント
    .tip1 = 「ロボットではないことを証明」するよう求められたら、表示された文字を入力してください。何度か繰り返すことがあります。
    .tip2 = SMS や電話の受信は国内では無料です。海外ではローミング料金がかかることがあります。

register-alternate-phone-intro = Microsoft から電話をかけてもらう二つ目の番号です（電話のみ、SMS は不可）。いつもの電話をなくしたときの備えになります。
register-alternate-phone-steps-pc = 代替の電話を登録する
    .step1 = このパソコンで「セキュリティ情報」ページを開いてサインインします。
    .step2 = 「サインイン方法の追加」で「代替の電話」を選びます。
    .step3 = 国は「日本 (+81)」を選び、下の確認結果のとおりに番号を入力して「次へ」を押します。
    .step4 = かかってきた電話に出て、案内に従い # を押します。
register-alternate-phone-steps-phone-only = 代替の電話を登録する
    .step1 = スマートフォンのブラウザーで aka.ms/mysecurityinfo を開き、サインインします。
    .step2 = 「サインイン方法の追加」で「代替の電話」を選びます。
    .step3 = 国は「日本 (+81)」を選び、下の確認結果のとおりに番号を入力して「次へ」をタップします。
    .step4 = もう一方の電話にかかってきた電話に出て、案内に従い # を押します。
register-alternate-phone-tips = ヒント
    .tip1 = 音声案内が始まってから20秒ほどのうちに # を押してください。
    .tip2 = その電話の転送設定は解除してください。転送されると認証できないことがあります。

register-office-phone-intro = 職場の電話に Microsoft から電話がかかってきます（電話のみ）。ご自身が出る回線だけを登録してください。
register-office-phone-steps-pc = 職場の電話を登録する
    .step1 = このパソコンで「セキュリティ情報」ページを開いてサインインします。
    .step2 = 「サインイン方法の追加」で「会社電話」を選びます。
    .step3 = 国は「日本 (+81)」を選び、下の確認結果のとおりに番号を入力します。「内線」欄は空のままにします。
    .step4 = 「次へ」を押し、かかってきた電話に出て、案内に従い # を押します。
register-office-phone-steps-phone-only = 職場の電話を登録する
    .step1 = スマートフォンのブラウザーで aka.ms/mysecurityinfo を開き、サインインします。
    .step2 = 「サインイン方法の追加」で「会社電話」を選びます。
    .step3 = 国は「日本 (+81)」を選び、下の確認結果のとおりに番号を入力します。「内線」欄は空のままにします。
    .step4 = 「次へ」をタップし、職場の電話にかかってきた電話に出て、案内に従い # を押します。
register-office-phone-tips = ヒント
    .tip1 = 代表番号は登録しないでください。電話に出た人が、あなたの代わりにサインインを承認できてしまいます。
    .tip2 = ほかの人と共用の回線なら、管理している方と先に相談し、使うのは必要なときだけにしてください。
    .tip3 = ダイヤル回線（パルス）の電話では * を押してから # を押します。黒電話などの回転ダイヤル式は使えません。

register-security-key-intro = セキュリティキーは USB や NFC で使う小さな機器です。既定のサインイン方法にはできないため、ほかの方法と一緒に登録します。
register-security-key-steps-pc = セキュリティキーを登録する
    .step1 = 所属組織から受け取ったキーを手元に用意します。お持ちでない場合はヘルプデスクにご相談ください。
    .step2 = このパソコンで「セキュリティ情報」ページを開いてサインインします。
    .step3 = 「サインイン方法の追加」で「セキュリティ キー」を選び、USB か NFC を選びます。
    .step4 = 求められたらキーを差し込むかかざし、必要なら PIN を設定して、キーに触れます。
    .step5 = 見分けやすい名前をキーに付けます。
register-security-key-steps-phone-only = セキュリティキーを登録する
    .step1 = 所属組織から受け取ったキーを手元に用意します。お持ちでない場合はヘルプデスクにご相談ください。
    .step2 = スマートフォンのブラウザーで aka.ms/mysecurityinfo を開き、サインインします。
    .step3 = 「サインイン方法の追加」で「セキュリティ キー」→「NFC」を選び、求められたらキーをスマートフォンにかざします。
register-security-key-tips = ヒント
    .tip1 = キーとその PIN は別々に保管してください。

## 確認

verify-title = 使えるか確かめましょう
verify-intro = いま確かめておけば、いざというときに困りません。
verify-steps = 確認
    .step1 = 「セキュリティ情報」ページで、登録した方法がすべて一覧にあることを確かめます。
    .step2 = 既定の方法を決めます。「既定のサインイン方法」の横の「変更」を押し、いちばんよく使う方法を選びます（セキュリティキーは選べません）。
    .step3 = ブラウザーでプライベート（シークレット）ウィンドウを開き、Microsoft 365（たとえば office.com）にサインインします。
    .step4 = 既定の方法でサインインを承認します。できれば「別の方法でサインインする」から二つ目の方法も試してください。
    .step5 = プライベートウィンドウを閉じます。スマートフォンのメールアプリ（Outlook など）から求められたら、そちらでもサインインし直してください。
verify-registered-title = 登録したと答えた方法
verify-worked = うまくいった
verify-failed = うまくいかなかった

## 完了

done-title = 設定が完了しました
done-summary = { $count }件の方法を登録しました。
done-reminders-title = 覚えておくと安心なこと
done-reminder-add-backup = 方法が一つだけだと、それを失ったときにサインインできなくなります。余裕のあるときに「セキュリティ情報」ページの「サインイン方法の追加」から二つ目を登録してください。
done-reminder-retirement = Microsoft は { $date }に、自社から送る SMS のコードと音声通話による認証を終了します。それまでにアプリかパスキーも登録しておいてください。
done-reminder-new-phone = スマートフォンを買い替えるときは、古い端末を初期化・返却する前に、「セキュリティ情報」ページで新しい端末を登録してください。バックアップから復元したアプリでは、職場のアカウントにサインインし直してください。
done-reminder-mail-apps = スマートフォンのメールアプリでメールが届かなくなったら、そのアプリでサインインし直してください。
done-reminder-help = サインインできなくなったときは、この画面上部の「サインインできないとき」をご覧ください。
done-start-over = 最初からやり直す

prepare-app-links-title = 先にスマートフォンへ Microsoft Authenticator を入れておきましょう
prepare-organisation-links-title = 所属組織のページ
register-pairing-caption = スマートフォンではこのように表示されます。QR コードの下のリンクをタップしてください。
register-pairing-screen-title = QR コードをスキャンします
register-pairing-qr-label = QR コード（自分の画面は読み取れません）
register-pairing-link = このリンクをクリックして、アカウントをアプリにペアリングします。
register-pairing-next = 次へ
register-pairing-once = このリンクは一度しか使えません。そのあと「問題が発生しました」と表示されたら、アプリを開いてみてください。アカウントがすでに追加されていることがほとんどです。
done-print = この内容を印刷する
done-reminder-none-registered = 登録済みの方法がまだありません。「登録」に戻り、「セキュリティ情報」ページに表示された方法ごとに「登録しました」を押してください。
done-reminder-retirement-no-smartphone = Microsoft は { $date }に、自社から送る SMS のコードと音声通話による認証を終了します。スマートフォンをお持ちでない方は、それまでに代わりの方法（セキュリティキーなど）を{ $helpdesk }にご相談ください。
done-reminder-left-at-home-help-desk =
    登録した方法はすべて{ $device ->
        [smartphone] スマートフォン
       *[other] 携帯電話
    }にあります。家に忘れたときは、{ $helpdesk }が窓口で本人確認をしたうえで、多要素認証を一時的に無効にできます。
done-reminder-travel-app = 海外に行く前に、アプリにコードが表示されることを確かめておきましょう。コードは電波がなくても使えます。通知が届かない地域（中国など）では、コードを入力してください。
done-reminder-travel-sms-add-app = 海外では SMS や電話の受信にローミングが必要で、料金がかかったり届かなかったりします。出発前に Authenticator アプリも登録しておくと、電波がなくてもコードで認証できます。
done-reminder-travel-sms = 海外では SMS や電話の受信にローミングが必要で、料金がかかったり届かなかったりします。出発前に携帯電話のローミング設定を確認し、長期の滞在になるときは{ $helpdesk }にご相談ください。
done-reminder-travel-fixed-line = 出張などで席を離れるとき、登録した固定電話にはほかの人が代わりに出ることはできません。出発前に、行き先で使える別の方法があるか確かめてください。
done-reminder-new-number = 携帯電話の番号が変わるときは、古い番号が使えるうちに「セキュリティ情報」ページで新しい番号を登録してください。
done-reminder-clock = アプリのコードが受け付けられないときは、スマートフォンの日付と時刻を「自動設定」にしてください。コードは時計をもとに作られます。
done-save = テキストファイルに保存する
done-save-failed = ファイルを保存できませんでした。保存先を変えて、もう一度お試しください。
done-save-dialog-title = 設定内容の保存
done-file-name = 多要素認証の設定内容
done-file-title = 多要素認証（MFA）の設定内容
done-file-help = サインインできなくなったときは、多要素認証 設定アシスタントを開いて「サインインできないとき」を選んでください。
done-file-saved-on = 保存日：{ $date }
done-reminder-left-at-home =
    { $device ->
        [smartphone] スマートフォン
       *[other] 携帯電話
    }を家に忘れたら、サインイン画面で「別の方法でサインインする」を選び、登録したほかの方法を使ってください。
done-reminder-lost =
    { $device ->
        [smartphone] スマートフォン
       *[other] 携帯電話
    }をなくしたり盗まれたりしたら、ほかの方法でサインインして「セキュリティ情報」ページから削除してください。ほかの方法がなければ{ $helpdesk }にご連絡ください。
