# "I can't sign in": the step-by-step guide (English)
# Arguments: $helpdesk and $organisation, from the profile, as they read
# mid-sentence ("the IT help desk"), so no sentence starts with them.
# Choice ids are ts-<question>-choice-<next node>.

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

ts-other-method-available-question = Can you verify right now with another method you registered, such as your office phone?
ts-other-method-available-choice-use-another-method = Yes, I have one I can use
ts-other-method-available-choice-temporary-disable = No, or I'm not sure

ts-use-another-method-title = Sign in another way
ts-use-another-method-p1 = You can sign in as usual with another method you registered.
ts-step-other-method-choose = On the sign-in screen, choose "Sign in another way". If the app's screen is showing, choose "I can't use my Microsoft Authenticator app right now".
ts-step-other-method-pick = From the list, pick a method you have with you now.
ts-step-other-method-finish = If you chose a text message or a call: type in the code you receive, or answer the call and press # when the voice asks.
ts-use-another-method-note = Once your phone is back, everything works as before. There is nothing to change.

ts-temporary-disable-title = Ask for multi-factor authentication to be switched off for a while
ts-temporary-disable-step-contact = Contact { $helpdesk } and explain that you can't sign in because your phone is not with you.
ts-temporary-disable-step-identity = Have your identity checked in person, for example at their counter. Bring photo ID.
ts-temporary-disable-step-after = They will tell you how long it stays off and when it comes back on.

ts-phone-lost-title = My phone was lost or broke
ts-phone-lost-p1 = Remove the lost or broken phone from your methods, then register your new phone.
ts-phone-lost-step-sign-in = Sign in to the "Security info" page with another method you registered, such as your office phone.
ts-phone-lost-step-remove = Delete the lost or broken phone's Microsoft Authenticator from the list.
ts-phone-lost-step-add = When you have a new phone, register it with "Add sign-in method".
ts-phone-lost-note-sim = If your mobile carrier gives you a new SIM card with the same number, text messages and calls work again as before.
ts-phone-lost-p2 = If you have no other method registered, ask { $helpdesk }. After checking who you are in person, they can switch off multi-factor authentication for a while.

ts-reinstall-app-title = Set up the Authenticator app again

## Registering doesn't work

ts-registering-question = Which method are you registering?
ts-registering-choice-sms-problem = Text message (SMS)
ts-registering-choice-voice-call = Phone call
ts-registering-choice-app-setup = The Microsoft Authenticator app
ts-registering-choice-passkey-setup = A passkey
ts-registering-choice-security-key-setup = A security key
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
ts-if-still-stuck = If you still can't go on, try these:

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
ts-sms-no-code-step-filter = If your phone or carrier blocks spam texts (for example messages from abroad or unknown senders), check that setting.
ts-sms-no-code-step-latest = If several messages arrive, type in the code from the latest one.
ts-sms-no-code-p-other = If it still doesn't arrive, choose a phone call instead, or use the Authenticator app.
ts-note-phone-lines-retired = Microsoft stopped providing text messages and voice calls for sign-in on 1 February 2027, which is why nothing arrives. Register a passkey or the Authenticator app.

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
ts-item-voice-hash-unrecognized = Phones or lines that don't pass on # as # can't be used for this.
ts-item-other-number = Register another phone number, such as a mobile
ts-item-use-app = Register the Authenticator app and verify with it
ts-voice-other-way = If it still doesn't work, switch to one of these:

ts-voice-call-not-arriving-title = The verification call doesn't come
ts-voice-call-not-arriving-p1 = Check these, one by one:
ts-voice-step-number = Check the phone number you registered, and that the country is "Japan (+81)".
ts-voice-step-line-free = Make sure the line is not busy and doesn't go straight to voicemail.

ts-voice-press-hash-title = Press # as soon as you hear the voice
ts-voice-press-hash-p1 = If # is not pressed within about 20 seconds of the voice starting, the verification fails.
ts-voice-press-hash-step-answer = Answer the call and press # as soon as you hear the voice. You don't need to hear it to the end.
ts-voice-press-hash-step-keypad = On a smartphone, the screen turns on when you move it away from your ear. Open the keypad, then press #.
ts-voice-press-hash-step-again = If you were too late, ask for another call from the sign-in screen.

ts-voice-pulse-line-title = Verifying on a pulse-dialling phone
ts-voice-pulse-line-p1 = When a phone is set to pulse dialling, # may not get through.
ts-voice-pulse-line-step-star = When the voice starts, press * first. This switches the phone to tones.
ts-voice-pulse-line-step-hash = Then press #.

