# 画面の共通部分とウィザードの各ステップ（日本語）

app-title = 多要素認証 設定アシスタント
language-switch-label = 表示言語
# 言語の切り替えボタンは、その言語自身で書く（読めない言語で書かれたボタンは押せないため）
locale-name-ja = 日本語
locale-name-en = English
action-back = 戻る
action-start = はじめる
action-open-troubleshoot = サインインできないとき
action-open-faq = よくある質問
steps-label = 進み具合

step-welcome = はじめに
step-situation = 質問
step-plan = おすすめ
step-prepare = 準備
step-register = 登録
step-verify = 確認
step-done = 完了

welcome-title = 多要素認証（MFA）の設定をお手伝いします
welcome-what = 多要素認証とは、パスワードに加えて、スマートフォンのアプリやパスキーなど「手元にあるもの」で本人確認をするしくみです。パスワードが他人に知られても、アカウントにサインインされるのを防げます。
welcome-why = { $organisation }では、メールや Teams など、Microsoft 365の情報を守るため、教職員の皆さんに多要素認証の設定をお願いしています。
welcome-how = いくつかの質問に答えていただくと、状況に合ったサインイン方法の組み合わせをご提案し、Microsoft の「セキュリティ情報」ページでの登録を一つずつご案内します。
welcome-duration = 所要時間：いくつかの質問、2つのサインイン方法の登録、最後の確認まで、約{ $minutes }分です。
action-see-plan = おすすめのサインイン方法を見る
action-accept-plan = この組み合わせで進む
action-begin-registering = 登録をはじめる
action-start-over = 最初からやり直す
welcome-when-before = 今すぐ登録できます（事前登録）。多要素認証は{ $date }から必須になります（あと{ $days }日）。
welcome-when-after = 多要素認証は{ $date }から必須になっています。まだ設定していなければ、次のサインイン時に Microsoft から設定を求められます。
welcome-when-unknown = 所属組織で多要素認証が必須になる前に、今すぐ登録できます（事前登録）。必須になった後は、次のサインイン時に Microsoft から設定を求められます。
diagnostics-title = 多要素認証 設定アシスタント：診断情報
diagnostics-version = バージョン
diagnostics-system = システム
diagnostics-language = 言語
diagnostics-day = 日付
diagnostics-profile = 組織プロファイル
diagnostics-profile-default = アシスタントに組み込みのもの
diagnostics-profile-system = { $file }（このパソコンにインストール済み）
diagnostics-profile-preview = { $file }（プレビュー）
diagnostics-profile-fell-back = プロファイルを使えなかったため、組み込みのものを使っています。
diagnostics-microsoft-check = Microsoft で確認：テナント { $tenant }、アプリケーション（クライアント）ID { $client }
diagnostics-profile-issues = プロファイルの問題
diagnostics-recent-problems = 起動してから起きた問題
diagnostics-none = なし
diagnostics-log-file = ログファイル
diagnostics-offer-title = ヘルプデスク向けの情報
diagnostics-offer-text = ヘルプデスクに問い合わせるときは、この情報をメールに貼り付けてください。お使いのバージョンと起きた問題がわかります。電話番号や入力した内容は含まれません。
diagnostics-copy = 診断情報をコピー
diagnostics-copied = コピーしました。ヘルプデスクへのメールに貼り付けてください。
diagnostics-copy-failed = コピーできませんでした。下の文章を選んでコピーしてください。
estimate-total = { $count ->
    [one] この方法
   *[other] この{ $count }つの方法
}の登録と最後の確認まで、約{ $minutes }分です。
estimate-method = 約{ $minutes }分
action-mark-registered = 登録しました
action-finish = 完了
header-help-desk = 問い合わせ先
update-available = アシスタントの新しいバージョン（{ $version }）があります。
update-available-with-summary = アシスタントの新しいバージョン（{ $version }）があります：{ $summary }
update-install = 更新して再起動
update-installing = 更新をダウンロードしています。インストールが終わるとアシスタントが再起動し、続きから再開します。
update-failed = 更新をインストールできませんでした。アシスタントはこのまま使えます。繰り返し起きる場合は{ $helpdesk }にお知らせください。
advice-may-be-old = この案内の内容は{ $date }に確認したもので、{ $days }日以上たっています。その後 Microsoft の画面が変わっているかもしれません。表示が違うときは{ $helpdesk }にご相談ください。
webview-missing-title = 多要素認証 設定アシスタントを起動できません
webview-missing-text = このパソコンには、アシスタントの画面を表示するのに必要な Microsoft Edge WebView2 がありません。Microsoft のサイトから「Microsoft Edge WebView2 ランタイム」をインストールするか（「WebView2 ランタイム」で検索できます）、{ $helpdesk }にインストールを依頼してから、もう一度起動してください。
