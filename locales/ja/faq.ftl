# よくある質問（日本語）
# 引数：$helpdesk は問い合わせ先の名前、$organisation は組織の名前（プロファイルから）。
# $date は Microsoft の提供終了日。$sms と $voice は、この組織で Microsoft の SMS と
# 音声通話がいつまで使えるか：lasting（独自の通信事業者で継続）、ending（$date まで）、ended（終了）。
# 終了した SMS・音声通話に触れるメッセージは、id に retired か ended（一部の職員だけの場合は some-staff）を含めます（テストで確認）。
# *-keywords は画面に出ない検索用の語句。漢字の語には読み（ひらがな）も入れる：
# 入力中（変換前）のひらがなでも検索結果が出るようにするため。

## 画面の言葉

faq-title = よくある質問
faq-search-label = 質問を検索
faq-search-placeholder = 例：スマートフォンを忘れた、SMS、機種変更
faq-no-results = 当てはまる質問が見つかりませんでした。別の言葉で探すか、「サインインできないとき」の案内をお試しください。
faq-results-count = { $count }件見つかりました
faq-guide-link = 状況に合わせて順番に確認する
faq-help-desk-generic = 問い合わせ窓口
help-close = 設定の画面に戻る
faq-checked-on = Microsoft のページと画面に照らして、{ $date }に内容を確認しました。
sources-based-on = 根拠：{ $sources }（{ $date }に確認）
sources-faq = ヘルプデスクの FAQ Q{ $number }
sources-separator = 、

## 問い合わせ先

faq-contact-title = { $helpdesk }へのお問い合わせ
faq-contact-hours = 受付時間
faq-contact-counter = 窓口
faq-contact-example = この連絡先はアシスタントに組み込まれた例です。実際の連絡先は、所属組織のプロファイルで設定されます。
faq-contact-phone = 電話
faq-contact-email = メール
faq-contact-none = 連絡先は、{ $organisation }からのお知らせ（着任時の案内など）でご確認ください。
faq-bring-title = お持ちいただくもの
faq-bring-photo-id = 職員証など、顔写真付きの身分証明書
faq-bring-password-form = 記入済みの「キャンパス情報システムパスワード再発行申請書」

## 分類

faq-topic-before-you-start = はじめる前に
faq-topic-methods = サインイン方法の選び方
faq-topic-phones-and-costs = 電話・費用・海外
faq-topic-signing-in = サインインのとき
faq-topic-trouble = 困ったとき
faq-topic-account = パスワード

## 複数の回答で使う文

faq-phone-lines-note-retirement-ahead = { $sms ->
    [ending] { $voice ->
        [ending] Microsoft は{ $date }に、自社から送る SMS と音声通話による認証を終了します。認証アプリとパスキーは、その日以降も使えます。
       *[other] Microsoft は{ $date }に、自社から送る SMS による認証を終了します。音声通話は{ $organisation }独自の通信事業者で続きます。認証アプリとパスキーも使えます。
    }
   *[other] Microsoft は{ $date }に、自社からの音声通話による認証を終了します。SMS は{ $organisation }独自の通信事業者で続きます。認証アプリとパスキーも使えます。
}
faq-phone-lines-retired = { $sms ->
    [ended] { $voice ->
        [ended] Microsoft は{ $date }に SMS と音声通話による認証を終了したため、この方法はもう使えません。認証アプリかパスキーを使ってください。どちらもない場合は、サインイン画面で求められたときにパスキーを作成するか、{ $helpdesk }にご連絡ください。
       *[other] Microsoft は{ $date }に SMS による認証を終了しました。音声通話は{ $organisation }独自の通信事業者で使えます。代わりに音声通話、認証アプリ、パスキーのいずれかを使ってください。
    }
   *[other] Microsoft は{ $date }に音声通話による認証を終了しました。SMS は{ $organisation }独自の通信事業者で使えます。代わりに SMS、認証アプリ、パスキーのいずれかを使ってください。
}
faq-step-other-method-choose = サインイン画面で「別の方法でサインインする」を選びます。認証アプリの画面が出ているときは「Microsoft Authenticator アプリを現在使用できません」を選びます。
faq-step-other-method-pick = 一覧から、手元にないスマートフォン以外の方法を選びます。
faq-passkey-provider-iphone = iPhone：iOS 18は「設定」＞「一般」＞「自動入力とパスワード」、iOS 17は「設定」＞「パスワード」＞「パスワードオプション」で、「パスワードとパスキーを自動入力」をオンにして「Authenticator」を選びます。
faq-passkey-provider-android = Android：「設定」で「パスキー」を検索し（多くは「パスワードとアカウント」）、「追加のサービス」で「Authenticator」をオンにします。
faq-help-desk-lets-you-in = { $helpdesk }にご連絡ください。窓口で本人確認をしたうえで、多要素認証を一時的に無効にするか、一定時間だけ使えるコード「一時アクセス パス」を発行してもらえます。それで「セキュリティ情報」ページにサインインし、サインイン方法を設定し直せます。
faq-forgot-phone-note-impersonation = 海外では、本人になりすました人からの依頼によってアカウントに不正にサインインされた例が報告されています。本人確認へのご協力をお願いします。

