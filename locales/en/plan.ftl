# Situation questions, the recommended plan, method names (English).

situation-smartphone-title = What kind of mobile phone do you have?
situation-smartphone-why = The Authenticator app and passkeys need a smartphone; text messages work on any mobile.
situation-smartphone-smartphone = A smartphone
situation-smartphone-smartphone-hint = iPhone or Android
situation-smartphone-feature-phone = A basic mobile phone
situation-smartphone-feature-phone-hint = Receives text messages (SMS), no apps
situation-smartphone-none = No mobile phone
situation-phone-at-work-title = Can you keep your phone with you while you work?
situation-phone-at-work-why = You sign in at work. If your phone stays in a locker, you need a method that does not depend on it.
situation-phone-at-work-allowed = Yes, it is with me
situation-phone-at-work-forbidden = No, it stays in a locker or bag
situation-travel-title = Do you travel abroad or work where there is no signal?
situation-travel-why = Text messages abroad may cost roaming fees or not arrive; the app's codes work offline.
situation-travel-often = Yes, sometimes
situation-travel-rarely = Hardly ever
situation-private-number-title = Are you happy to register your own mobile number with Microsoft?
situation-private-number-why = Text messages and calls need a number. The app works without one.
situation-private-number-ok = Yes, that is fine
situation-private-number-not-ok = I would rather not
situation-office-phone-title = Do you have a desk phone at work?
situation-office-phone-why = A desk phone can be a backup, if you are the one who answers it.
situation-office-phone-own-line = Yes, my own line
situation-office-phone-own-line-hint = A direct number that only I answer
situation-office-phone-shared-line = Yes, but others answer it too
situation-office-phone-none = No
situation-setup-device-title = What will you use to register?
situation-setup-device-why = With a computer, you scan QR codes with your phone. With only a phone, there is a different path.
situation-setup-device-pc = A computer (this one)
situation-setup-device-phone-only = Only my smartphone

## Plan

plan-role-primary = Main
plan-role-backup = Backup
plan-helpdesk-fallback = the help desk

plan-reason-phone-standard = The help desk's standard first step: text messages to your own mobile are the quickest method to set up (FAQ Q2, Q9).
plan-reason-phone-feature-phone = A basic mobile phone works: it receives the code by text message (FAQ Q5).
plan-reason-phone-own-provider = Your organisation keeps its own text and call service, so your mobile number still works after Microsoft's change on { $date }.
plan-reason-authenticator-second = A second method, so that you can still sign in if text messages do not arrive (FAQ Q9).
plan-reason-authenticator-travel = Its codes work without signal and cost nothing abroad, unlike text messages (FAQ Q1, Q6).
plan-reason-authenticator-no-number = It needs no phone number: nothing private is given to Microsoft (FAQ Q7).
plan-reason-authenticator-after-retirement = Microsoft stopped sending its own text messages and calls on { $date }: the app is now the main way to sign in.
plan-reason-passkey-second = A passkey in the app protects against fake sign-in pages, and it is what Microsoft asks for when text messages and calls end ({ $date }).
plan-reason-office-phone-at-work = Your phone stays in a locker during work, so your desk phone lets you sign in there (FAQ Q8).
plan-reason-office-phone-backup = A backup on a different line: if your mobile is lost or left at home, you can still sign in at your desk (FAQ Q9).
plan-reason-office-phone-shared = A shared line is the only second method available. Use it as little as possible (FAQ Q8).
plan-reason-security-key-no-smartphone = Without a smartphone, a security key from { $helpdesk } lets you sign in.
plan-reason-security-key-backup = A security key gives you a second method that does not depend on your phone.

plan-warning-no-method = None of the methods your organisation offers fits your answers. Please contact { $helpdesk }: they can suggest another way.
plan-warning-only-one-method = With only one method, losing it or leaving it at home means you cannot sign in (FAQ Q2, Q7). Add a second one when you can.
plan-warning-retirement-ahead = Microsoft stops sending its own text messages and calls for sign-in on { $date }. The methods marked with that date stop working then; the others carry on.
plan-warning-phone-lines-ended = Since { $date }, Microsoft no longer sends text messages or calls for sign-in, so phone numbers are not recommended.
plan-warning-roaming = Abroad, text messages may cost roaming fees or not arrive. Install the app before you travel (FAQ Q6).
plan-warning-travel-without-app = Abroad, you may not be able to receive text messages. Talk to { $helpdesk } before a trip.
plan-warning-office-phone-shared = Others answer this line: someone could press # and approve a sign-in that is not yours. Agree on its use with whoever manages the line, and never register the main switchboard number (FAQ Q8).
plan-warning-phone-forbidden-no-office = Your methods are on your phone, which stays in a locker at work. Ask { $helpdesk } how to sign in at your desk (FAQ Q8).
plan-warning-security-key-help-desk = Security keys are handed out by { $helpdesk }: ask them before you register one.
plan-warning-security-key-not-default = A security key cannot be your default method. Register another method too.
plan-warning-phone-only-pairing = You are registering on your phone only: tap the link "Pair your account to the app by clicking this link" instead of scanning (FAQ Q15).
plan-warning-method-disabled = Your organisation does not offer one of the methods you chose.
plan-warning-phone-lines-only = All your methods are phone lines. If you lose signal or your phone, none of them works: add the app if you can.

## Method names

method-authenticator-name = Microsoft Authenticator app
method-authenticator-summary = Approve sign-ins on your smartphone; also shows codes that work offline.
method-passkey-name = Passkey (in Microsoft Authenticator)
method-passkey-summary = Sign in with your phone's screen lock; safe against fake sign-in pages. iOS 17+ / Android 14+.
method-phone-name = Phone (text message or call)
method-phone-summary = A code by text message, or a call, to your own mobile.
method-alternate-phone-name = Alternate phone (call)
method-alternate-phone-summary = A second number that Microsoft can call.
method-office-phone-name = Office phone (call)
method-office-phone-summary = Microsoft calls your desk phone.
method-security-key-name = Security key
method-security-key-summary = A USB or NFC key; ask the help desk for one. Never the default method.
plan-role-interim = Until { $date }
plan-reason-authenticator-outlasts-sms = The app comes first because it keeps working after { $date }, when Microsoft stops sending its own text messages and calls for sign-in. The help desk's FAQ puts text messages first (Q2, Q9) because it was written before Microsoft announced this; starting with the app now saves you setting everything up again in February.
plan-reason-phone-feature-phone-until-retirement = Your mobile receives the code by text message until { $date } (FAQ Q5). After that day Microsoft sends no more texts, so ask { $helpdesk } before then what you will use instead.
plan-reason-office-phone-until-retirement = A second device until { $date }: if your mobile phone is left at home or lost, your desk phone still lets you sign in at work (FAQ Q8, Q9). Microsoft's calls end on that day.
plan-warning-no-lasting-method = None of these methods works after { $date }, when Microsoft stops sending its own text messages and calls. Ask { $helpdesk } well before then what you can use without a smartphone (a security key, for example).
plan-reason-phone-until-retirement = A fallback until { $date }: a code by text message still reaches you if the app is deleted or not working. Microsoft stops sending these texts on that day.
