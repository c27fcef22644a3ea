# profile: ja