## Q1 海外・圏外

faq-abroad-no-signal-question = 海外出張中や電波の届かない場所で、電話も SMS も使えません。どうやって認証すればよいですか？
faq-abroad-no-signal-keywords = 海外 かいがい 出張 しゅっちょう 圏外 けんがい 電波 でんぱ オフライン 旅行 りょこう ワンタイムパスワード 中国 ちゅうごく
faq-abroad-no-signal-p1 = スマートフォンの Microsoft Authenticator アプリを使います。アプリに表示される6桁のコードは通信がなくても表示されるので、機内や圏外でも使えます。
faq-abroad-no-signal-step-choose = サインイン画面で「Microsoft Authenticator アプリを現在使用できません」または「別の方法でサインインする」を選びます。
faq-abroad-no-signal-step-code = アプリの確認コードを使う方法を選びます。
faq-abroad-no-signal-step-type = アプリを開き、表示されている6桁のコードを入力します。
faq-abroad-no-signal-note-before = アプリを登録するときはインターネット接続が必要です。出発前に、日本にいるうちに設定を済ませておいてください。
faq-abroad-no-signal-note-china = 中国本土では、Android スマートフォンにアプリの通知が届きません。はじめからコードを入力してください。

## Q2 アプリだけではいけない理由

faq-why-sms-first-question = なぜ方法を2つ登録するよう案内されるのですか？ 認証アプリだけではだめですか？
faq-why-sms-first-keywords = 標準 ひょうじゅん 推奨 すいしょう おすすめ 理由 りゆう 認証アプリ にんしょうあぷり 2つ ふたつ なぜ
faq-why-sms-first-p1 = 登録した方法がすべて1台のスマートフォンの中にあると、そのスマートフォンをなくしたり、壊したり、買い替えたりしたときに、サインインする手段がなくなります。そこで、保存場所の違う方法を2つ登録します。どちらかがなくなっても、もう一方でサインインできます。
faq-why-sms-first-p-kept = { $organisation }では SMS を独自の通信事業者で今後も使えるため、標準は「まず携帯電話の番号を登録して SMS を受け取れるようにし、そのうえで認証アプリ」です。番号は SIM カードを再発行すれば引き継げるので、スマートフォンをなくしても残ります。
faq-why-sms-first-p-ending = SMS は、Microsoft が送るのをやめる{ $date }に終わるため、長くは2つのうちの1つになりません。まず認証アプリを登録し、次にスマートフォン以外にある方法を1つ登録してください。Apple または Google のアカウントのパスキー、自分専用の Windows パソコンのパスキー、セキュリティ キーのいずれかです。どれが合うかは、このアシスタントが選びます。
faq-why-sms-first-p-ended = Microsoft は{ $date }に SMS による認証を終了しました。まず認証アプリを登録し、次にスマートフォン以外にある方法を1つ登録してください。Apple または Google のアカウントのパスキー、自分専用の Windows パソコンのパスキー、セキュリティ キーのいずれかです。

## Q3 登録できる数

faq-how-many-devices-question = 認証アプリは何台まで、電話番号はいくつまで登録できますか？
faq-how-many-devices-keywords = 台数 だいすう 上限 じょうげん 何台 なんだい 回線 かいせん 複数 ふくすう タブレット
faq-how-many-devices-p1 = 認証アプリは、1つのアカウントにつき、スマートフォンやタブレットを5台まで登録できます。
faq-how-many-devices-p2 = 電話番号は、次の種類を1つずつ、合わせて3回線まで登録できます。
faq-how-many-devices-item-phone = { $voice ->
    [ended] 「電話」：携帯電話の SMS に使えます。
   *[other] 「電話」（認証用の電話）：SMS と音声通話のどちらにも使えます。SMS を受け取れるのはこの番号だけです。
}
faq-how-many-devices-item-phone-sms-ended = 「電話」：携帯電話への音声通話に使えます（Microsoft の SMS は{ $date }に終了しました）。
faq-how-many-devices-item-alternate = 「代替の電話」：音声通話のみです。
faq-how-many-devices-item-office = 「会社電話」（職場の電話）：音声通話のみで、「内線」欄があります。
faq-how-many-devices-note-retired = { $date }から Microsoft は SMS と音声通話による認証を行っていないため、電話番号はサインイン方法として使えません。
faq-how-many-devices-note-passkeys = パスキーやセキュリティ キーを登録できる数は、{ $organisation }の設定によって決まります。

