# よくある質問（日本語）
# 引数：$helpdesk は問い合わせ先の名前（プロファイルから）、$organisation は組織の名前。
# *-keywords は画面に出ない検索用の語句。漢字の語には読み（ひらがな）も入れる：
# 入力中（変換前）のひらがなでも検索結果が出るようにするため。

## 画面の言葉

faq-title = よくある質問
faq-search-label = 質問を検索
faq-search-placeholder = 例：スマホを忘れた、SMS、機種変更
faq-no-results = 当てはまる質問が見つかりませんでした。別の言葉で探すか、「サインインできないとき」の案内をお試しください。
faq-results-count = { $count } 件見つかりました
faq-guide-link = 状況に合わせて順番に確認する
faq-help-desk-generic = 問い合わせ窓口

## 問い合わせ先

faq-contact-title = { $helpdesk }へのお問い合わせ
faq-contact-hours = 受付時間
faq-contact-phone = 電話
faq-contact-email = メール
faq-contact-none = 連絡先は、{ $organisation }からのお知らせ（着任時の案内など）でご確認ください。
faq-bring-title = お持ちいただくもの
faq-bring-photo-id = 職員証など、顔写真付きの身分証明書
faq-bring-password-form = 記入済みの「キャンパス情報システムパスワード再発行申請書」

## 分類

faq-topic-before-you-start = はじめる前に
faq-topic-methods = 認証方法の選び方
faq-topic-phones-and-costs = 電話・費用・海外
faq-topic-signing-in = サインインのとき
faq-topic-trouble = 困ったとき
faq-topic-account = パスワード

## Q1 海外・圏外

faq-abroad-no-signal-question = 海外出張中や電波の届かない場所で、電話もSMSも使えません。どうやって認証すればよいですか？
faq-abroad-no-signal-keywords = 海外 かいがい 出張 しゅっちょう 圏外 けんがい 電波 でんぱ オフライン 旅行 りょこう ワンタイムパスワード 中国 ちゅうごく
faq-abroad-no-signal-p1 = スマートフォンに認証アプリ（Microsoft Authenticator）を入れておけば、アプリに表示される6桁のワンタイムコードで認証できます。このコードは通信がなくても表示されるので、機内や圏外でも使えます。
faq-abroad-no-signal-note-before = アプリを登録するときはインターネット接続が必要です。出発前に、日本にいるうちに登録を済ませておいてください。
faq-abroad-no-signal-note-china = 中国本土では、Android スマートフォンにアプリの通知が届きません。サインイン画面で通知以外の方法を選び、アプリに表示されるコードを入力してください。

## Q2 SMSを最初に案内する理由

faq-why-sms-first-question = なぜ認証アプリではなく、携帯電話の番号（SMS）の登録が最初に案内されているのですか？
faq-why-sms-first-keywords = 標準 ひょうじゅん 推奨 すいしょう おすすめ 理由 りゆう 認証アプリ にんしょうあぷり
faq-why-sms-first-p1 = 認証アプリは登録の手順が少し複雑で、初めての方がつまずきやすいためです。また、アプリだけを登録していると、スマートフォンを忘れたりなくしたりしたときに、サインインする手段がなくなってしまいます。
faq-why-sms-first-p2 = そこで{ $helpdesk }では、まず携帯電話の番号を登録してSMSでコードを受け取れるようにし、そのうえで認証アプリなど別の方法も追加することをおすすめしています。方法が二つ以上あれば、どれか一つが使えなくても困りません。
faq-why-sms-first-note-retirement-ahead = これは、Microsoft が自社から送る SMS と音声通話による認証を2027年2月1日に終了すると発表する前に書かれた案内です。そのためこのアシスタントは、その日以降も使える認証アプリかパスキーを最初におすすめしています。それまでは SMS を予備として使うこともできます。
faq-why-sms-first-note-retired = Microsoft が提供するSMSと音声通話による認証は、2027年2月1日に終了しました。現在は、認証アプリかパスキーを最初に登録してください。
faq-why-sms-first-note-own-provider = { $organisation }は独自に電話事業者と契約しているため、Microsoft の提供終了（2027年2月1日）の後もSMSと音声通話を使えます。

## Q3 登録できる数

