# サインインできないときの案内（日本語）
# 引数：$helpdesk は問い合わせ先の名前、$organisation は組織の名前（プロファイルから）。
# 選択肢の id は ts-<質問>-choice-<行き先>。

## 画面の言葉

ts-title = サインインできないとき
ts-back = 前の質問に戻る
ts-start-over = 最初から
ts-related-faq-title = 関連する質問

## 最初の質問

ts-start-question = どんなことでお困りですか？
ts-start-choice-phone-missing = スマートフォンが手元にない（忘れた・なくした・壊れた）
ts-start-choice-signing-in = サインインのときの認証がうまくいかない
ts-start-choice-registering = 認証方法の登録がうまくいかない
ts-start-choice-new-phone = スマートフォンを機種変更する・した
ts-start-choice-passkey-prompt = パスキーを作成するよう求められた
ts-start-choice-mail-app-sign-in-again = メールが受信できなくなった（Outlook など）
ts-start-choice-password-reset = パスワードを忘れた
ts-start-choice-register-at-next-sign-in = 事前登録の期間が過ぎてしまった

## スマートフォンが手元にない

ts-phone-missing-question = スマートフォンはどんな状況ですか？
ts-phone-missing-choice-other-method-available = 家などに置いてきた（あとで手元に戻る）
ts-phone-missing-choice-phone-lost = なくした・盗まれた・壊れた
ts-phone-missing-choice-reinstall-app = スマートフォンはあるが、認証アプリを削除してしまった

ts-other-method-available-question = 職場の電話など、ほかに登録した方法で、いま認証できますか？
ts-other-method-available-choice-use-another-method = はい、使える方法がある
ts-other-method-available-choice-temporary-disable = いいえ、またはわからない

ts-use-another-method-title = 別の方法でサインインする
ts-use-another-method-p1 = 登録してある別の方法で、いつもどおりサインインできます。
ts-step-other-method-choose = サインイン画面で「別の方法でサインインする」を選びます。認証アプリの画面が出ている場合は「Microsoft Authenticator アプリを現在使用できません」を選びます。
ts-step-other-method-pick = 一覧から、いま手元にある方法を選びます。
ts-step-other-method-finish = SMS か電話を選んだ場合は、届いたコードを入力するか、かかってきた電話の案内に従って「#」を押します。
ts-use-another-method-note = スマートフォンが戻れば、これまでどおり使えます。設定を変える必要はありません。

ts-temporary-disable-title = 多要素認証を一時的に無効にしてもらう
ts-temporary-disable-step-contact = { $helpdesk }に連絡し、スマートフォンが手元になくてサインインできないことを伝えます。
ts-temporary-disable-step-identity = 窓口などで本人確認を受けます。身分証明書をお持ちください。
ts-temporary-disable-step-after = 無効にしておく期間や元に戻す時期は、{ $helpdesk }の案内に従ってください。

ts-phone-lost-title = スマートフォンをなくした・壊れたとき
ts-phone-lost-p1 = なくしたり壊れたりしたスマートフォンは登録から外し、新しいスマートフォンを登録し直します。
ts-phone-lost-step-sign-in = 会社電話など、登録済みの別の方法で「セキュリティ情報」ページにサインインします。
ts-phone-lost-step-remove = 一覧から、なくした（壊れた）スマートフォンの Microsoft Authenticator を削除します。
ts-phone-lost-step-add = 新しいスマートフォンが用意できたら、「サインイン方法の追加」から登録します。
ts-phone-lost-note-sim = 携帯電話会社で同じ番号の SIM を再発行してもらえば、SMSや電話による認証はそのまま使えます。
ts-phone-lost-p2 = 別の方法を登録していない場合は、{ $helpdesk }にご相談ください。窓口などで本人確認をしたうえで、多要素認証を一時的に無効にできます。

ts-reinstall-app-title = 認証アプリを入れ直す

## 登録がうまくいかない

