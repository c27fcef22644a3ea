# Frequently asked questions (English)
# Arguments every answer may use: $helpdesk and $organisation, from the
# profile, written as they read mid-sentence ("the IT help desk"), so no
# sentence starts with them; $date, Microsoft's retirement date; $sms and
# $voice, how long Microsoft's text messages and calls work for this
# organisation: "lasting" (its own provider keeps them), "ending" (until
# $date) or "ended".
# A message that mentions texts or calls after they ended has "retired" or
# "ended" in its id, or "some-staff" when only some staff keep them (a test
# checks it).
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
help-close = Back to the setup
faq-checked-on = Advice checked against Microsoft's pages and screens on { $date }.
sources-based-on = Based on { $sources }. Checked on { $date }.
sources-faq = the help desk's FAQ Q{ $number }
sources-separator = {"; "}

## Contact

faq-contact-title = Contact { $helpdesk }
faq-contact-hours = Hours
faq-contact-counter = Counter
faq-contact-example = These contact details are an example built into the assistant: your organisation's profile gives the real ones.
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

## Shared by several answers

faq-phone-lines-note-retirement-ahead = { $sms ->
    [ending] { $voice ->
        [ending] Microsoft stops sending its own text messages and making its own calls for sign-in on { $date }. The app and passkeys keep working after that day.
       *[other] Microsoft stops sending its own text messages for sign-in on { $date }; calls carry on through { $organisation }'s own provider. The app and passkeys keep working too.
    }
   *[other] Microsoft stops making its own calls for sign-in on { $date }; text messages carry on through { $organisation }'s own provider. The app and passkeys keep working too.
}
faq-phone-lines-retired = { $sms ->
    [ended] { $voice ->
        [ended] Microsoft no longer sends text messages or makes calls for sign-in (since { $date }), so this cannot work any more. Use the app or a passkey. If you have neither, create a passkey when the sign-in screen asks for one, or contact { $helpdesk }.
       *[other] Microsoft no longer sends text messages for sign-in (since { $date }); calls still work through { $organisation }'s own provider. Use a call, the app or a passkey instead.
    }
   *[other] Microsoft no longer makes calls for sign-in (since { $date }); text messages still work through { $organisation }'s own provider. Use a text message, the app or a passkey instead.
}
faq-step-other-method-choose = On the sign-in screen, choose "Sign in another way". If the app's screen is showing, choose "I can't use my Microsoft Authenticator app right now".
faq-step-other-method-pick = From the list, pick a method that is not on the missing phone.
faq-passkey-provider-iphone = iPhone: with iOS 18, Settings > General > AutoFill & Passwords; with iOS 17, Settings > Passwords > Password Options. Turn on "AutoFill Passwords and Passkeys" and choose "Authenticator".
faq-passkey-provider-android = Android: in Settings, search for "passkey" (often Passwords & accounts), and under "Additional providers" turn on "Authenticator".
faq-help-desk-lets-you-in = Contact { $helpdesk }. They can let you in again: after checking who you are in person, they switch multi-factor authentication off for a while, or give you a Temporary Access Pass, a code that works for a limited time, so you can sign in to the Security info page and set up your methods again.
faq-forgot-phone-note-impersonation = Abroad, accounts have been broken into after someone asked for this while pretending to be the owner. Thank you for bearing with the identity check.

## Q1 Abroad or out of coverage

faq-abroad-no-signal-question = I'm abroad or somewhere without signal and can't take calls or texts. How do I verify my sign-in?
faq-abroad-no-signal-keywords = travel trip overseas abroad roaming offline signal coverage plane flight china one-time code
faq-abroad-no-signal-p1 = Use the Microsoft Authenticator app on your smartphone. It shows a six-digit one-time code, even when the phone has no connection, so it works on a plane or out of coverage:
faq-abroad-no-signal-step-choose = On the sign-in screen, choose "I can't use my Microsoft Authenticator app right now" or "Sign in another way".
faq-abroad-no-signal-step-code = Choose the option to use a verification code from the app.
faq-abroad-no-signal-step-type = Open the app and type in the six-digit code it shows.
faq-abroad-no-signal-note-before = Adding the app to your account needs an internet connection, so set it up in Japan before you leave.
faq-abroad-no-signal-note-china = In mainland China, Android phones do not receive the app's notifications. Type in the code from the start.

