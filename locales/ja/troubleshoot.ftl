# サインインできないときの案内（日本語）
# 引数：faq.ftl と同じ（$helpdesk、$organisation、$date、$sms、$voice）。
# 選択肢の id は ts-<質問>-choice-<行き先>。FAQ がすでに答えている場面では、
# 案内は FAQ の回答そのものを表示します（その文は faq.ftl にあります）。

## 画面の言葉

ts-title = サインインできないとき
ts-back = 前の質問に戻る
ts-start-over = 最初から
ts-related-faq-title = 関連する質問

## 最初の質問

ts-start-question = どんなことでお困りですか？
ts-start-choice-phone-missing = スマートフォンが手元にない（忘れた・なくした・壊れた）
ts-start-choice-signing-in = サインインのときの認証がうまくいかない
ts-start-choice-registering = サインイン方法の登録がうまくいかない
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

ts-other-method-available-question = このパソコンのパスキーやセキュリティ キーなど、スマートフォン以外の方法を登録していますか？
ts-other-method-available-choice-use-another-method = はい、いま使える
ts-other-method-available-choice-temporary-disable = いいえ、またはわからない

ts-use-another-method-title = 別の方法でサインインする
ts-use-another-method-p1 = 登録してある別の方法でサインインします。
ts-use-another-method-note = スマートフォンが戻れば、これまでどおり使えます。設定を変える必要はありません。

ts-temporary-disable-title = { $helpdesk }に入れるようにしてもらう

ts-phone-lost-title = スマートフォンをなくした・盗まれた・壊れた
ts-reinstall-app-title = 認証アプリを入れ直す

## 登録がうまくいかない

ts-registering-question = どの方法を登録しているところですか？
ts-registering-choice-sms-problem = SMS（コードが届く方法）
ts-registering-choice-voice-call = 電話（音声通話）
ts-registering-choice-app-setup = Microsoft Authenticator アプリ
ts-registering-choice-passkey-setup = Microsoft Authenticator のパスキー
ts-registering-choice-synced-passkey-setup = Apple / Google アカウントのパスキー
ts-registering-choice-windows-passkey-setup = このパソコンのパスキー（Windows）
ts-registering-choice-security-key-setup = セキュリティ キー
ts-registering-choice-oath-token-setup = ハードウェア トークン
ts-registering-choice-too-many-attempts = 「試行回数が多すぎます」のような表示が出た

ts-phone-way-question = コードを SMS で受け取る方法ですか、電話がかかってくる方法ですか？
ts-phone-way-choice-sms-problem = SMS でコードを受け取る
ts-phone-way-choice-voice-call = 電話がかかってくる

## SMS

ts-sms-problem-question = 画面やスマートフォンはどうなっていますか？
ts-sms-problem-choice-sms-robot-check = 「please show you are not a robot」と表示される
ts-sms-problem-choice-sms-ran-into-problem = 「We're sorry, we ran into a problem」と表示される
ts-sms-problem-choice-sms-no-code = SMS のコードが届かない
ts-sms-problem-choice-too-many-attempts = 「試行回数が多すぎます」のような表示が出る

ts-item-wait = 少し時間をおいてからやり直す
ts-item-better-signal = 電波の良い場所に移ってやり直す
ts-item-sign-out-in = いったんサインアウトし、サインインし直してからやり直す
ts-item-clear-cookies = ブラウザーの Cookie とキャッシュを削除してからやり直す

ts-sms-robot-check-title = 「please show you are not a robot」と表示される
ts-sms-robot-check-p1 = 人が操作していることを確かめるための画面です。
ts-sms-robot-check-step-type = 画像に表示された英数字をそのまま入力し、「次へ」を押します。
ts-sms-robot-check-step-repeat = 続けて何度か表示されることがあります。そのたびに入力してください。

ts-sms-ran-into-problem-title = 「We're sorry, we ran into a problem」と表示される
ts-sms-ran-into-problem-step-next = 画面の「次へ」（Next）を押します。多くの場合、これで先に進めます。

