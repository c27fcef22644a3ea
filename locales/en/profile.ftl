# Organisation profile: banners in the app, issues, and the command line's report.

## Where an issue is

profile-issue-at = { $file }, line { $line }, column { $column }: { $message }
profile-issue-in-file = { $file }: { $message }

## Issues (one per kind; the kind's name follows "profile-issue-")

profile-issue-file-unreadable = The file could not be read ({ $detail }).
profile-issue-too-large = The file is larger than { $limit } KB; a profile is much smaller.
profile-issue-not-utf8 = The file is not UTF-8 text. Save it as UTF-8.
profile-issue-toml-syntax = This is not valid TOML: { $detail }.
profile-issue-unknown-field = "{ $field }" is not a key of the profile. Check the spelling; keys allowed here: { $expected }.
profile-issue-missing-field = The key "{ $field }" is required here.
profile-issue-wrong-type = This value has the wrong type: { $expected ->
    [boolean] write true or false
    [text] write text in quotes
    [integer] write a whole number
    [list] write a list in square brackets
    [table] write a table of keys
    [date] write a date such as 2026-04-01
   *[other] { $detail }
}.
profile-issue-unsupported-schema-version = schema_version { $found } is not supported; this version of the assistant reads version { $supported }.
profile-issue-empty-text = The text "{ $key }" is empty. Write it in both Japanese and English.
profile-issue-bad-date = "{ $value }" is not a date ({ $key }). Write the day as YYYY-MM-DD, without a time.
profile-issue-required-before-pre-registration = MFA becomes required on { $required }, which is not after the start of pre-registration ({ $start }).
profile-issue-not-https = "{ $value }" ({ $key }) must start with https://.
profile-issue-bad-url = "{ $value }" ({ $key }) is not an address the assistant can open: it must be plain ASCII without spaces, without a user name or password, and without a port number.
profile-issue-bad-host = "{ $value }" ({ $key }) is not a host name the assistant accepts. Write a name such as www.example.ac.jp: no IP address, no xn-- (punycode) label, no dot at the end.
profile-issue-host-not-allowed = The host of "{ $value }" ({ $key }) is not in link_policy.extra_allowed_hosts, so the assistant would refuse to open it. Add the host there.
profile-issue-bad-phone = "{ $value }" ({ $key }) is not a phone number. Use digits, with +, spaces, hyphens or parentheses if you like (3 to 15 digits).
profile-issue-bad-email = "{ $value }" ({ $key }) is not an e-mail address such as helpdesk@example.ac.jp.
profile-issue-unknown-method = "{ $value }" is not a sign-in method the assistant knows. Known methods: { $known }.
profile-issue-duplicate-method = "{ $value }" is listed twice.
profile-issue-no-methods = No sign-in method is enabled. Enable at least one, for example "authenticator".
profile-issue-no-default-method = Only security keys are enabled, and a security key cannot be the default method. Enable another method as well.
profile-issue-only-retired-phone-lines = Only phone methods are enabled, and Microsoft's SMS and voice ended on { $date }. Enable "authenticator" or "passkey", or describe your organisation's own provider in [telephony_provider].
profile-issue-phone-lines-retire-soon = Only phone methods can be the default, and Microsoft's SMS and voice end on { $date }. Enable "authenticator" or "passkey" before then, unless [telephony_provider] describes your organisation's own provider for everyone.
profile-issue-bad-link-id = "{ $value }" is not a valid link id. Use lowercase letters, digits and single hyphens, such as manual-add-method.
profile-issue-duplicate-link-id = Another link already has the id "{ $value }".
profile-issue-reserved-link-id = The id "{ $value }" is used by a link built into the assistant. Choose another id.
profile-issue-duplicate-value = "{ $value }" appears twice in { $key }.
profile-issue-untrusted-owner = { $path } belongs to { $uid }, not to an administrator (root; on Windows Administrators, SYSTEM or TrustedInstaller).
profile-issue-untrusted-writable = { $path } can be changed by users other than the administrator.
profile-issue-bad-client-id = "{ $value }" (microsoft_check.client_id) is not an application (client) ID. Copy it from the app registration's Overview page in the Microsoft Entra admin center: 32 hexadecimal digits in groups of 8-4-4-4-12.
profile-issue-bad-tenant = "{ $value }" (microsoft_check.tenant) is not a tenant. Write the directory (tenant) ID from the Overview page (8-4-4-4-12 hexadecimal digits) or one of your tenant's domain names, such as example.ac.jp.
profile-issue-shared-tenant = "{ $value }" (microsoft_check.tenant) would let accounts of other organisations sign in. Write your own directory (tenant) ID or domain name instead.

