# Frequently asked questions (English)
# Arguments: $helpdesk is the help desk's name from the profile, written as it
# reads mid-sentence ("the IT help desk"), so no sentence starts with it;
# $organisation is the organisation's name, likewise.
# *-keywords are never shown: they are extra words for the search.

## Words of the FAQ view

faq-title = Frequently asked questions
faq-search-label = Search the questions
faq-search-placeholder = e.g. forgot phone, SMS, new phone
faq-no-results = No question matches. Try other words, or use "I can't sign in" to find your answer step by step.
faq-results-count = { $count ->
    [one] 1 question found
   *[other] { $count } questions found
}
faq-guide-link = Work through it step by step
faq-help-desk-generic = the help desk

## Contact

faq-contact-title = Contact { $helpdesk }
faq-contact-hours = Hours
faq-contact-phone = Phone
faq-contact-email = Email
faq-contact-none = You will find how to reach them in the information { $organisation } gave you when you joined.
faq-bring-title = Please bring
faq-bring-photo-id = Photo ID, such as your staff ID card
faq-bring-password-form = The completed password reset form (キャンパス情報システムパスワード再発行申請書)

## Topics

faq-topic-before-you-start = Before you start
faq-topic-methods = Choosing your methods
faq-topic-phones-and-costs = Phones, costs and travel
faq-topic-signing-in = Signing in
faq-topic-trouble = When something goes wrong
faq-topic-account = Password

## Q1 Abroad or out of coverage

faq-abroad-no-signal-question = I'm abroad or somewhere without signal and can't take calls or texts. How do I verify my sign-in?
faq-abroad-no-signal-keywords = travel trip overseas abroad roaming offline signal coverage plane flight china one-time code
faq-abroad-no-signal-p1 = Install the Microsoft Authenticator app on your smartphone. It shows a six-digit one-time code that you type in at sign-in. The code appears even when the phone has no connection, so it works on a plane or out of coverage.
faq-abroad-no-signal-note-before = Adding the app to your account needs an internet connection, so set it up in Japan before you leave.
faq-abroad-no-signal-note-china = In mainland China, Android phones do not receive the app's notifications. At sign-in, choose a way other than the notification and type in the code the app shows.

## Q2 Why text messages come first

faq-why-sms-first-question = Why am I told to register my mobile number for text messages first, rather than the app?
faq-why-sms-first-keywords = standard recommended recommendation reason sms text app first
faq-why-sms-first-p1 = Setting up the app takes a few more steps, and people new to it often get stuck. And if the app is your only method, forgetting or losing your phone leaves you with no way to sign in.
faq-why-sms-first-p2 = So the advice from { $helpdesk } is to register your mobile number for text messages (SMS) first, then add the app or another method. With two or more methods, you are never stuck when one of them is not available.
faq-why-sms-first-note-retirement-ahead = The help desk wrote this before Microsoft announced that it stops sending its own text messages and calls for sign-in on 1 February 2027. So this assistant now suggests the app or a passkey first: they keep working after that day. A text message can still serve as a fallback until then.
faq-why-sms-first-note-retired = Microsoft stopped providing SMS and voice calls for sign-in on 1 February 2027. Register the app or a passkey first.
faq-why-sms-first-note-own-provider = Text messages and calls keep working after Microsoft ends its own service on 1 February 2027, because { $organisation } has its own contract with a telephone provider.

## Q3 How many

faq-how-many-devices-question = How many devices can I register for the app, and how many phone numbers?
faq-how-many-devices-keywords = limit maximum how many devices numbers lines tablet several multiple
faq-how-many-devices-p1 = You can register the app on up to five phones or tablets per account.
faq-how-many-devices-p2 = You can register up to three phone numbers, one of each kind:
faq-how-many-devices-item-phone = "Phone": for text messages or calls. It is the only number that can receive text messages.
faq-how-many-devices-item-alternate = "Alternate phone": calls only.
faq-how-many-devices-item-office = "Office phone": calls only, with a field for an extension.
faq-how-many-devices-note-passkeys = How many passkeys or security keys you can register depends on the settings of { $organisation }.

## Q4 Forgot the phone

faq-forgot-phone-question = I left my smartphone at home and can't sign in.
faq-forgot-phone-keywords = forgot forgotten left home mobile smartphone cellphone without phone not with me temporarily disable switch off
faq-forgot-phone-p1 = If you registered another method, such as your office phone, choose "Sign in another way" on the sign-in screen and use that method.
faq-forgot-phone-p2 = If you have no other method, contact { $helpdesk }. They can switch off multi-factor authentication for your account for a while.
faq-forgot-phone-p3 = Before they do, they will check who you are in person, for example at their counter, so that nobody else can ask for this in your name.
faq-forgot-phone-note-impersonation = Abroad, accounts have been broken into after someone asked for this while pretending to be the owner. Thank you for bearing with the identity check.

