# phone: ja