## Banners above the wizard

profile-notice-preview = Preview: this window uses the profile { $file } from MFA_ASSISTANT_PROFILE, not the one installed for everyone.
profile-notice-preview-rejected = Preview: the profile { $file } could not be used, so the assistant runs on its built-in settings. Details follow.
profile-notice-rejected = Your organisation's profile { $file } could not be used, so the assistant runs on its built-in settings. You can continue; please tell the help desk.
profile-notice-untrusted = Your organisation's profile { $file } was ignored because users other than the administrator could change it. The assistant runs on its built-in settings. You can continue; please tell the help desk.

## Command line: mfa-assistant --check-profile FILE

profile-check-ok = { $file }: the profile is valid. The assistant would use:
profile-check-failed = { $count ->
    [one] 1 error. The assistant would ignore this file and use its built-in profile.
   *[other] { $count } errors. The assistant would ignore this file and use its built-in profile.
}
profile-summary-line = { $label }: { $value }
profile-summary-not-set = (not set)
profile-summary-provider-kept = kept after { $date } (own provider, everyone)
profile-summary-provider-some-staff = kept after { $date } for some staff only (own provider); the assistant does not count on it
profile-summary-provider-none = ends on { $date } (no own provider)
profile-field-organisation = Organisation
profile-field-help-desk-name = Help desk
profile-field-help-desk-hours = Help desk hours
profile-field-help-desk-counter = Help desk counter
profile-field-logo = Logo
profile-field-help-desk-phone = Help desk phone
profile-field-help-desk-email = Help desk e-mail
profile-field-help-desk-page = Help desk page
profile-field-pre-registration-start = Pre-registration starts
profile-field-mfa-required-from = MFA required from
profile-field-methods = Methods enabled
profile-field-sms = SMS codes
profile-field-voice = Voice calls
profile-field-switchboard = Switchboard numbers
profile-field-extra-hosts = Extra allowed hosts
profile-field-microsoft-check = "Check with Microsoft" sign-in
profile-field-links = Links
profile-field-link = Link
profile-issue-deprecated-key = { $key } = { $value } is from an older version of the profile and is still read: true means your own provider carries SMS and voice for everyone. Write the section { $other } instead (sms = true, voice = true, covers = "everyone"), and remove this key.
profile-issue-conflicting-keys = { $key } and { $other } both describe your telephony provider. Keep { $other } and remove { $key }.
profile-issue-passkey-kind-in-list = "{ $value }" is not listed in methods.enabled: it follows "passkey" there and is switched with { $flag } = true or false.
profile-issue-bad-choice = "{ $value }" is not a value of { $key }. Write one of: { $allowed }.
profile-issue-bad-update-endpoint = "{ $value }" (updates.endpoint) cannot serve updates: write an https:// address.
profile-issue-bad-update-key = updates.pubkey is not a public key of Tauri's signer: copy the whole content of the .pub file that `tauri signer generate` wrote.
profile-issue-updates-only-machine-wide = The [updates] section is ignored here: only the machine-wide profile may turn updates on or say where they come from.
profile-issue-bad-logo = The logo "{ $value }" cannot be used ({ $detail }). Give a PNG file of at most 256 KB, in the same folder as the profile.
profile-issue-provider-carries-nothing = [telephony_provider] carries neither SMS nor voice. Set sms = true and/or voice = true, or remove the section.