ts-registering-question = どの方法を登録しているところですか？
ts-registering-choice-sms-problem = SMS（コードが届く方法）
ts-registering-choice-voice-call = 電話（音声通話）
ts-registering-choice-app-setup = Microsoft Authenticator アプリ
ts-registering-choice-passkey-setup = パスキー
ts-registering-choice-security-key-setup = セキュリティキー
ts-registering-choice-too-many-attempts = 「試行回数が多すぎます」のような表示が出た

ts-phone-way-question = コードをSMSで受け取る方法ですか、電話がかかってくる方法ですか？
ts-phone-way-choice-sms-problem = SMSでコードを受け取る
ts-phone-way-choice-voice-call = 電話がかかってくる

## SMS

ts-sms-problem-question = 画面やスマートフォンはどうなっていますか？
ts-sms-problem-choice-sms-robot-check = 「please show you are not a robot」と表示される
ts-sms-problem-choice-sms-ran-into-problem = 「We're sorry, we ran into a problem」と表示される
ts-sms-problem-choice-sms-no-code = SMSのコードが届かない
ts-sms-problem-choice-too-many-attempts = 「試行回数が多すぎます」のような表示が出る

ts-item-wait = 少し時間をおいてからやり直す
ts-item-better-signal = 電波の良い場所に移ってやり直す
ts-item-sign-out-in = いったんサインアウトし、サインインし直してからやり直す
ts-item-clear-cookies = ブラウザの Cookie とキャッシュを削除してからやり直す
ts-if-still-stuck = それでも進めないときは、次のことを試してください。

ts-sms-robot-check-title = 「please show you are not a robot」と表示される
ts-sms-robot-check-p1 = 人が操作していることを確かめるための画面です。
ts-sms-robot-check-step-type = 画像に表示された英数字をそのまま入力し、「次へ」を押します。
ts-sms-robot-check-step-repeat = 続けて何度か表示されることがあります。そのたびに入力してください。

ts-sms-ran-into-problem-title = 「We're sorry, we ran into a problem」と表示される
ts-sms-ran-into-problem-step-next = 画面の「次へ」（Next）を押します。多くの場合、これで先に進めます。

ts-sms-no-code-title = SMSのコードが届かない
ts-sms-no-code-step-number = 入力した電話番号と、国の欄が「日本 (+81)」になっているかを確かめます。
ts-sms-no-code-step-wait = 1〜2分待ちます。続けて何度も送り直すと、しばらく受け付けが止まることがあります。
ts-sms-no-code-step-signal = 電波の良い場所に移ります。
ts-sms-no-code-step-filter = 迷惑SMSの拒否設定（海外や知らない送信元からのSMSを受け取らない設定）をしている場合は、設定を見直します。
ts-sms-no-code-step-latest = 何通か届いたときは、最後に届いたコードを入力します。
ts-sms-no-code-p-other = それでも届かない場合は、電話（音声通話）で確認する方法を選ぶか、認証アプリをお使いください。
ts-note-phone-lines-retired = Microsoft が提供するSMSと音声通話による認証は、2027年2月1日に終了しました。届かないのはそのためです。パスキーか認証アプリを登録してください。

ts-too-many-attempts-title = 「試行回数が多すぎます」のような表示が出る
ts-too-many-attempts-p1 = 短い時間に何度も試すと、Microsoft が安全のために、しばらく受け付けを止めることがあります。故障ではありません。
ts-too-many-attempts-step-stop = いったん操作をやめ、しばらく時間をおきます。すぐに試し直すと、止まる時間が延びることがあります。
ts-too-many-attempts-step-retry = 時間をおいてから、落ち着いて一度だけ試します。コードは最後に届いたものを使ってください。
ts-too-many-attempts-step-other = 急ぐ場合は、「別の方法でサインインする」から登録済みの別の方法を選びます。
ts-too-many-attempts-p2 = 翌日になっても同じ表示が出る場合は、{ $helpdesk }にご相談ください。
ts-note-unexpected-request = 自分でサインインしていないのに認証の通知や電話が来たら、承認せずに拒否し、すぐに{ $helpdesk }へ連絡してください。誰かがあなたのパスワードを使っているおそれがあります。

