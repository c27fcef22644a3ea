# ウィザードの各ステップ（はじめに 以降・日本語）

wizard-blocked-situation = すべての質問にお答えください。回答をもとにおすすめの方法を決めます。
wizard-blocked-nothing-chosen = 登録する方法を1つ以上選んでください。場所の違う2つがあると、片方をなくしても、もう片方でサインインできます。
wizard-blocked-not-reachable = そのステップはまだ先です。いまのステップを先に済ませてください。
wizard-error-unknown = 選択をうまく受け付けられませんでした。もう一度お試しください。これまでの回答はそのまま残っています。
wizard-progress-unreadable = 保存していた進み具合が読み込めなかったため、最初から始めます。Microsoft 側には影響ありません。すでに登録した方法はそのまま使えます。

## 質問

wizard-situation-title = 状況を教えてください
wizard-situation-intro = 回答をもとに、状況に合ったサインイン方法を選びます。回答はこのパソコンの中だけに残り、電話番号をここで聞くことはありません。

## おすすめ

wizard-plan-title = おすすめのサインイン方法
wizard-plan-intro = サインイン方法は1台のスマートフォンにまとめず、2か所以上に分けて登録しましょう。スマートフォンをなくしたり、家に忘れたり、電波が届かなかったりしても、別の場所にある方法でサインインできます。
wizard-plan-choices-title = 選んだ方法を変える
wizard-plan-choices-intro = 方法を追加したり外したりできます。おすすめの方法には印が付いています。
wizard-plan-method-disabled = 所属組織では使えません
wizard-plan-reset = おすすめに戻す

## 準備

prepare-title = 始める前に
prepare-intro = 次のものを用意してください。
prepare-order-title = 登録する順番
prepare-order-first = 「{ $method }」：Microsoft から設定を求められたときに、最初に登録します
prepare-order-then = 「{ $method }」：続けて「サインイン方法の追加」から登録します
prepare-checklist-title = 確認リスト
prepare-check-pc = このパソコンとブラウザー。Microsoft の「セキュリティ情報」ページはアシスタントが開きます。
prepare-check-phone-only = スマートフォンとそのブラウザー。「セキュリティ情報」ページをスマートフォンで開いて登録します。
prepare-check-password = 大学のアカウント（メールアドレス）とパスワード
prepare-check-smartphone = 充電済みで、インターネット（Wi-Fi かモバイルデータ）につながるスマートフォン
prepare-check-phone-line = SMS や電話を受ける電話機（電源が入っていて、電波が届くこと）
prepare-check-office-phone = 手の届くところにある職場の電話（登録中に Microsoft から電話がかかってきます）
prepare-check-security-key = セキュリティ キー（USB または NFC）。まだお持ちでなければ、先にヘルプデスクへご相談ください。
prepare-check-cloud-account = Apple ID（iPhone）または Google アカウント（Android）のパスワード。同期されたパスキーはそこに保存されます。
prepare-check-windows-hello = このパソコンの Windows Hello（顔・指紋・PIN によるサインイン。「設定」＞「アカウント」＞「サインイン オプション」）
prepare-check-oath-token = ヘルプデスクから受け取ったハードウェア トークン（裏にシリアル番号があります）
prepare-check-time = 落ち着いて作業できる時間。アシスタントはいつ閉じても、続きから再開できます。
prepare-timing-before = 多要素認証は{ $date }から必須になります。いま登録（事前登録）しておけば、その日になっても何も変わらずにサインインできます。
prepare-timing-after = 多要素認証は{ $date }から必須になっています。サインイン時に Microsoft から設定を求められた場合も、同じ手順で進めてください。

## 登録

register-title = 登録：{ $method }
register-position = { $total }つのうち{ $number }つ目 · 約{ $minutes }分
register-more = くわしく見る
register-steps-title = 手順
register-trouble = うまくいかないとき
register-phone-check-title = 入力する前に番号を確認
register-phone-check-label = 電話番号
register-phone-check-hint = 例：090-1234-5678。Microsoft のページで何を選び、何を入力すればよいかをお知らせします。
register-phone-check-privacy = 番号の確認はこのパソコンの中だけで行います。保存も送信もせず、このステップを離れると消えます。
register-phone-check-button = 確認する