ts-sms-no-code-title = SMS のコードが届かない
ts-sms-no-code-step-number = 入力した電話番号と、国の欄が「Japan (+81)」になっているかを確かめます。
ts-sms-no-code-step-wait = 1〜2分待ちます。続けて何度も送り直すと、しばらく受け付けが止まることがあります。
ts-sms-no-code-step-signal = 電波の良い場所に移ります。
ts-sms-no-code-step-rcs = Android では、コードが普通の SMS ではなく、認証済みマーク付きの「Microsoft」からの RCS メッセージで届くことがあります。メッセージ アプリを見てください。
ts-sms-no-code-step-filter = 迷惑 SMS の拒否設定（海外や知らない送信元からの SMS を受け取らない設定）をしている場合は、設定を見直します。
ts-sms-no-code-step-latest = 何通か届いたときは、最後に届いたコードを入力します。
ts-sms-no-code-p-other = { $voice ->
    [ended] それでも届かない場合は、認証アプリかパスキーを使ってください。
   *[other] それでも届かない場合は、電話（音声通話）で確認する方法を選ぶか、認証アプリを使ってください。
}

ts-too-many-attempts-title = 「試行回数が多すぎます」のような表示が出る
ts-too-many-attempts-p1 = 短い時間に何度も試すと、Microsoft が安全のために、しばらく受け付けを止めることがあります。故障ではありません。
ts-too-many-attempts-step-stop = いったん操作をやめ、しばらく時間をおきます。すぐに試し直すと、止まる時間が延びることがあります。
ts-too-many-attempts-step-retry = 時間をおいてから、落ち着いて一度だけ試します。コードは最後に届いたものを使ってください。
ts-too-many-attempts-step-other = 急ぐ場合は、「別の方法でサインインする」から登録済みの別の方法を選びます。
ts-too-many-attempts-p2 = 翌日になっても同じ表示が出る場合は、{ $helpdesk }にご相談ください。
ts-note-unexpected-request = 自分でサインインしていないのに認証の通知や電話が来たら、承認せずに拒否し、すぐに{ $helpdesk }へ連絡してください。誰かがパスワードを使っているおそれがあります。

## 電話（音声通話）

ts-voice-call-question = 認証の電話はかかってきますか？
ts-voice-call-choice-voice-call-not-arriving = かかってこない
ts-voice-call-choice-voice-line-type = かかってくるが、「#」を押しても認証されない
ts-voice-call-choice-too-many-attempts = 「試行回数が多すぎます」のような表示が出る

ts-voice-line-type-question = お使いの電話はどれですか？
ts-voice-line-type-choice-voice-press-hash = 携帯電話、またはボタンを押すと「ピ」と鳴る電話機
ts-voice-line-type-choice-voice-pulse-line = ボタン式だが、押すと「カチカチ」と鳴る電話機（ダイヤル回線）
ts-voice-line-type-choice-voice-rotary = ダイヤルを回して番号を選ぶ電話機（黒電話など）
ts-voice-line-type-choice-voice-optical-ip = 光電話・IP 電話
ts-voice-line-type-choice-voice-checklist = わからない

ts-item-voice-hash-late = 「#」を押すのが遅い：音声の案内が流れ始めてから約20秒以内に「#」を押さないと失敗します。
ts-item-voice-extension = 「内線」欄に入力している：電話番号を登録する画面の「内線」欄は空欄にしてください。入力されていると、うまくいかないことがあります。
ts-item-voice-forwarding = 転送を設定している：別の電話機や番号、内線に転送していると、認証の電話が正しく届かないことがあります。転送を解除してください。
ts-item-voice-pulse = 電話機がダイヤル回線の設定になっている：「*」を押してから「#」を押すと、認識されることがあります。
ts-item-voice-rotary = ダイヤル式の電話機（いわゆる黒電話）：「#」を送れないため使えません。
ts-item-voice-optical = 光電話の一部や、「#」を押しても「#」として伝わらない電話機・回線：うまくいかないことがあります。
ts-item-other-number = 携帯電話など、別の電話番号を登録する
ts-item-use-app = 認証アプリを登録して、そちらで認証する
ts-voice-other-way = それでもうまくいかない場合は、次のどちらかに切り替えてください。

ts-voice-call-not-arriving-title = 認証の電話がかかってこない
ts-voice-call-not-arriving-p1 = 次の点を順に確かめてください。
ts-voice-step-number = 登録した電話番号と、国の欄が「Japan (+81)」になっているかを確かめます。
ts-voice-step-extension = 「内線」欄を空欄にします。Microsoft からの電話は直接つながる必要があります。
ts-voice-step-forwarding = その回線の転送を解除します。
ts-voice-step-line-free = 通話中でないこと、すぐに留守番電話に切り替わる設定になっていないことを確かめます。