faq-how-many-devices-question = 認証アプリは何台まで、電話番号はいくつまで登録できますか？
faq-how-many-devices-keywords = 台数 だいすう 上限 じょうげん 何台 なんだい 回線 かいせん 複数 ふくすう タブレット
faq-how-many-devices-p1 = 認証アプリは、1つのアカウントにつき、スマートフォンやタブレットを5台まで登録できます。
faq-how-many-devices-p2 = 電話番号は、次の3種類を1つずつ、合わせて3回線まで登録できます。
faq-how-many-devices-item-phone = 「電話」（認証用の電話）：SMSと音声通話のどちらにも使えます。SMSを受け取れるのはこの番号だけです。
faq-how-many-devices-item-alternate = 「代替の電話」：音声通話のみです。
faq-how-many-devices-item-office = 「会社電話」（職場の電話）：音声通話のみで、「内線」欄があります。
faq-how-many-devices-note-passkeys = パスキーやセキュリティキーを登録できる数は、{ $organisation }の設定によって決まります。

## Q4 スマートフォンを忘れた

faq-forgot-phone-question = スマートフォンを家に忘れてしまい、サインインできません。
faq-forgot-phone-keywords = スマホ すまほ 携帯 けいたい 忘れた わすれた 置き忘れ おきわすれ 手元にない てもとにない 一時的 いちじてき 無効 むこう 解除 かいじょ
faq-forgot-phone-p1 = 会社電話など、ほかにも方法を登録していれば、サインイン画面で「別の方法でサインインする」を選び、その方法で認証してください。
faq-forgot-phone-p2 = ほかに使える方法がない場合は、{ $helpdesk }にご連絡ください。多要素認証を一時的に無効にすることができます。
faq-forgot-phone-p3 = その際は、なりすましを防ぐため、窓口などで本人確認をさせていただきます。
faq-forgot-phone-note-impersonation = 海外では、本人になりすました人からの依頼によってアカウントに不正にサインインされた例が報告されています。本人確認へのご協力をお願いします。

## Q5 スマートフォンがない

faq-no-smartphone-question = スマートフォンを持っていません。どうすればよいですか？
faq-no-smartphone-keywords = ガラケー がらけー フィーチャーフォン 携帯電話 けいたいでんわ スマホ すまほ 持っていない もっていない
faq-no-smartphone-p1 = SMSを受け取れる携帯電話であれば、いわゆるガラケー（フィーチャーフォン）でも登録できます。その番号を「電話」として登録し、SMSで届くコードを入力してください。
faq-no-smartphone-p2 = 職場の電話を「会社電話」として追加しておくと、携帯電話が手元にない日にも備えられます。
faq-no-smartphone-note-retirement-ahead = Microsoft が提供するSMSと音声通話は2027年2月1日に終了します。その後のサインイン方法については、早めに{ $helpdesk }にご相談ください。
faq-no-smartphone-retired = Microsoft が提供するSMSと音声通話は2027年2月1日に終了したため、携帯電話の番号だけでは認証できなくなりました。スマートフォンがない場合の方法については、{ $helpdesk }にご相談ください。

## Q6 費用

faq-costs-question = 認証の電話やSMSを受けるのに、料金はかかりますか？
faq-costs-keywords = 料金 りょうきん 費用 ひよう 通話料 つうわりょう 無料 むりょう お金 おかね パケット ローミング 050 IP電話
faq-costs-p1 = 認証の電話やSMSは受け取るだけなので、通話料やSMSの料金はかかりません。
faq-costs-p2 = ただし、ご契約の内容によってはデータ通信料がかかることがあります。たとえば050で始まるIP電話のアプリでは、15秒ほどの通話でおよそ70KB、SMS 1通で数KBのデータを使います。
faq-costs-p3 = 海外で受け取る場合は、ご契約によってローミング料金がかかることがあります。海外で Microsoft 365 のメールを使う予定があれば、出発前に認証アプリを入れておくと安心です。アプリのコードは通信しなくても使えます。

## Q7 個人の電話番号