## 電話（音声通話）

ts-voice-call-question = 認証の電話はかかってきますか？
ts-voice-call-choice-voice-call-not-arriving = かかってこない
ts-voice-call-choice-voice-line-type = かかってくるが、「#」を押しても認証されない
ts-voice-call-choice-too-many-attempts = 「試行回数が多すぎます」のような表示が出る

ts-voice-line-type-question = お使いの電話はどれですか？
ts-voice-line-type-choice-voice-press-hash = 携帯電話、またはボタンを押すと「ピ」と鳴る電話機
ts-voice-line-type-choice-voice-pulse-line = ボタン式だが、押すと「カチカチ」と鳴る電話機（ダイヤル回線）
ts-voice-line-type-choice-voice-rotary = ダイヤルを回して番号を選ぶ電話機（黒電話など）
ts-voice-line-type-choice-voice-optical-ip = 光電話・IP電話
ts-voice-line-type-choice-voice-checklist = わからない

ts-item-voice-hash-late = 「#」を押すのが遅い：音声の案内が流れ始めてから約20秒以内に「#」を押さないと失敗します。
ts-item-voice-extension = 「内線」欄に入力している：電話番号を登録する画面の「内線」欄は空欄にしてください。入力されていると、うまくいかないことがあります。
ts-item-voice-forwarding = 転送を設定している：別の電話機や番号、内線に転送していると、認証の電話が正しく届かないことがあります。転送を解除してください。
ts-item-voice-pulse = 電話機がダイヤル回線の設定になっている：「*」を押してから「#」を押すと、認識されることがあります。
ts-item-voice-rotary = ダイヤル式の電話機（いわゆる黒電話）：「#」を送れないため使えません。
ts-item-voice-optical = 光電話の一部や、「#」を押しても「#」として伝わらない電話機・回線：うまくいかないことがあります。
ts-item-voice-hash-unrecognized = 「#」を押しても「#」として伝わらない電話機や回線では、この方法は使えません。
ts-item-other-number = 携帯電話など、別の電話番号を登録する
ts-item-use-app = 認証アプリを登録して、そちらで認証する
ts-voice-other-way = それでもうまくいかない場合は、次のどちらかに切り替えてください。

ts-voice-call-not-arriving-title = 認証の電話がかかってこない
ts-voice-call-not-arriving-p1 = 次の点を順に確かめてください。
ts-voice-step-number = 登録した電話番号と、国の欄が「日本 (+81)」になっているかを確かめます。
ts-voice-step-line-free = 通話中でないこと、すぐに留守番電話に切り替わる設定になっていないことを確かめます。

ts-voice-press-hash-title = 案内が聞こえたらすぐに「#」を押す
ts-voice-press-hash-p1 = 音声の案内が流れ始めてから約20秒以内に「#」を押さないと、認証は失敗します。
ts-voice-press-hash-step-answer = 電話に出て、案内が聞こえたらすぐに「#」を押します。案内を最後まで聞く必要はありません。
ts-voice-press-hash-step-keypad = スマートフォンでは、耳から離すと画面が点きます。キーパッド（ダイヤルボタン）を表示してから「#」を押します。
ts-voice-press-hash-step-again = 間に合わなかったときは、サインイン画面からもう一度電話をかけ直してもらいます。

ts-voice-pulse-line-title = ダイヤル回線の電話機で認証する
ts-voice-pulse-line-p1 = 電話機がダイヤル回線の設定になっていると、「#」が伝わらないことがあります。
ts-voice-pulse-line-step-star = 案内が流れたら、まず「*」を押します。トーン（プッシュ信号）に切り替わります。
ts-voice-pulse-line-step-hash = 続けて「#」を押します。

ts-voice-rotary-title = ダイヤル式の電話機では認証できません
ts-voice-rotary-p1 = ダイヤルを回して番号を選ぶ電話機（いわゆる黒電話）は「#」を送れないため、音声通話による認証には使えません。