## Q4 スマートフォンを忘れた

faq-forgot-phone-question = スマートフォンを家に忘れてしまい、サインインできません。
faq-forgot-phone-keywords = スマホ すまほ 携帯 けいたい 忘れた わすれた 置き忘れ おきわすれ 手元にない てもとにない 一時的 いちじてき 無効 むこう 解除 かいじょ
faq-forgot-phone-p1 = このパソコンのパスキーやセキュリティ キーなど、スマートフォン以外の方法を登録していれば、それを使います。
faq-forgot-phone-p2 = 登録した方法がすべてスマートフォンの中にある場合：

## Q5 スマートフォンがない

faq-no-smartphone-question = スマートフォンを持っていません。どうすればよいですか？
faq-no-smartphone-keywords = ガラケー がらけー フィーチャーフォン 携帯電話 けいたいでんわ スマホ すまほ 持っていない もっていない セキュリティキー トークン Windows Hello
faq-no-smartphone-p1 = スマートフォンがなくてもサインインできます。パソコンでは次の方法が使えます。
faq-no-smartphone-item-windows = 自分専用の Windows パソコンのパスキー：パソコンの顔・指紋・PIN によるサインイン（Windows Hello）で本人確認します。
faq-no-smartphone-item-key = セキュリティ キー：キーホルダーに付けられる小さな USB / NFC の機器です。用意があるか{ $helpdesk }にお問い合わせください。
faq-no-smartphone-item-token = { $helpdesk }が配布するハードウェア トークン：コードを表示する小さな機器です。
faq-no-smartphone-p-sms-kept = SMS を受け取れる携帯電話（いわゆるガラケーを含む）も使えます。その番号を「電話」として登録し、届いたコードを入力します。{ $organisation }では SMS を独自の通信事業者で今後も使えます。
faq-no-smartphone-p-sms-ending = SMS を受け取れる携帯電話（いわゆるガラケーを含む）は、Microsoft が SMS を送るのをやめる{ $date }まで使えます。それまでに上の方法のどれかも登録して、保存場所を2つにしてください。
faq-no-smartphone-p-sms-ended = Microsoft は{ $date }に SMS による認証を終了したため、携帯電話の番号だけではサインインできません。上の方法がどれも使えない場合は、{ $helpdesk }にご相談ください。

## Q6 費用

faq-costs-question = 認証の電話や SMS を受けるのに、料金はかかりますか？
faq-costs-keywords = 料金 りょうきん 費用 ひよう 通話料 つうわりょう 無料 むりょう お金 おかね パケット ローミング 050 IP電話
faq-costs-p1 = 受け取るだけなので、料金はかかりません。
faq-costs-p2 = ただし、ご契約によっては、受信に使うデータ通信が通信量に含まれることがあります。なお、050で始まる IP 電話の番号は使えません。Microsoft が SMS や音声通話に対応していないためです。
faq-costs-p3 = 海外で受け取る場合は、ご契約によってローミング料金がかかることがあります。海外で Microsoft 365のメールを使う予定があれば、出発前に認証アプリを設定しておくと安心です。アプリのコードは通信しなくても使えます。
faq-costs-retired = Microsoft は{ $date }に SMS と音声通話による認証を終了したため、受け取るものはなく、料金もかかりません。認証アプリの通知はわずかにデータ通信を使います。コードは通信なしで表示できます。

## Q7 個人の電話番号

faq-private-number-question = 個人の電話番号を Microsoft に登録したくありません。
faq-private-number-keywords = 個人 こじん プライベート 私用 しよう 電話番号 でんわばんごう プライバシー 登録したくない
faq-private-number-p1 = 登録しなくてもかまいません。次の方法は電話番号が要りません。保存場所の違うものを2つ登録すれば、スマートフォンをなくしてもサインインできます。
faq-private-number-item-app = スマートフォンの認証アプリ（通知とコード）
faq-private-number-item-synced = Apple または Google のアカウントに保存するパスキー（新しいスマートフォンにも戻ります）
faq-private-number-item-windows = 自分専用の Windows パソコンのパスキー
faq-private-number-item-key = セキュリティ キー
faq-private-number-item-office = 職場の電話（「会社電話」として登録、音声通話）
faq-private-number-p-sms-kept = ヘルプデスクの標準では、SMS を受け取れる番号も2つ目の方法として登録します。番号を登録しない場合は、2つ目の方法が同じスマートフォンの中にないことを確かめてください。

## Q8 職場にスマートフォンを持ち込めない

