# リンク、QR コード、リンクを開けないときの説明（日本語）

## リンクの名前

links-caption-security-info = Microsoft「セキュリティ情報」ページ
links-caption-authenticator-app-store = Microsoft Authenticator（iPhone 用・App Store）
links-caption-authenticator-google-play = Microsoft Authenticator（Android 用・Google Play）
links-caption-authenticator-download = Microsoft Authenticator のダウンロード（iPhone・Android 共通）
links-caption-microsoft-mfa-help-en = 多要素認証の説明（Microsoft サポート・英語）
links-caption-help-desk-page = ヘルプデスクのページ

## QR コードの横のボタンと表示

links-action-copy = リンクをコピー
links-action-copied = コピーしました
links-action-copy-failed = コピーできませんでした。下のアドレスを選んでコピーするか、書き写してください。
links-action-open = ブラウザーで開く
links-action-open-failed = ブラウザーを開けませんでした。リンクをコピーして、ブラウザーのアドレス欄に貼り付けてください。
links-action-save-image = 画像として保存
links-action-enlarge = QR コードを拡大
links-save-image-dialog-title = QR コードを画像として保存
links-save-image-done = 保存しました：{ $file }
links-save-image-failed = 画像を保存できませんでした。保存先を変えて、もう一度お試しください。
# 読み上げソフト向けの、QR コード画像の説明
links-qr-label = { $caption }を開く QR コード
links-qr-hint = スマートフォンのカメラをこの QR コードに向け、画面に出たリンクをタップしてください。
links-address-label = 手で入力するときのアドレス

## カメラが反応しないとき

links-camera-title = カメラが反応しないときは
links-camera-tip-camera-app = スマートフォンに最初から入っている「カメラ」アプリを開き、シャッターは押さずに、QR コードに向けたまま数秒待ってください。
links-camera-tip-android = Android で反応しないときは、カメラアプリの「レンズ」ボタンや Google レンズで読み取れることがあります。
links-camera-tip-distance = スマートフォンを画面から15〜30 cm ほど離し、QR コード全体が枠に収まるようにしてください。近すぎるとピントが合いません。
links-camera-tip-larger = 「QR コードを拡大」を押して大きく表示すると、読み取りやすくなります。
links-camera-tip-screen = 画面の映り込みや暗さで読み取れないこともあります。角度を少し変えるか、画面を明るくしてください。
links-camera-tip-type = それでも読み取れないときは、スマートフォンのブラウザー（Safari や Chrome など）のアドレス欄に、上のアドレスを入力してください。
links-camera-tip-send-to-self = 「リンクをコピー」を押して自分宛てのメールなどに貼り付ければ、スマートフォンでそのリンクを開くこともできます。

## 安全のためにリンクを開かなかったとき

links-refused-title = 安全のため、このリンクは開きませんでした
links-refused-report = 組織の設定に誤りがあるかもしれません。このメッセージが出たことを、ヘルプデスクにお知らせください。
links-refused-too-long = アドレスが長すぎて、正しいリンクかどうか確かめられません。
links-refused-hidden-characters = アドレスに空白や目に見えない文字が含まれています。
links-refused-non-ascii = アドレスに半角の英数字と記号以外の文字（全角文字や、本物によく似た別の文字など）が含まれています。
links-refused-not-https = 暗号化された接続（https）を使うアドレスではありません。
links-refused-malformed = アドレスの書き方が正しくありません。
links-refused-credentials = アドレスにユーザー名やパスワードが含まれています。
links-refused-port = アドレスに接続先のポート番号が書かれています。
links-refused-ip-address = アドレスがサイト名ではなく、IP アドレス（数字の並び）で書かれています。
links-refused-encoded-host = サイト名が、本物に見せかけた偽サイトでよく使われる書き方（xn-- で始まる名前など）になっています。
links-refused-malformed-host = アドレスのサイト名が正しくありません。
links-refused-host-not-allowed = このアシスタントが開いてよいサイトの一覧にないアドレスです。
