# 組織プロファイル：画面上部のお知らせ、問題の説明、コマンドラインの報告。

## 問題の場所

profile-issue-at = { $file } の { $line } 行 { $column } 列目：{ $message }
profile-issue-in-file = { $file }：{ $message }

## 問題（種類ごとに 1 つ。"profile-issue-" の後が種類の名前）

profile-issue-file-unreadable = ファイルを読み込めませんでした（{ $detail }）。
profile-issue-too-large = ファイルが { $limit } KB を超えています。プロファイルはずっと小さいはずです。
profile-issue-not-utf8 = ファイルが UTF-8のテキストではありません。UTF-8で保存し直してください。
profile-issue-toml-syntax = TOML の書き方に誤りがあります：{ $detail }
profile-issue-unknown-field = 「{ $field }」というキーはありません。綴りを確認してください。ここで使えるキー：{ $expected }
profile-issue-missing-field = ここにはキー「{ $field }」が必要です。
profile-issue-wrong-type = 値の種類が違います。{ $expected ->
    [boolean] true か false を書いてください
    [text] 文字列を引用符で囲んで書いてください
    [integer] 整数を書いてください
    [list] 角かっこ [ ] で囲んだリストを書いてください
    [table] キーの表（テーブル）を書いてください
    [date] 2026-04-01のような日付を書いてください
   *[other] { $detail }
}。
profile-issue-unsupported-schema-version = schema_version { $found } には対応していません。このバージョンのアシスタントが読めるのはバージョン { $supported } です。
profile-issue-empty-text = 「{ $key }」が空です。日本語と英語の両方で書いてください。
profile-issue-bad-date = 「{ $value }」は日付として読めません（{ $key }）。時刻を付けずに YYYY-MM-DD の形で書いてください。
profile-issue-required-before-pre-registration = 多要素認証の必須化（{ $required }）が事前登録の開始日（{ $start }）より後になっていません。
profile-issue-not-https = 「{ $value }」（{ $key }）は https:// で始めてください。
profile-issue-bad-url = 「{ $value }」（{ $key }）はアシスタントが開けるアドレスではありません。半角英数字と記号だけで書き、空白、ユーザー名・パスワード、ポート番号を含めないでください。
profile-issue-bad-host = 「{ $value }」（{ $key }）はアシスタントが受け付けるホスト名ではありません。www.example.ac.jp のように書いてください（IP アドレス、xn-- で始まるラベル、末尾のドットは使えません）。
profile-issue-host-not-allowed = 「{ $value }」（{ $key }）のホストが link_policy.extra_allowed_hosts にないため、アシスタントはこのページを開きません。ホスト名をそこに追加してください。
profile-issue-bad-phone = 「{ $value }」（{ $key }）は電話番号として読めません。数字で書いてください（+、空白、ハイフン、かっこは使えます。数字は3〜15桁）。
profile-issue-bad-email = 「{ $value }」（{ $key }）は helpdesk@example.ac.jp のようなメールアドレスになっていません。
profile-issue-unknown-method = 「{ $value }」はアシスタントが知っているサインイン方法ではありません。使える名前：{ $known }
profile-issue-duplicate-method = 「{ $value }」が2回書かれています。
profile-issue-no-methods = 有効なサインイン方法が1つもありません。少なくとも1つ（例えば "authenticator"）を有効にしてください。
profile-issue-no-default-method = 有効なのはセキュリティ キーだけですが、セキュリティ キーは既定の方法にできません。ほかの方法も有効にしてください。
profile-issue-only-retired-phone-lines = 有効なのは電話の方法だけですが、Microsoft による SMS と音声通話の提供は{ $date }に終了しています。"authenticator" か "passkey" を有効にするか、独自の通信事業者と契約している場合は [telephony_provider] に記述してください。
profile-issue-phone-lines-retire-soon = 既定の方法にできるのが電話の方法だけですが、Microsoft による SMS と音声通話の提供は{ $date }に終了します。[telephony_provider] に全員向けの独自の通信事業者を記述していない場合は、それまでに "authenticator" か "passkey" を有効にしてください。
profile-issue-bad-link-id = 「{ $value }」はリンクの id として使えません。manual-add-method のように、小文字・数字と1つずつのハイフンで書いてください。
profile-issue-duplicate-link-id = id「{ $value }」はほかのリンクですでに使われています。
profile-issue-reserved-link-id = id「{ $value }」はアシスタントに組み込まれたリンクが使っています。別の id にしてください。
profile-issue-duplicate-value = 「{ $value }」が { $key } に2回書かれています。
profile-issue-untrusted-owner = { $path } の所有者が管理者（root、Windows では Administrators、SYSTEM、TrustedInstaller）ではなく、{ $uid } です。
profile-issue-untrusted-writable = { $path } は管理者以外のユーザーも書き換えられる状態です。
profile-issue-bad-client-id = 「{ $value }」（microsoft_check.client_id）はアプリケーション（クライアント）ID ではありません。Microsoft Entra 管理センターのアプリの登録の「概要」から、8-4-4-4-12桁の16進数をそのまま写してください。
profile-issue-bad-tenant = 「{ $value }」（microsoft_check.tenant）はテナントとして使えません。「概要」にあるディレクトリ（テナント）ID（8-4-4-4-12桁の16進数）か、example.ac.jp のようなテナントのドメイン名を書いてください。
profile-issue-shared-tenant = 「{ $value }」（microsoft_check.tenant）では他の組織のアカウントでもサインインできてしまいます。自組織のディレクトリ（テナント）ID かドメイン名を書いてください。