## Q5 No smartphone

faq-no-smartphone-question = I don't have a smartphone. What can I do?
faq-no-smartphone-keywords = no smartphone feature phone flip phone basic mobile cellphone without smartphone
faq-no-smartphone-p1 = Any mobile phone that can receive text messages will do, including an older feature phone. Register its number as "Phone" and type in the code you receive by text.
faq-no-smartphone-p2 = Adding your desk phone as "Office phone" gives you a fallback for days when the mobile is not with you.
faq-no-smartphone-note-retirement-ahead = Microsoft will stop providing text messages and calls for sign-in on 1 February 2027. Ask { $helpdesk } early how you will sign in after that.
faq-no-smartphone-retired = Since Microsoft stopped providing text messages and calls for sign-in on 1 February 2027, a mobile number alone is no longer enough. Ask { $helpdesk } what you can use without a smartphone.

## Q6 Costs

faq-costs-question = Does it cost anything to receive the calls and text messages?
faq-costs-keywords = cost costs charge charges fee free price money pay data roaming 050 ip phone
faq-costs-p1 = No call or text charges apply, because you only receive them.
faq-costs-p2 = Depending on your plan, you may pay for the data used. An internet phone app with a 050 number, for example, uses about 70 KB for a 15-second call and a few KB per message.
faq-costs-p3 = Abroad, receiving calls and texts may cost roaming fees under some plans. If you will use Microsoft 365 mail while travelling, install the Authenticator app before you leave: its codes work without a connection.

## Q7 Private number

faq-private-number-question = I don't want to give Microsoft my private phone number.
faq-private-number-keywords = private personal own number privacy share give do not want
faq-private-number-p1 = You can register the app alone. But then, if you forget your phone, or change phones without the old one at hand, you may be unable to sign in. That is why { $helpdesk } recommends also registering a number that can receive text messages.
faq-private-number-p2 = To keep a fallback without your private number, combine these:
faq-private-number-item-app = The Authenticator app (notifications and codes)
faq-private-number-item-office = Your desk phone, registered as "Office phone"
faq-private-number-item-passkey = A passkey, kept in the Authenticator app

## Q8 No phones at work

faq-phone-not-allowed-at-work-question = Phones are not allowed where I work, so mine stays in a locker. What should I do?
faq-phone-not-allowed-at-work-keywords = locker not allowed banned forbidden workplace desk phone landline office phone extension
faq-phone-not-allowed-at-work-p1 = You can register the number of your desk phone as "Office phone".
faq-phone-not-allowed-at-work-note-someone-else = But someone else may pick up a desk phone and press # without checking, which lets the sign-in through. Accounts have been broken into this way, mostly abroad. Use it only when you have to.
faq-phone-not-allowed-at-work-p2 = Never register the main switchboard number of { $organisation }: the calls would get in the way of the operators' work.
faq-phone-not-allowed-at-work-p3 = Agree which number to use with whoever manages that line, such as the head of your department.

## Q9 Which method

faq-which-method-question = There are so many methods. Which ones should I register?
faq-which-method-keywords = which choose choice best recommended combination several options confused
faq-which-method-p1 = The advice from { $helpdesk } is to register your mobile number for text messages first, then add the app or your desk phone. With several methods you can still sign in when you are out of coverage, or when your phone is forgotten or broken.
faq-which-method-note-retirement-ahead = Methods that rely on Microsoft's text messages or calls stop working on 1 February 2027.
faq-which-method-retired = Microsoft stopped providing text messages and calls for sign-in on 1 February 2027. Make the app your main method and add another, such as a passkey.
faq-which-method-p2 = Answer this assistant's questions and it will suggest the combination that suits you.

## Q10 The app always comes first

faq-app-shown-first-question = I chose text messages or calls as my default method, but the app always comes up first when I sign in.
faq-app-shown-first-keywords = default preferred first always change switch authenticator shown
faq-app-shown-first-p1 = Microsoft now chooses the method for you: at sign-in it asks for the most secure method you registered, and the app comes before text messages and calls. This is how Microsoft designed it (system-preferred authentication), not a mistake in your settings.
faq-app-shown-first-p2 = When you can't use the app, choose "I can't use my Microsoft Authenticator app right now" or "Sign in another way" to switch to another method you registered.
faq-app-shown-first-note-number = When you approve in the app, it asks for the number shown on the sign-in screen. Type that number into the app (this is called number matching).