faq-private-number-question = 個人の電話番号を Microsoft に登録したくありません。
faq-private-number-keywords = 個人 こじん プライベート 私用 しよう 電話番号 でんわばんごう プライバシー 登録したくない
faq-private-number-p1 = 認証アプリだけを登録することもできます。ただしその場合、スマートフォンを忘れたときや、機種変更で古い端末が手元にないときに、サインインできなくなるおそれがあります。そのため{ $helpdesk }では、SMSを受け取れる電話番号も登録しておくことをおすすめしています。
faq-private-number-p2 = 個人の番号を使わずに備えるには、次の方法を組み合わせてください。
faq-private-number-item-app = 認証アプリ（通知とコード）
faq-private-number-item-office = 職場の電話（「会社電話」として登録）
faq-private-number-item-passkey = パスキー（認証アプリの中に保存します）

## Q8 職場にスマートフォンを持ち込めない

faq-phone-not-allowed-at-work-question = 仕事中はスマートフォンを持ち込めず、ロッカーなどに預けています。どうすればよいですか？
faq-phone-not-allowed-at-work-keywords = ロッカー 持ち込み もちこみ 禁止 きんし 職場 しょくば 固定電話 こていでんわ 会社電話 かいしゃでんわ 内線 ないせん
faq-phone-not-allowed-at-work-p1 = 職場の電話番号を「会社電話」として登録する方法があります。
faq-phone-not-allowed-at-work-note-someone-else = ただし、職場の電話は本人以外の人が取ることがあります。確認しないまま「#」を押されて認証が通り、アカウントに侵入された例が海外を中心に起きています。使うのは必要なときだけにしてください。
faq-phone-not-allowed-at-work-p2 = { $organisation }の代表番号は登録しないでください。電話交換台の業務に支障が出ます。
faq-phone-not-allowed-at-work-p3 = どの番号を登録するかは、所属長など、その電話を管理している方と相談して決めてください。

## Q9 どれを登録すればよいか

faq-which-method-question = 認証方法がたくさんあって、どれを登録すればよいかわかりません。
faq-which-method-keywords = どれ 選び方 えらびかた おすすめ 組み合わせ くみあわせ 迷う まよう 複数 ふくすう
faq-which-method-p1 = { $helpdesk }では、まず携帯電話の番号を登録してSMSを受け取れるようにし、そのうえで認証アプリや職場の電話を追加することをおすすめしています。複数の方法があれば、圏外のときや、スマートフォンを忘れた・壊れたときにも、別の方法でサインインできます。
faq-which-method-note-retirement-ahead = Microsoft の SMS や音声通話を使う方法は、2027年2月1日から使えなくなります。
faq-which-method-retired = Microsoft が提供するSMSと音声通話は2027年2月1日に終了しました。認証アプリを中心に、パスキーなど別の方法も追加しておくことをおすすめします。
faq-which-method-p2 = このアシスタントの質問に答えていくと、あなたに合った組み合わせをご提案します。

## Q10 いつも認証アプリが最初に出る

faq-app-shown-first-question = 既定の方法をSMSや電話にしたのに、サインインのたびに認証アプリの画面が最初に出ます。
faq-app-shown-first-keywords = 既定 きてい デフォルト 優先 ゆうせん 最初 さいしょ 切り替え きりかえ 変更できない
faq-app-shown-first-p1 = 方法は Microsoft が選ぶようになりました。サインインのとき、登録した中で最も安全な方法を求めてくるので、SMS や電話より認証アプリが先に出ます。これは Microsoft の仕様（システム優先の認証）で、設定の誤りではありません。
faq-app-shown-first-p2 = アプリを使えないときは、「Microsoft Authenticator アプリを現在使用できません」または「別の方法でサインインする」を選ぶと、登録したほかの方法に切り替えられます。
faq-app-shown-first-note-number = アプリで承認するときは、サインイン画面に表示される数字をアプリに入力します（番号の一致）。

## Q11 入れた覚えのないアプリのコードを求められる

faq-app-code-without-app-question = Microsoft Authenticator を入れた覚えがないのに、サインイン時に「アプリの確認コード」を求められます。SMSも通知も届いていません。
faq-app-code-without-app-keywords = 確認コード かくにんこーど 覚えがない おぼえがない インストールしていない iPhone パスワード Chrome 拡張機能 かくちょうきのう microsoftonline
faq-app-code-without-app-p1 = 多要素認証を設定したときに、Microsoft Authenticator 以外のアプリにアカウントを登録した可能性があります。次の場所にコードがないか確かめてください。
faq-app-code-without-app-item-iphone = iPhone（iOS 18 以降）：「パスワード」アプリを開きます。iOS 17 以前：「設定」＞「パスワード」を開きます。microsoftonline.com の項目があれば、表示される確認コードを入力します。
faq-app-code-without-app-item-chrome = パソコン：Chrome の拡張機能「Authenticator」を開き、該当するアカウントがあれば、表示される確認コードを入力します。
faq-app-code-without-app-p2 = どの機器やアプリに登録したかわからず、ほかの方法も登録していない場合は、{ $helpdesk }にご連絡ください。