register-authenticator-intro = Microsoft Authenticator は無料のアプリです。サインインのとき、画面に出た数字を入力して承認します。電波がなくても使える6桁のコードも表示できます。
register-authenticator-steps-pc = アプリを登録する
    .step1 = スマートフォンに「Microsoft Authenticator」をインストールします（上の QR コードを読み取るか、App Store / Google Play で検索）。まだ開かないでください。
    .step2 = このパソコンで「ブラウザーで開く」を押して「セキュリティ情報」ページを開き、大学のアカウントでサインインします。
    .step3 = 「サインイン方法の追加」で「Microsoft Authenticator」を選び、QR コードが表示されるまで「次へ」を押します。
    .step4 = アプリで「職場または学校アカウントを追加」（または「＋」＞「職場または学校アカウント」）＞「QR コードをスキャン」と進みます。カメラの使用を許可し、パソコン画面の QR コードを読み取ります。
    .step5 = ページで「次へ」を押すと、スマートフォンに通知が届きます。パソコンに表示された数字を入力して「はい」をタップします。
    .step6 = 「通知が承認されました」と表示されたら「次へ」を押します。一覧にアプリが追加されていれば完了です。
register-authenticator-steps-phone-only = アプリを登録する
    .step1 = スマートフォンに Microsoft Authenticator をインストールします。上のアプリストアの QR コードをスマートフォンのカメラで読み取ってください。
    .step2 = 上の「セキュリティ情報」の QR コードをスマートフォンで読み取り、スマートフォンのブラウザーでサインインします。
    .step3 = 「サインイン方法の追加」で「Microsoft Authenticator」を選び、QR コードが表示されるまで「次へ」をタップします。
    .step4 = 自分の画面は読み取れないので、「このリンクをクリックして、アカウントをアプリにペアリングします。」をタップします。アプリが開き、アカウントが追加されます。
    .step5 = ブラウザーに戻って「次へ」をタップし、アプリに届いた通知を承認します。
register-authenticator-tips = ヒント
    .tip1 = ペアリング用のリンクは一度しか使えません。そのあと「問題が発生しました」と表示されたら、まずアプリを開いてみてください。アカウントがすでに追加されていることがよくあります。
    .tip2 = ページの「画像をスキャンできませんか?」を押すと、QR コードの代わりにアプリへ入力するコードとアドレスが表示されます。
    .tip3 = アプリの通知を許可してください。許可しないと承認の通知が届きません。

register-passkey-intro = パスキーは、スマートフォンの画面ロック（顔・指紋・PIN）で本人であることを確かめる方法で、偽のサインインページでは使えません。このパスキーはこのスマートフォンの Microsoft Authenticator に保存され、バックアップからは戻らないので、スマートフォンと一緒になくなります。iOS 17以降または Android 14以降が必要です。
register-passkey-steps-pc = アプリからパスキーを作る
    .step1 = Authenticator がパスキーを保存できるようにします。iPhone（iOS 18）は「設定」＞「一般」＞「自動入力とパスワード」、iOS 17は「設定」＞「パスワード」＞「パスワードオプション」で、「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます。Android は「設定」で「パスキー」を検索し、「追加のサービス」で「Authenticator」をオンにします。
    .step2 = Microsoft Authenticator を開き、大学のアカウントをタップして「パスキーを作成」を選びます。
    .step3 = 求められたら登録済みの方法で認証し、顔・指紋・PIN でロックを解除します。最後に「完了」をタップします。
    .step4 = このパソコンで「セキュリティ情報」ページを開くと、一覧に「Microsoft Authenticator のパスキー」が追加されています。
register-passkey-steps-phone-only = アプリからパスキーを作る
    .step1 = Authenticator がパスキーを保存できるようにします。iPhone（iOS 18）は「設定」＞「一般」＞「自動入力とパスワード」、iOS 17は「設定」＞「パスワード」＞「パスワードオプション」で、「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます。Android は「設定」で「パスキー」を検索し、「追加のサービス」で「Authenticator」をオンにします。
    .step2 = Microsoft Authenticator を開き、大学のアカウントをタップして「パスキーを作成」を選びます。
    .step3 = 求められたら登録済みの方法で認証し、顔・指紋・PIN でロックを解除します。最後に「完了」をタップします。
    .step4 = 確かめるには、スマートフォンのブラウザーで「セキュリティ情報」ページを開きます。一覧に「Microsoft Authenticator のパスキー」が追加されています。
register-passkey-tips = ヒント
    .tip1 = Android 14で Authenticator をパスキーの保存先としてオンにできない機種は、Android 15が必要です。
    .tip2 = アプリに「パスキーを作成」が出ない場合は、「セキュリティ情報」ページで「サインイン方法の追加」＞「Microsoft Authenticator のパスキー」を選び、画面下のリンクから別の作り方（QR コードと、両方の機器の Bluetooth）を選べます。構成証明（attestation）が必須の組織では、この方法は使えません。
    .tip3 = 機種変更のときは、新しいスマートフォンのアプリでパスキーを作り直し、使えることを確かめてから古いパスキーを削除します。

