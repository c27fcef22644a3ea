# The wizard's steps after the welcome (English).

wizard-blocked-situation = Please answer every question. Your answers decide which methods we recommend.
wizard-blocked-nothing-chosen = Choose at least one method to register. Two are safer: if you lose one, the other still lets you sign in.
wizard-blocked-not-reachable = That step comes later. Please finish the current step first.
wizard-error-unknown = Something went wrong with that choice. Please try again; your answers so far are kept.
wizard-progress-unreadable = Your saved progress could not be read, so the assistant starts from the beginning. Nothing on Microsoft's side has changed: methods you already registered are still registered.

## Situation

wizard-situation-title = A few questions about you
wizard-situation-intro = Your answers decide which sign-in methods suit you. They stay on this computer: no phone number is asked for here.

## Plan

wizard-plan-title = Your recommended methods
wizard-plan-intro = Keep your sign-in methods in at least two places, not all in one phone: if the phone is lost, left at home or out of signal, a method kept elsewhere still lets you sign in.
wizard-plan-choices-title = Change the selection
wizard-plan-choices-intro = You can add or remove methods. The recommended ones are marked.
wizard-plan-method-disabled = Not offered by your organisation
wizard-plan-reset = Go back to the recommendation

## Prepare

prepare-title = Before you start
prepare-intro = Have these ready:
prepare-order-title = You will register, in this order:
prepare-order-first = { $method } — first, when Microsoft asks you to set up a method
prepare-order-then = { $method } — then, with "+ Add sign-in method"
prepare-checklist-title = Checklist
prepare-check-pc = This computer, with its web browser. The assistant opens Microsoft's Security info page for you.
prepare-check-phone-only = Your smartphone, with its web browser. You will open Microsoft's Security info page on the phone itself.
prepare-check-password = Your university account (email address) and its password.
prepare-check-smartphone = Your smartphone, charged and connected to the internet (Wi-Fi or mobile data).
prepare-check-phone-line = The phone that will receive the SMS or call, switched on and with signal.
prepare-check-office-phone = Your desk phone within reach: Microsoft calls it while you register.
prepare-check-security-key = Your security key (USB or NFC). If you do not have one yet, ask the help desk first.
prepare-check-cloud-account = The password of your Apple ID (iPhone) or Google account (Android): the synced passkey is kept there.
prepare-check-windows-hello = Windows Hello on this PC: a face, fingerprint or PIN sign-in (Settings > Accounts > Sign-in options).
prepare-check-oath-token = The hardware token the help desk gave you, with its serial number on the back.
prepare-check-time = Some quiet time. You can close the assistant at any time; it remembers where you were.
prepare-timing-before = MFA becomes required on { $date }. Registering now (pre-registration) means nothing changes for you on that day.
prepare-timing-after = MFA has been required since { $date }. If Microsoft already asks you to set it up when you sign in, follow the same steps there.

## Register

register-title = Register: { $method }
register-position = Method { $number } of { $total } · about { $minutes } minutes
register-more = Show more
register-steps-title = Steps
register-trouble = This didn't work
register-phone-check-title = Check the number before you type it
register-phone-check-label = Phone number
register-phone-check-hint = For example 090-1234-5678. The assistant tells you what to choose and exactly what to type on Microsoft's page.
register-phone-check-privacy = The number is checked on this computer only. It is not saved or sent anywhere, and it is cleared when you leave this step.
register-phone-check-button = Check

register-authenticator-intro = Microsoft Authenticator is a free app. When you sign in, it asks you to approve with a number shown on screen, and it can also show a 6-digit code that works without signal.
register-authenticator-steps-pc = Install the app
    .step1 = On your smartphone, install "Microsoft Authenticator" (scan the QR code above, or search for it in the App Store or Google Play). Do not open it yet.
    .step2 = On this computer, press "Open in browser" for the Security info page and sign in with your university account.
    .step3 = Choose "+ Add sign-in method", then "Microsoft Authenticator", and press "Next" until a QR code appears on the page.
    .step4 = In the app, tap "Add work or school account" (or "+", then "Work or school account"), then "Scan a QR code". Allow the camera if asked, and point it at the QR code on the computer screen.
    .step5 = Press "Next" on the page. A test notification arrives on the phone: type the number shown on the computer and tap "Yes".
    .step6 = When the page says the notification was approved, press "Next". The app now appears in your list of methods.
