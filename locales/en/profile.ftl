# profile: en