ts-voice-optical-ip-title = 光電話・IP電話で認証できない
ts-voice-optical-ip-p1 = 光電話やIP電話の一部では、「#」が正しく伝わらず、認証できないことがあります。

ts-voice-checklist-title = 電話による認証がうまくいかない原因
ts-voice-checklist-p1 = 次のどれかに当てはまらないか、確かめてください。

## 認証アプリ

ts-app-setup-question = どこでつまずいていますか？
ts-app-setup-choice-app-qr-scan = QRコードを読み取れない
ts-app-setup-choice-app-phone-only = パソコンがなく、スマートフォンだけで登録したい
ts-app-setup-choice-pairing-link-used = ペアリングのリンクをタップしたら「We're sorry, we ran into a problem」と出た
ts-app-setup-choice-app-no-notification = アプリに通知が届かない
ts-app-setup-choice-app-number-matching = アプリに数字を入力するよう求められた
ts-app-setup-choice-code-rejected-clock = 6桁のコードが受け付けられない

ts-app-qr-scan-title = QRコードを読み取れない
ts-app-qr-scan-step-app = 認証アプリで「+」→「職場または学校アカウント」→「QRコードをスキャン」の順に選びます。
ts-app-qr-scan-step-camera = カメラが起動しない場合は、スマートフォンの設定で Authenticator にカメラの使用を許可します。
ts-app-qr-scan-step-distance = 画面から15〜30cmほど離し、QRコード全体が枠に入るようにします。画面を明るくすると読み取りやすくなります。
ts-app-qr-scan-step-manual = それでも読み取れない場合は、QRコードの下の「画像をスキャンできませんか?」を選びます。表示されたコードとURLを、アプリの手入力の画面に入力します。
ts-app-qr-scan-note-phone-only = パソコンを使わず、スマートフォンだけで登録している場合は、QRコードの代わりにペアリングのリンクをタップします。

ts-app-phone-only-title = スマートフォンだけで認証アプリを登録する
ts-app-phone-only-step-install = 先に Microsoft Authenticator をインストールしておきます。
ts-app-phone-only-step-open = スマートフォンのブラウザで「セキュリティ情報」ページを開き、サインインします。
ts-app-phone-only-step-add = 「サインイン方法の追加」で認証アプリを選び、QRコードが表示される画面まで進みます。
ts-app-phone-only-step-link = QRコードの代わりに「このリンクをクリックして、アカウントをアプリにペアリングします。」をタップします。アプリが開き、アカウントが追加されます。
ts-app-phone-only-step-back = ブラウザに戻って「次へ」を押し、アプリに届いた通知を承認します。

ts-pairing-link-used-title = ペアリングのリンクの後に「We're sorry, we ran into a problem」と出た
ts-pairing-link-used-p1 = ペアリングのリンクは一度しか使えません。二度目にタップするとこのメッセージが出ますが、多くの場合、最初のタップでアカウントはもう追加されています。
ts-pairing-link-used-step-check = Microsoft Authenticator を開き、職場のアカウントが一覧にあるか確かめます。
ts-pairing-link-used-step-listed = ある場合は、「セキュリティ情報」ページを開き直します。一覧に Microsoft Authenticator が表示されていれば、登録は完了しています。
ts-pairing-link-used-step-not-listed = アプリにもページにもない場合は、「サインイン方法の追加」から認証アプリの登録をやり直し、新しいリンクを一度だけタップします。

ts-app-no-notification-title = 認証アプリに通知が届かない
ts-app-no-notification-step-open = Microsoft Authenticator を開きます。届いていなかった承認の依頼が、開いたときに表示されることがあります。
ts-app-no-notification-step-allow = スマートフォンの設定で、Authenticator の通知が許可されているか確かめます。
ts-app-no-notification-step-network = Wi-Fi かモバイル通信につながっているか確かめます。通知を受け取るには通信が必要です。
ts-app-no-notification-step-code = それでも届かない場合は、サインイン画面で「Microsoft Authenticator アプリを現在使用できません」を選び、アプリに表示される6桁のコードを入力します。コードは通信しなくても表示されます。
ts-note-china-android = 中国本土では、Android スマートフォンにアプリの通知が届きません。初めからコードを使ってください。