## Q11 Asked for a code from an app you never installed

faq-app-code-without-app-question = I'm asked for an "app verification code", but I never installed Microsoft Authenticator, and no text or notification arrives.
faq-app-code-without-app-keywords = verification code never installed iphone passwords chrome extension microsoftonline other app
faq-app-code-without-app-p1 = When you set up multi-factor authentication, your account may have been added to a different app. Look for the code in these places:
faq-app-code-without-app-item-iphone = iPhone with iOS 18 or later: open the Passwords app. With iOS 17 or earlier: open Settings > Passwords. If there is an entry for microsoftonline.com, type in the verification code it shows.
faq-app-code-without-app-item-chrome = Computer: open the "Authenticator" extension in Chrome. If it lists your account, type in the code it shows.
faq-app-code-without-app-p2 = If you can't tell which device or app you used, and you have no other method registered, contact { $helpdesk }.

## Q12 Deleted the app

faq-app-deleted-question = I deleted the Microsoft Authenticator app by mistake.
faq-app-deleted-keywords = deleted removed uninstalled reinstall lost app
faq-app-deleted-p1 = If you registered a phone number, you can sign in with a code sent by text message: on the sign-in screen, choose "I can't use my Microsoft Authenticator app right now" or "Sign in another way". Then set the app up again:
faq-app-deleted-step-install = Install Microsoft Authenticator on your phone again.
faq-app-deleted-step-sign-in = On a computer, open the "Security info" page and sign in with another method you registered.
faq-app-deleted-step-remove-old = Delete the old Microsoft Authenticator entry from the list.
faq-app-deleted-step-add = Choose "Add sign-in method" and register the app again.
faq-app-deleted-p2 = If you have no phone number registered, or you can't sort it out yourself, contact { $helpdesk }.

## Q13 Add another method

faq-add-another-method-question = I want to add a method besides the ones I registered.
faq-add-another-method-keywords = add another more extra new method change security info mysecurityinfo
faq-add-another-method-p1 = You can add methods at any time on Microsoft's "Security info" page.
faq-add-another-method-step-open = Open the "Security info" page (aka.ms/mysecurityinfo) and sign in.
faq-add-another-method-step-add = Choose "Add sign-in method".
faq-add-another-method-step-follow = Pick the method you want and follow the instructions on the screen.
faq-add-another-method-p2 = This assistant also walks you through each method step by step.

## Q14 When to register

faq-when-to-register-question = When should I set this up, and by when?
faq-when-to-register-keywords = when date deadline schedule start pre-registration early timing
faq-when-to-register-p1 = You can pre-register at any time. Multi-factor authentication is only required from the start date that { $organisation } announces. Register before then, and you will sign in as usual after that date.
faq-when-to-register-p2 = Start dates are announced to each group of staff, following the rollout schedule.

## Q15 Without a computer

faq-without-pc-question = Can I set this up without a computer?
faq-without-pc-keywords = without computer pc laptop phone only smartphone only pair pairing link
faq-without-pc-p1 = Yes, a smartphone is all you need. Open the "Security info" page in the phone's browser (Safari, Chrome or similar) and switch between the browser and the Authenticator app as you go.
faq-without-pc-p2 = When you reach the step that adds the app, don't scan the QR code: tap the link "Pair your account to the app by clicking this link." instead.
faq-without-pc-note-once = The link works only once. If the page then says "We're sorry, we ran into a problem", open the app first: your account has often been added already.

## Q16 Stuck during the text message step

faq-sms-stuck-question = While verifying by text message, I get "please show you are not a robot" or "We're sorry, we ran into a problem" and can't go on.
faq-sms-stuck-keywords = robot captcha characters image stuck error problem sms text cookies cache
faq-sms-stuck-p-robot = "please show you are not a robot": type the letters and numbers from the picture and press "Next". It may ask several times in a row; type them in each time.
faq-sms-stuck-p-problem = "We're sorry, we ran into a problem": press "Next" first.
faq-sms-stuck-p-remedies = If either message keeps you from going on, try these:
faq-sms-stuck-p-other-method = If none of this helps, choose to be called instead of texted, or register the Authenticator app.

## Q17 Mail stopped

faq-mail-stopped-question = Since multi-factor authentication started, Outlook or my mail app no longer receives mail.
faq-mail-stopped-keywords = mail email e-mail outlook receive sync stopped not arriving mail app sign in again
faq-mail-stopped-p1 = Once multi-factor authentication is on, you need to sign in again in each app that handles your mail, starting with Outlook on your phone.
faq-mail-stopped-step-open = Open the app and follow its prompt to sign in again.
faq-mail-stopped-step-verify = After your password, verify with one of your methods, such as the app.
faq-mail-stopped-step-done = Once you have verified, mail comes and goes again.
faq-mail-stopped-p2 = If you read mail in several apps, for example on a computer and on a phone, sign in again in each of them.