ts-voice-press-hash-title = 案内が聞こえたらすぐに「#」を押す
ts-voice-press-hash-p1 = 音声の案内が流れ始めてから約20秒以内に「#」を押さないと、認証は失敗します。
ts-voice-press-hash-step-answer = 電話に出て、案内が聞こえたらすぐに「#」を押します。案内を最後まで聞く必要はありません。
ts-voice-press-hash-step-keypad = スマートフォンでは、耳から離すと画面が点きます。キーパッド（ダイヤルボタン）を表示してから「#」を押します。
ts-voice-press-hash-step-again = 間に合わなかったときは、サインイン画面からもう一度電話をかけ直してもらいます。
ts-voice-hash-unrecognized = 「#」を押しても「#」として伝わらない電話機や回線では、この方法は使えません。

ts-voice-pulse-line-title = ダイヤル回線の電話機で認証する
ts-voice-pulse-line-p1 = 電話機がダイヤル回線の設定になっていると、「#」が伝わらないことがあります。
ts-voice-pulse-line-step-star = 案内が流れたら、まず「*」を押します。トーン（プッシュ信号）に切り替わります。
ts-voice-pulse-line-step-hash = 続けて「#」を押します。

ts-voice-rotary-title = ダイヤル式の電話機では認証できません
ts-voice-rotary-p1 = ダイヤルを回して番号を選ぶ電話機（いわゆる黒電話）は「#」を送れないため、音声通話による認証には使えません。

ts-voice-optical-ip-title = 光電話・IP 電話で認証できない
ts-voice-optical-ip-p1 = 光電話や IP 電話の一部では、「#」が正しく伝わらず、認証できないことがあります。

ts-voice-checklist-title = 電話による認証がうまくいかない原因

## 認証アプリ

ts-app-setup-question = どこでつまずいていますか？
ts-app-setup-choice-app-qr-scan = QR コードを読み取れない
ts-app-setup-choice-app-phone-only = パソコンがなく、スマートフォンだけで登録したい
ts-app-setup-choice-pairing-link-used = ペアリングのリンクをタップしたら「We're sorry, we ran into a problem」と出た
ts-app-setup-choice-app-no-notification = アプリに通知が届かない
ts-app-setup-choice-app-number-matching = アプリに数字を入力するよう求められた
ts-app-setup-choice-code-rejected-clock = 6桁のコードが受け付けられない

ts-app-qr-scan-title = QR コードを読み取れない
ts-app-qr-scan-step-app = カメラではなく認証アプリで読み取ります。インストールしたばかりのアプリでは「職場または学校アカウントを追加」、それ以外は「+」＞「職場または学校アカウント」＞「QR コードをスキャン」を選びます。
ts-app-qr-scan-step-camera = カメラが起動しない場合は、スマートフォンの設定で Authenticator にカメラの使用を許可します。
ts-app-qr-scan-step-distance = 画面から15〜30 cm ほど離し、QR コード全体が枠に入るようにします。画面を明るくすると読み取りやすくなります。
ts-app-qr-scan-step-manual = それでも読み取れない場合は、QR コードの下の「画像をスキャンできませんか?」を選びます。表示されたコードと URL を、アプリの手入力の画面に入力します。
ts-app-qr-scan-note-phone-only = パソコンを使わず、スマートフォンだけで登録している場合は、QR コードの代わりにペアリングのリンクをタップします。

ts-app-phone-only-title = スマートフォンだけで認証アプリを登録する

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

## パスキー・セキュリティ キー・トークン

ts-passkey-setup-title = Microsoft Authenticator でパスキーを作成できない
ts-passkey-setup-p1 = まず次の点を確かめてください。
ts-passkey-setup-item-os = スマートフォンが iOS 17以降、または Android 14以降であること。
ts-passkey-setup-item-lock = スマートフォンに画面ロック（顔・指紋・パスコード）が設定されていること。
ts-passkey-setup-p3 = それでも作成できない場合は、認証アプリ（通知とコード）はそのまま使い、代わりに別の場所にある2つ目の方法を登録したうえで、{ $helpdesk }にご相談ください。