ts-code-rejected-clock-title = 6桁のコードが受け付けられない
ts-code-rejected-clock-p1 = アプリのコードは時刻をもとに30秒ごとに変わります。スマートフォンの時計がずれていると、正しく入力しても受け付けられません。
ts-code-rejected-clock-step-auto = スマートフォンの設定で、日付と時刻を「自動」に設定します。
ts-code-rejected-clock-step-fresh = アプリに新しいコードが表示されたら、すぐに入力します。
ts-code-rejected-clock-step-account = アプリに複数のアカウントがある場合は、{ $organisation }のアカウントのコードを入力しているか確かめます。

ts-app-number-matching-title = アプリに数字を入力して承認する
ts-app-number-matching-p1 = 不正なサインインを防ぐため、アプリで承認するときは、サインイン画面に出ている数字を入力します（番号の一致）。
ts-app-number-matching-step-screen = サインインしているパソコンなどの画面に、2桁の数字が表示されます。
ts-app-number-matching-step-type = スマートフォンに届いた通知を開き、その数字を入力して承認します。
ts-app-number-matching-step-no-field = 数字の入力欄が出ない場合は、アプリを最新版に更新します。

## パスキー・セキュリティキー

ts-passkey-setup-title = パスキーを登録できない
ts-passkey-setup-p1 = パスキーは Microsoft Authenticator の中に作ります。次の点を確かめてください。
ts-passkey-setup-item-os = スマートフォンが iOS 17 以降、または Android 14 以降であること
ts-passkey-setup-item-bluetooth = パソコンから登録する場合は、パソコンとスマートフォンの両方で Bluetooth がオンになっていること
ts-passkey-setup-item-lock = スマートフォンに画面ロック（顔認証・指紋・パスコード）が設定されていること
ts-passkey-setup-p2 = いちばん早い方法はパソコンも Bluetooth も要りません。Microsoft Authenticator を開き、大学のアカウントをタップして「パスキーを作成」を選びます。
ts-passkey-setup-p3 = それでも登録できない場合は、先に認証アプリ（通知とコード）を登録したうえで、{ $helpdesk }にご相談ください。

ts-security-key-setup-title = セキュリティキーを登録できない
ts-security-key-setup-p1 = セキュリティキーは、{ $organisation }が許可している場合に限り登録できます。「サインイン方法の追加」の一覧にない場合は、{ $helpdesk }にお問い合わせください。
ts-security-key-setup-step-browser = Edge や Chrome など、最新のブラウザを使います。
ts-security-key-setup-step-insert = 求められたら、キーを USB ポートに差し込むか、NFC 対応のキーなら読み取り部にかざします。
ts-security-key-setup-step-pin = キーの PIN を設定または入力し、キーのボタンやセンサーに触れます。
ts-security-key-setup-step-name = 後で見分けられるよう、キーに名前を付けます。
ts-security-key-setup-note-default = セキュリティキーは既定のサインイン方法にできません。ほかの方法も登録しておいてください。

ts-passkey-prompt-title = パスキーを作成するよう求められた
ts-passkey-prompt-ahead-p1 = Microsoft は2027年2月1日に、SMS と音声通話による認証の提供を終了します。その準備として、SMS や電話を使っている人にパスキーを作るよう案内しています。その日までは後回しにできますが、いま作っておけば2月になっても何も変わりません。
ts-passkey-prompt-retired-p1 = Microsoft が提供するSMSと音声通話による認証は2027年2月1日に終了しました。SMSか電話しか登録していない場合は、パスキーを作成しないとサインインを続けられません。
ts-passkey-prompt-own-provider-p1 = Microsoft がパスキーの作成を勧めています。{ $organisation }ではSMSと電話をこの先も使えますが、より安全な方法なので作成をおすすめします。
ts-passkey-prompt-step-ready = iOS 17 以降または Android 14 以降のスマートフォンに、Microsoft Authenticator を入れておきます。
ts-passkey-prompt-step-follow = 画面の案内に従ってパスキーを作成します。パソコンで操作している場合は、パソコンとスマートフォンの Bluetooth をオンにします。
ts-passkey-prompt-step-test = 作成できたら一度サインインし直し、パスキーで認証できることを確かめます。
ts-passkey-prompt-p-cannot = スマートフォンが条件に合わない場合は、{ $helpdesk }にご相談ください。

