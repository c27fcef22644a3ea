# Situation questions, the recommended plan, method names, places (English).
# Plan texts may use $date (Microsoft's retirement date), $helpdesk and
# $organisation (as they read mid-sentence). The FAQ answers a reason rests on
# are shown beside it as links ("FAQ Q2"), from the source table.

situation-smartphone-title = What kind of mobile phone do you have?
situation-smartphone-why = The Authenticator app and passkeys on a phone need a smartphone; text messages work on any mobile.
situation-smartphone-smartphone = A smartphone
situation-smartphone-smartphone-hint = iPhone or Android
situation-smartphone-feature-phone = A basic mobile phone
situation-smartphone-feature-phone-hint = Receives text messages (SMS), no apps
situation-smartphone-none = No mobile phone
situation-phone-at-work-title = Can you keep your phone with you while you work?
situation-phone-at-work-why = You sign in at work. If your phone stays in a locker, you need a method that works at your desk without it.
situation-phone-at-work-allowed = Yes, it is with me
situation-phone-at-work-forbidden = No, it stays in a locker or bag
situation-travel-title = Do you travel abroad or work where there is no signal?
situation-travel-why = Text messages abroad may cost roaming fees or not arrive; the app's codes work offline.
situation-travel-often = Yes, sometimes
situation-travel-rarely = Hardly ever
situation-private-number-title = Are you happy to register your own mobile number with Microsoft?
situation-private-number-why = Text messages and calls need a number. The app and passkeys work without one.
situation-private-number-ok = Yes, that is fine
situation-private-number-not-ok = I would rather not
situation-office-phone-title = Do you have a desk phone at work?
situation-office-phone-why = A desk phone can be a backup, if you are the one who answers it.
situation-office-phone-own-line = Yes, my own line
situation-office-phone-own-line-hint = A direct number that only I answer
situation-office-phone-shared-line = Yes, but others answer it too
situation-office-phone-none = No
situation-setup-device-title = What will you register with?
situation-setup-device-why = A passkey can live on your own work computer, so it still lets you in when your phone is lost. On a shared computer nothing is kept.
situation-setup-device-pc = This computer, my own work computer
situation-setup-device-pc-hint = Only I sign in to it
situation-setup-device-shared-pc = This computer, but others use it too
situation-setup-device-phone-only = Only my smartphone

## Plan

plan-role-primary = Main
plan-role-backup = Backup
plan-role-interim = Until { $date }
plan-faq-link = FAQ Q{ $number }

## Where a method lives

place-smartphone = On your smartphone
place-cloud-account = In your Apple or Google account
place-this-pc = On this PC
place-security-key = On your security key
place-token = On a token from { $helpdesk }
place-mobile-number = Your mobile number
place-other-number = Your second number
place-desk-line = Your desk line

## Why a method is in the plan

plan-reason-phone-standard = The help desk's standard first step: text messages to your own mobile are quick to set up, and { $organisation } keeps them working. The number survives a lost phone, because a new SIM keeps it.
plan-reason-phone-feature-phone = A basic mobile phone works: it receives the code by text message, and { $organisation } keeps text messages working.
plan-reason-phone-feature-phone-until-retirement = Your mobile receives the code by text message until { $date }. After that day Microsoft sends no more texts, so the other method in your plan is what lasts.
plan-reason-phone-until-retirement = A stopgap until { $date }: a code by text message still reaches you if the app is lost. Microsoft stops sending these texts on that day.
plan-reason-authenticator-second = A second method in another place: the app still works when text messages do not arrive, and without signal.
plan-reason-authenticator-travel = Your everyday method. Its codes work without signal and cost nothing abroad.
plan-reason-authenticator-no-number = Your everyday method, with no phone number: nothing private is given to Microsoft.
plan-reason-authenticator-outlasts-sms = Your everyday method: you approve sign-ins on your phone. It keeps working after { $date }, when Microsoft stops sending its own text messages and calls.
plan-reason-authenticator-after-retirement = Your everyday method: you approve sign-ins on your phone. Microsoft no longer sends text messages or calls for sign-in (since { $date }).
plan-reason-authenticator-away-from-desk = For signing in away from your desk: at home, on a trip, on your phone. Its codes work without signal.
plan-reason-passkey-second = Microsoft asks everyone to create a passkey, and it protects against fake sign-in pages. It lives in the app on the same phone, so it is not a second place.
plan-reason-synced-passkey-second-place = Your second place: the passkey is kept in your Apple or Google account. If your phone is lost or replaced, the new phone gets it back when you sign in to that account, and you sign in with it to move the app.
plan-reason-windows-passkey-second-place = Your second place: the passkey stays on this PC. At your desk you sign in with the PC's face, fingerprint or PIN, and it still works when your phone is lost.
plan-reason-windows-passkey-no-smartphone = Without a smartphone, this PC is how you sign in at your desk: with its face, fingerprint or PIN (Windows Hello). The passkey stays on this PC, so create it only on a PC that is yours.
plan-reason-windows-passkey-at-desk = Your phone stays in a locker, so this PC is how you sign in at your desk: with its face, fingerprint or PIN (Windows Hello).
plan-reason-office-phone-at-work = Your phone stays in a locker during work, so your desk phone lets you sign in there.
plan-reason-office-phone-backup = A backup on a different line: if your mobile is lost or left at home, you can still sign in at your desk.
plan-reason-office-phone-until-retirement = A second way until { $date }: your desk phone still lets you sign in at work if your mobile is left at home or lost. Microsoft's calls end on that day.
plan-reason-office-phone-shared = Others answer this line, and nothing else reaches your desk. Use it as little as possible.
plan-reason-security-key-no-smartphone = Without a smartphone, a security key lets you sign in at any computer. Ask { $helpdesk } whether they provide one.
plan-reason-security-key-backup = A second place that does not depend on your phone: a small key on your key ring.
plan-reason-security-key-at-desk = Your phone stays in a locker, so a key on your key ring is how you sign in at your desk.
plan-reason-oath-token-backup = A second place that does not depend on your phone: a small token from { $helpdesk } that shows a code.