register-authenticator-steps-phone-only = Install the app
    .step1 = Install Microsoft Authenticator on your smartphone: scan the app-store QR code above with the phone's camera.
    .step2 = Scan the Security info QR code above with the phone, and sign in with your university account in the phone's browser.
    .step3 = Choose "+ Add sign-in method", then "Microsoft Authenticator", and tap "Next" until the page shows a QR code.
    .step4 = You cannot scan your own screen: tap the link "Pair your account to the app by clicking this link." The app opens and adds your account.
    .step5 = Go back to the browser and tap "Next". Approve the test notification in the app.
register-authenticator-tips = Tips
    .tip1 = The pairing link works only once. If the page then says "We're sorry, we ran into a problem", open the app first: your account is often already there.
    .tip2 = On the page, "Can't scan image?" shows a code and an address you can type into the app instead.
    .tip3 = Allow notifications for the app, or approvals will not arrive.

register-passkey-intro = A passkey confirms it is you with your phone's screen lock (face, fingerprint or PIN), and fake sign-in pages cannot use it. This one lives in Microsoft Authenticator on this phone: it is not restored from a backup, so it is lost with the phone. It needs iOS 17 or Android 14 or later.
register-passkey-steps-pc = Create a passkey, starting in the app
    .step1 = Let Authenticator keep passkeys. iPhone with iOS 18: Settings > General > AutoFill & Passwords; with iOS 17: Settings > Passwords > Password Options. Turn on "AutoFill Passwords and Passkeys" and choose "Authenticator". Android: search the settings for "passkey", and under "Additional providers" turn on "Authenticator".
    .step2 = Open Microsoft Authenticator, tap your university account, then "Create a passkey".
    .step3 = Verify with your existing method when asked, and unlock the phone with its face, fingerprint or PIN. Then tap "Done".
    .step4 = On this computer, open the Security info page: "Passkey in Microsoft Authenticator" is now in your list.
register-passkey-steps-phone-only = Create a passkey, starting in the app
    .step1 = Let Authenticator keep passkeys. iPhone with iOS 18: Settings > General > AutoFill & Passwords; with iOS 17: Settings > Passwords > Password Options. Turn on "AutoFill Passwords and Passkeys" and choose "Authenticator". Android: search the settings for "passkey", and under "Additional providers" turn on "Authenticator".
    .step2 = Open Microsoft Authenticator, tap your university account, then "Create a passkey".
    .step3 = Verify with your existing method when asked, and unlock the phone with its face, fingerprint or PIN. Then tap "Done".
    .step4 = To check, open the Security info page in the phone's browser: "Passkey in Microsoft Authenticator" is now in your list.
register-passkey-tips = Tips
    .tip1 = Android 14 phones that cannot turn Authenticator on as a passkey provider need Android 15.
    .tip2 = If the app does not offer "Create a passkey", use the Security info page: "+ Add sign-in method", "Passkey in Microsoft Authenticator", then "Having trouble?" > "create your passkey a different way" (a QR code and Bluetooth on both devices). Where attestation is required, that way is blocked.
    .tip3 = Changing phones later? Create a new passkey in the app on the new phone, test it, then delete the old one.

register-synced-passkey-intro = A passkey kept by your phone's own password manager, iCloud Keychain (iPhone, iOS 16 or later) or Google Password Manager (Android 9 or later). It is backed up to your Apple or Google account, so a new phone gets it back: this is what lets you in when your phone is lost.
register-synced-passkey-steps-pc = Save a passkey in your Apple or Google account
    .step1 = On the phone, check the password manager. iPhone: Settings > General > AutoFill & Passwords, with "Passwords" turned on. Android: in Settings, search for "passkey" and choose Google Password Manager.
    .step2 = On the phone, scan this QR code with the camera to open the Security info page in Safari or Chrome, and sign in.
    .step3 = Choose "+ Add sign-in method", then "Passkey", then "Next".
    .step4 = When the phone asks where to save it, choose iCloud Keychain ("Passwords") or Google Password Manager, and unlock the phone.
    .step5 = Give the passkey a name you will recognise, such as "iPhone passkey", and tap "Done".