## Q12 認証アプリを削除してしまった

faq-app-deleted-question = 誤って Microsoft Authenticator アプリを削除してしまいました。
faq-app-deleted-keywords = 削除 さくじょ 消した けした アンインストール 再インストール さいいんすとーる 入れ直し いれなおし
faq-app-deleted-p1 = 電話番号を登録していれば、SMSで届くコードでサインインできます。サインイン画面で「Microsoft Authenticator アプリを現在使用できません」または「別の方法でサインインする」を選んでください。そのあと、次の手順でアプリを登録し直します。
faq-app-deleted-step-install = スマートフォンに Microsoft Authenticator をもう一度インストールします。
faq-app-deleted-step-sign-in = パソコンで「セキュリティ情報」ページを開き、登録したほかの方法でサインインします。
faq-app-deleted-step-remove-old = 一覧にある古い Microsoft Authenticator を削除します。
faq-app-deleted-step-add = 「サインイン方法の追加」から、認証アプリを登録し直します。
faq-app-deleted-p2 = 電話番号を登録していない場合や、ご自身で解決できない場合は、{ $helpdesk }にご連絡ください。

## Q13 方法を追加したい

faq-add-another-method-question = 登録済みの方法とは別の認証方法を追加したいです。
faq-add-another-method-keywords = 追加 ついか 増やす ふやす 変更 へんこう セキュリティ情報 mysecurityinfo
faq-add-another-method-p1 = Microsoft の「セキュリティ情報」ページから、いつでも追加できます。
faq-add-another-method-step-open = 「セキュリティ情報」ページ（aka.ms/mysecurityinfo）を開き、サインインします。
faq-add-another-method-step-add = 「サインイン方法の追加」を選びます。
faq-add-another-method-step-follow = 追加したい方法を選び、画面の案内に従って進めます。
faq-add-another-method-p2 = このアシスタントでも、方法ごとの手順を一つずつご案内しています。

## Q14 いつ設定するか

faq-when-to-register-question = 設定はいつから、いつまでにすればよいですか？
faq-when-to-register-keywords = いつ 時期 じき 期限 きげん 事前登録 じぜんとうろく スケジュール 開始 かいし 日程 にってい
faq-when-to-register-p1 = 「事前登録」はいつでもできます。多要素認証が求められるようになるのは、{ $organisation }がお知らせする開始日からです。それまでに登録しておけば、開始日の後もいつもどおりサインインできます。
faq-when-to-register-p2 = 開始の日程は、導入スケジュールに沿って個別にお知らせしています。

## Q15 パソコンがなくても設定できるか

faq-without-pc-question = パソコンがなくても設定できますか？
faq-without-pc-keywords = パソコン ぱそこん PC スマホだけ すまほだけ スマートフォンだけ ペアリング ぺありんぐ リンク
faq-without-pc-p1 = はい、スマートフォンだけで登録できます。スマートフォンのブラウザ（Safari や Chrome など）で「セキュリティ情報」ページを開き、ブラウザと認証アプリを行き来しながら進めます。
faq-without-pc-p2 = 認証アプリを登録する場面では、QRコードを読み取る代わりに、「このリンクをクリックして、アカウントをアプリにペアリングします。」というリンクをタップします。
faq-without-pc-note-once = このリンクは一度しか使えません。タップした後に「We're sorry, we ran into a problem」と表示されたら、まずアプリを開いてみてください。アカウントがすでに追加されていることがよくあります。

## Q16 SMSの途中で先に進めない