ts-voice-rotary-title = Rotary dial phones can't be used
ts-voice-rotary-p1 = A phone with a rotary dial can't send #, so it can't be used to verify by phone call.

ts-voice-optical-ip-title = Verifying fails on an optical-fibre or IP phone
ts-voice-optical-ip-p1 = On some optical-fibre (hikari) and internet (IP) phone lines, # doesn't get through properly, so verification fails.

ts-voice-checklist-title = Why verifying by phone call fails
ts-voice-checklist-p1 = Check whether any of these apply:

## The Authenticator app

ts-app-setup-question = Where are you stuck?
ts-app-setup-choice-app-qr-scan = The QR code won't scan
ts-app-setup-choice-app-phone-only = I have no computer and want to register with my phone only
ts-app-setup-choice-pairing-link-used = After tapping the pairing link, I see "We're sorry, we ran into a problem"
ts-app-setup-choice-app-no-notification = No notification arrives in the app
ts-app-setup-choice-app-number-matching = The app asks me to enter a number
ts-app-setup-choice-code-rejected-clock = The six-digit code is not accepted

ts-app-qr-scan-title = The QR code won't scan
ts-app-qr-scan-step-app = In the Authenticator app, choose "+", then "Work or school account", then "Scan a QR code".
ts-app-qr-scan-step-camera = If the camera doesn't start, allow Authenticator to use the camera in your phone's settings.
ts-app-qr-scan-step-distance = Hold the phone 15 to 30 cm from the screen so the whole code fits in the frame. A brighter screen helps.
ts-app-qr-scan-step-manual = If it still won't scan, choose "Can't scan image?" below the QR code, then type the code and URL it shows into the app's manual entry screen.
ts-app-qr-scan-note-phone-only = If you are registering with your phone only, without a computer, tap the pairing link instead of scanning.

ts-app-phone-only-title = Register the app using only your phone
ts-app-phone-only-step-install = Install Microsoft Authenticator first.
ts-app-phone-only-step-open = Open the "Security info" page in your phone's browser and sign in.
ts-app-phone-only-step-add = Choose "Add sign-in method", pick the Authenticator app, and go on until the QR code appears.
ts-app-phone-only-step-link = Instead of scanning, tap "Pair your account to the app by clicking this link." The app opens and adds your account.
ts-app-phone-only-step-back = Go back to the browser, press "Next", and approve the notification that arrives in the app.

ts-pairing-link-used-title = "We're sorry, we ran into a problem" after the pairing link
ts-pairing-link-used-p1 = The pairing link works only once. Tapping it a second time shows this message, but usually the first tap already added your account.
ts-pairing-link-used-step-check = Open Microsoft Authenticator and look for your work account in its list.
ts-pairing-link-used-step-listed = If it is there, reopen the "Security info" page. If Microsoft Authenticator appears in the list there, you are done.
ts-pairing-link-used-step-not-listed = If it is in neither place, start adding the app again with "Add sign-in method", and tap the new link just once.

ts-app-no-notification-title = No notification arrives in the app
ts-app-no-notification-step-open = Open Microsoft Authenticator. A request that didn't pop up often appears when you open the app.
ts-app-no-notification-step-allow = In your phone's settings, check that Authenticator is allowed to send notifications.
ts-app-no-notification-step-network = Check that the phone is on Wi-Fi or mobile data: notifications need a connection.
ts-app-no-notification-step-code = If nothing arrives, choose "I can't use my Microsoft Authenticator app right now" on the sign-in screen and type in the six-digit code the app shows. The code works without a connection.
ts-note-china-android = In mainland China, Android phones do not receive the app's notifications. Use the code from the start.

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

## Passkeys and security keys

ts-passkey-setup-title = I can't register a passkey
ts-passkey-setup-p1 = A passkey is created inside Microsoft Authenticator. Check these:
ts-passkey-setup-item-os = Your phone runs iOS 17 or later, or Android 14 or later
ts-passkey-setup-item-bluetooth = When registering from a computer, Bluetooth is on on both the computer and the phone
ts-passkey-setup-item-lock = Your phone has a screen lock (face, fingerprint or passcode)
ts-passkey-setup-p2 = The quickest way needs no computer and no Bluetooth: open Microsoft Authenticator, tap your university account, then "Create a passkey".
ts-passkey-setup-p3 = If it still fails, register the Authenticator app (notifications and codes) first, then ask { $helpdesk }.