## Warnings

plan-warning-no-method = None of the methods { $organisation } offers fits your answers. Please contact { $helpdesk }: they can suggest another way.
plan-warning-only-one-method = With only one method, losing it or leaving it at home means you cannot sign in. Add a second one, in another place, when you can.
plan-warning-one-place = Everything in this plan lives in one place. If you lose it, none of these methods lets you in: see below what to do then.
plan-warning-retirement-ahead = Microsoft stops sending its own text messages and calls for sign-in on { $date }. The methods marked with that date stop working then; the others carry on.
plan-warning-no-lasting-method = None of these methods works after { $date }, when Microsoft stops sending its own text messages and calls. Ask { $helpdesk } well before then what you can use (a security key, for example).
plan-warning-phone-lines-ended = Since { $date }, Microsoft no longer sends text messages or calls for sign-in, so phone numbers are not suggested.
plan-warning-roaming = Abroad, text messages may cost roaming fees or not arrive. Set up the app before you travel.
plan-warning-travel-without-app = Abroad, you may not be able to receive text messages. Talk to { $helpdesk } before a trip.
plan-warning-office-phone-shared = Others answer this line: someone could press # and approve a sign-in that is not yours. Agree on its use with whoever manages the line, and never register the main switchboard number.
plan-warning-phone-forbidden-no-office = Your phone stays in a locker, and nothing in this plan lets you sign in at your desk for good. Ask { $helpdesk } about a security key.
plan-warning-security-key-help-desk = Ask { $helpdesk } which security key to use, or whether they provide one, before you buy one.
plan-warning-security-key-not-default = A security key cannot be your default method. Register another method too.
plan-warning-oath-token-help-desk = Hardware tokens come from { $helpdesk }: ask them for one first. They assign it to you before you can add it.
plan-warning-phone-only-pairing = You are registering on your phone only: tap the link "Pair your account to the app by clicking this link" instead of scanning.
plan-warning-method-disabled = One of the methods you chose is not offered by { $organisation }.
plan-warning-phone-lines-only = All your methods are phone lines. If you lose signal or your phone, none of them works: add the app if you can.
plan-warning-provider-some-staff = Text messages or calls are kept at { $organisation } for some staff only, so this plan does not count on them. Ask { $helpdesk } whether that includes you.

## If the phone is lost

lost-phone-title = If your phone is lost, broken or replaced
lost-phone-way-cloud-account = Sign in to your Apple or Google account on the new phone (or on another device): your synced passkey is there, and you sign in with it.
lost-phone-way-this-pc = At this PC, sign in with your passkey on Windows (the PC's face, fingerprint or PIN).
lost-phone-way-security-key = Sign in with your security key.
lost-phone-way-token = Sign in with the code on your hardware token.
lost-phone-way-mobile-number = Get a new SIM card with the same number from your carrier: codes by text message or a call reach it again.
lost-phone-way-other-number = Sign in with a call to your second number.
lost-phone-way-desk-line = Sign in at your desk with a call to your desk phone.
lost-phone-then = Then open the Security info page, delete the lost phone's entries, and set up the new phone.
lost-phone-help-desk = Nothing you registered is away from your phone. Contact { $helpdesk }: after checking who you are in person, they give you a Temporary Access Pass, a code that works for a limited time, so you can sign in and set up your new phone.

## Method names

method-authenticator-name = Microsoft Authenticator app
method-authenticator-summary = Approve sign-ins on your smartphone; also shows codes that work offline.
method-passkey-name = Passkey in Microsoft Authenticator
method-passkey-summary = Sign in with your phone's screen lock; safe against fake sign-in pages. Lives in the app on that phone. iOS 17+ / Android 14+.
method-synced-passkey-name = Passkey in your Apple or Google account
method-synced-passkey-summary = Kept in iCloud Keychain or Google Password Manager, so a new phone gets it back. iOS 16+ / Android 9+.
method-windows-passkey-name = Passkey on this Windows PC
method-windows-passkey-summary = Sign in at this PC with its face, fingerprint or PIN (Windows Hello). Only on a PC that is yours.
method-phone-name = Phone (text message or call)
method-phone-summary = A code by text message, or a call, to your own mobile.
method-alternate-phone-name = Alternate phone (call)
method-alternate-phone-summary = A second number that Microsoft can call.
method-office-phone-name = Office phone (call)
method-office-phone-summary = Microsoft calls your desk phone.
method-security-key-name = Security key
method-security-key-summary = A small USB or NFC key on your key ring. Never the default method.
method-oath-token-name = Hardware token
method-oath-token-summary = A small device from the help desk that shows a code.