register-synced-passkey-steps-phone-only = Save a passkey in your Apple or Google account
    .step1 = Check the password manager. iPhone: Settings > General > AutoFill & Passwords, with "Passwords" turned on. Android: in Settings, search for "passkey" and choose Google Password Manager.
    .step2 = Open the Security info page in Safari or Chrome on the phone, and sign in.
    .step3 = Choose "+ Add sign-in method", then "Passkey", then "Next".
    .step4 = When the phone asks where to save it, choose iCloud Keychain ("Passwords") or Google Password Manager, and unlock the phone.
    .step5 = Give the passkey a name you will recognise, such as "iPhone passkey", and tap "Done".
register-synced-passkey-tips = Tips
    .tip1 = On Samsung phones, Google Password Manager is not the first choice: pick it when the phone asks where to save.
    .tip2 = Keep your Apple or Google account's password and its own two-step sign-in safe: that account now holds a way into your university account.

register-windows-passkey-intro = A passkey kept by Windows Hello on this PC. At this PC you sign in with its face, fingerprint or PIN, and it still works when your phone is lost. Only make it on a PC that is yours: it stays on this PC.
register-windows-passkey-steps-pc = Create a passkey on this PC
    .step1 = Check that Windows Hello is set up: Settings > Accounts > Sign-in options shows Face, Fingerprint or PIN.
    .step2 = On this PC, press "Open in browser" for the Security info page and sign in.
    .step3 = Choose "+ Add sign-in method", then "Passkey", then "Next".
    .step4 = Windows asks where to save the passkey: choose this Windows device, not a phone or a security key.
    .step5 = Confirm with your face, fingerprint or PIN. Give the passkey a name such as "Office PC" and choose "Done".
register-windows-passkey-steps-phone-only = Create a passkey on a Windows PC
    .step1 = This passkey can only be made on the Windows PC it will live on. Do this step later, at your own Windows PC, with "+ Add sign-in method", then "Passkey", and choose that Windows device.
register-windows-passkey-tips = Tips
    .tip1 = If Windows offers only a phone or a security key, your organisation may not allow passkeys on Windows: skip this method and ask the help desk.
    .tip2 = When you get a new PC, make a new passkey on it and delete the old one from the Security info page.

register-oath-token-intro = A hardware token is a small device that shows a code. The help desk gives it to you and assigns it to your account first.
register-oath-token-steps-pc = Add your hardware token
    .step1 = Have the token at hand, with the serial number on its back.
    .step2 = On this computer, open the Security info page and sign in.
    .step3 = Choose "+ Add sign-in method", then "Hardware token", then "Add".
    .step4 = Type the serial number, a name you will recognise, and the code the token shows now. Then choose "Done".
register-oath-token-steps-phone-only = Add your hardware token
    .step1 = Have the token at hand, with the serial number on its back.
    .step2 = Open the Security info page in the phone's browser and sign in.
    .step3 = Choose "+ Add sign-in method", then "Hardware token", then "Add".
    .step4 = Type the serial number, a name you will recognise, and the code the token shows now. Then tap "Done".
register-oath-token-tips = Tips
    .tip1 = Finish within a minute of opening the page (two minutes for tokens whose code changes every 60 seconds).

register-phone-intro = Microsoft sends a code by SMS or calls this number when you sign in. Use your own mobile phone (a feature phone that receives SMS works too).
register-phone-steps-pc = Register your phone
    .step1 = On this computer, open the Security info page and sign in.
    .step2 = Choose "+ Add sign-in method", then "Phone".
    .step3 = For the country, choose "Japan (+81)". Type the number as the check below shows.
    .step4 = Choose "Text me a code" or "Call me", then "Next".
    .step5 = Type the 6-digit code from the text message into the page, or answer the call and press # when asked.