register-synced-passkey-intro = スマートフォン自身のパスワード管理（iPhone は iOS 16以降の iCloud キーチェーン、Android は Android 9以降の Google パスワード マネージャー）に保存するパスキーです。Apple または Google のアカウントにバックアップされるので、新しいスマートフォンにも戻ります。スマートフォンをなくしたときに入れるのは、この方法のおかげです。
register-synced-passkey-steps-pc = Apple / Google のアカウントにパスキーを保存する
    .step1 = スマートフォンのパスワード管理を確かめます。iPhone は「設定」＞「一般」＞「自動入力とパスワード」で「パスワード」をオン。Android は「設定」で「パスキー」を検索し、Google パスワード マネージャーを選びます。
    .step2 = スマートフォンのカメラでこの QR コードを読み取り、Safari か Chrome で「セキュリティ情報」ページを開いてサインインします。
    .step3 = 「サインイン方法の追加」＞「パスキー」を選び、「次へ」をタップします。
    .step4 = 保存先を聞かれたら、iCloud キーチェーン（「パスワード」）か Google パスワード マネージャーを選び、ロックを解除します。
    .step5 = 「iPhone のパスキー」など、見分けやすい名前を付けて「完了」をタップします。
register-synced-passkey-steps-phone-only = Apple / Google のアカウントにパスキーを保存する
    .step1 = パスワード管理を確かめます。iPhone は「設定」＞「一般」＞「自動入力とパスワード」で「パスワード」をオン。Android は「設定」で「パスキー」を検索し、Google パスワード マネージャーを選びます。
    .step2 = スマートフォンの Safari か Chrome で「セキュリティ情報」ページを開いてサインインします。
    .step3 = 「サインイン方法の追加」＞「パスキー」を選び、「次へ」をタップします。
    .step4 = 保存先を聞かれたら、iCloud キーチェーン（「パスワード」）か Google パスワード マネージャーを選び、ロックを解除します。
    .step5 = 「iPhone のパスキー」など、見分けやすい名前を付けて「完了」をタップします。
register-synced-passkey-tips = ヒント
    .tip1 = Samsung の機種では、Google パスワード マネージャーは最初の選択肢ではありません。保存先を聞かれたときに選んでください。
    .tip2 = Apple または Google のアカウントのパスワードと、そのアカウント自身の2段階認証を大切に守ってください。大学のアカウントに入る方法が、そこに保存されています。

register-windows-passkey-intro = このパソコンの Windows Hello に保存するパスキーです。このパソコンでは顔・指紋・PIN でサインインでき、スマートフォンをなくしても使えます。パスキーはこのパソコンに残るので、自分専用のパソコンでだけ作成してください。
register-windows-passkey-steps-pc = このパソコンにパスキーを作る
    .step1 = Windows Hello が設定されているか確かめます。「設定」＞「アカウント」＞「サインイン オプション」に、顔・指紋・PIN が表示されています。
    .step2 = このパソコンで「ブラウザーで開く」を押して「セキュリティ情報」ページを開き、サインインします。
    .step3 = 「サインイン方法の追加」＞「パスキー」を選び、「次へ」を押します。
    .step4 = Windows が保存先を聞いてきたら、スマートフォンやセキュリティ キーではなく、この Windows デバイスを選びます。
    .step5 = 顔・指紋・PIN で確かめます。「職場のパソコン」など見分けやすい名前を付けて「完了」を押します。
register-windows-passkey-steps-phone-only = Windows パソコンにパスキーを作る
    .step1 = このパスキーは、保存先の Windows パソコンでしか作れません。あとで自分専用の Windows パソコンから、「サインイン方法の追加」＞「パスキー」を選び、その Windows デバイスを選んで作成してください。
register-windows-passkey-tips = ヒント
    .tip1 = Windows がスマートフォンとセキュリティ キーしか選ばせない場合は、所属組織が Windows のパスキーを許可していない可能性があります。この方法は飛ばして、ヘルプデスクにご相談ください。
    .tip2 = パソコンを入れ替えるときは、新しいパソコンでパスキーを作ってから、「セキュリティ情報」ページで古いパソコンのパスキーを削除します。

