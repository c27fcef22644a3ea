# 登録ステップの電話番号チェック（日本語）

phone-country-choice = 国または地域：「Japan (+81)」を選びます
phone-type-this = 続けて、次のとおり入力します：

phone-kind-mobile = 国内の携帯電話番号です。登録できます。
phone-kind-ip-phone = IP 電話の番号（050）です。Microsoft は IP 電話などの番号への SMS や音声通話に対応していません。携帯電話そのものの番号を登録するか、認証アプリやパスキーを使ってください。
phone-kind-landline = 国内の固定電話の番号です。
phone-kind-toll-free = フリーダイヤル（0120・0800）では Microsoft からの電話や SMS を受けられません。ご自身の番号を使ってください。
phone-kind-premium = 有料サービスの番号（0570・0990・0180）で、個人の回線ではありません。ご自身の番号を使ってください。
phone-kind-machine = 020で始まる番号はポケベルや機器用です。ご自身の電話番号を使ってください。
phone-kind-switchboard = 所属組織の代表番号です。決して登録しないでください。電話に出た人が、ご本人の代わりにサインインを承認できてしまいます。
phone-kind-foreign = 日本以外の番号です。Microsoft の一覧でその国を選び、残りの番号を入力してください。海外からの電話や SMS を受けられるかも確かめてください。
phone-kind-extension = 内線番号が含まれているようです。Microsoft から直接つながる必要があるため、ダイヤルイン番号だけを入力し、「内線」欄は空のままにしてください。
phone-kind-too-short = 番号が短すぎます。数字が抜けていないか確かめてください。
phone-kind-too-long = 番号が長すぎます。余分な数字がないか確かめてください。
phone-kind-not-a-number = 数字で入力してください（ハイフン・空白・かっこは入っていてもかまいません）。
phone-kind-empty = 番号を入力して「確認する」を押してください。

phone-note-leading-zero-dropped = 先頭の「0」は入力しません。「Japan (+81)」を選ぶと、それが「0」の代わりになります。
phone-note-zero-after-country = +81のあとの「0」は取り除きました。
phone-note-no-leading-zero = 番号が「0」で始まっていなかったので、国内の番号として読み取りました。
phone-note-landline-no-sms = 固定電話は SMS を受け取れません。登録するときは「電話する」を選んでください。
phone-note-landline-calls = この回線に Microsoft から電話がかかります。出られるようにして、案内に従い # を押してください。
phone-note-mobile-as-office = 携帯電話の番号です。「会社電話」は職場の固定電話のための欄です。携帯電話は「電話」として登録してください。