register-phone-steps-phone-only = Register your phone
    .step1 = Scan the Security info QR code above with the phone, and sign in in the phone's browser.
    .step2 = Choose "+ Add sign-in method", then "Phone".
    .step3 = For the country, choose "Japan (+81)". Type the number as the check below shows.
    .step4 = Choose "Text me a code", then "Next", and type the code from the text message.
register-phone-tips = Tips
    .tip1 = If the page asks you to prove you are not a robot, type the characters shown; it may take a few tries.
    .tip2 = Receiving the SMS or call is free in Japan. Abroad, your carrier may charge roaming.

register-alternate-phone-intro = A second number that Microsoft can call (calls only, no SMS). Useful if your main phone is lost.
register-alternate-phone-steps-pc = Register an alternate phone
    .step1 = On this computer, open the Security info page and sign in.
    .step2 = Choose "+ Add sign-in method", then "Alternate phone".
    .step3 = For the country, choose "Japan (+81)", type the number as the check below shows, then "Next".
    .step4 = Answer the call and press # when the message asks you to.
register-alternate-phone-steps-phone-only = Register an alternate phone
    .step1 = Scan the Security info QR code above with the phone, and sign in in the phone's browser.
    .step2 = Choose "+ Add sign-in method", then "Alternate phone".
    .step3 = For the country, choose "Japan (+81)", type the number as the check below shows, then "Next".
    .step4 = Answer the call on the other phone and press # when asked.
register-alternate-phone-tips = Tips
    .tip1 = Press # within about 20 seconds of the message starting.
    .tip2 = Turn off call forwarding on that line, or the call may not reach you.

register-office-phone-intro = Microsoft calls your desk phone (calls only). Register only a line that you answer yourself.
register-office-phone-steps-pc = Register your office phone
    .step1 = On this computer, open the Security info page and sign in.
    .step2 = Choose "+ Add sign-in method", then "Office phone".
    .step3 = For the country, choose "Japan (+81)" and type the number as the check below shows. Leave "Extension" empty.
    .step4 = Choose "Next", answer the call and press # when asked.
register-office-phone-steps-phone-only = Register your office phone
    .step1 = Scan the Security info QR code above with the phone, and sign in in the phone's browser.
    .step2 = Choose "+ Add sign-in method", then "Office phone".
    .step3 = For the country, choose "Japan (+81)" and type the number as the check below shows. Leave "Extension" empty.
    .step4 = Choose "Next", answer the call on the desk phone and press # when asked.
register-office-phone-tips = Tips
    .tip1 = Never register the main switchboard number: whoever answers could approve a sign-in for you.
    .tip2 = If others share the line, agree with whoever manages it first, and keep using it to a minimum.
    .tip3 = On an old dial (pulse) phone, press * and then #. Rotary phones cannot work.

register-security-key-intro = A security key is a small USB or NFC device on your key ring, and it works at any computer. It cannot be your default method, so register it with another method.
register-security-key-steps-pc = Register a security key
    .step1 = Have your security key at hand. If you do not have one, ask the help desk first.
    .step2 = On this computer, open the Security info page in Edge or Chrome and sign in.
    .step3 = Choose "+ Add sign-in method", then "Passkey", then "Next".
    .step4 = When the browser or Windows asks where to save the passkey, choose "Security key". Insert the key or hold it to the reader.
    .step5 = Set or enter the key's PIN, touch the key, and give it a name you will recognise.
register-security-key-steps-phone-only = Register a security key on a computer
    .step1 = A new security key cannot be registered from an iPhone, iPad or Mac. Do this step later at a Windows PC: "+ Add sign-in method", then "Passkey", then "Security key".
register-security-key-tips = Tips
    .tip1 = Keep the key and its PIN separate from each other.
    .tip2 = A new security key cannot be registered in iPhone, iPad or Mac browsers.

## Verify

verify-title = Test that it works
verify-intro = A quick test now saves a phone call later.
verify-steps = Test
    .step1 = On the Security info page, check that every method you registered is listed.
    .step2 = Open a private (incognito) window in your browser and sign in to Microsoft 365 (for example office.com).
    .step3 = Microsoft asks for one of your methods: approve with it. If you can, choose "Sign in another way" and test a second method too.
    .step4 = Close the private window. If the mail app on your phone (Outlook and others) asks, sign in again there.
