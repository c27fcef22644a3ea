## "Check with Microsoft": one sign-in in the browser, then the assistant reads
## which sign-in methods Microsoft has for the account and compares them with
## the plan. Shown only where the organisation's profile sets it up.
## $helpdesk is the help desk's name from the profile, written as it reads
## mid-sentence ("the IT help desk").

account-check-title-welcome = Already registered something?
account-check-intro-welcome = If you have set up a sign-in method before, the assistant can ask Microsoft which ones your account has. Then you know what is still missing.
account-check-start-welcome = What do I have already?
account-check-title-verify = Check with Microsoft
account-check-intro-verify = Sign in once more in your browser, and the assistant asks Microsoft which sign-in methods your account really has, and compares them with your plan.
account-check-start-verify = Check with Microsoft
account-check-privacy = The assistant only reads the list of your sign-in methods and changes nothing. The result is shown here only: it is not sent to the university or anyone else, and nothing is saved on this PC. Phone numbers show their last two digits only, and your sign-in is forgotten when you close the assistant or press "Sign out".
account-check-again = Check again
account-check-retry = Try again
account-check-waiting = Your browser now shows Microsoft's sign-in page. Sign in there with your university account within { $minutes } minutes; this window waits for you. If no browser window appeared, press Cancel and try again.
account-check-cancel = Cancel
account-check-sign-out = Sign out

account-check-summary = { $count ->
    [0] Microsoft lists no sign-in method for your account besides the password.
    [one] Microsoft lists one sign-in method for your account besides the password:
   *[other] Microsoft lists { $count } sign-in methods for your account besides the password:
}
account-check-read-for = Read for { $name } ({ $username }). Not you? Press "Sign out" and check again with your own account.
account-check-in-plan = In your plan
account-check-extra = Not in your plan
account-check-missing-title = In your plan, but not registered yet
account-check-complete = Every method in your plan is registered.

## Registered methods. $digits: the last two digits of the number.
account-method-authenticator = Microsoft Authenticator
account-method-phone = Phone, number ending in { $digits }
account-method-alternate-phone = Alternate phone, number ending in { $digits }
account-method-office-phone = Office phone, number ending in { $digits }
account-method-passkey-authenticator = Passkey in Microsoft Authenticator
account-method-passkey-icloud = Passkey in iCloud Keychain
account-method-passkey-google = Passkey in Google Password Manager
account-method-fido2 = Passkey or security key
account-method-passkey-windows = Passkey on a Windows PC
account-method-hardware-oath = Hardware token
account-method-software-oath = Codes from an authenticator app
account-method-windows-hello = Windows Hello for Business
account-method-email = E-mail (only for resetting your password)
account-method-temporary-access-pass = Temporary Access Pass (a time-limited pass from the help desk)
account-method-platform-credential = Platform Credential on a Mac
account-method-other = Another method (of a kind this assistant does not know)
account-method-named = { $method }: { $name }

## What is risky about the methods as a whole.
account-warning-only-password = Your account has no way to sign in besides the password. At your next sign-in, Microsoft will stop you until you set up a method: register one now.
account-warning-one-phone-holds-all = Every method you have lives on one smartphone. If it is lost, broken or replaced, you cannot sign in. Add one in another place: a passkey in your Apple or Google account, a passkey on your own Windows PC, or a security key.
account-warning-one-place-holds-all = Every method you have lives in one place (one PC, one key or one number). If you lose it, you cannot sign in. Add a method in another place, such as the Authenticator app on your smartphone.
account-warning-only-phone-lines-ending = All your methods are phone numbers, and Microsoft stops sign-in by text message and call on 1 February 2027. Add the app or a passkey before then.
account-warning-only-phone-lines-ended = All your methods are phone numbers, and Microsoft no longer provides sign-in by text message and call (it stopped on 1 February 2027). Add the app or a passkey, or ask { $helpdesk } what you can use.

## Why the check gave no answer. The wizard goes on either way.
check-failure-cancelled = The sign-in was cancelled, so nothing was checked. You can go on with the steps, or try again.
check-failure-consent-missing = The check is not available yet: { $helpdesk } has still to allow the assistant to read sign-in methods. Your account is fine, and you can go on with the steps without the check. To let { $helpdesk } know, copy the details below into an e-mail to them.
check-failure-sign-in-refused = Microsoft did not accept this sign-in. Try again with your university account. If that was your university account, the assistant may be set up wrongly: copy the details below and send them to { $helpdesk }.
check-failure-no-network = Microsoft could not be reached. Check that this PC is connected to the internet, then try again.
check-failure-timed-out = The sign-in was not finished in time. Press "Try again" and finish the sign-in in your browser within { $minutes } minutes.
check-failure-not-authorized = Microsoft no longer accepts your earlier sign-in. Press "Try again" to sign in anew.
check-failure-forbidden = Microsoft does not let your account read its sign-in methods this way. Your account is fine; to let { $helpdesk } know, copy the details below into an e-mail to them.
check-failure-throttled = Microsoft is receiving too many requests right now. Wait { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
}, then try again.
check-failure-service-unavailable = Microsoft's service is not answering right now. Try again in a few minutes.
check-failure-unexpected-response = Microsoft's answer could not be read. Try again; if it happens again, copy the details below and send them to { $helpdesk }.
check-failure-browser-not-opened = No browser could be opened for the sign-in. Check that this PC has a default browser, then try again.

## The page the browser shows when Microsoft sends it back, whatever the outcome.
account-check-browser-title = Back to the MFA Setup Assistant
account-check-browser-message = You can close this tab; the assistant shows what Microsoft answered. On a PC that others use too, close the whole browser now, so that the next person is not signed in as you.

account-check-unavailable = Your organisation has not set up "Check with Microsoft".