## サインインのとき

ts-signing-in-question = サインインのとき、どうなりますか？
ts-signing-in-choice-app-asked-first = SMSや電話を既定にしたのに、認証アプリの画面が出る
ts-signing-in-choice-code-from-other-app = 入れた覚えのない「アプリの確認コード」を求められる
ts-signing-in-choice-app-no-notification = 認証アプリに通知が届かない
ts-signing-in-choice-app-number-matching = 数字を入力するよう求められた
ts-signing-in-choice-code-rejected-clock = アプリの6桁のコードが違うと言われる
ts-signing-in-choice-sms-problem = SMSのコードが届かない、または先に進めない
ts-signing-in-choice-voice-call = 電話（音声通話）での認証がうまくいかない
ts-signing-in-choice-too-many-attempts = 「試行回数が多すぎます」のような表示が出る
ts-signing-in-choice-abroad-offline-code = 海外にいる、または電波がない
ts-signing-in-choice-passkey-prompt = パスキーを作成するよう求められる

ts-app-asked-first-title = いつも認証アプリの画面が最初に出る
ts-code-from-other-app-title = 入れた覚えのないアプリのコードを求められる

ts-abroad-offline-code-title = 海外や圏外でアプリのコードを使う
ts-abroad-offline-code-step-choose = サインイン画面で「Microsoft Authenticator アプリを現在使用できません」または「別の方法でサインインする」を選びます。
ts-abroad-offline-code-step-code = 一覧から、アプリの確認コードを使う方法を選びます。
ts-abroad-offline-code-step-type = アプリを開き、表示されている6桁のコードを入力します。

## 機種変更

ts-new-phone-question = 古いスマートフォンは、まだ使える状態で手元にありますか？
ts-new-phone-choice-change-phone-with-old = はい、まだ使える
ts-new-phone-choice-phone-lost = いいえ（初期化した・なくした・壊れた）

ts-change-phone-with-old-title = 古いスマートフォンがあるうちに、新しいスマートフォンを登録する
ts-change-phone-with-old-p1 = 古いスマートフォンを初期化する前に、次の順で進めてください。
ts-step-new-phone-install = 新しいスマートフォンに Microsoft Authenticator をインストールします。
ts-step-new-phone-sign-in-old = パソコンで「セキュリティ情報」ページを開き、古いスマートフォンで認証してサインインします。
ts-step-new-phone-add = 「サインイン方法の追加」から、新しいスマートフォンの認証アプリを登録します。
ts-step-new-phone-test = 新しいスマートフォンで認証できることを確かめます。
ts-step-new-phone-remove-old = 一覧から古いスマートフォンを削除してから、古い端末を初期化します。
ts-note-restored-backup = バックアップから復元したアプリでは、職場のアカウントはそのままでは使えません。アプリでそのアカウントを開いてサインインし直すか、上の手順で登録し直してください。

## そのほか

ts-mail-app-sign-in-again-title = メールのアプリでサインインし直す
ts-password-reset-title = パスワードを再発行してもらう
ts-register-at-next-sign-in-title = 次のサインインのときに登録する
ts-note-phone-lines-end-ahead = Microsoft の SMS と音声通話は2027年2月1日まで使え、その日に終わります。この方法でうまくいかないことが続くなら、この機会に認証アプリかパスキーを登録するのがおすすめです。
ts-passkey-setup-item-browser = スマートフォンのブラウザーで作る場合、Android の Microsoft Edge を使っていない（Edge ではパスキーを作れません）