## Q2 Why not the app alone

faq-why-sms-first-question = Why am I told to register two methods, and why not the app alone?
faq-why-sms-first-keywords = standard recommended recommendation reason sms text app first two methods second why
faq-why-sms-first-p1 = If everything you registered is on one phone, losing, breaking or replacing that phone leaves you with no way to sign in. So register two methods that live in different places: then one of them still works when the other is gone.
faq-why-sms-first-p-kept = At { $organisation }, text messages keep working through its own provider, so the standard is: your mobile number for text messages first, then the app. The number survives a lost phone, because a new SIM card keeps it.
faq-why-sms-first-p-ending = Text messages end on { $date }, when Microsoft stops sending them, so they cannot be one of the two for long. Register the app first, then a second method that is not on the phone: a passkey in your Apple or Google account, a passkey on your own Windows PC, or a security key. This assistant picks the one that suits you.
faq-why-sms-first-p-ended = Microsoft no longer sends text messages for sign-in (since { $date }). Register the app first, then a second method that is not on the phone: a passkey in your Apple or Google account, a passkey on your own Windows PC, or a security key.

## Q3 How many

faq-how-many-devices-question = How many devices can I register for the app, and how many phone numbers?
faq-how-many-devices-keywords = limit maximum how many devices numbers lines tablet several multiple
faq-how-many-devices-p1 = You can register the app on up to five phones or tablets per account.
faq-how-many-devices-p2 = You can register up to three phone numbers, one of each kind:
faq-how-many-devices-item-phone = { $voice ->
    [ended] "Phone": your mobile, for text messages.
   *[other] "Phone": for text messages or calls. It is the only number that can receive text messages.
}
faq-how-many-devices-item-phone-sms-ended = "Phone": your mobile, for calls. (Microsoft's text messages ended on { $date }.)
faq-how-many-devices-item-alternate = "Alternate phone": calls only.
faq-how-many-devices-item-office = "Office phone": calls only, with a field for an extension.
faq-how-many-devices-note-retired = Since { $date }, Microsoft no longer sends text messages or makes calls for sign-in, so phone numbers no longer count as methods.
faq-how-many-devices-note-passkeys = How many passkeys or security keys you can register depends on the settings of { $organisation }.

## Q4 Forgot the phone

faq-forgot-phone-question = I left my smartphone at home and can't sign in.
faq-forgot-phone-keywords = forgot forgotten left home mobile smartphone cellphone without phone not with me temporarily disable switch off
faq-forgot-phone-p1 = If you registered a method that is not on that phone, such as a passkey on this PC or a security key, use it:
faq-forgot-phone-p2 = If everything you registered is on the phone:

## Q5 No smartphone

faq-no-smartphone-question = I don't have a smartphone. What can I do?
faq-no-smartphone-keywords = no smartphone feature phone flip phone basic mobile cellphone without smartphone security key token windows hello
faq-no-smartphone-p1 = You can sign in without a smartphone. These work at a computer:
faq-no-smartphone-item-windows = A passkey on your own Windows PC: you confirm with the PC's face, fingerprint or PIN sign-in (Windows Hello).
faq-no-smartphone-item-key = A security key: a small USB or NFC device on your key ring. Ask { $helpdesk } whether they provide one.
faq-no-smartphone-item-token = A hardware token from { $helpdesk }: a small device that shows a code.
faq-no-smartphone-p-sms-kept = A mobile phone that receives text messages, including an older feature phone, works too: register its number as "Phone" and type in the code you receive. Text messages keep working at { $organisation } through its own provider.
faq-no-smartphone-p-sms-ending = A mobile phone that receives text messages, including an older feature phone, works until { $date }, when Microsoft stops sending them. Register one of the methods above before then, so that you have two places.
faq-no-smartphone-p-sms-ended = A mobile number alone no longer works, because Microsoft stopped sending text messages for sign-in on { $date }. If none of the methods above is possible for you, ask { $helpdesk }.

## Q6 Costs

faq-costs-question = Does it cost anything to receive the calls and text messages?
faq-costs-keywords = cost costs charge charges fee free price money pay data roaming 050 ip phone
faq-costs-p1 = Nothing is charged for them, because you only receive them.
faq-costs-p2 = Depending on your plan, receiving them over mobile data may count towards your data. Internet phone numbers (050) cannot be used: Microsoft does not support them for text messages or calls.
faq-costs-p3 = Abroad, receiving them may cost roaming fees under some plans. If you will use Microsoft 365 mail while travelling, set up the Authenticator app before you leave: its codes work without a connection.
faq-costs-retired = Microsoft no longer sends text messages or makes calls for sign-in (since { $date }), so there is nothing to receive and nothing to pay. The app uses a little data for notifications; its codes work without any connection.

## Q7 Private number

faq-private-number-question = I don't want to give Microsoft my private phone number.
faq-private-number-keywords = private personal own number privacy share give do not want
faq-private-number-p1 = You don't have to. These need no phone number, and two of them in different places keep you from being locked out when your phone is lost:
faq-private-number-item-app = The Authenticator app on your smartphone (notifications and codes)
faq-private-number-item-synced = A passkey kept in your Apple or Google account, which a new phone gets back
faq-private-number-item-windows = A passkey on your own Windows PC
faq-private-number-item-key = A security key
faq-private-number-item-office = Your desk phone, registered as "Office phone" (calls)
faq-private-number-p-sms-kept = The help desk's standard also includes a number that receives text messages as a second method. Without one, be sure your second method is not on the same phone.

## Q8 No phones at work

faq-phone-not-allowed-at-work-question = Phones are not allowed where I work, so mine stays in a locker. What should I do?
faq-phone-not-allowed-at-work-keywords = locker not allowed banned forbidden workplace desk phone landline office phone extension windows hello security key
faq-phone-not-allowed-at-work-p1 = You need a method that works at your desk, without the phone:
faq-phone-not-allowed-at-work-item-windows = A passkey on your own Windows PC: you sign in with the PC's face, fingerprint or PIN (Windows Hello).
faq-phone-not-allowed-at-work-item-key = A security key on your key ring.
faq-phone-not-allowed-at-work-item-token = A hardware token from { $helpdesk }.
faq-phone-not-allowed-at-work-p-office = You can also register your desk phone's number as "Office phone".
faq-phone-not-allowed-at-work-note-someone-else = But someone else may pick up a desk phone and press # without checking, which lets the sign-in through. Accounts have been broken into this way, mostly abroad. Use it only when you have to.
faq-phone-not-allowed-at-work-p-switchboard = Never register the main switchboard number of { $organisation }: the calls would get in the way of the operators' work.
faq-phone-not-allowed-at-work-p-agree = Agree which number to use with whoever manages that line, such as the head of your department.
faq-phone-not-allowed-at-work-note-calls-end = Calls to a desk phone are Microsoft's own calls, which end on { $date }. Set up one of the other methods above before then.
faq-phone-not-allowed-at-work-calls-ended = Since { $date } Microsoft no longer makes calls for sign-in, so a desk phone can no longer be used. Use one of the methods above; if none is possible, ask { $helpdesk }.

## Q9 Which method

faq-which-method-question = There are so many methods. Which ones should I register?
faq-which-method-keywords = which choose choice best recommended combination several options confused
faq-which-method-p1 = Register two methods that live in different places, so that a lost, forgotten or broken phone never locks you out.
faq-which-method-p-sms-kept = At { $organisation } text messages keep working, so the standard is your mobile number for text messages first, then the Authenticator app, and your desk phone if you have your own line.
faq-which-method-p-sms-ending = Register the Authenticator app first, and then one method that is not on the phone: a passkey in your Apple or Google account, a passkey on your own Windows PC, or a security key. Text messages and calls stop on { $date }, so they are not one of the two.
faq-which-method-p-sms-ended = Register the Authenticator app first, and then one method that is not on the phone: a passkey in your Apple or Google account, a passkey on your own Windows PC, or a security key. (Microsoft's text messages and calls ended on { $date }.)
faq-which-method-note-some-staff = Text messages or calls are kept at { $organisation } for some staff only. Ask { $helpdesk } whether that includes you before you count on them.
faq-which-method-p2 = Answer this assistant's questions and it suggests the combination that suits you, with the reasons.

## Q10 The app always comes first

faq-app-shown-first-question = I chose text messages or calls as my default method, but the app always comes up first when I sign in.
faq-app-shown-first-keywords = default preferred first always change switch authenticator shown qr code bluetooth
faq-app-shown-first-p1 = Microsoft chooses for you: at sign-in it asks for the most secure method you registered, a passkey before the app{ $sms ->
    [ended] { $voice ->
        [ended] {""}
       *[other] {""}, and the app before a phone call
    }
   *[other] { $voice ->
        [ended] {""}, and the app before a text message
       *[other] {""}, and the app before text messages and calls
    }
}. This is how Microsoft designed it (system-preferred authentication), not a mistake in your settings.
faq-app-shown-first-p-setting = That is why your Security info page may say "Sign-in method when most advisable is unavailable" instead of "Default sign-in method": what you choose there is used only when the preferred method cannot be. Only where { $organisation } has turned Microsoft's choice off does "Default sign-in method" decide.
faq-app-shown-first-p2 = When you can't use what it asks for, choose "Sign in another way" (or "I can't use my Microsoft Authenticator app right now") and pick another method you registered.
faq-app-shown-first-note-bluetooth = If the computer shows a QR code for a passkey on your phone and it has no Bluetooth, the phone cannot answer it: choose "Sign in another way" and approve in the app instead.
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
faq-app-deleted-p1 = Sign in with another method you registered that is not in the app, such as a passkey in your Apple or Google account, a passkey on your PC or a security key.
faq-app-deleted-item-phone = { $sms ->
    [ended] A registered phone number works too, with a call.
   *[other] { $voice ->
        [ended] A registered mobile number works too, with a code by text message.
       *[other] A registered phone number works too: a code by text message, or a call.
    }
}
faq-app-deleted-p-again = Then set the app up again:
faq-app-deleted-step-install = Install Microsoft Authenticator on your phone again.
faq-app-deleted-step-sign-in = On a computer, open the "Security info" page and sign in with that other method.
faq-app-deleted-step-remove-old = Delete the old Microsoft Authenticator entry (and the old passkey in Microsoft Authenticator, if you had one) from the list.
faq-app-deleted-step-add = Choose "+ Add sign-in method" and register the app again.
faq-app-deleted-note-passkey = A passkey kept in the app was deleted with it. Create a new one in the app once the app is back.
faq-app-deleted-p2 = If you have no other method, or can't sort it out yourself, contact { $helpdesk }.

## Q13 Add another method

faq-add-another-method-question = I want to add a method besides the ones I registered.
faq-add-another-method-keywords = add another more extra new method change security info mysecurityinfo
faq-add-another-method-p1 = You can add methods at any time on Microsoft's "Security info" page.
faq-add-another-method-step-open = Open the "Security info" page (aka.ms/mysecurityinfo) and sign in.
faq-add-another-method-step-add = Choose "+ Add sign-in method".
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
faq-without-pc-p1 = Yes, a smartphone is all you need. You open the "Security info" page in the phone's browser (Safari, Chrome or similar) and switch between the browser and the Authenticator app:
faq-without-pc-step-install = Install Microsoft Authenticator first.
faq-without-pc-step-open = Open the "Security info" page in the phone's browser and sign in.
faq-without-pc-step-add = Choose "+ Add sign-in method", then "Microsoft Authenticator", and go on until a QR code appears.
faq-without-pc-step-link = You cannot scan your own screen: tap "Pair your account to the app by clicking this link." instead. The app opens and adds your account.
faq-without-pc-step-back = Go back to the browser, tap "Next", and approve the notification that arrives in the app.
faq-without-pc-note-once = The link works only once. If the page then says "We're sorry, we ran into a problem", open the app first: your account has often been added already.

## Q16 Stuck during the text message step

faq-sms-stuck-question = While verifying by text message, I get "please show you are not a robot" or "We're sorry, we ran into a problem" and can't go on.
faq-sms-stuck-keywords = robot captcha characters image stuck error problem sms text cookies cache
faq-sms-stuck-p-robot = "please show you are not a robot": type the letters and numbers from the picture and press "Next". It may ask several times in a row; type them in each time.
faq-sms-stuck-p-problem = "We're sorry, we ran into a problem": press "Next" first.
faq-sms-stuck-p-remedies = If you still can't go on, try these, in this order:
faq-sms-stuck-p-other-method = { $voice ->
    [ended] If none of this helps, use the Authenticator app or a passkey instead.
   *[other] If none of this helps, choose to be called instead of texted, or use the Authenticator app.
}

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
faq-missed-pre-registration-p2 = Microsoft then shows "More information required" or "Let's keep your account secure", which starts with the Authenticator app; "I want to set up a different method" lists the other methods { $organisation } allows. This assistant's steps follow those screens too.
faq-missed-pre-registration-p-passkey = If only a phone number was registered for you, Microsoft now asks you to create a passkey straight away, before any other page. Create it on that screen (the assistant's passkey steps help), or ask { $helpdesk }.

## Q19 Phone calls fail

faq-voice-call-fails-question = Verifying by phone call doesn't work.
faq-voice-call-fails-keywords = call phone call voice hash pound # extension forwarding pulse dial rotary optical fibre ip phone landline
faq-voice-call-fails-p1 = These are the usual causes:

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
faq-changing-phones-keywords = new phone change changing phones replace upgrade switch transfer move backup restore wipe reset
faq-changing-phones-p1 = Set up the new phone before you reset or hand in the old one, in this order:
faq-changing-phones-step-install = Install Microsoft Authenticator on the new phone.
faq-changing-phones-step-sign-in-old = On a computer, open the "Security info" page and sign in, verifying with the old phone.
faq-changing-phones-step-add = Choose "+ Add sign-in method" and register the app on the new phone.
faq-changing-phones-step-passkey = If you had a passkey in Microsoft Authenticator, create a new one in the app on the new phone: a passkey in the app is not restored from a backup.
faq-changing-phones-step-test = Sign in once with the new phone to check that it works.
faq-changing-phones-step-remove-old = Only then delete the old phone's entries from the list, and reset the old phone.
faq-changing-phones-note-backup = If you restored the app from a backup, your work account shows "Sign in to add your account": sign in there again, or register the app again with the steps above.
faq-changing-phones-note-synced = A passkey synced to your Apple or Google account comes to the new phone when you sign in to that account there. Check in the phone's password manager that it has arrived.
faq-changing-phones-p-number = If your number changes too, update the "Phone" number on the same page.
faq-changing-phones-p-no-old = If the old phone is already gone, see "My phone was lost, stolen or broken".

## Phone lost (new since the help desk's FAQ)

faq-phone-lost-question = My phone was lost, stolen or broken. How do I sign in and set up a new one?
faq-phone-lost-keywords = lost stolen broken damaged missing phone gone new phone locked out temporary access pass
faq-phone-lost-p1 = Sign in with a method that was not on that phone, then replace the phone:
faq-phone-lost-step-sign-in = On a computer, open the "Security info" page and sign in with that method (choose "Sign in another way" if you are asked for the phone).
faq-phone-lost-step-remove = Delete the lost phone's entries from the list: Microsoft Authenticator, and its passkey if you had one.
faq-phone-lost-step-add = When you have the new phone, register the app on it with "+ Add sign-in method", and create a new passkey there if you had one.
faq-phone-lost-note-synced = A passkey synced to your Apple or Google account is not lost with the phone: sign in to that account on the new phone (or use another device signed in to it), and the passkey is there.
faq-phone-lost-note-sim-or-ended = { $sms ->
    [ended] { $voice ->
        [ended] Your carrier can give you a new SIM card with the same number, but Microsoft's text messages and calls for sign-in have ended, so the number no longer helps you sign in.
       *[other] Your carrier can give you a new SIM card with the same number: calls to it then reach you again.
    }
   *[other] { $voice ->
        [ended] Your carrier can give you a new SIM card with the same number: text messages to it then reach you again.
       *[other] Your carrier can give you a new SIM card with the same number: text messages and calls to it then reach you again.
    }
}
faq-phone-lost-p-nothing-left = If everything you registered was on that phone:

## End of Microsoft's SMS and voice (new since the help desk's FAQ)

faq-sms-voice-retirement-question = I heard Microsoft is ending text message and phone call verification. What happens?
faq-sms-voice-retirement-keywords = retirement retire ending end stop 2027 sms text voice call passkey no longer provider
faq-sms-voice-retirement-ahead-p1 = Microsoft stops providing text messages and voice calls for sign-in on { $date }. Since 1 September 2026, people who use texts or calls can also use passkeys, and are asked to create one when they sign in; until { $date } they can postpone it.
faq-sms-voice-retirement-ahead-p2 = From { $date }, anyone with only text messages or calls registered is shown a screen that asks them to create a passkey as soon as they sign in, before any other page. They cannot skip it.
faq-sms-voice-retirement-ahead-p3 = Register the app and a second method in another place now, and that day passes without trouble.
faq-sms-voice-retirement-retired = Microsoft stopped providing text messages and voice calls for sign-in on { $date }. If those were your only methods, you are asked to create a passkey as soon as you sign in, before any other page: create it on that screen, or ask { $helpdesk }. Then add the app on the Security info page, so you have a second way in.
faq-sms-voice-retirement-kept-or-ended = { $sms ->
    [lasting] { $voice ->
        [lasting] Text messages and calls keep working after { $date }, because { $organisation } has its own telephony provider.
       *[other] Text messages keep working after { $date }, because { $organisation } has its own telephony provider for them; calls end on that day.
    }
   *[other] Calls keep working after { $date }, because { $organisation } has its own telephony provider for them; text messages end on that day.
} Registering the app and a passkey is still a good idea: they are safer, and work abroad.
faq-sms-voice-retirement-some-staff = Text messages or calls are kept at { $organisation } through its own provider for some staff only. Ask { $helpdesk } whether you are one of them.
faq-sms-voice-retirement-note-admins = Global Administrators and external (guest) users have until 1 July 2027; everyone else's date is { $date }.

## Passkeys (new since the help desk's FAQ)

faq-passkeys-question = What is a passkey, and which one should I have?
faq-passkeys-keywords = passkey passkeys fido2 face fingerprint biometric phishing security key synced icloud google windows hello
faq-passkeys-p1 = A passkey confirms it is you with a device's screen lock (face, fingerprint or PIN). It doesn't work on fake sites, which makes it strong against phishing, and it is what Microsoft asks everyone to create.
faq-passkeys-p-places = A passkey is kept in one place, and that decides what survives a lost phone:
faq-passkeys-item-authenticator = In Microsoft Authenticator (iOS 17 / Android 14 or later): on that one phone. It is not restored from a backup, so it is lost with the phone.
faq-passkeys-item-synced = In your Apple or Google account (iCloud Keychain from iOS 16, Google Password Manager from Android 9): a new phone gets it back when you sign in to that account.
faq-passkeys-item-windows = On your own Windows PC (Windows Hello): works at that PC, and stays when the phone is lost.
faq-passkeys-item-security-key = On a security key (USB or NFC): on your key ring, at any computer.
faq-passkeys-p-two-places = The app on your phone plus one passkey in another place is a good pair. This assistant suggests which.
faq-passkeys-note-nudge = Since 1 September 2026, Microsoft asks people who sign in with text messages or calls to create a passkey. Until { $date } you can postpone it; after that, someone with only text messages or calls must create one to go on.

## Creating a passkey in Microsoft Authenticator

faq-passkey-in-app-p1 = The quickest way starts in the app. First, let Authenticator keep passkeys on the phone:
faq-passkey-in-app-step-open = Open Microsoft Authenticator, tap your university account, then "Create a passkey". (A new app shows "Add work or school account" first; tap it and sign in.)
faq-passkey-in-app-step-verify = Verify with your existing method when asked, and unlock the phone with its face, fingerprint or PIN.
faq-passkey-in-app-step-done = Tap "Done". The Security info page now lists "Passkey in Microsoft Authenticator".
faq-passkey-in-app-note-android = On Android 14, some phones cannot turn Authenticator on as a passkey provider; those need Android 15.
faq-passkey-in-app-note-fallback = If it does not work, the Security info page offers a second way under "Having trouble?" > "create your passkey a different way": a QR code on the computer and Bluetooth on both the computer and the phone. Where { $organisation } requires attestation, that second way is blocked.