faq-phone-not-allowed-at-work-question = 仕事中はスマートフォンを持ち込めず、ロッカーなどに預けています。どうすればよいですか？
faq-phone-not-allowed-at-work-keywords = ロッカー 持ち込み もちこみ 禁止 きんし 職場 しょくば 固定電話 こていでんわ 会社電話 かいしゃでんわ 内線 ないせん Windows Hello セキュリティキー
faq-phone-not-allowed-at-work-p1 = 席でスマートフォンなしで使える方法が必要です。
faq-phone-not-allowed-at-work-item-windows = 自分専用の Windows パソコンのパスキー：パソコンの顔・指紋・PIN（Windows Hello）でサインインします。
faq-phone-not-allowed-at-work-item-key = キーホルダーに付けたセキュリティ キー。
faq-phone-not-allowed-at-work-item-token = { $helpdesk }が配布するハードウェア トークン。
faq-phone-not-allowed-at-work-p-office = 職場の電話番号を「会社電話」として登録することもできます。
faq-phone-not-allowed-at-work-note-someone-else = ただし、職場の電話は本人以外の人が取ることがあります。確認しないまま「#」を押されて認証が通り、アカウントに侵入された例が海外を中心に起きています。使うのは必要なときだけにしてください。
faq-phone-not-allowed-at-work-p-switchboard = { $organisation }の代表番号は登録しないでください。電話交換台の業務に支障が出ます。
faq-phone-not-allowed-at-work-p-agree = どの番号を登録するかは、所属長など、その電話を管理している方と相談して決めてください。
faq-phone-not-allowed-at-work-note-calls-end = 職場の電話へかかってくるのも Microsoft の音声通話なので、{ $date }に終わります。それまでに上のほかの方法を設定してください。
faq-phone-not-allowed-at-work-calls-ended = { $date }から Microsoft は認証のための音声通話を行っていないため、職場の電話は使えません。上の方法を使ってください。どれも使えない場合は{ $helpdesk }にご相談ください。

## Q9 どれを登録すればよいか

faq-which-method-question = サインイン方法がたくさんあって、どれを登録すればよいかわかりません。
faq-which-method-keywords = どれ 選び方 えらびかた おすすめ 組み合わせ くみあわせ 迷う まよう 複数 ふくすう
faq-which-method-p1 = 保存場所の違う方法を2つ登録してください。スマートフォンをなくしたり、忘れたり、壊したりしても、サインインできなくなることはありません。
faq-which-method-p-sms-kept = { $organisation }では SMS を今後も使えるため、標準は「まず携帯電話の番号（SMS）、次に Microsoft Authenticator アプリ、自分専用の番号があれば職場の電話」です。
faq-which-method-p-sms-ending = まず Microsoft Authenticator アプリを登録し、次にスマートフォン以外にある方法を1つ登録してください。Apple または Google のアカウントのパスキー、自分専用の Windows パソコンのパスキー、セキュリティ キーのいずれかです。SMS と音声通話は{ $date }に終わるので、2つのうちに数えません。
faq-which-method-p-sms-ended = まず Microsoft Authenticator アプリを登録し、次にスマートフォン以外にある方法を1つ登録してください。Apple または Google のアカウントのパスキー、自分専用の Windows パソコンのパスキー、セキュリティ キーのいずれかです（Microsoft の SMS と音声通話は{ $date }に終了しました）。
faq-which-method-note-some-staff = { $organisation }で SMS や音声通話を今後も使えるのは、一部の職員だけです。当てにする前に、ご自身が対象かどうかを{ $helpdesk }にご確認ください。
faq-which-method-p2 = このアシスタントの質問に答えていくと、合った組み合わせを理由とともにご提案します。

## Q10 いつも認証アプリが最初に出る

faq-app-shown-first-question = 既定の方法を SMS や電話にしたのに、サインインのたびに認証アプリが最初に出ます。
faq-app-shown-first-keywords = 既定 きてい デフォルト 優先 ゆうせん 最初 さいしょ 切り替え きりかえ 変更できない QR コード Bluetooth
faq-app-shown-first-p1 = 方法は Microsoft が選びます。サインインのとき、登録した中で最も安全な方法を求めてきます。パスキーが認証アプリより先に出ます{ $sms ->
    [ended] { $voice ->
        [ended] {""}
       *[other] {""}。認証アプリは音声通話より先です
    }
   *[other] { $voice ->
        [ended] {""}。認証アプリは SMS より先です
       *[other] {""}。認証アプリは SMS や電話より先です
    }
}。これは Microsoft の仕様（システム優先の認証）で、設定の誤りではありません。
faq-app-shown-first-p-setting = そのため「セキュリティ情報」ページには、「既定のサインイン方法」ではなく「最も適したものが利用できない場合のサインイン方法」と表示されることがあります。ここで選んだ方法は、優先される方法が使えないときだけ使われます。「既定のサインイン方法」がそのとおりに働くのは、{ $organisation }がこの仕組みを止めている場合だけです。
faq-app-shown-first-p2 = 求められた方法を使えないときは、「別の方法でサインインする」（または「Microsoft Authenticator アプリを現在使用できません」）を選び、登録したほかの方法に切り替えます。
faq-app-shown-first-note-bluetooth = パソコンにスマートフォンのパスキー用の QR コードが出ても、そのパソコンに Bluetooth がなければスマートフォンでは応答できません。「別の方法でサインインする」を選び、認証アプリで承認してください。
faq-app-shown-first-note-number = アプリで承認するときは、サインイン画面に表示される数字をアプリに入力します（番号の一致）。