register-oath-token-intro = ハードウェア トークンは、コードを表示する小さな機器です。ヘルプデスクから受け取り、先にアカウントへ割り当ててもらいます。
register-oath-token-steps-pc = ハードウェア トークンを追加する
    .step1 = 裏にシリアル番号のあるトークンを手元に用意します。
    .step2 = このパソコンで「セキュリティ情報」ページを開いてサインインします。
    .step3 = 「サインイン方法の追加」＞「ハードウェア トークン」を選び、「追加」を押します。
    .step4 = シリアル番号、見分けやすい名前、いまトークンに表示されているコードを入力し、「完了」を押します。
register-oath-token-steps-phone-only = ハードウェア トークンを追加する
    .step1 = 裏にシリアル番号のあるトークンを手元に用意します。
    .step2 = スマートフォンのブラウザーで「セキュリティ情報」ページを開いてサインインします。
    .step3 = 「サインイン方法の追加」＞「ハードウェア トークン」を選び、「追加」をタップします。
    .step4 = シリアル番号、見分けやすい名前、いまトークンに表示されているコードを入力し、「完了」をタップします。
register-oath-token-tips = ヒント
    .tip1 = 画面を開いてから1分以内（コードが60秒ごとに変わるトークンは2分以内）に終えてください。

register-phone-intro = サインインのとき、この番号に SMS でコードが届くか、電話がかかってきます。ご自身の携帯電話を登録してください（SMS を受け取れるフィーチャーフォンでも使えます）。
register-phone-steps-pc = 電話を登録する
    .step1 = このパソコンで「セキュリティ情報」ページを開いてサインインします。
    .step2 = 「サインイン方法の追加」で「電話」を選びます。
    .step3 = 国は「Japan (+81)」を選び、下の確認結果のとおりに番号を入力します。
    .step4 = 「コードを SMS 送信する」か「電話する」を選んで「次へ」を押します。
    .step5 = SMS の6桁のコードをページに入力するか、かかってきた電話に出て案内に従い # を押します。
register-phone-steps-phone-only = 電話を登録する
    .step1 = 上の「セキュリティ情報」の QR コードをスマートフォンで読み取り、スマートフォンのブラウザーでサインインします。
    .step2 = 「サインイン方法の追加」で「電話」を選びます。
    .step3 = 国は「Japan (+81)」を選び、下の確認結果のとおりに番号を入力します。
    .step4 = 「コードを SMS 送信する」を選んで「次へ」をタップし、SMS のコードを入力します。
register-phone-tips = ヒント
    .tip1 = 「ロボットではないことを証明」するよう求められたら、表示された文字を入力してください。何度か繰り返すことがあります。
    .tip2 = SMS や電話の受信は国内では無料です。海外ではローミング料金がかかることがあります。

register-alternate-phone-intro = Microsoft から電話をかけてもらう2つ目の番号です（電話のみ、SMS は不可）。いつもの電話をなくしたときの備えになります。
register-alternate-phone-steps-pc = 代替の電話を登録する
    .step1 = このパソコンで「セキュリティ情報」ページを開いてサインインします。
    .step2 = 「サインイン方法の追加」で「代替の電話」を選びます。
    .step3 = 国は「Japan (+81)」を選び、下の確認結果のとおりに番号を入力して「次へ」を押します。
    .step4 = かかってきた電話に出て、案内に従い # を押します。
register-alternate-phone-steps-phone-only = 代替の電話を登録する
    .step1 = 上の「セキュリティ情報」の QR コードをスマートフォンで読み取り、スマートフォンのブラウザーでサインインします。
    .step2 = 「サインイン方法の追加」で「代替の電話」を選びます。
    .step3 = 国は「Japan (+81)」を選び、下の確認結果のとおりに番号を入力して「次へ」をタップします。
    .step4 = もう一方の電話にかかってきた電話に出て、案内に従い # を押します。
register-alternate-phone-tips = ヒント
    .tip1 = 音声案内が始まってから20秒ほどのうちに # を押してください。
    .tip2 = その電話の転送設定は解除してください。転送されると認証できないことがあります。

register-office-phone-intro = 職場の電話に Microsoft から電話がかかってきます（電話のみ）。ご自身が出る回線だけを登録してください。
register-office-phone-steps-pc = 職場の電話を登録する
    .step1 = このパソコンで「セキュリティ情報」ページを開いてサインインします。
    .step2 = 「サインイン方法の追加」で「会社電話」を選びます。
    .step3 = 国は「Japan (+81)」を選び、下の確認結果のとおりに番号を入力します。「内線」欄は空のままにします。
    .step4 = 「次へ」を押し、かかってきた電話に出て、案内に従い # を押します。