ts-synced-passkey-setup-title = Apple / Google のアカウントにパスキーを保存できない
ts-synced-passkey-setup-step-os = スマートフォンが iOS 16以降、または Android 9以降であること。
ts-synced-passkey-setup-step-manager = iPhone：iCloud キーチェーンがオンであること（「設定」＞ご自身の名前＞「iCloud」＞「パスワードとキーチェーン」）。Android：「設定」で「パスキー」を検索し、Google パスワード マネージャーを選んでいること。Samsung の機種では最初の選択肢ではないので、選び直してください。
ts-synced-passkey-setup-step-lock = スマートフォンに画面ロック（顔・指紋・パスコード）が設定されていること。
ts-synced-passkey-setup-step-choose = スマートフォン自身の Safari か Chrome で登録します。「セキュリティ情報」ページで「サインイン方法の追加」＞「パスキー」を選び、保存先を聞かれたら iCloud キーチェーン（「パスワード」）か Google パスワード マネージャーを選びます。
ts-synced-passkey-setup-p2 = 「パスキー」が表示されない場合は、{ $organisation }が同期されたパスキーを許可していない可能性があります。{ $helpdesk }にお問い合わせください。

ts-windows-passkey-setup-title = このパソコン（Windows）にパスキーを作成できない
ts-windows-passkey-setup-p1 = Windows のパスキーは Windows Hello が保存します。次の点を確かめてください。
ts-windows-passkey-setup-step-hello = Windows Hello が設定されていること。「設定」＞「アカウント」＞「サインイン オプション」に、顔・指紋・PIN のサインインがあります。
ts-windows-passkey-setup-step-this-device = 「セキュリティ情報」ページで「サインイン方法の追加」＞「パスキー」を選びます。保存先を聞かれたら、スマートフォンやセキュリティ キーではなく、この Windows デバイスを選びます。
ts-windows-passkey-setup-step-existing = このアカウントで、すでに Windows Hello for Business によってパソコンにサインインしている場合は、2つ目を作れないことがあります。その場合は、それがこのパソコンの方法になります。
ts-windows-passkey-setup-p2 = Windows がスマートフォンとセキュリティ キーしか選ばせない場合は、{ $organisation }が Windows のパスキーを許可していない可能性があります。{ $helpdesk }にお問い合わせください。

ts-security-key-setup-title = セキュリティ キーを登録できない
ts-security-key-setup-p1 = セキュリティ キーは、{ $organisation }が許可している場合に限り登録できます。
ts-security-key-setup-step-browser = Windows パソコンで、最新の Edge か Chrome を使います。
ts-security-key-setup-step-choose = 「セキュリティ情報」ページで「サインイン方法の追加」＞「パスキー」を選びます。ブラウザーや Windows に保存先を聞かれたら「セキュリティ キー」を選びます。
ts-security-key-setup-step-insert = 求められたら、キーを USB ポートに差し込むか、NFC 対応のキーなら読み取り部にかざします。
ts-security-key-setup-step-pin = キーの PIN を設定または入力し、キーのボタンやセンサーに触れます。
ts-security-key-setup-step-name = 後で見分けられるよう、キーに名前を付けます。
ts-security-key-setup-note-apple = 新しいセキュリティ キーは、iPhone・iPad・Mac のブラウザーからは登録できません。Windows パソコンを使うか、{ $helpdesk }にご相談ください。
ts-security-key-setup-note-default = セキュリティ キーは既定のサインイン方法にできません。ほかの方法も登録しておいてください。

ts-oath-token-setup-title = ハードウェア トークンを追加できない
ts-oath-token-setup-step-serial = トークンの裏にあるシリアル番号を、そのとおりに入力します。
ts-oath-token-setup-step-fresh = トークンのボタンを押して新しいコードを表示し、すぐに入力します。
ts-oath-token-setup-step-in-time = 「ハードウェア トークン」の画面を開いてから1分以内（コードが60秒ごとに変わるトークンは2分以内）に終えます。
ts-oath-token-setup-p2 = 「ハードウェア トークン」が表示されない、またはシリアル番号が受け付けられない場合は、トークンがまだ割り当てられていません。{ $helpdesk }にお問い合わせください。

