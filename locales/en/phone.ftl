# The phone-number check on the register step (English).

phone-country-choice = Country or region: choose "Japan (+81)"
phone-type-this = Then type exactly:

phone-kind-mobile = A Japanese mobile number. This works.
phone-kind-ip-phone = An internet phone number (050). Microsoft does not support internet numbers for text messages or calls: register your mobile phone's own number, or use the app or a passkey.
phone-kind-landline = A Japanese landline number.
phone-kind-toll-free = A free-dial number (0120 / 0800) cannot receive Microsoft's calls or messages. Use your own line.
phone-kind-premium = This is a charged service number (0570, 0990, 0180), not a personal line. Use your own number.
phone-kind-machine = Numbers starting 020 are for pagers and machines. Use your own phone number.
phone-kind-switchboard = This is your organisation's main switchboard. Never register it: whoever answers could approve a sign-in for you.
phone-kind-foreign = A number outside Japan. Choose its country in Microsoft's list and type the rest of the number; check that it can receive calls or messages from abroad.
phone-kind-extension = It looks like you typed an extension. Microsoft must reach you directly: type your direct number only, and leave the "Extension" field empty.
phone-kind-too-short = This number is too short. Check for a missing digit.
phone-kind-too-long = This number is too long. Check for an extra digit.
phone-kind-not-a-number = Please type digits only (hyphens, spaces and brackets are fine).
phone-kind-empty = Type the number, then press Check.

phone-note-leading-zero-dropped = Leave out the first 0: choosing Japan (+81) already stands for it.
phone-note-zero-after-country = The 0 after +81 is dropped.
phone-note-no-leading-zero = The number did not start with 0; it was read as a Japanese number.
phone-note-landline-no-sms = A landline cannot receive text messages: choose "Call me" when you register it.
phone-note-landline-calls = Microsoft will call this line; be ready to answer and press #.
phone-note-mobile-as-office = This is a mobile number. "Office phone" is meant for a desk line; register your mobile as "Phone" instead.
