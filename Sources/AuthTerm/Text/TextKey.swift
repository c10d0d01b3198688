/// The name of every text the client shows. `Catalog+English.swift` and `Catalog+Japanese.swift`
/// give each its words, with the same `{placeholders}`; a test checks that both are complete and
/// that every key is used.
public enum TextKey: CaseIterable, Sendable {
    // Keys in the footer: what a key does
    case hintNextField
    case hintNext
    case hintSignIn
    case hintShowPassword
    case hintSendCode
    case hintBack
    case hintCancel
    case hintQuit
    case hintHelp
    case hintChoose
    case hintChooseMethod
    case hintVerify
    case hintOpen
    case hintClose
    case hintRetry
    case hintAnswer
    case hintYes
    case hintLater
    case hintSave
    case hintScroll
    case hintSignOutOthers
    case hintSetUpMFA
    case hintAvatarMenu
    case hintGenerate
    case hintCopyCodes
    case hintDone
    case hintSetup
    case hintSignOut
    case hintKeyOnly
    case hintQRCode
    case hintCopyKey
    case hintInvert
    case hintCodeFrom
    case hintContinue
    case hintMailbox
    case hintDemoCodes
    case hintRefresh
    case hintBackToQuestions
    case hintCloseHelp

    // Buttons and links
    case buttonNext
    case buttonSignIn
    case buttonSendCode
    case buttonVerify
    case buttonContinue
    case buttonCancel
    case buttonRetry
    case buttonSave
    case buttonDone
    case buttonGenerate
    case changeEmailLink
    case forgotPasswordLink

    // Sign in, forgot password, reset password
    case signInTitle
    case emailLabel
    case emailImplausible
    case passwordLabel
    case rememberCheckbox
    case resumingText
    case forgotPasswordTitle
    case forgotPasswordIntro
    case resetPasswordTitle
    case resetPasswordIntro
    case resetCodeLabel
    case resetCodeMissing
    case buttonSetNewPassword

    // New passwords (reset and change)
    case newPasswordLabel
    case newPasswordAgainLabel
    case passwordPolicy
    case passwordTooShort
    case passwordMismatch
    case changePasswordTitle
    case currentPasswordLabel
    case currentPasswordMissing
    case buttonChangePassword
    case otherSessionsSignedOutNote

    // Verification code
    case codeTitle
    case codeFromApp
    case codeFromSMS
    case codeFromRecovery
    case otherWaysToVerify
    case kindApp
    case kindSMS
    case recoveryCode

    // Home
    case homeTitle
    case homeWelcome
    case homeSignedInAs
    case homeNudgeNoMethod
    case homeNudgeNotEnabled
    case buttonSetUpMFA
    case homeAvatarHint
    case mfaName
    case methodCountOne
    case methodCountOther
    case mfaSummaryEnabledNoMethod
    case mfaSummaryEnabled
    case mfaSummaryNotSetUp
    case mfaSummaryNotEnabled
    case homeMFAStatus

    // Account Settings
    case fieldName
    case accountSettingsTitle
    case displayNameLabel
    case passwordChangedLabel
    case never
    case languageLabel
    case languageEnglish
    case languageJapanese
    case switchLanguage
    case languageSwitched
    case sessionsTitle
    case sessionsIntro
    case thisSession
    case otherSession
    case sessionAt
    case lastSeen
    case noOtherSession
    case buttonSignOutOthers

    // Confirm it's you (re-authentication)
    case reauthTitle
    case reauthPasswordOnly
    case reauthPasswordAndCode
    case codeFromLabel
    case smsTo
    case smsCodePlaceholder
    case codeSent

    // Registered methods
    case methodWithNumber
    case quoted
    case methodPhrase
    case methodListName
    case methodHistoryUsed
    case methodHistoryUnused

    // Activation, done, confirmations
    case activationTitle
    case methodRegistered
    case activationWarning
    case activationHasBackup
    case activationRecommendBackup
    case buttonAddAnotherMethod
    case buttonActivateNow
    case enrollmentDoneTitle
    case methodReplaces
    case enrollmentDoneMFAOn
    case enableMFA
    case removeMethodTitle
    case endOtherSessionsTitle
    case enableMFAWarning
    case removeMethodQuestion
    case endOtherSessionsQuestion
    case actionRemove
    case buttonSignOutOthersShort
    case buttonKeepThem

    // Multifactor Authentication
    case mfaTitle
    case statusLabel
    case mfaStatusNotSetUp
    case mfaStatusNotEnabled
    case mfaStatusEnabled
    case mfaStatusEnabledNoMethod
    case mfaNoticeEnabled
    case mfaNoticeNotEnabled
    case noMethodYet
    case actionRename
    case actionReplace
    case actionSetup
    case addPhoneTitle
    case recoveryCodesTitle
    case replaceTitle
    case phoneDefaultLabel
    case phoneNumberLabel
    case phoneNumberHint
    case methodNameLabel
    case phoneCodeSent
    case newNameLabel
    case newNameHint
    case recoveryCodesAbout
    case recoveryCodesRemaining
    case recoveryCodesShownOnce

    // Setting up an authenticator app
    case setupTitle
    case numberedApp
    case setupStepInstall
    case usePhoneInstead
    case setupStepKey
    case keyLabel
    case accountLabel
    case issuerLabel
    case totpParameters
    case setupStepCode
    case scanTitleLine