## Q18 Missed pre-registration

faq-missed-pre-registration-question = What happens if I don't finish setting this up during pre-registration?
faq-missed-pre-registration-keywords = missed late deadline passed period expired pre-registration too late
faq-missed-pre-registration-p1 = After the period ends, you will be asked to set up multi-factor authentication the next time you sign in, for example to read your mail. You can't go on until it is done.
faq-missed-pre-registration-p2 = Follow the instructions on the screen. The screens differ from those of pre-registration, so take care. This assistant's steps will help too.

## Q19 Phone calls fail

faq-voice-call-fails-question = Verifying by phone call doesn't work.
faq-voice-call-fails-keywords = call phone call voice hash pound # extension forwarding pulse dial rotary optical fibre ip phone landline
faq-voice-call-fails-p1 = These are the usual causes and what to do about them:
faq-voice-call-fails-p2 = Some optical-fibre (hikari) phone lines, and phones or lines that don't pass on # as #, may not work either. Then register another phone number, or use the Authenticator app.

## Q20 Forgot the password

faq-forgot-password-question = I forgot the password I use to sign in to Microsoft 365 (Office 365).
faq-forgot-password-keywords = password forgot forgotten reset reissue new password form
faq-forgot-password-p1 = Passwords are reset by { $helpdesk }. To ask for a new one:
faq-forgot-password-step-form = Get the password reset form (キャンパス情報システムパスワード再発行申請書) from the staff-only forms page (業務上の手続き・書式).
faq-forgot-password-step-fill = Fill in the form.
faq-forgot-password-step-submit = Hand in the completed form to { $helpdesk }.

## Q21 In English

faq-in-english-question = Can you explain multi-factor authentication in English? (多要素認証について英語で説明してほしい)
faq-in-english-keywords = english language japanese translation explain mfa two-step verification
faq-in-english-p1 = Every screen of this assistant is available in English. Use the language switch at the top of the window to change between English and Japanese at any time.
faq-in-english-p2 = Microsoft also explains multi-factor authentication in English on its support site.

## Changing phones (new since the help desk's FAQ)

faq-changing-phones-question = I'm getting a new phone. What do I need to do?
faq-changing-phones-keywords = new phone change changing phones lost stolen broken replace upgrade switch transfer move backup restore wipe reset
faq-changing-phones-p1 = Register the new phone before you reset or give away the old one. If the old phone is your only way to verify and it is gone, you can't sign in.
faq-changing-phones-p-number = If your number changes too, update the "Phone" number on the same page.
faq-changing-phones-p-no-old = If the old phone is already gone, sign in with another method you registered. If you have none, contact { $helpdesk }.

## End of Microsoft's SMS and voice (new since the help desk's FAQ)

faq-sms-voice-retirement-question = I heard Microsoft is ending text message and phone call verification. What happens?
faq-sms-voice-retirement-keywords = retirement retire ending end stop 2027 sms text voice call passkey no longer
faq-sms-voice-retirement-ahead-p1 = Microsoft will stop providing text messages and voice calls for sign-in on 1 February 2027. From 1 September 2026, people who use texts or calls can also use passkeys, and are asked to create one when they sign in.
faq-sms-voice-retirement-ahead-p2 = From 1 February 2027, anyone with only text messages or calls registered will have to create a passkey at sign-in before they can go on.
faq-sms-voice-retirement-ahead-p3 = Register the app or a passkey now, and that day will pass without trouble.
faq-sms-voice-retirement-retired = Microsoft stopped providing text messages and voice calls for sign-in on 1 February 2027. If those were your only methods, you will be asked to create a passkey at sign-in. Follow the screens to create one, or register the app.
faq-sms-voice-retirement-own-provider = Microsoft ends its own text messages and calls on 1 February 2027, but { $organisation } has its own contract with a telephone provider, so they keep working after that. Registering the app or a passkey as a spare is still a good idea.

## Passkeys (new since the help desk's FAQ)

faq-passkeys-question = What is a passkey?
faq-passkeys-keywords = passkey passkeys fido2 face fingerprint biometric phishing security key
faq-passkeys-p1 = A passkey confirms it is you with your phone's screen lock (face, fingerprint or passcode). It doesn't work on fake sites, which makes it strong against phishing, and it keeps working after Microsoft ends its own text messages and calls.
faq-passkeys-p2 = A passkey in Microsoft Authenticator needs iOS 17 or later, or Android 14 or later. The quickest way to create one:
faq-passkeys-p-security-key = A security key (FIDO2) works the same way, in a small device of its own. It can't be your default method, so register another method as well.