## Q11 入れた覚えのないアプリのコードを求められる

faq-app-code-without-app-question = Microsoft Authenticator を入れた覚えがないのに、サインイン時に「アプリの確認コード」を求められます。SMS も通知も届いていません。
faq-app-code-without-app-keywords = 確認コード かくにんこーど 覚えがない おぼえがない インストールしていない iPhone パスワード Chrome 拡張機能 かくちょうきのう microsoftonline
faq-app-code-without-app-p1 = 多要素認証を設定したときに、Microsoft Authenticator 以外のアプリにアカウントを登録した可能性があります。次の場所にコードがないか確かめてください。
faq-app-code-without-app-item-iphone = iPhone（iOS 18以降）：「パスワード」アプリを開きます。iOS 17以前：「設定」＞「パスワード」を開きます。microsoftonline.com の項目があれば、表示される確認コードを入力します。
faq-app-code-without-app-item-chrome = パソコン：Chrome の拡張機能「Authenticator」を開き、該当するアカウントがあれば、表示される確認コードを入力します。
faq-app-code-without-app-p2 = どの機器やアプリに登録したかわからず、ほかの方法も登録していない場合は、{ $helpdesk }にご連絡ください。

## Q12 認証アプリを削除してしまった

faq-app-deleted-question = 誤って Microsoft Authenticator アプリを削除してしまいました。
faq-app-deleted-keywords = 削除 さくじょ 消した けした アンインストール 再インストール さいいんすとーる 入れ直し いれなおし
faq-app-deleted-p1 = アプリ以外に登録した方法でサインインします。Apple または Google のアカウントのパスキー、パソコンのパスキー、セキュリティ キーなどです。
faq-app-deleted-item-phone = { $sms ->
    [ended] 登録した電話番号への音声通話も使えます。
   *[other] { $voice ->
        [ended] 登録した携帯電話番号への SMS のコードも使えます。
       *[other] 登録した電話番号への SMS のコードや音声通話も使えます。
    }
}
faq-app-deleted-p-again = そのあと、アプリを設定し直します。
faq-app-deleted-step-install = スマートフォンに Microsoft Authenticator をもう一度インストールします。
faq-app-deleted-step-sign-in = パソコンで「セキュリティ情報」ページを開き、そのほかの方法でサインインします。
faq-app-deleted-step-remove-old = 一覧にある古い Microsoft Authenticator（と、あれば Microsoft Authenticator のパスキー）を削除します。
faq-app-deleted-step-add = 「サインイン方法の追加」から、認証アプリを登録し直します。
faq-app-deleted-note-passkey = アプリに保存していたパスキーも、アプリと一緒に消えています。アプリを入れ直したら、アプリで新しく作成してください。
faq-app-deleted-p2 = ほかに方法がない場合や、ご自身で解決できない場合は、{ $helpdesk }にご連絡ください。

## Q13 方法を追加したい

faq-add-another-method-question = 登録済みの方法とは別のサインイン方法を追加したいです。
faq-add-another-method-keywords = 追加 ついか 増やす ふやす 変更 へんこう セキュリティ情報 mysecurityinfo
faq-add-another-method-p1 = Microsoft の「セキュリティ情報」ページから、いつでも追加できます。
faq-add-another-method-step-open = 「セキュリティ情報」ページ（aka.ms/mysecurityinfo）を開き、サインインします。
faq-add-another-method-step-add = 「サインイン方法の追加」を選びます。
faq-add-another-method-step-follow = 追加したい方法を選び、画面の案内に従って進めます。
faq-add-another-method-p2 = このアシスタントでも、方法ごとの手順を1つずつご案内しています。

## Q14 いつ設定するか

faq-when-to-register-question = 設定はいつから、いつまでにすればよいですか？
faq-when-to-register-keywords = いつ 時期 じき 期限 きげん 事前登録 じぜんとうろく スケジュール 開始 かいし 日程 にってい
faq-when-to-register-p1 = 「事前登録」はいつでもできます。多要素認証が求められるようになるのは、{ $organisation }がお知らせする開始日からです。それまでに登録しておけば、開始日の後もいつもどおりサインインできます。
faq-when-to-register-p2 = 開始の日程は、導入スケジュールに沿って個別にお知らせしています。