verify-registered-title = You said you registered:
verify-worked = It worked
verify-failed = It didn't work

## Done

done-title = You're all set
done-summary = { $count ->
    [one] You registered one method.
   *[other] You registered { $count } methods.
}
done-reminders-title = Good to know
done-reminder-add-backup = Everything you registered lives in one place, so losing it locks you out. Add a method in another place when you can: open the Security info page and choose "+ Add sign-in method".
done-reminder-retirement = Microsoft stops sending its own SMS codes and calls for sign-in on { $date }. Make sure you also have the app or a passkey before then.
done-reminder-new-phone = Changing phones? Before you wipe or hand in the old one, set up your university account again in Authenticator on the new phone, check that it works on the Security info page, then delete the old phone there.
done-reminder-new-phone-passkey = Changing phones? Before you wipe or hand in the old one, set up Authenticator on the new phone and create a new passkey in it: a passkey in Authenticator is not restored from a backup. Check that the new phone works, then delete the old one on the Security info page.
done-reminder-new-pc = Getting a new PC? Make a passkey on the new one before the old one goes, then delete the old PC's passkey from the Security info page.
done-reminder-mail-apps = If the mail app on your phone stops receiving, sign in again inside that app.
done-reminder-help = Can't sign in one day? Use "I can't sign in" at the top of this window.
done-start-over = Start over

prepare-app-links-title = Install Microsoft Authenticator on your phone first
prepare-organisation-links-title = Your organisation's pages
register-pairing-caption = What the page looks like on your phone: tap the link under the QR code.
register-pairing-link = Pair your account to the app by clicking this link.
done-print = Print this summary
done-reminder-none-registered = You haven't marked any method as registered yet. Go back to "Register" and press "I have registered it" for each method once it shows on your Security info page.
done-reminder-retirement-no-smartphone = Microsoft stops sending its own SMS codes and calls for sign-in on { $date }. Without a smartphone, ask { $helpdesk } before then what to use instead (a security key, for example).
done-reminder-left-at-home-help-desk = Phone left at home? Nothing you registered works at your desk without it, but { $helpdesk } can let you in for the day once they have checked who you are in person.
done-reminder-travel-app = Travelling abroad? Check before you leave that the app shows a code: codes work without signal. Where notifications don't arrive (in China, for example), type the code instead.
done-reminder-travel-sms-add-app = Travelling abroad? Text messages and calls need roaming there, which may cost money or not work at all. Add the Authenticator app before you go: its codes work without signal.
done-reminder-travel-sms = Travelling abroad? Text messages and calls need roaming there, which may cost money or not work at all. Check your phone's roaming before you go, and talk to { $helpdesk } before a long stay.
done-reminder-travel-fixed-line = Away from your desk for a trip? Your desk phone cannot help you sign in there, and a colleague who answers it could approve a sign-in that is not yours. Before you go, make sure another method works where you will be.
done-reminder-new-number = Changing your mobile number? Register the new number on the Security info page while the old one still works.
done-reminder-clock = If the app's codes are refused, set your phone's date and time to automatic: the codes depend on the clock.
done-save = Save as a text file
done-save-failed = The file could not be saved. Choose another place and try again.
done-save-dialog-title = Save the summary
done-file-name = mfa-setup-summary
done-file-title = Multi-factor authentication (MFA): what you set up
done-file-help = Can't sign in one day? Open the MFA Setup Assistant and choose "I can't sign in".
done-file-saved-on = Saved on { $date }.
done-reminder-left-at-home = Phone left at home? On the sign-in screen choose "Sign in another way" and use the method you registered at your desk.
wizard-plan-method-until = { $summary } Works until { $date }.
register-skip = Skip for now
register-skip-hint = Stuck with this one? Go on with the next method and come back to it later: the test step lists what you skipped.
register-path-first = You have no sign-in method yet, so Microsoft first shows "More information required" or "Let's keep your account secure", and then its own setup. If it opens the Security info page instead, you already have a method: choose "+ Add sign-in method" there.
register-path-first-not-offered = If Microsoft's first-time setup ("Let's keep your account secure") appears when you sign in, choose "I want to set up a different method": it lists what your organisation allows. If { $method } is not there, set up the app there first, then add { $method } on the Security info page as below.
register-path-after-retirement = If only a phone number was registered for you, Microsoft now asks you to create a passkey as soon as you sign in, before any other page (its texts and calls ended on { $date }). Create it on that screen: save it on your phone or on this Windows PC. If you cannot, ask { $helpdesk }.
register-path-later = You already have a method, so you add this one on the Security info page with "+ Add sign-in method".
register-authenticator-steps-first-pc = Set up the app when Microsoft asks
    .step1 = On this computer, press "Open in browser" for the Security info page and sign in with your university account.
    .step2 = Microsoft shows "More information required". Press "Next".
    .step3 = "Keep your account secure" opens with "Start by getting the app". Install Microsoft Authenticator on your smartphone (scan the QR code above), then press "Next" on the computer until a QR code appears.
    .step4 = In the app, tap "+" (or "Add account"), then "Work or school account", then "Scan a QR code". Allow the camera if asked, and point it at the QR code on the computer screen.
    .step5 = Press "Next" on the computer. A test notification arrives on the phone: type the number shown on the computer and tap "Yes".
    .step6 = When the page says the notification was approved, press "Next", then "Done".