    // The service's own words
    case supportLine
    case supportLineWithHours
    case yourServiceSupport
    case linkLine
    case resetClearsMFA
    case resetKeepsMFA
    case resetPolicyUnknown

    // Help
    case helpSignInTitle
    case helpVerificationCodeTitle
    case helpForgotPasswordTitle
    case helpSetupRequiredTitle
    case helpHomeTitle
    case helpAccountSettingsTitle
    case helpMFATitle
    case helpMFASetupTitle
    case helpSignIn
    case helpVerificationCode
    case helpForgotPassword
    case helpSetupRequired
    case helpHome
    case helpAccountSettings
    case helpMFA
    case helpMFASetup
    case helpKeys

    // Questions people ask, and their answers
    case questionCannotSignIn
    case questionNewPhone
    case questionLostPhone
    case questionDeletedFromApp
    case questionNumberChanged
    case questionTurnOff
    case questionRecoveryCodes
    case questionWhichApps
    case questionCodeAlwaysWrong
    case answerCannotSignIn
    case answerNewPhone
    case answerLostPhone
    case answerDeletedFromApp
    case answerNumberChanged
    case answerTurnOff
    case answerRecoveryCodes
    case answerWhichApps
    case answerCodeAlwaysWrong

    // The demo: mailbox and authenticator
    case mailboxTitle
    case mailboxEmpty
    case mailboxRow
    case textMessage
    case noSubject
    case demoAuthenticatorTitle
    case demoAuthenticatorIntro
    case demoAuthenticatorEmpty
    case secondsLeft
    case demoAccountLine
    case demoPasswordNotice
    case demoBadge

    // The frame: header, status, avatar, overlays
    case escCancels
    case menuHelp
    case menuSignOut
    case avatarMenuTitle
    case failureTitle
    case enlargeWindow

    // While a request runs
    case waitingChecking
    case waitingSigningIn
    case waitingSendingCode
    case waitingResuming
    case waitingLoadingAccount
    case waitingSigningOut
    case waitingSendingResetCode
    case waitingSettingPassword
    case waitingLoadingSessions
    case waitingEndingSessions
    case waitingChangingPassword
    case waitingSavingLanguage
    case waitingPreparingCode
    case waitingVerifying
    case waitingEnablingMFA
    case waitingRenaming
    case waitingRemoving
    case waitingGenerating

    // Messages
    case passwordMissing
    case cancelled
    case cancelledSignInInstead
    case signedOut
    case resetCodeSent
    case passwordResetDone
    case afterResetClearMFA
    case afterResetKeepMFA
    case afterResetUnknown
    case answerDidNotFit
    case signInAgain
    case otherSessionsSignedOut
    case passwordChanged
    case renamedTo
    case mfaEnabledMessage
    case oldMethodRemoved
    case methodRemoved
    case setupTookTooLong
    case oldMethodNotRemoved
    case phoneNumberInvalid
    case forcedSetup
    case copiedKey
    case copiedRecoveryCodes

    // Why a request failed
    case errorInvalidServerURL
    case errorInsecureConnection
    case errorOffline
    case errorHostNotFound
    case errorConnectionRefused
    case errorConnectionFailed
    case errorConnectionLost
    case errorTimedOut
    case errorTLS
    case errorMalformedResponse
    case errorResponseTooLarge
    case errorUnexpectedStatus
    case errorWrongContentType
    case errorNoContentType
    case errorTransport
    case serverMalformedRequest
    case serverValidationFailed
    case serverWeakPassword
    case serverPayloadTooLarge
    case serverUnsupportedMediaType
    case serverOriginNotAllowed
    case serverInvalidCredentials
    case serverInvalidCode
    case serverCodeReused
    case serverCodeExpired
    case serverFlowExpired
    case serverSessionExpired
    case serverUnauthenticated
    case serverReauthenticationRequired
    case serverSetupRequired
    case serverLocked
    case serverRateLimited
    case serverNotFound
    case serverSetupExpired
    case serverLastMethod
    case serverNoMethods
    case serverMFANotEnabled
    case serverMFAAlreadyEnabled
    case serverSMSUnavailable
    case serverInternalError
    case serverUnavailable
    case retryInOneSecond
    case retryInSeconds
    case retryInOneMinute
    case retryInMinutes
    case oneAttemptLeft
    case attemptsLeft

    // Starting, and the remembered session
    case themeProblem
    case japaneseNeedsUTF8
    case terminalStandIn
    case insecureWarning
    case rememberedSessionIgnored
    case rememberedSessionNotUpdated
    case signOutNothingRemembered
    case signOutEndedOnServer
    case signOutServerNotTold
    case signOutDone

    // The command line and the config file
    case noServer
    case configUnreadable
    case configNotKeyValue
    case configUnquoted
    case configMouseValue
    case configLangValue
    case configUnknownSetting
    case commandAbstract
    case commandDiscussion
    case optionServer
    case optionTheme
    case optionCACert
    case optionAllowInsecureHTTP
    case optionNoColor
    case optionNoMouse
    case optionLang
    case optionVersion
    case signOutAbstract
    case demoAbstract
    case demoDiscussion
    case optionHelp
    case helpOverview
    case helpUsage
    case helpOptions
    case helpSubcommands
    case helpSubcommandHint
    case usageUnknownOption
    case usageUnknownSubcommand
    case usageUnexpectedArgument
    case usageMissingValue
    case usageFlagWithValue
    case usageInvalidValue
    case usageSeeHelp
}