## Q15 パソコンがなくても設定できるか

faq-without-pc-question = パソコンがなくても設定できますか？
faq-without-pc-keywords = パソコン ぱそこん PC スマホだけ すまほだけ スマートフォンだけ ペアリング ぺありんぐ リンク
faq-without-pc-p1 = はい、スマートフォンだけで登録できます。スマートフォンのブラウザー（Safari や Chrome など）で「セキュリティ情報」ページを開き、ブラウザーと認証アプリを行き来しながら進めます。
faq-without-pc-step-install = 先に Microsoft Authenticator をインストールします。
faq-without-pc-step-open = スマートフォンのブラウザーで「セキュリティ情報」ページを開き、サインインします。
faq-without-pc-step-add = 「サインイン方法の追加」＞「Microsoft Authenticator」を選び、QR コードが表示されるまで進めます。
faq-without-pc-step-link = 自分の画面は読み取れないので、代わりに「このリンクをクリックして、アカウントをアプリにペアリングします。」をタップします。アプリが開き、アカウントが追加されます。
faq-without-pc-step-back = ブラウザーに戻って「次へ」をタップし、アプリに届く通知を承認します。
faq-without-pc-note-once = このリンクは一度しか使えません。タップした後に「We're sorry, we ran into a problem」と表示されたら、まずアプリを開いてみてください。アカウントがすでに追加されていることがよくあります。

## Q16 SMS の途中で先に進めない

faq-sms-stuck-question = SMS で認証する途中で「please show you are not a robot」や「We're sorry, we ran into a problem」と表示され、先に進めません。
faq-sms-stuck-keywords = ロボット ろぼっと robot 画像 がぞう 文字 もじ 進めない すすめない エラー えらー 問題が発生 キャッシュ クッキー
faq-sms-stuck-p-robot = 「please show you are not a robot」と表示された場合は、画像の英数字を入力して「次へ」を押してください。何度か続けて表示されることがあるので、そのたびに入力してください。
faq-sms-stuck-p-problem = 「We're sorry, we ran into a problem」と表示された場合は、まず「次へ」を押してください。
faq-sms-stuck-p-remedies = それでも進めないときは、次のことを順に試してください。
faq-sms-stuck-p-other-method = { $voice ->
    [ended] それでも進めない場合は、認証アプリかパスキーを使ってください。
   *[other] それでも進めない場合は、SMS ではなく音声通話で確認する方法を選ぶか、認証アプリを使ってください。
}

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
faq-missed-pre-registration-p2 = そのとき Microsoft は「詳細情報が必要」または「アカウントをセキュリティで保護しましょう」と表示し、認証アプリから設定を始めます。「別の方法を設定します」を選ぶと、{ $organisation }で使えるほかの方法が表示されます。このアシスタントの手順も、この画面に沿っています。
faq-missed-pre-registration-p-passkey = 電話番号しか登録していない場合、Microsoft はサインインしてすぐ、ほかのページより先にパスキーの作成を求めます。その画面で作成するか（このアシスタントのパスキーの手順が参考になります）、{ $helpdesk }にご相談ください。

## Q19 音声通話の認証がうまくいかない

faq-voice-call-fails-question = 電話（音声通話）による認証がうまくいきません。
faq-voice-call-fails-keywords = 電話 でんわ 音声 おんせい 通話 つうわ シャープ # 内線 ないせん 転送 てんそう ダイヤル回線 だいやる 黒電話 くろでんわ 光電話 ひかりでんわ プッシュ
faq-voice-call-fails-p1 = よくある原因は次のとおりです。

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
faq-in-english-p1 = このアシスタントは英語でも表示できます。画面上部の言語の切り替えで「English」を選ぶと、すべての説明が英語に切り替わります。
faq-in-english-p2 = Microsoft による多要素認証の説明（英語）もご覧いただけます。

## 機種変更（FAQ 公開後の変更点）