register-authenticator-steps-first-phone-only = Set up the app when Microsoft asks
    .step1 = Install Microsoft Authenticator on your smartphone: scan the app-store QR code above with the phone's camera.
    .step2 = Scan the Security info QR code above with the phone, and sign in with your university account in the phone's browser.
    .step3 = Microsoft shows "More information required". Tap "Next".
    .step4 = "Keep your account secure" opens with "Start by getting the app". Tap "Next" until the page shows a QR code.
    .step5 = You cannot scan your own screen: tap the link "Pair your account to the app by clicking this link." The app opens and adds your account.
    .step6 = Go back to the browser and tap "Next". Approve the test notification in the app, then tap "Next" and "Done".
register-phone-steps-first-pc = Register your phone when Microsoft asks
    .step1 = On this computer, press "Open in browser" for the Security info page and sign in with your university account.
    .step2 = Microsoft shows "More information required". Press "Next".
    .step3 = "Keep your account secure" starts with the app. At the bottom, choose "I want to set up a different method".
    .step4 = Under "Which method would you like to use?", choose "Phone" and press "Confirm".
    .step5 = For the country, choose "Japan (+81)" and type the number as the check below shows. Choose "Text me a code", then "Next".
    .step6 = Type the 6-digit code from the text message and press "Next". When it says "Success!", press "Done".
register-phone-steps-first-phone-only = Register your phone when Microsoft asks
    .step1 = Scan the Security info QR code above with the phone, and sign in with your university account in the phone's browser.
    .step2 = Microsoft shows "More information required". Tap "Next".
    .step3 = "Keep your account secure" starts with the app. At the bottom, tap "I want to set up a different method".
    .step4 = Under "Which method would you like to use?", choose "Phone" and tap "Confirm".
    .step5 = For the country, choose "Japan (+81)" and type the number as the check below shows. Choose "Text me a code", then "Next".
    .step6 = Type the 6-digit code from the text message and tap "Next". When it says "Success!", tap "Done".
verify-which-method-title = Which method will Microsoft ask for?
verify-which-method = Which method
    .line1 = Microsoft chooses for you: at sign-in it asks for the most secure method you registered, a passkey first, then the app, then anything else. You do not need to set a default.
    .line4 = If the computer shows a QR code for a passkey on your phone and has no Bluetooth, choose "Sign in another way" and use the app.
    .line2 = On the Security info page this shows as "Sign-in method when most advisable is unavailable": the method used only when the preferred one cannot be. You can leave it as it is.
    .line3 = If your page shows "Default sign-in method" instead, your organisation has turned Microsoft's choice off. Then choose "Change" and pick the method you use most (not a security key).
