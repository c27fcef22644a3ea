# faq: en