## アシスタント画面上部のお知らせ

profile-notice-preview = プレビュー：この画面は、全員向けに導入されたプロファイルではなく、MFA_ASSISTANT_PROFILE で指定された { $file } を使っています。
profile-notice-preview-rejected = プレビュー：プロファイル { $file } を使えなかったため、アシスタントは組み込みの設定で動いています。詳しくは以下のとおりです。
profile-notice-rejected = 組織のプロファイル { $file } を使えなかったため、アシスタントは組み込みの設定で動いています。このまま進めて構いません。ヘルプデスクにお知らせください。
profile-notice-untrusted = 組織のプロファイル { $file } は管理者以外のユーザーも書き換えられるため、使いませんでした。アシスタントは組み込みの設定で動いています。このまま進めて構いません。ヘルプデスクにお知らせください。

## コマンドライン：mfa-assistant --check-profile FILE

profile-check-ok = { $file }：プロファイルに問題はありません。アシスタントは次の内容を使います：
profile-check-failed = エラーが{ $count }件あります。アシスタントはこのファイルを使わず、組み込みのプロファイルで動きます。
profile-summary-line = { $label }：{ $value }
profile-summary-not-set = （未設定）
profile-summary-provider-kept = { $date }以降も利用可（独自の通信事業者、全員）
profile-summary-provider-some-staff = { $date }以降は一部の職員のみ利用可（独自の通信事業者）。アシスタントはこれを前提にしません
profile-summary-provider-none = { $date }に終了（独自の通信事業者なし）
profile-field-organisation = 組織
profile-field-help-desk-name = 問い合わせ先
profile-field-help-desk-hours = 受付時間
profile-field-help-desk-counter = 窓口の場所
profile-field-logo = ロゴ
profile-field-help-desk-phone = 問い合わせ先の電話
profile-field-help-desk-email = 問い合わせ先のメール
profile-field-help-desk-page = 問い合わせ先のページ
profile-field-pre-registration-start = 事前登録の開始日
profile-field-mfa-required-from = 多要素認証の必須化
profile-field-methods = 有効なサインイン方法
profile-field-sms = SMS のコード
profile-field-voice = 音声通話
profile-field-switchboard = 代表番号
profile-field-extra-hosts = 追加で許可するホスト
profile-field-microsoft-check = 「Microsoft で確認」のサインイン
profile-field-links = リンク
profile-field-link = リンク
profile-issue-deprecated-key = { $key } = { $value } は以前の書式のキーで、今も読み込みます。true は「独自の通信事業者が全員の SMS と音声通話を引き継ぐ」という意味です。代わりに { $other } セクション（sms = true、voice = true、covers = "everyone"）を書き、このキーは削除してください。
profile-issue-conflicting-keys = { $key } と { $other } の両方が通信事業者を指定しています。{ $other } を残し、{ $key } を削除してください。
profile-issue-passkey-kind-in-list = 「{ $value }」は methods.enabled には書きません。「passkey」に従い、{ $flag } = true または false で切り替えます。
profile-issue-bad-choice = 「{ $value }」は { $key } の値として使えません。次のいずれかを書いてください：{ $allowed }
profile-issue-bad-update-endpoint = 「{ $value }」（updates.endpoint）は更新の配布元にできません。https:// のアドレスを書いてください。
profile-issue-bad-update-key = updates.pubkey が Tauri の署名ツールの公開鍵ではありません。`tauri signer generate` が書き出した .pub ファイルの内容をそのまま写してください。
profile-issue-updates-only-machine-wide = ここでは [updates] を使いません。更新を有効にしたり配布元を決めたりできるのは、パソコン全体のプロファイルだけです。
profile-issue-bad-logo = ロゴ「{ $value }」は使えません（{ $detail }）。プロファイルと同じフォルダーにある、256 KB 以下の PNG ファイルを指定してください。
profile-issue-provider-carries-nothing = [telephony_provider] が SMS も音声通話も引き継いでいません。sms = true と voice = true のどちらか（または両方）を設定するか、このセクションを削除してください。