faq-sms-stuck-question = SMSで認証する途中で「please show you are not a robot」や「We're sorry, we ran into a problem」と表示され、先に進めません。
faq-sms-stuck-keywords = ロボット ろぼっと robot 画像 がぞう 文字 もじ 進めない すすめない エラー えらー 問題が発生 キャッシュ クッキー
faq-sms-stuck-p-robot = 「please show you are not a robot」と表示された場合は、画像の英数字を入力して「次へ」を押してください。何度か続けて表示されることがあるので、そのたびに入力してください。
faq-sms-stuck-p-problem = 「We're sorry, we ran into a problem」と表示された場合は、まず「次へ」を押してください。
faq-sms-stuck-p-remedies = どちらの場合も、それでも進めないときは次のことを試してください。
faq-sms-stuck-p-other-method = それでも進めない場合は、SMSではなく音声通話で確認する方法を選ぶか、認証アプリを登録してください。

## Q17 メールが受信できなくなった

faq-mail-stopped-question = 多要素認証が始まってから、Outlook アプリやメールソフトでメールを受信できなくなりました。
faq-mail-stopped-keywords = メール めーる 受信 じゅしん 届かない とどかない Outlook アウトルック メールソフト 同期 どうき サインインし直す
faq-mail-stopped-p1 = 多要素認証が有効になると、スマートフォンの Outlook アプリをはじめ、メールを使うアプリごとにサインインし直す必要があります。
faq-mail-stopped-step-open = アプリを開き、表示される案内に従ってサインインし直します。
faq-mail-stopped-step-verify = パスワードを入力したあと、認証アプリなど、登録した方法で認証します。
faq-mail-stopped-step-done = 認証が終わると、メールの送受信が再開します。
faq-mail-stopped-p2 = パソコンとスマートフォンなど、メールを使うアプリが複数ある場合は、それぞれでサインインし直してください。

## Q18 事前登録に間に合わなかった

faq-missed-pre-registration-question = 事前登録の期間内に設定を終えられなかったら、どうなりますか？
faq-missed-pre-registration-keywords = 間に合わない まにあわない 期間 きかん 過ぎた すぎた 締め切り しめきり 期限切れ きげんぎれ 事前登録 じぜんとうろく
faq-missed-pre-registration-p1 = 期間が終わった後は、メールなどを使おうとしてサインインしたときに、多要素認証の設定を求められます。設定を終えるまで先に進めません。
faq-missed-pre-registration-p2 = 画面の案内に従って登録してください。事前登録のときとは画面の流れが違うのでご注意ください。このアシスタントの手順も参考になります。

## Q19 音声通話の認証がうまくいかない

faq-voice-call-fails-question = 電話（音声通話）による認証がうまくいきません。
faq-voice-call-fails-keywords = 電話 でんわ 音声 おんせい 通話 つうわ シャープ # 内線 ないせん 転送 てんそう ダイヤル回線 だいやる 黒電話 くろでんわ 光電話 ひかりでんわ プッシュ
faq-voice-call-fails-p1 = よくある原因と対処は次のとおりです。
faq-voice-call-fails-p2 = 光電話の一部や、「#」を押しても「#」として伝わらない電話機・回線でも、うまくいかないことがあります。その場合は別の電話番号に変えるか、認証アプリをお使いください。

## Q20 パスワードを忘れた

faq-forgot-password-question = Microsoft 365（Office 365）にサインインするパスワードを忘れてしまいました。
faq-forgot-password-keywords = パスワード ぱすわーど 忘れた わすれた 再発行 さいはっこう リセット りせっと 分からない わからない 申請書 しんせいしょ
faq-forgot-password-p1 = パスワードの再発行（リセット）は{ $helpdesk }で行います。
faq-forgot-password-step-form = 学内専用ページの「業務上の手続き・書式」から、「キャンパス情報システムパスワード再発行申請書」を入手します。
faq-forgot-password-step-fill = 申請書に必要なことを記入します。
faq-forgot-password-step-submit = 記入した申請書を{ $helpdesk }に提出します。

## Q21 英語での説明

faq-in-english-question = 多要素認証について英語で説明してほしいです。（Can you explain multi-factor authentication in English?）
faq-in-english-keywords = 英語 えいご English 外国人 がいこくじん 留学生 りゅうがくせい 言語 げんご
faq-in-english-p1 = このアシスタントは英語でも表示できます。画面上部の「表示言語」で「English」を選ぶと、すべての説明が英語に切り替わります。
faq-in-english-p2 = Microsoft による多要素認証の説明（英語）もご覧いただけます。