register-office-phone-steps-phone-only = 職場の電話を登録する
    .step1 = 上の「セキュリティ情報」の QR コードをスマートフォンで読み取り、スマートフォンのブラウザーでサインインします。
    .step2 = 「サインイン方法の追加」で「会社電話」を選びます。
    .step3 = 国は「Japan (+81)」を選び、下の確認結果のとおりに番号を入力します。「内線」欄は空のままにします。
    .step4 = 「次へ」をタップし、職場の電話にかかってきた電話に出て、案内に従い # を押します。
register-office-phone-tips = ヒント
    .tip1 = 代表番号は登録しないでください。電話に出た人が、ご本人の代わりにサインインを承認できてしまいます。
    .tip2 = ほかの人と共用の回線なら、管理している方と先に相談し、使うのは必要なときだけにしてください。
    .tip3 = ダイヤル回線（パルス）の電話では * を押してから # を押します。黒電話などの回転ダイヤル式は使えません。

register-security-key-intro = セキュリティ キーは、キーホルダーに付けられる小さな USB / NFC の機器で、どのパソコンでも使えます。既定のサインイン方法にはできないため、ほかの方法と一緒に登録します。
register-security-key-steps-pc = セキュリティ キーを登録する
    .step1 = セキュリティ キーを手元に用意します。お持ちでない場合は、先にヘルプデスクにご相談ください。
    .step2 = このパソコンの Edge か Chrome で「セキュリティ情報」ページを開いてサインインします。
    .step3 = 「サインイン方法の追加」＞「パスキー」を選び、「次へ」を押します。
    .step4 = ブラウザーや Windows に保存先を聞かれたら「セキュリティ キー」を選びます。キーを差し込むか、読み取り部にかざします。
    .step5 = キーの PIN を設定または入力してキーに触れ、見分けやすい名前を付けます。
register-security-key-steps-phone-only = パソコンでセキュリティ キーを登録する
    .step1 = 新しいセキュリティ キーは、iPhone・iPad・Mac からは登録できません。あとで Windows パソコンから、「サインイン方法の追加」＞「パスキー」＞「セキュリティ キー」の順に登録してください。
register-security-key-tips = ヒント
    .tip1 = キーとその PIN は別々に保管してください。
    .tip2 = 新しいセキュリティ キーは、iPhone・iPad・Mac のブラウザーからは登録できません。

## 確認

verify-title = 使えるか確かめましょう
verify-intro = いま確かめておけば、いざというときに困りません。
verify-steps = 確認
    .step1 = 「セキュリティ情報」ページで、登録した方法がすべて一覧にあることを確かめます。
    .step2 = ブラウザーでプライベート（シークレット）ウィンドウを開き、Microsoft 365（たとえば office.com）にサインインします。
    .step3 = Microsoft が登録済みの方法のどれかを求めてくるので、その方法で承認します。できれば「別の方法でサインインする」から2つ目の方法も試してください。
    .step4 = プライベートウィンドウを閉じます。スマートフォンのメールアプリ（Outlook など）から求められたら、そちらでもサインインし直してください。
verify-registered-title = 登録したと答えた方法
verify-worked = うまくいった
verify-failed = うまくいかなかった

## 完了

done-title = 設定が完了しました
done-summary = サインイン方法を{ $count }つ登録しました。
done-reminders-title = 覚えておくと安心なこと
done-reminder-add-backup = 登録した方法はすべて同じ場所にあるので、それをなくすとサインインできなくなります。余裕のあるときに「セキュリティ情報」ページの「サインイン方法の追加」から、別の場所にある方法を登録してください。
done-reminder-retirement = Microsoft は{ $date }に、自社から送る SMS のコードと音声通話による認証を終了します。それまでにアプリかパスキーも登録しておいてください。
done-reminder-new-phone = スマートフォンを買い替えるときは、古い端末を初期化・返却する前に、新しい端末の Authenticator で大学のアカウントを設定し直してください。「セキュリティ情報」ページで使えることを確かめてから、古い端末を削除します。
done-reminder-new-phone-passkey = スマートフォンを買い替えるときは、古い端末を初期化・返却する前に、新しい端末の Authenticator を設定し、パスキーも作り直してください。Authenticator のパスキーはバックアップからは戻りません。新しい端末で使えることを確かめてから、「セキュリティ情報」ページで古い端末を削除します。
done-reminder-new-pc = パソコンを入れ替えるときは、古いパソコンがあるうちに新しいパソコンでパスキーを作り、「セキュリティ情報」ページで古いパソコンのパスキーを削除してください。
done-reminder-mail-apps = スマートフォンのメールアプリでメールが届かなくなったら、そのアプリでサインインし直してください。
done-reminder-help = サインインできなくなったときは、この画面上部の「サインインできないとき」をご覧ください。
done-start-over = 最初からやり直す

