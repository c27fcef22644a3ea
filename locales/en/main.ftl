# Shared parts of the window and the wizard's steps (English)

app-title = MFA Setup Assistant
language-switch-label = Language
# Each language button is written in its own language: a button in a language you
# cannot read is a button you cannot find.
locale-name-ja = 日本語
locale-name-en = English
action-back = Back
action-start = Get started
action-open-troubleshoot = I can't sign in
action-open-faq = FAQ
steps-label = Progress

step-welcome = Welcome
step-situation = Questions
step-plan = Your plan
step-prepare = Get ready
step-register = Register
step-verify = Test
step-done = Done

welcome-title = Let's set up multi-factor authentication (MFA)
welcome-what = With MFA, you prove it's you with something you have (the app on your phone, or a passkey) as well as your password. Even if someone learns your password, they still can't sign in as you.
welcome-why = All staff at { $organisation } are asked to set up MFA to protect Microsoft 365: your email, Teams and files.
welcome-how = Answer a few questions and the assistant will recommend the methods that suit you, then guide you step by step through registering them on Microsoft's Security info page.
welcome-duration = Time needed: about { $minutes } minutes for a few questions, two sign-in methods and a test.
action-see-plan = See my recommended methods
action-accept-plan = Use these methods
action-begin-registering = Start registering
action-start-over = Start over
welcome-when-before = You can register now (pre-registration): MFA becomes required on { $date }, in { $days ->
    [one] 1 day
   *[other] { $days } days
}.
welcome-when-after = MFA has been required since { $date }: Microsoft asks you to set it up at your next sign-in, if you have not yet.
welcome-when-unknown = You can register now, before your organisation starts requiring MFA (pre-registration). After that date, Microsoft asks you at your next sign-in.
diagnostics-title = MFA Setup Assistant: diagnostic information
diagnostics-version = Version
diagnostics-system = System
diagnostics-language = Language
diagnostics-day = Day
diagnostics-profile = Organisation profile
diagnostics-profile-default = built into the assistant
diagnostics-profile-system = { $file } (installed for this computer)
diagnostics-profile-preview = { $file } (preview)
diagnostics-profile-fell-back = The profile could not be used; the built-in one is in effect.
diagnostics-microsoft-check = Check with Microsoft: tenant { $tenant }, application (client) ID { $client }
diagnostics-profile-issues = Profile problems
diagnostics-recent-problems = Problems since the assistant started
diagnostics-none = none
diagnostics-log-file = Log file
diagnostics-offer-title = For the help desk
diagnostics-offer-text = If you contact the help desk, you can paste this information into your e-mail. It says which version you use and what went wrong; it holds no phone number and nothing you typed.
diagnostics-copy = Copy diagnostic information
diagnostics-copied = Copied. Paste it into your e-mail to the help desk.
diagnostics-copy-failed = Could not copy. Select the text below and copy it yourself.
estimate-total = About { $minutes } minutes for { $count ->
    [one] this method
   *[other] these { $count } methods
}, with the test at the end.
estimate-method = About { $minutes } minutes
action-mark-registered = I have registered it
action-finish = Finish
header-help-desk = Help desk
update-available = A newer version of the assistant ({ $version }) is ready.
update-available-with-summary = A newer version of the assistant ({ $version }) is ready: { $summary }
update-install = Update and restart
update-installing = Downloading the update. The assistant restarts when it is installed, where you left off.
update-failed = The update could not be installed; the assistant keeps working as it is. If this happens again, please tell { $helpdesk }.
advice-may-be-old = This advice was last checked on { $date }, more than { $days } days ago. Microsoft may have changed its screens since: if something looks different, { $helpdesk } can help.
webview-missing-title = MFA Setup Assistant cannot start
webview-missing-text = This PC lacks Microsoft Edge WebView2, which the assistant needs to show its window. Install the "Microsoft Edge WebView2 Runtime" from Microsoft's site (search for "WebView2 Runtime"), or ask { $helpdesk } to install it, then start the assistant again.