faq-changing-phones-question = スマートフォンを機種変更します。何をすればよいですか？
faq-changing-phones-keywords = 機種変更 きしゅへんこう 買い替え かいかえ 乗り換え のりかえ 新しいスマホ あたらしいすまほ 引き継ぎ ひきつぎ バックアップ 初期化 しょきか
faq-changing-phones-p1 = 古いスマートフォンを初期化したり手放したりする前に、次の順で新しいスマートフォンを設定してください。
faq-changing-phones-step-install = 新しいスマートフォンに Microsoft Authenticator をインストールします。
faq-changing-phones-step-sign-in-old = パソコンで「セキュリティ情報」ページを開き、古いスマートフォンで認証してサインインします。
faq-changing-phones-step-add = 「サインイン方法の追加」から、新しいスマートフォンの認証アプリを登録します。
faq-changing-phones-step-passkey = Microsoft Authenticator にパスキーを保存していた場合は、新しいスマートフォンのアプリでパスキーを作り直します。アプリのパスキーはバックアップからは戻りません。
faq-changing-phones-step-test = 新しいスマートフォンで一度サインインし、使えることを確かめます。
faq-changing-phones-step-remove-old = そのあとで一覧から古いスマートフォンの項目を削除し、古いスマートフォンを初期化します。
faq-changing-phones-note-backup = アプリをバックアップから復元した場合、職場のアカウントはサインインし直すよう表示されます。そこでサインインし直すか、上の手順で登録し直してください。
faq-changing-phones-note-synced = Apple または Google のアカウントに同期されたパスキーは、新しいスマートフォンでそのアカウントにサインインすると戻ってきます。スマートフォンのパスワード管理で、届いていることを確かめてください。
faq-changing-phones-p-number = 電話番号も変わる場合は、同じページで「電話」の番号を新しいものに変更してください。
faq-changing-phones-p-no-old = 古いスマートフォンがすでに手元にない場合は、「スマートフォンをなくした・盗まれた・壊れた」をご覧ください。

## スマートフォンをなくした（FAQ 公開後の変更点）

faq-phone-lost-question = スマートフォンをなくした（盗まれた・壊れた）ときは、どうサインインして新しいスマートフォンを設定すればよいですか？
faq-phone-lost-keywords = なくした 紛失 ふんしつ 盗難 とうなん 盗まれた ぬすまれた 壊れた こわれた 故障 こしょう 新しいスマホ 一時アクセスパス サインインできない
faq-phone-lost-p1 = そのスマートフォン以外にある方法でサインインし、スマートフォンを入れ替えます。
faq-phone-lost-step-sign-in = パソコンで「セキュリティ情報」ページを開き、その方法でサインインします（スマートフォンを求められたら「別の方法でサインインする」を選びます）。
faq-phone-lost-step-remove = 一覧から、なくしたスマートフォンの項目を削除します。Microsoft Authenticator と、あればそのパスキーです。
faq-phone-lost-step-add = 新しいスマートフォンが手に入ったら、「サインイン方法の追加」から認証アプリを登録し、パスキーを使っていた場合は作り直します。
faq-phone-lost-note-synced = Apple または Google のアカウントに同期されたパスキーは、スマートフォンと一緒にはなくなりません。新しいスマートフォン（またはそのアカウントにサインインしているほかの機器）でそのアカウントにサインインすれば、パスキーがあります。
faq-phone-lost-note-sim-or-ended = { $sms ->
    [ended] { $voice ->
        [ended] 携帯電話会社で同じ番号の SIM カードを再発行してもらえますが、Microsoft の SMS と音声通話による認証は終了したため、番号はサインインには使えません。
       *[other] 携帯電話会社で、同じ番号の SIM カードを再発行してもらえます。その番号への音声通話が、また届くようになります。
    }
   *[other] { $voice ->
        [ended] 携帯電話会社で、同じ番号の SIM カードを再発行してもらえます。その番号への SMS が、また届くようになります。
       *[other] 携帯電話会社で、同じ番号の SIM カードを再発行してもらえます。その番号への SMS や音声通話が、また届くようになります。
    }
}
faq-phone-lost-p-nothing-left = 登録した方法がすべてそのスマートフォンの中にあった場合：

## SMS・音声通話の提供終了（FAQ 公開後の変更点）