help-close = Back to the setup
faq-checked-on = Advice checked against Microsoft's screens and policies on { $date }.
faq-costs-note-retirement-ahead = Microsoft stops sending its own text messages and calls for sign-in on 1 February 2027; after that there is nothing to receive, and nothing to pay.
faq-costs-retired = Microsoft no longer sends text messages or calls for sign-in (since 1 February 2027), so there is nothing to receive. The Authenticator app uses a little data for notifications; its codes work without any connection.
faq-private-number-p1-ahead = Yes: the app and a passkey need no phone number, and they are what this assistant suggests first anyway, because Microsoft stops sending its own text messages and calls for sign-in on 1 February 2027. Both live on your phone, though, so add a method on another device if you can, so that a forgotten or lost phone does not lock you out.
faq-private-number-p1-retired = Yes: since Microsoft stopped sending text messages and calls for sign-in on 1 February 2027, no phone number is used at all. The app and a passkey both live on your phone, so add a method on another device if you can.
faq-phone-not-allowed-at-work-note-retirement-ahead = Calls to a desk phone are Microsoft's own voice calls: they end on 1 February 2027. Before then, also ask { $helpdesk } how you will sign in at your desk afterwards.
faq-phone-not-allowed-at-work-retired = Since 1 February 2027 Microsoft no longer calls phones for sign-in, so a desk phone cannot be used. Ask { $helpdesk } how to sign in at your desk: a security key, for example, if { $organisation } offers them.
faq-which-method-p1-ahead = The help desk's FAQ suggests text messages first, but it was written before Microsoft announced that it stops sending its own text messages and calls for sign-in on 1 February 2027. Register the Authenticator app first and add a passkey, so that nothing has to change in February. A desk phone or a text message can serve as an extra fallback until then.
faq-app-shown-first-p-setting = That is why your Security info page may say "Sign-in method when most advisable is unavailable" instead of "Default sign-in method": what you choose there is used only when the preferred method cannot be. Only where { $organisation } has turned Microsoft's choice off does "Default sign-in method" decide.
faq-app-deleted-p1-retired = Sign in with another method you registered, such as a passkey or a security key: on the sign-in screen, choose "I can't use my Microsoft Authenticator app right now" or "Sign in another way". Then set the app up again:
faq-phone-lines-note-retirement-ahead = Microsoft stops sending its own text messages and calls for sign-in on 1 February 2027. Register the app or a passkey, which keep working after that day.
faq-phone-lines-retired = Microsoft no longer sends text messages or calls for sign-in (since 1 February 2027), so this step cannot work any more. Use the app or a passkey; if you have neither, create a passkey when the sign-in screen asks, or contact { $helpdesk }.
faq-forgot-phone-p1-retired = If you registered a method that is not on that phone, such as a security key, choose "Sign in another way" on the sign-in screen and use it.
faq-how-many-devices-note-retired = Since 1 February 2027 Microsoft no longer sends text messages or calls for sign-in, so phone numbers no longer count as methods.
faq-passkeys-step-provider = Let Authenticator keep passkeys: on iPhone (iOS 18) Settings > General > AutoFill & Passwords, on iOS 17 Settings > Passwords > Password Options, turn on "AutoFill Passwords and Passkeys" and select "Authenticator"; on Android, turn on "Authenticator" under "Additional providers" in Settings > Passwords & accounts.
faq-passkeys-step-app = Open Microsoft Authenticator, tap your university account, then "Create a passkey".
faq-passkeys-step-confirm = Verify when asked, unlock the phone, and tap "Done".
faq-passkeys-note-browser = Creating a passkey in the phone's browser does not work in Microsoft Edge on Android. From a computer, turn on Bluetooth on both the computer and the phone.
faq-passkeys-p-synced = { $organisation } also allows synced passkeys, kept in iCloud Keychain (iOS 16 or later) or Google Password Manager (Android 9 or later) and backed up to your Apple or Google account. Add one on the Security info page with "+ Add sign-in method", then "Passkey".
faq-passkeys-note-nudge = Since 1 September 2026, Microsoft asks people who sign in with text messages or calls to create a passkey. Until 1 February 2027 you can postpone it; after that, someone with only text messages or calls must create one to go on.
sources-based-on = Based on { $sources }. Checked on { $date }.
sources-faq = the help desk's FAQ Q{ $number }
sources-separator = {"; "}
