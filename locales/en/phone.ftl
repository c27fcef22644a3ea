# phone: en