faq-sms-voice-retirement-question = Microsoft の SMS・音声通話による認証が終わると聞きました。どうなりますか？
faq-sms-voice-retirement-keywords = 終了 しゅうりょう 廃止 はいし 提供終了 2027 パスキー ぱすきー SMS 音声通話 おんせいつうわ 使えなくなる 通信事業者
faq-sms-voice-retirement-ahead-p1 = Microsoft は{ $date }に、自社が提供する SMS と音声通話による認証を終了します。2026年9月1日からは、SMS や音声通話を使っている人もパスキーを使えるようになり、サインイン時に作成を勧められます。{ $date }までは後回しにできます。
faq-sms-voice-retirement-ahead-p2 = { $date }以降、SMS か音声通話しか登録していない人には、サインインしてすぐ、ほかのページより先にパスキーの作成を求める画面が表示されます。この画面は飛ばせません。
faq-sms-voice-retirement-ahead-p3 = 今のうちに認証アプリと、保存場所の違う2つ目の方法を登録しておけば、その日が来ても困りません。
faq-sms-voice-retirement-retired = Microsoft は{ $date }に、自社が提供する SMS と音声通話による認証を終了しました。それだけを登録していた場合は、サインインしてすぐ、ほかのページより先にパスキーの作成を求められます。その画面で作成するか、{ $helpdesk }にご相談ください。そのあと「セキュリティ情報」ページで認証アプリも追加し、2つ目の方法にしてください。
faq-sms-voice-retirement-kept-or-ended = { $sms ->
    [lasting] { $voice ->
        [lasting] { $organisation }は独自の通信事業者と契約しているため、{ $date }以降も SMS と音声通話を使えます。
       *[other] { $organisation }は SMS について独自の通信事業者と契約しているため、{ $date }以降も SMS を使えます。音声通話はその日に終わります。
    }
   *[other] { $organisation }は音声通話について独自の通信事業者と契約しているため、{ $date }以降も音声通話を使えます。SMS はその日に終わります。
} それでも、より安全で海外でも使える認証アプリとパスキーも登録しておくと安心です。
faq-sms-voice-retirement-some-staff = { $organisation }で、独自の通信事業者による SMS や音声通話を使えるのは一部の職員だけです。ご自身が対象かどうかは{ $helpdesk }にご確認ください。
faq-sms-voice-retirement-note-admins = グローバル管理者と外部（ゲスト）ユーザーの期限は2027年7月1日です。それ以外の人は{ $date }です。

## パスキー（FAQ 公開後の変更点）

faq-passkeys-question = パスキーとは何ですか？ どれを使えばよいですか？
faq-passkeys-keywords = パスキー ぱすきー passkey FIDO2 顔認証 かおにんしょう 指紋 しもん 生体認証 せいたいにんしょう フィッシング セキュリティキー 同期 どうき iCloud Google Windows Hello
faq-passkeys-p1 = パスキーは、機器の画面ロック（顔・指紋・PIN）で本人確認をする方法です。偽のサイトでは使えないのでフィッシングに強く、Microsoft がすべての人に作成を勧めている方法です。
faq-passkeys-p-places = パスキーは1つの場所に保存され、その場所によって、スマートフォンをなくしたときに残るかどうかが決まります。
faq-passkeys-item-authenticator = Microsoft Authenticator（iOS 17 / Android 14以降）：そのスマートフォン1台の中です。バックアップからは戻らないので、スマートフォンと一緒になくなります。
faq-passkeys-item-synced = Apple または Google のアカウント（iOS 16以降の iCloud キーチェーン、Android 9以降の Google パスワード マネージャー）：新しいスマートフォンでそのアカウントにサインインすると戻ってきます。
faq-passkeys-item-windows = 自分専用の Windows パソコン（Windows Hello）：そのパソコンで使え、スマートフォンをなくしても残ります。
faq-passkeys-item-security-key = セキュリティ キー（USB / NFC）：キーホルダーに付けて、どのパソコンでも使えます。
faq-passkeys-p-two-places = スマートフォンの認証アプリと、別の場所にあるパスキー1つの組み合わせがおすすめです。どれが合うかは、このアシスタントがご提案します。
faq-passkeys-note-nudge = 2026年9月1日から、SMS や電話でサインインしている人には、パスキーを作るよう Microsoft が案内しています。{ $date }までは後回しにできますが、それ以降は SMS や電話しか登録していない人はパスキーを作らないと先に進めません。

## Microsoft Authenticator でパスキーを作る

faq-passkey-in-app-p1 = いちばん早いのは、アプリから始める方法です。まず、Authenticator がパスキーを保存できるようにスマートフォンを設定します。
faq-passkey-in-app-step-open = Microsoft Authenticator を開き、大学のアカウントをタップして「パスキーを作成」を選びます（インストールしたばかりのアプリでは、先に「職場または学校アカウントを追加」をタップしてサインインします）。
faq-passkey-in-app-step-verify = 求められたら登録済みの方法で認証し、スマートフォンの顔・指紋・PIN でロックを解除します。
faq-passkey-in-app-step-done = 「完了」をタップします。「セキュリティ情報」ページに「Microsoft Authenticator のパスキー」が表示されます。
faq-passkey-in-app-note-android = Android 14では、Authenticator をパスキーの保存先としてオンにできない機種があります。その場合は Android 15が必要です。
faq-passkey-in-app-note-fallback = うまくいかない場合は、「セキュリティ情報」ページで「Microsoft Authenticator のパスキー」を追加し、画面下のリンクから別の作り方を選ぶこともできます。パソコンに表示される QR コードを読み取り、パソコンとスマートフォンの両方で Bluetooth を使う方法です。{ $organisation }が構成証明（attestation）を必須にしている場合、この方法は使えません。