prepare-app-links-title = 先にスマートフォンへ Microsoft Authenticator を入れておきましょう
prepare-organisation-links-title = 所属組織のページ
register-pairing-caption = スマートフォンではこのように表示されます。QR コードの下のリンクをタップしてください。
register-pairing-link = このリンクをクリックして、アカウントをアプリにペアリングします。
done-print = この内容を印刷する
done-reminder-none-registered = 登録済みの方法がまだありません。「登録」に戻り、「セキュリティ情報」ページに表示された方法ごとに「登録しました」を押してください。
done-reminder-retirement-no-smartphone = Microsoft は{ $date }に、自社から送る SMS のコードと音声通話による認証を終了します。スマートフォンをお持ちでない方は、それまでに代わりの方法（セキュリティ キーなど）を{ $helpdesk }にご相談ください。
done-reminder-left-at-home-help-desk =
    { $device ->
        [smartphone] スマートフォン
       *[other] 携帯電話
    }を家に忘れると、席で使える方法がありません。{ $helpdesk }の窓口で本人確認をすれば、その日だけ入れるようにしてもらえます。
done-reminder-travel-app = 海外に行く前に、アプリにコードが表示されることを確かめておきましょう。コードは電波がなくても使えます。通知が届かない地域（中国など）では、コードを入力してください。
done-reminder-travel-sms-add-app = 海外では SMS や電話の受信にローミングが必要で、料金がかかったり届かなかったりします。出発前に Authenticator アプリも登録しておくと、電波がなくてもコードで認証できます。
done-reminder-travel-sms = 海外では SMS や電話の受信にローミングが必要で、料金がかかったり届かなかったりします。出発前に携帯電話のローミング設定を確認し、長期の滞在になるときは{ $helpdesk }にご相談ください。
done-reminder-travel-fixed-line = 出張などで席を離れると、職場の電話ではサインインできません。また、代わりに出た同僚が、ご本人ではないサインインを承認してしまうおそれもあります。出発前に、行き先で使える別の方法があるか確かめてください。
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
    }を家に忘れたら、サインイン画面で「別の方法でサインインする」を選び、席で使える方法を使ってください。
wizard-plan-method-until = { $summary }{ $date }まで使えます。
register-skip = あとで登録する
register-skip-hint = この方法でつまずいたら、先に次の方法へ進み、あとで戻ってこられます。飛ばした方法は確認のステップに表示されます。
register-path-first = まだサインイン方法が登録されていないので、サインインすると Microsoft はまず「詳細情報が必要」または「アカウントをセキュリティで保護しましょう」と表示し、続いて設定画面を開きます。代わりに「セキュリティ情報」ページが開いた場合は、すでに方法が登録されています。そのページの「サインイン方法の追加」から進めてください。
register-path-first-not-offered = サインイン時に Microsoft の最初の設定画面（「アカウントをセキュリティで保護しましょう」）が出たら、「別の方法を設定します」を選びます。所属組織で使える方法が表示されます。「{ $method }」がなければ、そこでは先にアプリを設定し、そのあと下の手順で「セキュリティ情報」ページから「{ $method }」を追加してください。
register-path-after-retirement = 電話番号しか登録していない場合、Microsoft の SMS と音声通話は{ $date }に終了したため、サインインしてすぐ、ほかのページより先にパスキーの作成を求められます。その画面で、スマートフォンかこの Windows パソコンに保存して作成してください。作成できない場合は{ $helpdesk }にご相談ください。
register-path-later = すでに方法が登録されているので、「セキュリティ情報」ページの「サインイン方法の追加」から登録します。
register-authenticator-steps-first-pc = 求められたときにアプリを設定する
    .step1 = このパソコンで「ブラウザーで開く」を押して「セキュリティ情報」ページを開き、大学のアカウントでサインインします。
    .step2 = 「詳細情報が必要」と表示されたら「次へ」を押します。
    .step3 = 「アカウントのセキュリティ保護」が「最初にアプリを取得します」の画面で開きます。スマートフォンに Microsoft Authenticator をインストールし（上の QR コードを読み取ります）、パソコンで QR コードが表示されるまで「次へ」を押します。
    .step4 = アプリで「＋」（または「アカウントを追加」）→「職場または学校アカウント」→「QR コードをスキャン」と進みます。カメラの使用を許可し、パソコン画面の QR コードを読み取ります。
    .step5 = パソコンで「次へ」を押すと、スマートフォンに通知が届きます。パソコンに表示された数字を入力して「はい」をタップします。
    .step6 = 「通知が承認されました」と表示されたら「次へ」を押し、最後に「完了」を押します。
