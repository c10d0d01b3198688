extension Catalog {
    /// The client's words in English.
    static func english(_ key: TextKey) -> String {
        switch key {
        // Keys in the footer: what a key does
        case .hintNextField: "next field"
        case .hintNext: "next"
        case .hintSignIn: "sign in"
        case .hintShowPassword: "show password"
        case .hintSendCode: "send code"
        case .hintBack: "back"
        case .hintCancel: "cancel"
        case .hintQuit: "quit"
        case .hintHelp: "help"
        case .hintChoose: "choose"
        case .hintChooseMethod: "choose method"
        case .hintVerify: "verify"
        case .hintOpen: "open"
        case .hintClose: "close"
        case .hintRetry: "retry"
        case .hintAnswer: "answer"
        case .hintYes: "yes"
        case .hintLater: "later"
        case .hintSave: "save"
        case .hintScroll: "scroll"
        case .hintSignOutOthers: "sign out others"
        case .hintSetUpMFA: "set up MFA"
        case .hintAvatarMenu: "avatar menu"
        case .hintGenerate: "generate"
        case .hintCopyCodes: "copy codes"
        case .hintDone: "done"
        case .hintSetup: "setup"
        case .hintSignOut: "sign out"
        case .hintKeyOnly: "key only"
        case .hintQRCode: "QR code"
        case .hintCopyKey: "copy key"
        case .hintInvert: "invert"
        case .hintCodeFrom: "code from"
        case .hintContinue: "continue"
        case .hintMailbox: "mailbox"
        case .hintDemoCodes: "demo codes"
        case .hintRefresh: "refresh"
        case .hintBackToQuestions: "back to the questions"
        case .hintCloseHelp: "close help"

        // Buttons and links
        case .buttonNext: "Next"
        case .buttonSignIn: "Sign in"
        case .buttonSendCode: "Send code"
        case .buttonVerify: "Verify"
        case .buttonContinue: "Continue"
        case .buttonCancel: "Cancel"
        case .buttonRetry: "Retry"
        case .buttonSave: "Save"
        case .buttonDone: "Done"
        case .buttonGenerate: "Generate"
        case .changeEmailLink: "Change"
        case .forgotPasswordLink: "Forgot Password?"

        // Sign in, forgot password, reset password
        case .signInTitle: "Sign in"
        case .emailLabel: "E-mail address"
        case .emailImplausible: "Enter an e-mail address such as name@example.com."
        case .passwordLabel: "Password"
        case .rememberCheckbox: "Automatically sign in next time"
        case .resumingText: "Signing you in with your remembered session."
        case .forgotPasswordTitle: "Forgot password"
        case .forgotPasswordIntro:
            """
            Enter the e-mail address of your account. We will send a code to reset the password.
            """
        case .resetPasswordTitle: "Reset password"
        case .resetPasswordIntro: "If {email} is registered, we sent it a code. Enter it with your new password."
        case .resetCodeLabel: "Code from the mail"
        case .resetCodeMissing: "Enter the code from the mail."
        case .buttonSetNewPassword: "Set new password"

        // New passwords (reset and change)
        case .newPasswordLabel: "New password"
        case .newPasswordAgainLabel: "New password again"
        case .passwordPolicy: "{minimum} to {maximum} characters; not a common password."
        case .passwordTooShort: "The new password needs at least {minimum} characters."
        case .passwordMismatch: "The two passwords do not match."
        case .changePasswordTitle: "Change password"
        case .currentPasswordLabel: "Current password"
        case .currentPasswordMissing: "Enter your current password."
        case .buttonChangePassword: "Change password"
        case .otherSessionsSignedOutNote: "Your other sessions are signed out."

        // Verification code
        case .codeTitle: "Verification code"
        case .codeFromApp: "Enter the 6-digit code from your authenticator app ({label})."
        case .codeFromSMS: "Press Send code, then enter the 6-digit code sent to {destination}."
        case .codeFromRecovery: "Enter one of your recovery codes. Each works once."
        case .otherWaysToVerify: "Other ways to verify"
        case .kindApp: "Authenticator app"
        case .kindSMS: "SMS"
        case .recoveryCode: "Recovery code"

        // Home
        case .homeTitle: "Home"
        case .homeWelcome: "Welcome, {name}."
        case .homeSignedInAs: "Signed in as {email}"
        case .homeNudgeNoMethod:
            """
            Your account is protected by its password alone. Set up multifactor authentication: an \
            authenticator app or a phone number.
            """
        case .homeNudgeNotEnabled: "Your methods are registered, but MFA is not enabled yet."
        case .buttonSetUpMFA: "Set up MFA"
        case .homeAvatarHint:
            """
            Open the Avatar Menu in the lower-left corner (F2) for Account Settings, Help and Sign out.
            """
        case .mfaName: "Multifactor authentication"
        case .methodCountOne: "{count} method"
        case .methodCountOther: "{count} methods"
        case .mfaSummaryEnabledNoMethod: "enabled, no method registered (set one up)"
        case .mfaSummaryEnabled: "enabled, {methods}"
        case .mfaSummaryNotSetUp: "not set up"
        case .mfaSummaryNotEnabled: "not enabled, {methods} registered"
        case .homeMFAStatus: "Multifactor authentication: {summary}"

        // Account Settings
        case .fieldName: "{name}: "
        case .accountSettingsTitle: "Account Settings"
        case .displayNameLabel: "Display name"
        case .passwordChangedLabel: "Password changed"
        case .never: "never"
        case .languageLabel: "Language"
        case .languageEnglish: "English"
        case .languageJapanese: "日本語"
        case .switchLanguage: "Switch to Japanese (日本語)"
        case .languageSwitched: "authterm and the mail from the service are now in English."
        case .sessionsTitle: "Sessions"
        case .sessionsIntro: "Where your account is signed in:"
        case .thisSession: "This session"
        case .otherSession: "Session"
        case .sessionAt: "{session} · {place}"
        case .lastSeen: "last seen {day}"
        case .noOtherSession: "No other session is signed in."
        case .buttonSignOutOthers: "Sign out the others"

        // Confirm it's you (re-authentication)
        case .reauthTitle: "Confirm it's you"
        case .reauthPasswordOnly: "Enter your password to continue."
        case .reauthPasswordAndCode: "Enter your password and a code to continue."
        case .codeFromLabel: "Code from"
        case .smsTo: "SMS to {destination}"
        case .smsCodePlaceholder: "the code from the SMS"
        case .codeSent: "Code sent. It is valid for 10 minutes."

        // Registered methods
        case .methodWithNumber: "{label} ({number})"
        case .quoted: "\"{name}\""
        case .methodPhrase: "{kind} \"{name}\""
        case .methodListName: "{kind}: {name}"
        case .methodHistoryUsed: "added {added}, last used {used}"
        case .methodHistoryUnused: "added {added}, not used yet"

        // Activation, done, confirmations
        case .activationTitle: "MFA Confirmation and Activation"
        case .methodRegistered: "{method} is registered."
        case .activationWarning:
            """
            Multifactor authentication is not enabled yet. Once you activate it, it cannot be disabled: \
            every sign-in will ask for a code.
            """
        case .activationHasBackup: "You have another method registered too, so losing one phone does not lock you out."
        case .activationRecommendBackup:
            """
            We recommend adding a second method first (another authenticator app or a phone number), so that \
            losing one phone does not lock you out.
            """
        case .buttonAddAnotherMethod: "Add another method"
        case .buttonActivateNow: "Activate now"
        case .enrollmentDoneTitle: "Done"
        case .methodReplaces: "\"{new}\" replaces \"{old}\"."
        case .enrollmentDoneMFAOn:
            """
            {registered} Multifactor authentication is on: each sign-in asks for a code.
            
            Recovery codes let you in when none of your methods is at hand. Generate them now and keep them \
            somewhere safe.
            """
        case .enableMFA: "Enable MFA"
        case .removeMethodTitle: "Remove method"
        case .endOtherSessionsTitle: "Sign out other sessions?"
        case .enableMFAWarning:
            """
            Once enabled, multifactor authentication cannot be disabled: every sign-in will ask for a code. \
            Register a second method first if you can.
            """
        case .removeMethodQuestion: "Remove {method}? Its codes will no longer work for this account."
        case .endOtherSessionsQuestion:
            """
            Sessions that signed in before MFA was on, on other devices too, keep working without a code \
            until they end. Sign them out now? This session stays.
            """
        case .actionRemove: "Remove"
        case .buttonSignOutOthersShort: "Sign out others"
        case .buttonKeepThem: "Keep them"

        // Multifactor Authentication
        case .mfaTitle: "Multifactor Authentication"
        case .statusLabel: "Status"
        case .mfaStatusNotSetUp: "Not set up"
        case .mfaStatusNotEnabled: "Methods registered, MFA not enabled yet"
        case .mfaStatusEnabled: "Enabled (it cannot be disabled)"
        case .mfaStatusEnabledNoMethod: "Enabled, but no method is registered: choose Setup"
        case .mfaNoticeEnabled:
            """
            Replacing or wiping your phone loses the codes in its app: use Replace on the new phone first, \
            and keep a backup (a second method, your recovery codes).
            """
        case .mfaNoticeNotEnabled:
            """
            Register more than one method: with a second app or a phone number you can still sign in when \
            one is lost. Enabling MFA cannot be undone.
            """
        case .noMethodYet: "No method registered yet."
        case .actionRename: "Rename"
        case .actionReplace: "Replace"
        case .actionSetup: "Setup"
        case .addPhoneTitle: "Add phone number"
        case .recoveryCodesTitle: "Recovery codes"
        case .replaceTitle: "Replace {label}"
        case .phoneDefaultLabel: "Phone"
        case .phoneNumberLabel: "Phone number"
        case .phoneNumberHint: "+ country code and number, e.g. +81312345678"
        case .methodNameLabel: "Name for this method"
        case .phoneCodeSent: "We sent a 6-digit code by SMS to {destination}. Enter it here."
        case .newNameLabel: "New name"
        case .newNameHint: "1 to 64 characters, e.g. the phone it is on."
        case .recoveryCodesAbout:
            """
            Recovery codes let you sign in when none of your methods is at hand; each works once.
            
            Generating new codes makes all your old codes stop working.
            """
        case .recoveryCodesRemaining: " You have {count} unused codes now."
        case .recoveryCodesShownOnce:
            """
            Store these codes somewhere safe now: they are shown only this once. Your old codes no longer \
            work.
            """

        // Setting up an authenticator app
        case .setupTitle: "Setup"
        case .numberedApp: "{app} {number}"
        case .setupStepInstall: "1. Install an authenticator app on your phone, if it has none:"
        case .usePhoneInstead: "Use a phone number for SMS codes instead"
        case .setupStepKey: "2. In the app, choose to enter a setup key, and type:"
        case .keyLabel: "Key"
        case .accountLabel: "Account"
        case .issuerLabel: "Issuer"
        case .totpParameters: "Time based, {digits} digits, every {period} seconds"
        case .setupStepCode: "3. Enter the 6-digit code the app shows for {issuer} ({account})."
        case .scanTitleLine: "Scan with the app, or type the key  {key}"

        // The service's own words
        case .supportLine: "Support: {contact}"
        case .supportLineWithHours: "Support: {contact} ({hours})"
        case .yourServiceSupport: "your service's support"
        case .linkLine: "{title}: {url}"
        case .resetClearsMFA:
            """
            A password reset also removes your MFA methods and recovery codes: after signing in with the new \
            password you set up a method again.
            """
        case .resetKeepsMFA:
            """
            A password reset keeps your MFA methods: you still need one of them, or a recovery code, to sign \
            in.
            """
        case .resetPolicyUnknown: "Whether a password reset also removes your MFA methods depends on the service."

        // Help
        case .helpSignInTitle: "Help: signing in"
        case .helpVerificationCodeTitle: "Help: verification codes"
        case .helpForgotPasswordTitle: "Help: forgot password"
        case .helpSetupRequiredTitle: "Help: setting up verification"
        case .helpHomeTitle: "Help"
        case .helpAccountSettingsTitle: "Help: Account Settings"
        case .helpMFATitle: "Help: Multifactor Authentication"
        case .helpMFASetupTitle: "Help: setting up a method"
        case .helpSignIn:
            """
            Enter the e-mail address of your account, then your password. Tick "Automatically sign in next \
            time" to skip signing in on this computer; you will have to sign in again after 14 days without \
            using it. Forgot your password? Choose "Forgot Password?" to get a reset code by mail.
            """
        case .helpVerificationCode:
            """
            Type the 6-digit code your authenticator app shows for this account now, or choose another way \
            below the code. Choose a question for more.
            """
        case .helpForgotPassword:
            """
            We send a code to the address if it belongs to an account. The code works once, for 15 minutes. \
            {reset}
            """
        case .helpSetupRequired:
            """
            Your account uses multifactor authentication but has no method registered. Register an \
            authenticator app or a phone number to go on.
            """
        case .helpHome:
            """
            The Avatar Menu in the lower-left corner (F2) leads to Account Settings, this help and Sign out.
            """
        case .helpAccountSettings:
            """
            Change password: the current one, then the new one twice; your other sessions are signed out. \
            Sessions: where you are signed in; Enter signs out all the others. Sensitive changes ask for \
            your password (and a code with MFA on) again.
            """
        case .helpMFA:
            """
            Register more than one method: a second app or a phone number. Once enabled, MFA cannot be \
            turned off. Choose a question for more.
            """
        case .helpMFASetup:
            """
            Install an authenticator app, scan the code (or type the key: k shows it alone, c copies it) and \
            enter the app's code. Can't scan? Press i to invert the code. Choose a question for more.
            """
        case .helpKeys:
            """
            Keys: Tab / Shift-Tab move between fields, Enter confirms, Esc goes back or cancels a request, \
            F1 or ? shows help, Ctrl-Z suspends (fg goes on), Ctrl-C quits. The mouse works too.
            """

        // Questions people ask, and their answers
        case .questionCannotSignIn: "I enabled MFA and cannot sign in"
        case .questionNewPhone: "I have a new phone"
        case .questionLostPhone: "I lost my phone"
        case .questionDeletedFromApp: "I deleted the account from the app"
        case .questionNumberChanged: "My phone number changed"
        case .questionTurnOff: "Can I turn MFA off?"
        case .questionRecoveryCodes: "What are recovery codes?"
        case .questionWhichApps: "Which apps work?"
        case .questionCodeAlwaysWrong: "The code is always wrong"
        case .answerCannotSignIn:
            """
            On the verification screen, choose another way under "Other ways to verify": a second \
            authenticator app, an SMS code to your phone, or one of your recovery codes. If the app's code \
            is refused, see "The code is always wrong". With none of these at hand, choose Forgot Password? \
            on the sign-in screen. {reset} Still stuck? Ask {whom}.
            """
        case .answerNewPhone:
            """
            While you still have the old phone: sign in, open Avatar Menu > Account Settings > Multifactor \
            Authentication, select the old phone's app and choose Replace (r), then scan the new code with \
            the new phone. The old registration is removed once the new one works. An app that moves its \
            accounts with a backup (Microsoft Authenticator, Twilio Authy) keeps working too.
            """
        case .answerLostPhone:
            """
            Sign in with another method (a second app, an SMS code, or a recovery code), then remove the \
            lost phone's method (d) and set up the new phone (s or p). With no other method: Forgot \
            Password? on the sign-in screen. {reset}
            """
        case .answerDeletedFromApp:
            """
            The app no longer has the codes, but the registration here remains. Sign in with another method \
            or a recovery code, select the method and choose Replace (r) to scan a new code. With no other \
            method: Forgot Password? on the sign-in screen. {reset}
            """
        case .answerNumberChanged:
            """
            Add the new number (Add phone number, p) and enter the code sent to it, then remove the old \
            number (d); or select the old number and choose Replace (r). If the code goes to a number you no \
            longer have, sign in with another method or a recovery code first.
            """
        case .answerTurnOff:
            """
            No. Once enabled, multifactor authentication stays on for your account. You can add, replace, \
            rename and remove methods at any time, except the last one.
            """
        case .answerRecoveryCodes:
            """
            Ten codes for when none of your methods is at hand; each works once. Once MFA is on, generate \
            them under Multifactor Authentication > Recovery codes (c) and keep them on paper or in a \
            password manager. New codes replace the old ones; using one sends you a mail.
            """
        case .answerWhichApps:
            """
            Google Authenticator, Microsoft Authenticator and Twilio Authy, for iOS and Android; any app for \
            time-based codes (TOTP: 6 digits every 30 seconds) works. Or use a phone number for SMS codes.
            """
        case .answerCodeAlwaysWrong:
            """
            The codes follow the clock: set the phone's date and time to automatic (network time), then type \
            the next code. Use the entry for this account (its issuer and your e-mail). Google Authenticator \
            on Android: Settings > Time correction for codes > Sync now.
            """

        // The demo: mailbox and authenticator
        case .mailboxTitle: "Mailbox (demo server's outbox)"
        case .mailboxEmpty: "No messages yet. Reset codes and SMS codes the demo server sends show up here."
        case .mailboxRow: "{subject} — to {to}"
        case .textMessage: "Text message"
        case .noSubject: "(no subject)"
        case .demoAuthenticatorTitle: "Demo authenticator (not a real app)"
        case .demoAuthenticatorIntro: "What an authenticator app would show now:"
        case .demoAuthenticatorEmpty:
            """
            No secret yet. Set up an authenticator app (Account Settings > Multifactor Authentication > \
            Setup) and its codes show here.
            """
        case .secondsLeft: "{seconds}s"
        case .demoAccountLine: "Demo account: {email} / {password}"
        case .demoPasswordNotice: "Demo account password: {password}"
        case .demoBadge: "DEMO"

        // The frame: header, status, avatar, overlays
        case .escCancels: "(Esc cancels)"
        case .menuHelp: "Help"
        case .menuSignOut: "Sign out"
        case .avatarMenuTitle: "Avatar Menu"
        case .failureTitle: "Something went wrong"
        case .enlargeWindow: "Enlarge the window to at least {minimumWidth} x {minimumHeight} (now {width} x {height})."

        // While a request runs
        case .waitingChecking: "Checking…"
        case .waitingSigningIn: "Signing in…"
        case .waitingSendingCode: "Sending a code…"
        case .waitingResuming: "Signing in automatically…"
        case .waitingLoadingAccount: "Loading your account…"
        case .waitingSigningOut: "Signing out…"
        case .waitingSendingResetCode: "Sending a reset code…"
        case .waitingSettingPassword: "Setting the new password…"
        case .waitingLoadingSessions: "Loading your sessions…"
        case .waitingEndingSessions: "Signing out the other sessions…"
        case .waitingChangingPassword: "Changing the password…"
        case .waitingSavingLanguage: "Saving the language…"
        case .waitingPreparingCode: "Preparing the registration code…"
        case .waitingVerifying: "Verifying…"
        case .waitingEnablingMFA: "Enabling MFA…"
        case .waitingRenaming: "Renaming…"
        case .waitingRemoving: "Removing…"
        case .waitingGenerating: "Generating recovery codes…"

        // Messages
        case .passwordMissing: "Enter your password."
        case .cancelled: "Cancelled."
        case .cancelledSignInInstead: "Cancelled. Sign in instead."
        case .signedOut: "You have signed out."
        case .resetCodeSent: "If the address is registered, we sent a code to it."
        case .passwordResetDone: "Your password was changed. {next}"
        case .afterResetClearMFA: "Sign in with the new one; if you used MFA, you will set up a method again."
        case .afterResetKeepMFA: "Sign in with the new one; your MFA methods are kept."
        case .afterResetUnknown: "Sign in with the new one."
        case .answerDidNotFit: "The server's answer did not fit the request. Try again."
        case .signInAgain: "Please sign in again."
        case .otherSessionsSignedOut: "The other sessions were signed out."
        case .passwordChanged: "Your password was changed. Your other sessions were signed out."
        case .renamedTo: "Renamed to \"{label}\"."
        case .mfaEnabledMessage: "Multifactor authentication is enabled. Each sign-in now asks for a code."
        case .oldMethodRemoved: "\"{name}\" was removed."
        case .methodRemoved: "The method was removed."
        case .setupTookTooLong: "The setup took too long and was cancelled. Please start again."
        case .oldMethodNotRemoved:
            """
            The new method is registered, but the old one was not removed: {reason} Remove it on the \
            Multifactor Authentication screen.
            """
        case .phoneNumberInvalid: "Enter the number in international form, e.g. +81312345678."
        case .forcedSetup:
            """
            Your account uses multifactor authentication, but no method is registered (a password reset \
            clears them). Set one up to continue: an app, or a phone number.
            """
        case .copiedKey: "The key went to your terminal's clipboard (if it allows copying, OSC 52)."
        case .copiedRecoveryCodes:
            """
            The recovery codes went to your terminal's clipboard (if it allows copying, OSC 52).
            """

        // Why a request failed
        case .errorInvalidServerURL: "“{url}” is not a server address. Use one like https://auth.example.com."
        case .errorInsecureConnection:
            """
            Refused to send your sign-in over plain http to {host}. Use https, or --allow-insecure-http if \
            you really trust this network.
            """
        case .errorOffline: "You seem to be offline. Check your network connection and try again."
        case .errorHostNotFound: "The server {host} could not be found. Check the address and your network connection."
        case .errorConnectionRefused: "The server {host} refused the connection. It may be down; try again later."
        case .errorConnectionFailed: "Could not connect to {host}: {reason}"
        case .errorConnectionLost: "The connection to the server was lost. Try again."
        case .errorTimedOut: "The server took too long to answer. Try again."
        case .errorTLS:
            """
            The secure connection failed: {reason}. If the server uses a private certificate authority, pass \
            it with --ca-cert FILE.
            """
        case .errorMalformedResponse: "The server sent an answer this version of authterm does not understand."
        case .errorResponseTooLarge: "The server sent an answer larger than {kibibytes} KiB; it was not read."
        case .errorUnexpectedStatus: "The server answered with an unexpected status (HTTP {status}). Try again later."
        case .errorWrongContentType:
            """
            The server answered with {type} instead of JSON. Is this the right server address?
            """
        case .errorNoContentType: "no content type"
        case .errorTransport: "The request failed: {reason} (curl error {code})."
        case .serverMalformedRequest: "The server could not read the request."
        case .serverValidationFailed: "Some of what you entered is not valid."
        case .serverWeakPassword: "That password is too weak. Choose a longer one that is harder to guess."
        case .serverPayloadTooLarge: "What you entered is too long."
        case .serverUnsupportedMediaType:
            """
            The server could not read the request's format. Is this the right server address?
            """
        case .serverOriginNotAllowed: "The server refused a request that looked as if it came from a web page."
        case .serverInvalidCredentials: "The e-mail address or password is incorrect."
        case .serverInvalidCode: "That code is not correct."
        case .serverCodeReused: "That code was already used. Wait for the next one."
        case .serverCodeExpired: "That code has expired. Ask for a new one."
        case .serverFlowExpired: "Signing in took too long. Please start again."
        case .serverSessionExpired: "Your session has expired. Please sign in again."
        case .serverUnauthenticated: "You are not signed in. Please sign in again."
        case .serverReauthenticationRequired: "Please confirm your password to continue."
        case .serverSetupRequired: "Set up a verification method first."
        case .serverLocked: "Too many failed attempts: the account is locked for now."
        case .serverRateLimited: "Too many requests."
        case .serverNotFound: "That item no longer exists."
        case .serverSetupExpired: "The setup took too long. Please start it again."
        case .serverLastMethod: "You cannot remove your last verification method while MFA is enabled."
        case .serverNoMethods: "Register a verification method before enabling MFA."
        case .serverMFANotEnabled: "Multifactor authentication is not enabled."
        case .serverMFAAlreadyEnabled: "Multifactor authentication is already enabled."
        case .serverSMSUnavailable: "This service sends no text messages. Use an authenticator app or a recovery code."
        case .serverInternalError: "The server had a problem. Try again later."
        case .serverUnavailable: "The server is unavailable right now. Try again later."
        case .retryInOneSecond: "Try again in {count} second."
        case .retryInSeconds: "Try again in {count} seconds."
        case .retryInOneMinute: "Try again in {count} minute."
        case .retryInMinutes: "Try again in {count} minutes."
        case .oneAttemptLeft: "{count} attempt left."
        case .attemptsLeft: "{count} attempts left."

        // Starting, and the remembered session
        case .themeProblem: "Theme: {problem}"
        case .japaneseNeedsUTF8: "Japanese needs a UTF-8 locale (LANG=ja_JP.UTF-8): showing English."
        case .terminalStandIn: "The terminal {term} is not known on this host: drawing as {fallback}."
        case .insecureWarning: "Warning: plain http to {host}. Passwords and codes cross the network unencrypted."
        case .rememberedSessionIgnored: "The remembered session was ignored: {reason}"
        case .rememberedSessionNotUpdated: "Could not update the remembered session at {path}: {reason}."
        case .signOutNothingRemembered: "No remembered session for {server}."
        case .signOutEndedOnServer: "The session was ended on the server."
        case .signOutServerNotTold: "The server was not told ({reason}); the session ends by itself."
        case .signOutDone: "Signed out of {server}. {ended}"

        // The command line and the config file
        case .noServer:
            """
            No server to sign in to. Give one of:
              authterm --server https://auth.example.com
              AUTHTERM_SERVER=https://auth.example.com authterm
              server = "https://auth.example.com" in $XDG_CONFIG_HOME/authterm/config.toml
            Or try everything locally with: authterm demo
            """
        case .configUnreadable: "cannot be read as UTF-8 text"
        case .configNotKeyValue: "expected key = \"value\""
        case .configUnquoted: "the value of {key} must be in double quotes"
        case .configMouseValue: "mouse is \"on\" or \"off\""
        case .configLangValue: "lang is \"en\" or \"ja\""
        case .configUnknownSetting: "unknown setting {key} (known: {known})"
        case .commandAbstract: "Sign in to a service and manage its account security from the terminal."
        case .commandDiscussion:
            """
            The server is taken from --server, else AUTHTERM_SERVER, else `server = "URL"` in \
            $XDG_CONFIG_HOME/authterm/config.toml. The language follows LC_ALL, LC_MESSAGES or LANG \
            (ja_JP.UTF-8 is Japanese); --lang or `lang = "ja"` in the config file overrides it. Keys: \
            Tab/Shift-Tab move, Enter confirms, Esc goes back or cancels, F1 or ? shows help, Ctrl-Z suspends, \
            Ctrl-C quits. \
            Clicks and the mouse wheel work too (--no-mouse leaves the mouse to the terminal).
            """
        case .optionServer: "The server's address, e.g. https://auth.example.com."
        case .optionTheme: "The theme: default, light, high-contrast, monochrome, or a file."
        case .optionCACert: "Trust this CA certificate file (PEM) for the server's TLS."
        case .optionAllowInsecureHTTP: "Allow plain http to hosts that are not loopback addresses (not recommended)."
        case .optionNoColor: "Use attributes only, no colors (as NO_COLOR does)."
        case .optionNoMouse:
            """
            Leave the mouse to the terminal (its own text selection); also `mouse = "off"` in the config \
            file.
            """
        case .optionLang:
            """
            The language: en (English) or ja (Japanese); also `lang` in the config file. By default the \
            locale's.
            """
        case .optionVersion: "Show the version of authterm and of its libcurl."
        case .signOutAbstract: "Forget the remembered session for the server and end it on the server."
        case .demoAbstract: "Try authterm against a local demo server with a demo account."
        case .demoDiscussion:
            """
            Starts authterm-server (next to this program) on a free loopback port with temporary data, and \
            removes it all on quit, also when the terminal goes away (SIGHUP) or on SIGTERM or SIGINT. Data \
            left by a demo that was killed outright is removed by the next one.
            """
        case .optionHelp: "Show help information."
        case .helpOverview: "OVERVIEW:"
        case .helpUsage: "USAGE:"
        case .helpOptions: "OPTIONS:"
        case .helpSubcommands: "SUBCOMMANDS:"
        case .helpSubcommandHint: "See 'authterm help <subcommand>' for detailed help."
        case .usageUnknownOption: "unknown option {option}"
        case .usageUnknownSubcommand: "unknown subcommand {name} (there are sign-out and demo)"
        case .usageUnexpectedArgument: "unexpected argument {argument}"
        case .usageMissingValue: "missing value for {option}"
        case .usageFlagWithValue: "{option} takes no value"
        case .usageInvalidValue: "{value} is not a value for {option} (one of: {choices})"
        case .usageSeeHelp: "See '{command} --help' for more information."
        }
    }
}
