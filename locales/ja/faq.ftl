# faq: ja
