## 「Microsoft で確認」：ブラウザーで一度サインインすると、アカウントに登録済みの
## サインイン方法を Microsoft から読み取り、登録予定の方法と照らし合わせます。組織の
## プロファイルで設定されている場合だけ表示します。
## $helpdesk はプロファイルにあるヘルプデスクの名前です。

account-check-title-welcome = すでに何か登録していますか？
account-check-intro-welcome = 以前にサインイン方法を設定したことがあれば、アカウントに何が登録されているかを Microsoft に問い合わせられます。まだ足りないものがわかります。
account-check-start-welcome = 登録済みの方法を確認する
account-check-title-verify = Microsoft で確認
account-check-intro-verify = ブラウザーでもう一度サインインすると、アカウントに実際に登録されているサインイン方法を Microsoft に問い合わせ、登録する予定の方法と照らし合わせます。
account-check-start-verify = Microsoft で確認
account-check-privacy = 読み取るのはサインイン方法の一覧だけで、何も変更しません。結果はこの画面に表示するだけで、大学やほかの誰にも送られず、このパソコンにも保存しません。電話番号は末尾2桁だけを表示します。アシスタントを閉じるか「サインアウト」を押すと、サインインの情報は破棄されます。
account-check-again = もう一度確認
account-check-retry = もう一度試す
account-check-waiting = ブラウザーに Microsoft のサインイン画面が表示されています。{ $minutes }分以内に、大学のアカウントでサインインしてください。この画面はそのまま待っています。ブラウザーが開かなかったときは「キャンセル」を押して、もう一度試してください。
account-check-cancel = キャンセル
account-check-sign-out = サインアウト

account-check-summary = { $count ->
    [0] パスワードのほかに、登録されているサインイン方法はありません。
   *[other] パスワードのほかに、次の{ $count }つのサインイン方法が登録されています。
}
account-check-read-for = { $name }（{ $username }）のアカウントの内容です。ご自身のアカウントでなければ、「サインアウト」を押して、ご自身のアカウントで確認し直してください。
account-check-in-plan = 登録予定
account-check-extra = 予定外
account-check-missing-title = 登録予定で、まだ登録されていない方法
account-check-complete = 登録予定の方法は、すべて登録されています。

## 登録済みの方法。$digits は番号の末尾 2 桁。
account-method-authenticator = Microsoft Authenticator
account-method-phone = 電話（末尾{ $digits }の番号）
account-method-alternate-phone = 代替の電話（末尾{ $digits }の番号）
account-method-office-phone = 会社電話（末尾{ $digits }の番号）
account-method-passkey-authenticator = Microsoft Authenticator のパスキー
account-method-passkey-icloud = iCloud キーチェーンのパスキー
account-method-passkey-google = Google パスワード マネージャーのパスキー
account-method-fido2 = パスキーまたはセキュリティ キー
account-method-passkey-windows = Windows パソコンのパスキー
account-method-hardware-oath = ハードウェア トークン
account-method-software-oath = 認証アプリのコード
account-method-windows-hello = Windows Hello for Business
account-method-email = メール（パスワードのリセット専用）
account-method-temporary-access-pass = 一時アクセス パス（ヘルプデスクが発行する期限付きのパス）
account-method-platform-credential = Mac のプラットフォーム資格情報
account-method-other = その他の方法（このアシスタントが知らない種類）
account-method-named = { $method }：{ $name }

## 登録済みの方法全体について注意すること。
account-warning-only-password = パスワードのほかに、サインインに使える方法が登録されていません。次のサインインでは、方法を設定するまで先に進めなくなります。今のうちに登録してください。
account-warning-one-phone-holds-all = 登録されている方法が、すべて1台のスマートフォンの中にあります。紛失・故障・機種変更のときにサインインできなくなります。Apple または Google のアカウントのパスキー、自分専用の Windows パソコンのパスキー、セキュリティ キーなど、別の場所にある方法を追加してください。
account-warning-one-place-holds-all = 登録されている方法が、すべて1つの場所（1台のパソコン、1つのキー、1つの番号）にあります。それをなくすとサインインできなくなります。スマートフォンの認証アプリなど、別の場所にある方法を追加してください。
account-warning-only-phone-lines-ending = 登録されている方法がすべて電話番号です。Microsoft による SMS と音声通話でのサインインは2027年2月1日に終了します。それまでにアプリかパスキーを追加してください。
account-warning-only-phone-lines-ended = 登録されている方法がすべて電話番号です。Microsoft による SMS と音声通話でのサインインは2027年2月1日に終了したため、これらではサインインできません。アプリかパスキーを追加するか、使える方法を{ $helpdesk }に問い合わせてください。

## 確認できなかった理由。どの場合もウィザードはそのまま続けられます。
check-failure-cancelled = サインインがキャンセルされたため、確認していません。このまま手順を続けるか、もう一度試してください。
check-failure-consent-missing = この確認はまだ使えません。アシスタントがサインイン方法を読み取ることを、{ $helpdesk }がまだ許可していないためです。アカウントには問題がなく、確認しなくても手順はこのまま続けられます。{ $helpdesk }に知らせる場合は、下の情報をコピーしてメールに貼り付けてください。
check-failure-sign-in-refused = Microsoft がこのサインインを受け付けませんでした。大学のアカウントでもう一度試してください。大学のアカウントだった場合はアシスタントの設定に誤りがあるかもしれないので、下の情報をコピーして{ $helpdesk }に送ってください。
check-failure-no-network = Microsoft に接続できませんでした。このパソコンがインターネットにつながっているか確かめてから、もう一度試してください。
check-failure-timed-out = 時間内にサインインが終わりませんでした。「もう一度試す」を押して、{ $minutes }分以内にブラウザーでサインインを済ませてください。
check-failure-not-authorized = 前回のサインインが無効になっています。「もう一度試す」を押して、サインインし直してください。
check-failure-forbidden = このアカウントでは、この方法でサインイン方法を読み取ることが許可されていません。アカウントには問題ありません。{ $helpdesk }に知らせる場合は、下の情報をコピーしてメールに貼り付けてください。
check-failure-throttled = 現在 Microsoft へのリクエストが集中しています。{ $seconds }秒ほど待ってから、もう一度試してください。
check-failure-service-unavailable = Microsoft のサービスが現在応答していません。数分後にもう一度試してください。
check-failure-unexpected-response = Microsoft からの応答を読み取れませんでした。もう一度試してください。繰り返し起きる場合は、下の情報をコピーして{ $helpdesk }に送ってください。
check-failure-browser-not-opened = サインインのためのブラウザーを開けませんでした。このパソコンに既定のブラウザーが設定されているか確かめてから、もう一度試してください。

## Microsoft から戻ったときにブラウザーに表示するページ（結果によらず同じ）。
account-check-browser-title = 多要素認証 設定アシスタントに戻ってください
account-check-browser-message = このタブは閉じて構いません。Microsoft からの結果はアシスタントの画面に表示されます。ほかの人も使うパソコンでは、次に使う人にサインインが残らないよう、ここでブラウザーをすべて閉じてください。

account-check-unavailable = 「Microsoft で確認」は、組織で設定されていません。