skipped-title = Skipped for now
skipped-explanation = When you are ready, register it too: each extra method is one more way in on a bad day.
skipped-explanation-below-two = Your plan has methods in two places so that one lost, forgotten or broken phone never locks you out. Until you register the one you skipped, that protection is missing.
skipped-return = Register { $method } now
done-reminder-lines-end-soon = Microsoft stops sending its own text messages and calls for sign-in on { $date }. Your phone numbers stop working for sign-in then; your other methods carry on, so there is nothing else to do.
done-reminder-lines-ended = Microsoft no longer sends text messages or calls for sign-in (since { $date }), so your registered phone numbers no longer count. You may remove them from the Security info page.
skipped-return-now = Register now
done-print-failed = The print dialog could not be opened. Save the summary as a text file instead, and print that.

## Pictures of what you will see (drawn simply; Microsoft's own words on its controls)

picture-alt = { $caption } Highlighted: "{ $control }".
picture-next = Next
picture-done = Done
picture-continue = Continue
picture-security-info-title = Security info
picture-security-info-intro = These are the methods you use to sign in.
picture-add-method = + Add sign-in method
picture-security-info-list = (your methods are listed here)
picture-security-info-caption = Microsoft's Security info page: press "+ Add sign-in method".
picture-choose-title = Add a sign-in method
picture-choose-caption = Choose "{ $method }".
picture-method-authenticator = Microsoft Authenticator
picture-method-passkey-authenticator = Passkey in Microsoft Authenticator
picture-method-passkey = Passkey
picture-method-hardware-token = Hardware token
picture-method-phone = Phone
picture-method-alternate-phone = Alternate phone
picture-method-office-phone = Office phone
picture-first-time-title = More information required
picture-first-time-text = Your organization needs more information to keep your account secure.
picture-first-time-caption = The first screen when you have no method yet (it may also say "Let's keep your account secure"): press "Next".
picture-keep-secure-title = Let's keep your account secure
picture-keep-secure-app = Start by getting the app
picture-different-method = I want to set up a different method
picture-first-time-other-caption = It starts with the app. To use your phone number first, choose "I want to set up a different method" at the bottom.
picture-app-title = Microsoft Authenticator
picture-app-welcome = Secure your digital life
picture-app-add-work-account = Add work or school account
picture-app-scan-qr = Scan a QR code
picture-app-add-account-caption = In a new Authenticator app: "Add work or school account", then "Scan a QR code", and point the phone at the QR code on the computer.
picture-number-title = Are you trying to sign in?
picture-number-text = Enter the number shown to sign in.
picture-number-value = 42
picture-number-yes = Yes
picture-number-caption = The test notification on the phone: type the number the computer shows, then "Yes".
picture-pairing-title = Scan the QR code
picture-pairing-qr = QR code
picture-provider-title = AutoFill & Passwords
picture-provider-autofill = AutoFill Passwords and Passkeys
picture-provider-authenticator = Authenticator
picture-provider-caption = In the phone's settings, let Authenticator keep passkeys.
picture-app-account-title = Your university account
picture-app-account-text = Passkey
picture-app-create-passkey = Create a passkey
picture-app-create-passkey-caption = In Authenticator, tap your university account, then "Create a passkey".
picture-save-passkey-title = Save a passkey
picture-save-passkey-text = Where do you want to save this passkey?
picture-save-passkey-manager = iCloud Keychain / Google Password Manager
picture-save-synced-caption = On the phone, save the passkey in its own password manager, not in an app.
picture-windows-title = Choose where to save this passkey
picture-windows-this-device = This Windows device
picture-windows-phone = iPhone, iPad, or Android device
picture-windows-security-key = Security key
picture-windows-device-caption = Windows asks where to save it: choose this Windows device.
picture-windows-key-caption = Windows asks where to save it: choose "Security key", then insert or tap your key.
picture-phone-title = Phone
picture-phone-country = Japan (+81)
picture-phone-number = 9012345678
picture-phone-text-me = Text me a code
picture-phone-caption = Choose "Japan (+81)" for the country, then type the number without its first 0.
picture-office-title = Office phone
picture-office-extension = Extension: leave empty
picture-office-caption = Leave "Extension" empty: Microsoft must reach you directly.
picture-token-title = Hardware token
picture-token-serial = Serial number
picture-token-name = Friendly name
picture-token-code = Code
picture-token-caption = Type the serial number from the back of the token, a name, and the code it shows now.