register-authenticator-steps-first-phone-only = 求められたときにアプリを設定する
    .step1 = スマートフォンに Microsoft Authenticator をインストールします。上のアプリストアの QR コードをスマートフォンのカメラで読み取ってください。
    .step2 = 上の「セキュリティ情報」の QR コードをスマートフォンで読み取り、スマートフォンのブラウザーで大学のアカウントにサインインします。
    .step3 = 「詳細情報が必要」と表示されたら「次へ」をタップします。
    .step4 = 「アカウントのセキュリティ保護」が「最初にアプリを取得します」の画面で開きます。QR コードが表示されるまで「次へ」をタップします。
    .step5 = 自分の画面は読み取れないので、「このリンクをクリックして、アカウントをアプリにペアリングします。」をタップします。アプリが開き、アカウントが追加されます。
    .step6 = ブラウザーに戻って「次へ」をタップし、アプリに届いた通知を承認します。続けて「次へ」「完了」をタップします。
register-phone-steps-first-pc = 求められたときに電話を登録する
    .step1 = このパソコンで「ブラウザーで開く」を押して「セキュリティ情報」ページを開き、大学のアカウントでサインインします。
    .step2 = 「詳細情報が必要」と表示されたら「次へ」を押します。
    .step3 = 「アカウントのセキュリティ保護」はアプリの設定から始まります。画面下の「別の方法を設定します」を選びます。
    .step4 = 「どの方法を使用しますか?」で「電話」を選び、「確認」を押します。
    .step5 = 国は「Japan (+81)」を選び、下の確認結果のとおりに番号を入力します。「コードを SMS 送信する」を選んで「次へ」を押します。
    .step6 = SMS で届いた6桁のコードを入力して「次へ」を押します。「成功」と表示されたら「完了」を押します。
register-phone-steps-first-phone-only = 求められたときに電話を登録する
    .step1 = 上の「セキュリティ情報」の QR コードをスマートフォンで読み取り、スマートフォンのブラウザーで大学のアカウントにサインインします。
    .step2 = 「詳細情報が必要」と表示されたら「次へ」をタップします。
    .step3 = 「アカウントのセキュリティ保護」はアプリの設定から始まります。画面下の「別の方法を設定します」をタップします。
    .step4 = 「どの方法を使用しますか?」で「電話」を選び、「確認」をタップします。
    .step5 = 国は「Japan (+81)」を選び、下の確認結果のとおりに番号を入力します。「コードを SMS 送信する」を選んで「次へ」をタップします。
    .step6 = SMS で届いた6桁のコードを入力して「次へ」をタップします。「成功」と表示されたら「完了」をタップします。
verify-which-method-title = Microsoft はどの方法を求めてくる？
verify-which-method = どの方法か
    .line1 = 方法は Microsoft が選びます。サインインのとき、登録した中で最も安全な方法を求めてきます。パスキーが最初、次にアプリ、そのほかの方法はその後です。既定の方法を自分で決める必要はありません。
    .line2 = 「セキュリティ情報」ページでは「最も適したものが利用できない場合のサインイン方法」と表示されます。優先される方法が使えないときだけ使われる方法で、そのままでかまいません。
    .line3 = 代わりに「既定のサインイン方法」と表示されている場合は、所属組織がこの仕組みを止めています。そのときは「変更」を押し、いちばんよく使う方法を選んでください（セキュリティ キーは選べません）。
    .line4 = パソコンにスマートフォンのパスキー用の QR コードが出て、パソコンに Bluetooth がないときは、「別の方法でサインインする」を選んでアプリを使います。
skipped-title = あとで登録する方法
skipped-explanation = 準備ができたら、こちらも登録しておきましょう。方法が多いほど、困ったときの入り口が増えます。
skipped-explanation-below-two = おすすめの方法の保存場所が2つあるのは、スマートフォンをなくしたり、忘れたり、壊したりしてもサインインできなくならないためです。飛ばした方法を登録するまでは、その備えがありません。
skipped-return = 「{ $method }」をいま登録する
done-reminder-lines-end-soon = Microsoft は{ $date }に、自社から送る SMS と音声通話による認証を終了します。その日から電話番号ではサインインできなくなりますが、ほかの方法はそのまま使えるので、特にすることはありません。
done-reminder-lines-ended = Microsoft は SMS と音声通話による認証を終了しました（{ $date }）。登録した電話番号はもうサインインに使えません。「セキュリティ情報」ページから削除してもかまいません。
skipped-return-now = いま登録する
done-print-failed = 印刷画面を開けませんでした。代わりにテキストファイルに保存して、そのファイルを印刷してください。