## 機種変更（FAQ 公開後の変更点）

faq-changing-phones-question = スマートフォンを機種変更します。何をすればよいですか？
faq-changing-phones-keywords = 機種変更 きしゅへんこう 買い替え かいかえ 乗り換え のりかえ 新しいスマホ あたらしいすまほ 引き継ぎ ひきつぎ バックアップ 初期化 しょきか
faq-changing-phones-p1 = 古いスマートフォンを初期化したり手放したりする前に、新しいスマートフォンを登録してください。古い端末でしか認証できないまま手放すと、サインインできなくなります。
faq-changing-phones-p-number = 電話番号も変わる場合は、同じページで「電話」の番号を新しいものに変更してください。
faq-changing-phones-p-no-old = 古いスマートフォンがすでに手元にない場合は、登録済みの別の方法でサインインしてください。ほかに方法がなければ{ $helpdesk }にご連絡ください。

## SMS・音声通話の提供終了（FAQ 公開後の変更点）

faq-sms-voice-retirement-question = Microsoft のSMS・音声通話による認証が終わると聞きました。どうなりますか？
faq-sms-voice-retirement-keywords = 終了 しゅうりょう 廃止 はいし 提供終了 2027 パスキー ぱすきー SMS 音声通話 おんせいつうわ 使えなくなる
faq-sms-voice-retirement-ahead-p1 = Microsoft は、自社が提供するSMSと音声通話による認証を2027年2月1日に終了します。2026年9月1日からは、SMSや音声通話を使っている人にもパスキーが使えるようになり、サインイン時に登録を勧められます。
faq-sms-voice-retirement-ahead-p2 = 2027年2月1日以降、SMSか音声通話しか登録していない人は、サインイン時にパスキーを登録しないと先に進めなくなります。
faq-sms-voice-retirement-ahead-p3 = 今のうちに認証アプリかパスキーを登録しておけば、その日が来ても困りません。
faq-sms-voice-retirement-retired = Microsoft が提供するSMSと音声通話による認証は、2027年2月1日に終了しました。SMSか音声通話しか登録していない場合は、サインイン時にパスキーの登録を求められます。画面の案内に従って登録するか、認証アプリを登録してください。
faq-sms-voice-retirement-own-provider = Microsoft は自社のSMS・音声通話を2027年2月1日に終了しますが、{ $organisation }は独自に電話事業者と契約しているため、その後もSMSと音声通話を使えます。それでも予備として、認証アプリかパスキーも登録しておくと安心です。

## パスキー（FAQ 公開後の変更点）

faq-passkeys-question = パスキーとは何ですか？
faq-passkeys-keywords = パスキー ぱすきー passkey FIDO2 顔認証 かおにんしょう 指紋 しもん 生体認証 せいたいにんしょう フィッシング セキュリティキー
faq-passkeys-p1 = パスキーは、スマートフォンの画面ロック（顔認証・指紋・パスコード）で本人確認をする方法です。偽のサイトでは使えないのでフィッシングに強く、Microsoft が SMS と音声通話を終えたあとも使えます。
faq-passkeys-p2 = Microsoft Authenticator のパスキーには iOS 17 以降または Android 14 以降が必要です。いちばん早い作り方：
faq-passkeys-p-security-key = セキュリティキー（FIDO2）は、同じしくみを小さな専用の機器に入れたものです。既定のサインイン方法にはできないので、ほかの方法も登録しておいてください。