ts-security-key-setup-title = I can't register a security key
ts-security-key-setup-p1 = You can only register a security key if { $organisation } allows it. If it is not offered under "Add sign-in method", ask { $helpdesk }.
ts-security-key-setup-step-browser = Use an up-to-date browser, such as Edge or Chrome.
ts-security-key-setup-step-insert = When asked, plug the key into a USB port, or hold an NFC key against the reader.
ts-security-key-setup-step-pin = Set or enter the key's PIN, then touch the key's button or sensor.
ts-security-key-setup-step-name = Give the key a name you will recognise later.
ts-security-key-setup-note-default = A security key can't be your default method, so register another method as well.

ts-passkey-prompt-title = I'm asked to create a passkey
ts-passkey-prompt-ahead-p1 = Microsoft will stop providing text messages and voice calls for sign-in on 1 February 2027. To prepare, it asks people who use texts or calls to create a passkey. Until that day you can postpone it, but creating one now means nothing changes for you in February.
ts-passkey-prompt-retired-p1 = Microsoft stopped providing text messages and voice calls for sign-in on 1 February 2027. If those are your only methods, you can't go on signing in until you create a passkey.
ts-passkey-prompt-own-provider-p1 = Microsoft asks you to create a passkey. Text messages and calls keep working at { $organisation }, but a passkey is safer, so creating one is recommended.
ts-passkey-prompt-step-ready = Have a phone with iOS 17 or later, or Android 14 or later, with Microsoft Authenticator installed.
ts-passkey-prompt-step-follow = Follow the screens to create the passkey. If you are on a computer, turn on Bluetooth on both the computer and the phone.
ts-passkey-prompt-step-test = Once it is created, sign in again to check that the passkey works.
ts-passkey-prompt-p-cannot = If your phone doesn't meet these requirements, ask { $helpdesk }.

## Signing in

ts-signing-in-question = What happens when you sign in?
ts-signing-in-choice-app-asked-first = I chose text or call as default, but the app comes up
ts-signing-in-choice-code-from-other-app = I'm asked for an "app verification code" from an app I never installed
ts-signing-in-choice-app-no-notification = No notification arrives in the app
ts-signing-in-choice-app-number-matching = I'm asked to enter a number
ts-signing-in-choice-code-rejected-clock = The app's six-digit code is refused
ts-signing-in-choice-sms-problem = The text message doesn't arrive, or I can't go on
ts-signing-in-choice-voice-call = Verifying by phone call doesn't work
ts-signing-in-choice-too-many-attempts = A message says I tried too many times
ts-signing-in-choice-abroad-offline-code = I'm abroad, or have no signal
ts-signing-in-choice-passkey-prompt = I'm asked to create a passkey

ts-app-asked-first-title = The app always comes up first
ts-code-from-other-app-title = I'm asked for a code from an app I never installed

ts-abroad-offline-code-title = Use the app's code abroad or without signal
ts-abroad-offline-code-step-choose = On the sign-in screen, choose "I can't use my Microsoft Authenticator app right now" or "Sign in another way".
ts-abroad-offline-code-step-code = From the list, choose the option to use a verification code from the app.
ts-abroad-offline-code-step-type = Open the app and type in the six-digit code it shows.

## Changing phones

ts-new-phone-question = Do you still have the old phone, and does it still work?
ts-new-phone-choice-change-phone-with-old = Yes, it still works
ts-new-phone-choice-phone-lost = No (it was reset, lost or broken)

ts-change-phone-with-old-title = Register the new phone while you still have the old one
ts-change-phone-with-old-p1 = Before you reset the old phone, go through these steps in order:
ts-step-new-phone-install = Install Microsoft Authenticator on the new phone.
ts-step-new-phone-sign-in-old = On a computer, open the "Security info" page and sign in, verifying with the old phone.
ts-step-new-phone-add = Choose "Add sign-in method" and register the app on the new phone.
ts-step-new-phone-test = Check that you can verify with the new phone.
ts-step-new-phone-remove-old = Delete the old phone from the list, and only then reset the old phone.
ts-note-restored-backup = If you restored the app from a backup, your work account won't work as it is. Open the account in the app and sign in again, or register it again with the steps above.

## Other answers

ts-mail-app-sign-in-again-title = Sign in again in your mail apps
ts-password-reset-title = Have your password reset
ts-register-at-next-sign-in-title = Register at your next sign-in
ts-note-phone-lines-end-ahead = Text messages and calls from Microsoft work until 1 February 2027 and stop on that day. If this method keeps failing, this is a good moment to register the app or a passkey instead.
ts-passkey-setup-item-browser = In the phone's browser, you are not using Microsoft Edge on Android, where creating a passkey does not work
