# "I can't sign in": the step-by-step guide (English)
# Arguments: as in faq.ftl ($helpdesk, $organisation, $date, $sms, $voice).
# Choice ids are ts-<question>-choice-<next node>. Where the FAQ already
# answers, the guide shows the FAQ's own answer: its messages are in faq.ftl.

## Words of the guide's view

ts-title = I can't sign in
ts-back = Back to the previous question
ts-start-over = Start over
ts-related-faq-title = Related questions

## First question

ts-start-question = What's the problem?
ts-start-choice-phone-missing = I don't have my phone (left it somewhere, lost it, or it broke)
ts-start-choice-signing-in = Verifying my sign-in doesn't work
ts-start-choice-registering = Registering a sign-in method doesn't work
ts-start-choice-new-phone = I'm changing phones, or just did
ts-start-choice-passkey-prompt = I'm asked to create a passkey
ts-start-choice-mail-app-sign-in-again = My mail stopped arriving (Outlook or another mail app)
ts-start-choice-password-reset = I forgot my password
ts-start-choice-register-at-next-sign-in = I missed the pre-registration period

## The phone is not at hand

ts-phone-missing-question = What happened to your phone?
ts-phone-missing-choice-other-method-available = I left it at home or somewhere (I'll have it back later)
ts-phone-missing-choice-phone-lost = It was lost, stolen or broken
ts-phone-missing-choice-reinstall-app = I have the phone, but I deleted the Authenticator app

ts-other-method-available-question = Did you register a method that is not on that phone, such as a passkey on this PC or a security key?
ts-other-method-available-choice-use-another-method = Yes, I have one with me
ts-other-method-available-choice-temporary-disable = No, or I'm not sure

ts-use-another-method-title = Sign in another way
ts-use-another-method-p1 = Sign in with the other method you registered:
ts-use-another-method-note = Once your phone is back, everything works as before. There is nothing to change.

ts-temporary-disable-title = Ask { $helpdesk } to let you in

ts-phone-lost-title = My phone was lost, stolen or broken
ts-reinstall-app-title = Set up the Authenticator app again

## Registering doesn't work

ts-registering-question = Which method are you registering?
ts-registering-choice-sms-problem = Text message (SMS)
ts-registering-choice-voice-call = Phone call
ts-registering-choice-app-setup = The Microsoft Authenticator app
ts-registering-choice-passkey-setup = A passkey in Microsoft Authenticator
ts-registering-choice-synced-passkey-setup = A passkey in my Apple or Google account
ts-registering-choice-windows-passkey-setup = A passkey on this Windows PC
ts-registering-choice-security-key-setup = A security key
ts-registering-choice-oath-token-setup = A hardware token
ts-registering-choice-too-many-attempts = A message says I tried too many times

ts-phone-way-question = Do you get a code by text message, or a phone call?
ts-phone-way-choice-sms-problem = A code by text message
ts-phone-way-choice-voice-call = A phone call

## Text messages

ts-sms-problem-question = What do you see?
ts-sms-problem-choice-sms-robot-check = "please show you are not a robot"
ts-sms-problem-choice-sms-ran-into-problem = "We're sorry, we ran into a problem"
ts-sms-problem-choice-sms-no-code = The text message with the code never arrives
ts-sms-problem-choice-too-many-attempts = A message says I tried too many times

ts-item-wait = Wait a while, then try again
ts-item-better-signal = Move to a place with a better signal and try again
ts-item-sign-out-in = Sign out, sign in again, then retry
ts-item-clear-cookies = Clear your browser's cookies and cache, then retry

ts-sms-robot-check-title = "please show you are not a robot"
ts-sms-robot-check-p1 = This screen checks that a person, not a program, is asking for the code.
ts-sms-robot-check-step-type = Type the letters and numbers shown in the picture exactly as they appear, then press "Next".
ts-sms-robot-check-step-repeat = It may come back several times in a row. Type them in each time.

ts-sms-ran-into-problem-title = "We're sorry, we ran into a problem"
ts-sms-ran-into-problem-step-next = Press "Next" on the page. This usually gets you going again.

ts-sms-no-code-title = The text message with the code doesn't arrive
ts-sms-no-code-step-number = Check the phone number you entered, and that the country is "Japan (+81)".
ts-sms-no-code-step-wait = Wait a minute or two. Asking for new codes again and again can make Microsoft stop sending them for a while.
ts-sms-no-code-step-signal = Move to a place with a better signal.
ts-sms-no-code-step-rcs = On Android, the code may come as an RCS chat message from "Microsoft" with a verified mark, not as a plain text. Look in the Messages app.
ts-sms-no-code-step-filter = If your phone or carrier blocks spam texts (for example messages from abroad or unknown senders), check that setting.
ts-sms-no-code-step-latest = If several messages arrive, type in the code from the latest one.
ts-sms-no-code-p-other = { $voice ->
    [ended] If it still doesn't arrive, use the Authenticator app or a passkey instead.
   *[other] If it still doesn't arrive, choose a phone call instead, or use the Authenticator app.
}

ts-too-many-attempts-title = A message says I tried too many times
ts-too-many-attempts-p1 = When you try many times in a short while, Microsoft stops accepting attempts for a time, to protect your account. Nothing is broken.
ts-too-many-attempts-step-stop = Stop and wait a while. Trying again straight away can make the wait longer.
ts-too-many-attempts-step-retry = After waiting, try once, calmly. Use the code you received last.
ts-too-many-attempts-step-other = If you are in a hurry, choose "Sign in another way" and pick another method you registered.
ts-too-many-attempts-p2 = If you still see the message the next day, ask { $helpdesk }.
ts-note-unexpected-request = If a notification or call asks you to approve a sign-in you didn't start, deny it and contact { $helpdesk } straight away: someone may be using your password.

## Phone calls

ts-voice-call-question = Does the call come?
ts-voice-call-choice-voice-call-not-arriving = No, the phone doesn't ring
ts-voice-call-choice-voice-line-type = Yes, but pressing # doesn't verify me
ts-voice-call-choice-too-many-attempts = A message says I tried too many times

ts-voice-line-type-question = What kind of phone is it?
ts-voice-line-type-choice-voice-press-hash = A mobile phone, or a desk phone whose buttons beep
ts-voice-line-type-choice-voice-pulse-line = A desk phone whose buttons click instead of beeping (pulse dialling)
ts-voice-line-type-choice-voice-rotary = An old phone with a rotary dial
ts-voice-line-type-choice-voice-optical-ip = An optical-fibre (hikari) or internet (IP) phone line
ts-voice-line-type-choice-voice-checklist = I don't know

ts-item-voice-hash-late = Pressing # too late: if # is not pressed within about 20 seconds of the voice starting, the call fails.
ts-item-voice-extension = Something in the Extension field: leave the "Extension" field empty when you register the number, or the call may not work.
ts-item-voice-forwarding = Call forwarding: if calls are forwarded to another phone, number or extension, the call may not reach you properly. Turn forwarding off.
ts-item-voice-pulse = A phone set to pulse dialling: pressing * and then # may get it recognised.
ts-item-voice-rotary = A rotary dial phone: it can't send #, so it can't be used.
ts-item-voice-optical = Some optical-fibre (hikari) lines, and phones or lines that don't pass on # as #: the call may fail.
ts-item-other-number = Register another phone number, such as a mobile
ts-item-use-app = Register the Authenticator app and verify with it
ts-voice-other-way = If it still doesn't work, switch to one of these:

ts-voice-call-not-arriving-title = The verification call doesn't come
ts-voice-call-not-arriving-p1 = Check these, one by one:
ts-voice-step-number = Check the phone number you registered, and that the country is "Japan (+81)".
ts-voice-step-extension = Leave the "Extension" field empty: Microsoft must reach you directly.
ts-voice-step-forwarding = Turn off call forwarding on that line.
ts-voice-step-line-free = Make sure the line is not busy and doesn't go straight to voicemail.

ts-voice-press-hash-title = Press # as soon as you hear the voice
ts-voice-press-hash-p1 = If # is not pressed within about 20 seconds of the voice starting, the verification fails.
ts-voice-press-hash-step-answer = Answer the call and press # as soon as you hear the voice. You don't need to hear it to the end.
ts-voice-press-hash-step-keypad = On a smartphone, the screen turns on when you move it away from your ear. Open the keypad, then press #.
ts-voice-press-hash-step-again = If you were too late, ask for another call from the sign-in screen.
ts-voice-hash-unrecognized = Phones or lines that don't pass on # as # can't be used for this.

ts-voice-pulse-line-title = Verifying on a pulse-dialling phone
ts-voice-pulse-line-p1 = When a phone is set to pulse dialling, # may not get through.
ts-voice-pulse-line-step-star = When the voice starts, press * first. This switches the phone to tones.
ts-voice-pulse-line-step-hash = Then press #.

ts-voice-rotary-title = Rotary dial phones can't be used
ts-voice-rotary-p1 = A phone with a rotary dial can't send #, so it can't be used to verify by phone call.

ts-voice-optical-ip-title = Verifying fails on an optical-fibre or IP phone
ts-voice-optical-ip-p1 = On some optical-fibre (hikari) and internet (IP) phone lines, # doesn't get through properly, so verification fails.

ts-voice-checklist-title = Why verifying by phone call fails

## The Authenticator app

ts-app-setup-question = Where are you stuck?
ts-app-setup-choice-app-qr-scan = The QR code won't scan
ts-app-setup-choice-app-phone-only = I have no computer and want to register with my phone only
ts-app-setup-choice-pairing-link-used = After tapping the pairing link, I see "We're sorry, we ran into a problem"
ts-app-setup-choice-app-no-notification = No notification arrives in the app
ts-app-setup-choice-app-number-matching = The app asks me to enter a number
ts-app-setup-choice-code-rejected-clock = The six-digit code is not accepted

ts-app-qr-scan-title = The QR code won't scan
ts-app-qr-scan-step-app = Scan with the Authenticator app, not the camera: a new app shows "Add work or school account"; otherwise tap "+", then "Work or school account", then "Scan a QR code".
ts-app-qr-scan-step-camera = If the camera doesn't start, allow Authenticator to use the camera in your phone's settings.
ts-app-qr-scan-step-distance = Hold the phone 15 to 30 cm from the screen so the whole code fits in the frame. A brighter screen helps.
ts-app-qr-scan-step-manual = If it still won't scan, choose "Can't scan image?" below the QR code, then type the code and URL it shows into the app's manual entry screen.
ts-app-qr-scan-note-phone-only = If you are registering with your phone only, without a computer, tap the pairing link instead of scanning.

ts-app-phone-only-title = Register the app using only your phone

ts-pairing-link-used-title = "We're sorry, we ran into a problem" after the pairing link
ts-pairing-link-used-p1 = The pairing link works only once. Tapping it a second time shows this message, but usually the first tap already added your account.
ts-pairing-link-used-step-check = Open Microsoft Authenticator and look for your work account in its list.
ts-pairing-link-used-step-listed = If it is there, reopen the "Security info" page. If Microsoft Authenticator appears in the list there, you are done.
ts-pairing-link-used-step-not-listed = If it is in neither place, start adding the app again with "+ Add sign-in method", and tap the new link just once.

ts-app-no-notification-title = No notification arrives in the app
ts-app-no-notification-step-open = Open Microsoft Authenticator. A request that didn't pop up often appears when you open the app.
ts-app-no-notification-step-allow = In your phone's settings, check that Authenticator is allowed to send notifications.
ts-app-no-notification-step-network = Check that the phone is on Wi-Fi or mobile data: notifications need a connection.
ts-app-no-notification-step-code = If nothing arrives, choose "I can't use my Microsoft Authenticator app right now" on the sign-in screen and type in the six-digit code the app shows. The code works without a connection.

ts-code-rejected-clock-title = The six-digit code is not accepted
ts-code-rejected-clock-p1 = The app's codes are based on the time and change every 30 seconds. If your phone's clock is wrong, a code typed correctly is still refused.
ts-code-rejected-clock-step-auto = In your phone's settings, set the date and time to automatic.
ts-code-rejected-clock-step-fresh = Type in the code as soon as a new one appears in the app.
ts-code-rejected-clock-step-account = If the app holds several accounts, check that you are using the code of your account at { $organisation }.

ts-app-number-matching-title = Approve by typing the number into the app
ts-app-number-matching-p1 = To stop sign-ins by others, approving in the app asks for the number shown on the sign-in screen (number matching).
ts-app-number-matching-step-screen = The screen where you are signing in, such as your computer, shows a two-digit number.
ts-app-number-matching-step-type = Open the notification on your phone, type in that number, and approve.
ts-app-number-matching-step-no-field = If there is no field for the number, update the app to the latest version.

## Passkeys, security keys and tokens

ts-passkey-setup-title = I can't create a passkey in Microsoft Authenticator
ts-passkey-setup-p1 = Check these first:
ts-passkey-setup-item-os = Your phone runs iOS 17 or later, or Android 14 or later.
ts-passkey-setup-item-lock = Your phone has a screen lock (face, fingerprint or passcode).
ts-passkey-setup-p3 = If it still fails, keep the app (notifications and codes) and add a second method in another place instead, then ask { $helpdesk }.

ts-synced-passkey-setup-title = I can't save a passkey in my Apple or Google account
ts-synced-passkey-setup-step-os = Your phone runs iOS 16 or later, or Android 9 or later.
ts-synced-passkey-setup-step-manager = iPhone: iCloud Keychain is on (Settings > your name > iCloud > Passwords and Keychain). Android: Google Password Manager is chosen in Settings (search for "passkey"); on Samsung phones it is not the first choice, so pick it.
ts-synced-passkey-setup-step-lock = The phone has a screen lock (face, fingerprint or passcode).
ts-synced-passkey-setup-step-choose = Register on the phone itself, in Safari or Chrome: on the Security info page choose "+ Add sign-in method", then "Passkey", and when the phone asks where to save it, choose iCloud Keychain ("Passwords") or Google Password Manager.
ts-synced-passkey-setup-p2 = If "Passkey" is not offered, { $organisation } may not allow synced passkeys. Ask { $helpdesk }.

ts-windows-passkey-setup-title = I can't create a passkey on this Windows PC
ts-windows-passkey-setup-p1 = A passkey on Windows is kept by Windows Hello. Check these:
ts-windows-passkey-setup-step-hello = Windows Hello is set up: Settings > Accounts > Sign-in options shows a face, fingerprint or PIN sign-in.
ts-windows-passkey-setup-step-this-device = On the Security info page choose "+ Add sign-in method", then "Passkey". When Windows asks where to save it, choose this Windows device (not a phone or a security key).
ts-windows-passkey-setup-step-existing = If the PC already signs you in with Windows Hello for Business for this account, Windows may refuse a second credential. That one already counts as this PC's method.
ts-windows-passkey-setup-p2 = If Windows offers only a phone or a security key, { $organisation } may not allow passkeys on Windows. Ask { $helpdesk }.

ts-security-key-setup-title = I can't register a security key
ts-security-key-setup-p1 = You can only register a security key if { $organisation } allows it.
ts-security-key-setup-step-browser = Use a Windows PC with an up-to-date Edge or Chrome.
ts-security-key-setup-step-choose = On the Security info page choose "+ Add sign-in method", then "Passkey". When the browser or Windows asks where to save it, choose "Security key".
ts-security-key-setup-step-insert = When asked, plug the key into a USB port, or hold an NFC key against the reader.
ts-security-key-setup-step-pin = Set or enter the key's PIN, then touch the key's button or sensor.
ts-security-key-setup-step-name = Give the key a name you will recognise later.
ts-security-key-setup-note-apple = A new security key cannot be registered from an iPhone, iPad or Mac browser. Use a Windows PC, or ask { $helpdesk }.
ts-security-key-setup-note-default = A security key can't be your default method, so register another method as well.

ts-oath-token-setup-title = I can't add my hardware token
ts-oath-token-setup-step-serial = Type the serial number exactly as printed on the back of the token.
ts-oath-token-setup-step-fresh = Press the token's button for a fresh code and type it in straight away.
ts-oath-token-setup-step-in-time = Finish within a minute of opening the "Hardware token" page (two minutes for tokens whose code changes every 60 seconds).
ts-oath-token-setup-p2 = If "Hardware token" is not offered, or the serial number is refused, the token has not been assigned to you yet. Ask { $helpdesk }.

ts-passkey-prompt-title = I'm asked to create a passkey
ts-passkey-prompt-ahead-p1 = Microsoft stops providing its own text messages and voice calls for sign-in on { $date }. To prepare, it asks people who use texts or calls to create a passkey. Until that day you can postpone it, but creating one now means nothing changes for you then.
ts-passkey-prompt-retired-p1 = Microsoft stopped providing its own text messages and voice calls for sign-in on { $date }. If a phone number is all you have, this screen comes as soon as you sign in, before any other page, and you cannot skip it. Create the passkey right here.
ts-passkey-prompt-own-provider-p1 = Microsoft asks you to create a passkey. Text messages and calls keep working at { $organisation }, but a passkey is safer, so creating one is recommended.
ts-passkey-prompt-step-ready = Have your smartphone with you (iOS 17 or Android 14 or later for a passkey in Microsoft Authenticator), or sit at your own Windows PC with Windows Hello set up.
ts-passkey-prompt-step-follow = Follow the screen. When asked where to save the passkey, choose your phone (its password manager or Microsoft Authenticator) or this Windows device.
ts-passkey-prompt-step-test = Once it is created, sign in again to check that the passkey works. Then add a second method in another place on the Security info page.
ts-passkey-prompt-p-cannot = If you have neither a suitable phone nor your own Windows PC, ask { $helpdesk }: they can help with a security key or a Temporary Access Pass.

## Signing in

ts-signing-in-question = What happens when you sign in?
ts-signing-in-choice-app-asked-first = I chose text or call as default, but the app or a passkey comes up
ts-signing-in-choice-passkey-asked-no-bluetooth = The computer shows a QR code for a passkey, and nothing happens on my phone
ts-signing-in-choice-code-from-other-app = I'm asked for an "app verification code" from an app I never installed
ts-signing-in-choice-app-no-notification = No notification arrives in the app
ts-signing-in-choice-app-number-matching = I'm asked to enter a number
ts-signing-in-choice-code-rejected-clock = The app's six-digit code is refused
ts-signing-in-choice-sms-problem = The text message doesn't arrive, or I can't go on
ts-signing-in-choice-voice-call = Verifying by phone call doesn't work
ts-signing-in-choice-too-many-attempts = A message says I tried too many times
ts-signing-in-choice-abroad-offline-code = I'm abroad, or have no signal
ts-signing-in-choice-passkey-prompt = I'm asked to create a passkey

ts-app-asked-first-title = The app or a passkey always comes up first
ts-passkey-asked-no-bluetooth-title = A QR code for a passkey, and nothing happens on the phone
ts-passkey-asked-no-bluetooth-p1 = Microsoft asks for your passkey first, because it is your most secure method. Using a passkey on your phone from a computer needs Bluetooth on both, and many desk PCs have none. Use another method instead:
ts-passkey-asked-no-bluetooth-p2 = On a computer you sign in at every day, a passkey on that PC (Windows Hello) avoids this altogether.
ts-code-from-other-app-title = I'm asked for a code from an app I never installed
ts-abroad-offline-code-title = Use the app's code abroad or without signal

## Changing phones

ts-new-phone-question = Do you still have the old phone, and does it still work?
ts-new-phone-choice-change-phone-with-old = Yes, it still works
ts-new-phone-choice-phone-lost = No (it was reset, lost or broken)

ts-change-phone-with-old-title = Set up the new phone while you still have the old one

## Other answers

ts-mail-app-sign-in-again-title = Sign in again in your mail apps
ts-password-reset-title = Have your password reset
ts-register-at-next-sign-in-title = Register at your next sign-in