ts-passkey-prompt-title = パスキーを作成するよう求められた
ts-passkey-prompt-ahead-p1 = Microsoft は{ $date }に、自社が提供する SMS と音声通話による認証を終了します。その準備として、SMS や電話を使っている人にパスキーを作るよう案内しています。その日までは後回しにできますが、いま作っておけばその日になっても何も変わりません。
ts-passkey-prompt-retired-p1 = Microsoft は{ $date }に、自社が提供する SMS と音声通話による認証を終了しました。電話番号しか登録していない場合、この画面はサインインしてすぐ、ほかのページより先に表示され、飛ばすことはできません。この画面でパスキーを作成してください。
ts-passkey-prompt-own-provider-p1 = Microsoft がパスキーの作成を勧めています。{ $organisation }では SMS と電話をこの先も使えますが、より安全な方法なので作成をおすすめします。
ts-passkey-prompt-step-ready = スマートフォン（Microsoft Authenticator のパスキーなら iOS 17 / Android 14以降）を手元に用意するか、Windows Hello を設定した自分専用の Windows パソコンの前に座ります。
ts-passkey-prompt-step-follow = 画面の案内に従います。保存先を聞かれたら、スマートフォン（パスワード管理または Microsoft Authenticator）か、この Windows デバイスを選びます。
ts-passkey-prompt-step-test = 作成できたら一度サインインし直し、パスキーで認証できることを確かめます。そのあと「セキュリティ情報」ページで、別の場所にある2つ目の方法も追加します。
ts-passkey-prompt-p-cannot = 合うスマートフォンも自分専用の Windows パソコンもない場合は、{ $helpdesk }にご相談ください。セキュリティ キーや一時アクセス パスで手助けしてもらえます。

## サインインのとき

ts-signing-in-question = サインインのとき、どうなりますか？
ts-signing-in-choice-app-asked-first = SMS や電話を既定にしたのに、認証アプリやパスキーが出る
ts-signing-in-choice-passkey-asked-no-bluetooth = パソコンにパスキー用の QR コードが出るが、スマートフォンが反応しない
ts-signing-in-choice-code-from-other-app = 入れた覚えのない「アプリの確認コード」を求められる
ts-signing-in-choice-app-no-notification = 認証アプリに通知が届かない
ts-signing-in-choice-app-number-matching = 数字を入力するよう求められた
ts-signing-in-choice-code-rejected-clock = アプリの6桁のコードが違うと言われる
ts-signing-in-choice-sms-problem = SMS のコードが届かない、または先に進めない
ts-signing-in-choice-voice-call = 電話（音声通話）での認証がうまくいかない
ts-signing-in-choice-too-many-attempts = 「試行回数が多すぎます」のような表示が出る
ts-signing-in-choice-abroad-offline-code = 海外にいる、または電波がない
ts-signing-in-choice-passkey-prompt = パスキーを作成するよう求められる

ts-app-asked-first-title = いつも認証アプリやパスキーが最初に出る
ts-passkey-asked-no-bluetooth-title = パスキー用の QR コードが出て、スマートフォンが反応しない
ts-passkey-asked-no-bluetooth-p1 = パスキーはいちばん安全な方法なので、Microsoft は最初にパスキーを求めます。パソコンからスマートフォンのパスキーを使うには両方の Bluetooth が必要ですが、職場のパソコンには Bluetooth がないことが多くあります。別の方法を使ってください。
ts-passkey-asked-no-bluetooth-p2 = 毎日使うパソコンなら、そのパソコンのパスキー（Windows Hello）を作っておくと、この画面は出なくなります。
ts-code-from-other-app-title = 入れた覚えのないアプリのコードを求められる
ts-abroad-offline-code-title = 海外や圏外でアプリのコードを使う

## 機種変更

ts-new-phone-question = 古いスマートフォンは、まだ使える状態で手元にありますか？
ts-new-phone-choice-change-phone-with-old = はい、まだ使える
ts-new-phone-choice-phone-lost = いいえ（初期化した・なくした・壊れた）

ts-change-phone-with-old-title = 古いスマートフォンがあるうちに、新しいスマートフォンを設定する

## そのほか

ts-mail-app-sign-in-again-title = メールのアプリでサインインし直す
ts-password-reset-title = パスワードを再発行してもらう
ts-register-at-next-sign-in-title = 次のサインインのときに登録する