help-close = 設定の画面に戻る
faq-checked-on = Microsoft の画面と方針に照らして、{ $date }に内容を確認しました。
faq-costs-note-retirement-ahead = Microsoft は2027年2月1日に、自社から送る SMS と音声通話による認証を終了します。その後は受け取るものがなくなるので、料金もかかりません。
faq-costs-retired = Microsoft は2027年2月1日に SMS と音声通話による認証を終了したため、受け取るものはありません。認証アプリの通知はわずかにデータ通信を使います。コードは通信なしで表示できます。
faq-private-number-p1-ahead = はい。認証アプリとパスキーには電話番号が要りません。Microsoft が2027年2月1日に SMS と音声通話による認証を終了するため、このアシスタントもこの二つを最初におすすめしています。ただしどちらもスマートフォンの中にあるので、忘れたりなくしたりしても困らないよう、できれば別の機器の方法も加えてください。
faq-private-number-p1-retired = はい。Microsoft が2027年2月1日に SMS と音声通話による認証を終了したため、電話番号は使いません。認証アプリとパスキーはどちらもスマートフォンの中にあるので、できれば別の機器の方法も加えてください。
faq-phone-not-allowed-at-work-note-retirement-ahead = 職場の電話へかかってくるのも Microsoft の音声通話なので、2027年2月1日で終わります。それ以降に職場でどうサインインするか、早めに{ $helpdesk }にご相談ください。
faq-phone-not-allowed-at-work-retired = 2027年2月1日から Microsoft は認証のための電話をかけなくなったため、職場の電話は使えません。職場でのサインイン方法を{ $helpdesk }にご相談ください（{ $organisation }が配布していればセキュリティキーなど）。
faq-which-method-p1-ahead = ヘルプデスクの FAQ は SMS を最初にすすめていますが、これは Microsoft が自社の SMS と音声通話による認証を2027年2月1日に終了すると発表する前に書かれたものです。2月に設定をやり直さなくてすむよう、認証アプリを最初に登録し、パスキーも加えてください。それまでは職場の電話や SMS を予備にすることもできます。
faq-app-shown-first-p-setting = そのため「セキュリティ情報」ページには、「既定のサインイン方法」ではなく「最も適したものが利用できない場合のサインイン方法」と表示されることがあります。ここで選んだ方法は、優先される方法が使えないときだけ使われます。「既定のサインイン方法」がそのとおりに働くのは、{ $organisation }がこの仕組みを止めている場合だけです。
faq-app-deleted-p1-retired = パスキーやセキュリティキーなど、ほかに登録した方法でサインインします。サインイン画面で「Microsoft Authenticator アプリを現在使用できません」または「別の方法でサインインする」を選んでください。そのあと、次の手順でアプリを設定し直します。
faq-phone-lines-note-retirement-ahead = Microsoft は2027年2月1日に、自社から送る SMS と音声通話による認証を終了します。その日以降も使える認証アプリかパスキーを登録してください。
faq-phone-lines-retired = Microsoft は2027年2月1日に SMS と音声通話による認証を終了したため、この手順はもう使えません。認証アプリかパスキーを使ってください。どちらもない場合は、サインイン画面で求められたときにパスキーを作成するか、{ $helpdesk }にご連絡ください。
faq-forgot-phone-p1-retired = セキュリティキーなど、そのスマートフォン以外の方法を登録していれば、サインイン画面で「別の方法でサインインする」を選び、その方法で認証してください。
faq-how-many-devices-note-retired = 2027年2月1日から Microsoft は SMS と音声通話による認証を行っていないため、電話番号は認証方法として使えません。
faq-passkeys-step-provider = Authenticator がパスキーを保存できるようにします。iPhone（iOS 18）は「設定」→「一般」→「自動入力とパスワード」、iOS 17 は「設定」→「パスワード」→「パスワードオプション」で「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます。Android は「設定」→「パスワードとアカウント」の「追加のサービス」で「Authenticator」をオンにします。
faq-passkeys-step-app = Microsoft Authenticator を開き、大学のアカウントをタップして「パスキーを作成」を選びます。
faq-passkeys-step-confirm = 求められたら確認を行い、ロックを解除して「完了」をタップします。
faq-passkeys-note-browser = Android の Microsoft Edge では、ブラウザーからパスキーを作れません。パソコンから作る場合は、パソコンとスマートフォンの両方で Bluetooth をオンにしてください。
faq-passkeys-p-synced = { $organisation }では同期パスキーも使えます。iCloud キーチェーン（iOS 16 以降）や Google パスワード マネージャー（Android 9 以降）に保存され、Apple や Google のアカウントにバックアップされます。「セキュリティ情報」ページの「サインイン方法の追加」で「パスキー」を選んで追加します。
faq-passkeys-note-nudge = 2026年9月1日から、SMS や電話でサインインしている人には、パスキーを作るよう Microsoft が案内しています。2027年2月1日までは後回しにできますが、それ以降は SMS や電話しか登録していない人はパスキーを作らないと先に進めません。
sources-based-on = 根拠：{ $sources }（{ $date }に確認）
sources-faq = ヘルプデスクの FAQ Q{ $number }
sources-separator = 、