## 画面の絵（簡略化した図。ボタン名などは Microsoft の表記）

picture-alt = { $caption } 強調している部分：「{ $control }」。
picture-next = 次へ
picture-done = 完了
picture-continue = 続行
picture-security-info-title = セキュリティ情報
picture-security-info-intro = サインインに使う方法の一覧です。
picture-add-method = ＋ サインイン方法の追加
picture-security-info-list = （登録した方法がここに並びます）
picture-security-info-caption = Microsoft の「セキュリティ情報」ページ：「サインイン方法の追加」を押します。
picture-choose-title = 方法を追加します
picture-choose-caption = 「{ $method }」を選びます。
picture-method-authenticator = Microsoft Authenticator
picture-method-passkey-authenticator = Microsoft Authenticator のパスキー
picture-method-passkey = パスキー
picture-method-hardware-token = ハードウェア トークン
picture-method-phone = 電話
picture-method-alternate-phone = 代替の電話
picture-method-office-phone = 会社電話
picture-first-time-title = 詳細情報が必要
picture-first-time-text = ご使用のアカウントを保護するため、組織ではさらに情報が必要です。
picture-first-time-caption = まだ方法がないときの最初の画面です（「アカウントをセキュリティで保護しましょう」と表示されることもあります）。「次へ」を押します。
picture-keep-secure-title = アカウントをセキュリティで保護しましょう
picture-keep-secure-app = 最初にアプリを取得します
picture-different-method = 別の方法を設定します
picture-first-time-other-caption = 設定はアプリから始まります。電話番号から始めるには、下の「別の方法を設定します」を選びます。
picture-app-title = Microsoft Authenticator
picture-app-welcome = デジタル ライフを保護する
picture-app-add-work-account = 職場または学校アカウントを追加
picture-app-scan-qr = QR コードをスキャン
picture-app-add-account-caption = インストールしたばかりのアプリで「職場または学校アカウントを追加」＞「QR コードをスキャン」を選び、パソコンの QR コードに向けます。
picture-number-title = サインインしようとしていますか？
picture-number-text = 表示されている番号を入力してサインインします。
picture-number-value = 42
picture-number-yes = はい
picture-number-caption = スマートフォンに届く確認の通知：パソコンに表示された数字を入力して「はい」をタップします。
picture-pairing-title = QR コードをスキャン
picture-pairing-qr = QR コード
picture-provider-title = 自動入力とパスワード
picture-provider-autofill = パスワードとパスキーを自動入力
picture-provider-authenticator = Authenticator
picture-provider-caption = スマートフォンの設定で、Authenticator がパスキーを保存できるようにします。
picture-app-account-title = 大学のアカウント
picture-app-account-text = パスキー
picture-app-create-passkey = パスキーを作成
picture-app-create-passkey-caption = Authenticator で大学のアカウントをタップし、「パスキーを作成」を選びます。
picture-save-passkey-title = パスキーを保存
picture-save-passkey-text = このパスキーをどこに保存しますか？
picture-save-passkey-manager = iCloud キーチェーン / Google パスワード マネージャー
picture-save-synced-caption = スマートフォンのパスワード管理に保存します（アプリには保存しません）。
picture-windows-title = このパスキーを保存する場所を選択してください
picture-windows-this-device = この Windows デバイス
picture-windows-phone = iPhone、iPad、または Android デバイス
picture-windows-security-key = セキュリティ キー
picture-windows-device-caption = 保存先を聞かれたら、この Windows デバイスを選びます。
picture-windows-key-caption = 保存先を聞かれたら「セキュリティ キー」を選び、キーを差し込むかかざします。
picture-phone-title = 電話
picture-phone-country = Japan (+81)
picture-phone-number = 9012345678
picture-phone-text-me = コードを SMS 送信する
picture-phone-caption = 国は「Japan (+81)」を選び、番号は最初の0を除いて入力します。
picture-office-title = 会社電話
picture-office-extension = 内線：空欄のまま
picture-office-caption = 「内線」欄は空欄にします。Microsoft からの電話は直接つながる必要があります。
picture-token-title = ハードウェア トークン
picture-token-serial = シリアル番号
picture-token-name = 表示名
picture-token-code = コード
picture-token-caption = トークンの裏のシリアル番号、名前、いま表示されているコードを入力します。
