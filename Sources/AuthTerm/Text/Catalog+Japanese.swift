extension Catalog {
    /// The client's words in Japanese, in the terms Japanese services use for these screens.
    static func japanese(_ key: TextKey) -> String {
        switch key {
        // Keys in the footer: what a key does
        case .hintNextField: "次の項目"
        case .hintNext: "次へ"
        case .hintSignIn: "サインイン"
        case .hintShowPassword: "パスワード表示"
        case .hintSendCode: "コード送信"
        case .hintBack: "戻る"
        case .hintCancel: "中止"
        case .hintQuit: "終了"
        case .hintHelp: "ヘルプ"
        case .hintChoose: "選択"
        case .hintChooseMethod: "方法を選択"
        case .hintVerify: "確認"
        case .hintOpen: "開く"
        case .hintClose: "閉じる"
        case .hintRetry: "再試行"
        case .hintAnswer: "回答"
        case .hintYes: "はい"
        case .hintLater: "後で"
        case .hintSave: "保存"
        case .hintScroll: "移動"
        case .hintSignOutOthers: "ほかをサインアウト"
        case .hintSetUpMFA: "多要素認証を設定"
        case .hintAvatarMenu: "アバターメニュー"
        case .hintGenerate: "発行"
        case .hintCopyCodes: "コードをコピー"
        case .hintDone: "完了"
        case .hintSetup: "設定"
        case .hintSignOut: "サインアウト"
        case .hintKeyOnly: "キーのみ"
        case .hintQRCode: "QRコード"
        case .hintCopyKey: "キーをコピー"
        case .hintInvert: "反転"
        case .hintCodeFrom: "コードの入手先"
        case .hintContinue: "続行"
        case .hintMailbox: "メールボックス"
        case .hintDemoCodes: "デモのコード"
        case .hintRefresh: "更新"
        case .hintBackToQuestions: "質問の一覧へ"
        case .hintCloseHelp: "ヘルプを閉じる"

        // Buttons and links
        case .buttonNext: "次へ"
        case .buttonSignIn: "サインイン"
        case .buttonSendCode: "コードを送信"
        case .buttonVerify: "確認"
        case .buttonContinue: "続行"
        case .buttonCancel: "キャンセル"
        case .buttonRetry: "再試行"
        case .buttonSave: "保存"
        case .buttonDone: "完了"
        case .buttonGenerate: "発行する"
        case .changeEmailLink: "変更"
        case .forgotPasswordLink: "パスワードをお忘れですか?"

        // Sign in, forgot password, reset password
        case .signInTitle: "サインイン"
        case .emailLabel: "メールアドレス"
        case .emailImplausible: "name@example.com のような形式でメールアドレスを入力してください。"
        case .passwordLabel: "パスワード"
        case .rememberCheckbox: "次回から自動的にサインインする"
        case .resumingText: "保存されたセッションでサインインしています。"
        case .forgotPasswordTitle: "パスワードをお忘れの場合"
        case .forgotPasswordIntro:
            """
            アカウントのメールアドレスを入力してください。パスワードを再設定するためのコードをお送りします。
            """
        case .resetPasswordTitle: "パスワードの再設定"
        case .resetPasswordIntro:
            """
            {email} が登録されていれば、コードをお送りしました。コードと新しいパスワードを入力してください。
            """
        case .resetCodeLabel: "メールに記載のコード"
        case .resetCodeMissing: "メールに記載のコードを入力してください。"
        case .buttonSetNewPassword: "新しいパスワードを設定"

        // New passwords (reset and change)
        case .newPasswordLabel: "新しいパスワード"
        case .newPasswordAgainLabel: "新しいパスワード (確認)"
        case .passwordPolicy: "{minimum}〜{maximum}文字。よく使われるパスワードは使えません。"
        case .passwordTooShort: "新しいパスワードは{minimum}文字以上にしてください。"
        case .passwordMismatch: "2つのパスワードが一致しません。"
        case .changePasswordTitle: "パスワードの変更"
        case .currentPasswordLabel: "現在のパスワード"
        case .currentPasswordMissing: "現在のパスワードを入力してください。"
        case .buttonChangePassword: "パスワードを変更"
        case .otherSessionsSignedOutNote: "ほかのセッションはサインアウトされます。"

        // Verification code
        case .codeTitle: "確認コード"
        case .codeFromApp: "認証アプリ ({label}) に表示されている6桁のコードを入力してください。"
        case .codeFromSMS: "「コードを送信」を押し、{destination} に届いた6桁のコードを入力してください。"
        case .codeFromRecovery: "リカバリーコードを1つ入力してください。各コードは1回だけ使えます。"
        case .otherWaysToVerify: "ほかの確認方法"
        case .kindApp: "認証アプリ"
        case .kindSMS: "SMS"
        case .recoveryCode: "リカバリーコード"

        // Home
        case .homeTitle: "ホーム"
        case .homeWelcome: "ようこそ、{name} さん。"
        case .homeSignedInAs: "{email} でサインインしています"
        case .homeNudgeNoMethod:
            """
            このアカウントはパスワードだけで守られています。多要素認証 (認証アプリまたは電話番号) \
            を設定してください。
            """
        case .homeNudgeNotEnabled: "認証方法は登録済みですが、多要素認証はまだ有効になっていません。"
        case .buttonSetUpMFA: "多要素認証を設定"
        case .homeAvatarHint: "左下のアバターメニュー (F2) から、アカウント設定、ヘルプ、サインアウトを開けます。"
        case .mfaName: "多要素認証"
        case .methodCountOne: "{count}件"
        case .methodCountOther: "{count}件"
        case .mfaSummaryEnabledNoMethod: "有効 (認証方法が未登録です。設定してください)"
        case .mfaSummaryEnabled: "有効、認証方法{methods}"
        case .mfaSummaryNotSetUp: "未設定"
        case .mfaSummaryNotEnabled: "無効 (認証方法{methods}を登録済み)"
        case .homeMFAStatus: "多要素認証: {summary}"

        // Account Settings
        case .fieldName: "{name}："
        case .accountSettingsTitle: "アカウント設定"
        case .displayNameLabel: "表示名"
        case .passwordChangedLabel: "パスワード変更日"
        case .never: "なし"
        case .languageLabel: "言語"
        case .languageEnglish: "English"
        case .languageJapanese: "日本語"
        case .switchLanguage: "英語に切り替え (English)"
        case .languageSwitched: "authterm の表示とサービスからのメールを日本語にしました。"
        case .sessionsTitle: "セッション"
        case .sessionsIntro: "このアカウントがサインインしている場所:"
        case .thisSession: "このセッション"
        case .otherSession: "セッション"
        case .sessionAt: "{session} · {place}"
        case .lastSeen: "最終利用 {day}"
        case .noOtherSession: "ほかにサインインしているセッションはありません。"
        case .buttonSignOutOthers: "ほかをすべてサインアウト"

        // Confirm it's you (re-authentication)
        case .reauthTitle: "本人確認"
        case .reauthPasswordOnly: "続けるにはパスワードを入力してください。"
        case .reauthPasswordAndCode: "続けるにはパスワードとコードを入力してください。"
        case .codeFromLabel: "コードの入手先"
        case .smsTo: "{destination} へのSMS"
        case .smsCodePlaceholder: "SMSで届いたコード"
        case .codeSent: "コードを送信しました。有効期間は10分です。"

        // Registered methods
        case .methodWithNumber: "{label} ({number})"
        case .quoted: "「{name}」"
        case .methodPhrase: "{kind}「{name}」"
        case .methodListName: "{kind}: {name}"
        case .methodHistoryUsed: "登録 {added}、最終使用 {used}"
        case .methodHistoryUnused: "登録 {added}、未使用"

        // Activation, done, confirmations
        case .activationTitle: "多要素認証の確認と有効化"
        case .methodRegistered: "{method}を登録しました。"
        case .activationWarning:
            """
            多要素認証はまだ有効になっていません。一度有効にすると無効にはできず、\
            サインインのたびにコードの入力が必要になります。
            """
        case .activationHasBackup:
            """
            ほかの認証方法も登録されているため、スマートフォンを1台なくしてもサインインできます。
            """
        case .activationRecommendBackup:
            """
            先に2つ目の認証方法 (別の認証アプリまたは電話番号) を追加することをおすすめします。\
            スマートフォンを1台なくしてもサインインできるようになります。
            """
        case .buttonAddAnotherMethod: "別の方法を追加"
        case .buttonActivateNow: "今すぐ有効化"
        case .enrollmentDoneTitle: "完了"
        case .methodReplaces: "「{old}」を「{new}」に置き換えました。"
        case .enrollmentDoneMFAOn:
            """
            {registered}多要素認証は有効です。サインインのたびにコードの入力が必要です。
            
            リカバリーコードがあれば、どの認証方法も手元にないときでもサインインできます。今すぐ発行して、\
            安全な場所に保管してください。
            """
        case .enableMFA: "多要素認証を有効化"
        case .removeMethodTitle: "認証方法の削除"
        case .endOtherSessionsTitle: "ほかのセッションをサインアウトしますか?"
        case .enableMFAWarning:
            """
            一度有効にすると、多要素認証は無効にできません。サインインのたびにコードの入力が必要になります。\
            できれば先に2つ目の認証方法を登録してください。
            """
        case .removeMethodQuestion: "{method}を削除しますか? そのコードはこのアカウントで使えなくなります。"
        case .endOtherSessionsQuestion:
            """
            多要素認証を有効にする前にサインインしたセッション (ほかの端末を含む) は、\
            終了するまでコードなしで使えます。今すぐサインアウトしますか? このセッションはそのままです。
            """
        case .actionRemove: "削除"
        case .buttonSignOutOthersShort: "ほかをサインアウト"
        case .buttonKeepThem: "そのままにする"

        // Multifactor Authentication
        case .mfaTitle: "多要素認証"
        case .statusLabel: "状態"
        case .mfaStatusNotSetUp: "未設定"
        case .mfaStatusNotEnabled: "認証方法は登録済み、多要素認証はまだ無効"
        case .mfaStatusEnabled: "有効 (無効にはできません)"
        case .mfaStatusEnabledNoMethod: "有効ですが認証方法が未登録です。「設定」を選んでください"
        case .mfaNoticeEnabled:
            """
            スマートフォンを機種変更・初期化すると、アプリ内のコードは失われます。\
            先に新しいスマートフォンで「再登録」を行い、予備 (2つ目の認証方法、リカバリーコード) \
            を用意しておいてください。
            """
        case .mfaNoticeNotEnabled:
            """
            認証方法は複数登録してください。2つ目のアプリや電話番号があれば、\
            1つをなくしてもサインインできます。多要素認証の有効化は取り消せません。
            """
        case .noMethodYet: "認証方法はまだ登録されていません。"
        case .actionRename: "名前を変更"
        case .actionReplace: "再登録"
        case .actionSetup: "設定"
        case .addPhoneTitle: "電話番号を追加"
        case .recoveryCodesTitle: "リカバリーコード"
        case .replaceTitle: "{label}を再登録"
        case .phoneDefaultLabel: "携帯電話"
        case .phoneNumberLabel: "電話番号"
        case .phoneNumberHint: "+国番号と番号 (例: +81312345678)"
        case .methodNameLabel: "この認証方法の名前"
        case .phoneCodeSent: "{destination} にSMSで6桁のコードを送信しました。ここに入力してください。"
        case .newNameLabel: "新しい名前"
        case .newNameHint: "1〜64文字 (例: 登録したスマートフォンの名前)"
        case .recoveryCodesAbout:
            """
            リカバリーコードがあれば、どの認証方法も手元にないときでもサインインできます。\
            各コードは1回だけ使えます。
            
            新しいコードを発行すると、以前のコードはすべて使えなくなります。
            """
        case .recoveryCodesRemaining: "現在、未使用のコードが{count}個あります。"
        case .recoveryCodesShownOnce:
            """
            これらのコードを今すぐ安全な場所に保管してください。表示されるのはこの1回だけです。\
            以前のコードは使えなくなりました。
            """

        // Setting up an authenticator app
        case .setupTitle: "認証アプリの設定"
        case .numberedApp: "{app} {number}"
        case .setupStepInstall: "1. スマートフォンに認証アプリがなければ、インストールしてください:"
        case .usePhoneInstead: "代わりに電話番号 (SMSのコード) を使う"
        case .setupStepKey: "2. アプリでセットアップキーの入力を選び、次のとおり入力してください:"
        case .keyLabel: "キー"
        case .accountLabel: "アカウント"
        case .issuerLabel: "発行者"
        case .totpParameters: "時間ベース、{digits}桁、{period}秒ごと"
        case .setupStepCode: "3. アプリに表示される {issuer} ({account}) の6桁のコードを入力してください。"
        case .scanTitleLine: "アプリで読み取るか、キーを入力  {key}"

        // The service's own words
        case .supportLine: "問い合わせ先: {contact}"
        case .supportLineWithHours: "問い合わせ先: {contact} ({hours})"
        case .yourServiceSupport: "サービスの問い合わせ窓口"
        case .linkLine: "{title}: {url}"
        case .resetClearsMFA:
            """
            パスワードを再設定すると、多要素認証の認証方法とリカバリーコードも削除されます。\
            新しいパスワードでサインインした後、認証方法を設定し直してください。
            """
        case .resetKeepsMFA:
            """
            パスワードを再設定しても、多要素認証の認証方法はそのまま残ります。サインインにはそのいずれか、\
            またはリカバリーコードが必要です。
            """
        case .resetPolicyUnknown:
            """
            パスワードの再設定で多要素認証の認証方法も削除されるかどうかは、サービスによって異なります。
            """

        // Help
        case .helpSignInTitle: "ヘルプ: サインイン"
        case .helpVerificationCodeTitle: "ヘルプ: 確認コード"
        case .helpForgotPasswordTitle: "ヘルプ: パスワードをお忘れの場合"
        case .helpSetupRequiredTitle: "ヘルプ: 認証方法の設定"
        case .helpHomeTitle: "ヘルプ"
        case .helpAccountSettingsTitle: "ヘルプ: アカウント設定"
        case .helpMFATitle: "ヘルプ: 多要素認証"
        case .helpMFASetupTitle: "ヘルプ: 認証方法の設定"
        case .helpSignIn:
            """
            アカウントのメールアドレスを入力し、次にパスワードを入力します。\
            「次回から自動的にサインインする」にチェックを入れると、\
            このコンピューターではサインインを省略できます。14日間使わなかった場合は、\
            もう一度サインインが必要です。パスワードを忘れた場合は「パスワードをお忘れですか?」を選ぶと、\
            再設定コードがメールで届きます。
            """
        case .helpVerificationCode:
            """
            認証アプリに今表示されている、このアカウントの6桁のコードを入力するか、\
            コードの下でほかの方法を選んでください。詳しくは質問を選んでください。
            """
        case .helpForgotPassword:
            """
            そのアドレスのアカウントがあれば、コードをお送りします。コードは15分間、1回だけ使えます。{reset}
            """
        case .helpSetupRequired:
            """
            このアカウントは多要素認証を使っていますが、認証方法が登録されていません。\
            続けるには認証アプリまたは電話番号を登録してください。
            """
        case .helpHome: "左下のアバターメニュー (F2) から、アカウント設定、このヘルプ、サインアウトを開けます。"
        case .helpAccountSettings:
            """
            パスワードの変更: 現在のパスワードと、新しいパスワードを2回入力します。\
            ほかのセッションはサインアウトされます。セッション: サインインしている場所の一覧です。\
            Enterでほかのすべてをサインアウトします。重要な変更の前には、パスワード \
            (多要素認証が有効ならコードも) をもう一度求めます。
            """
        case .helpMFA:
            """
            認証方法は複数 (2つ目のアプリや電話番号) 登録してください。\
            一度有効にした多要素認証は無効にできません。詳しくは質問を選んでください。
            """
        case .helpMFASetup:
            """
            認証アプリをインストールし、コードを読み取って (またはキーを入力: kでキーだけを表示、\
            cでコピー)、アプリのコードを入力します。読み取れないときは i でコードの明暗を反転できます。\
            詳しくは質問を選んでください。
            """
        case .helpKeys:
            """
            キー操作: Tab / Shift-Tab で項目を移動、Enter で決定、Esc で戻る・処理の中止、F1 または ? \
            でヘルプ、Ctrl-Z で一時停止 (fg で再開)、Ctrl-C で終了。マウスも使えます。
            """

        // Questions people ask, and their answers
        case .questionCannotSignIn: "多要素認証を有効にしたらサインインできない"
        case .questionNewPhone: "スマートフォンを機種変更した"
        case .questionLostPhone: "スマートフォンをなくした"
        case .questionDeletedFromApp: "アプリからアカウントを削除してしまった"
        case .questionNumberChanged: "電話番号が変わった"
        case .questionTurnOff: "多要素認証を無効にできますか?"
        case .questionRecoveryCodes: "リカバリーコードとは?"
        case .questionWhichApps: "どのアプリが使えますか?"
        case .questionCodeAlwaysWrong: "コードが毎回違うと言われる"
        case .answerCannotSignIn:
            """
            確認コードの画面で「ほかの確認方法」から別の方法を選んでください: 2つ目の認証アプリ、\
            電話へのSMSのコード、リカバリーコードのいずれかです。\
            アプリのコードが受け付けられない場合は「コードが毎回違うと言われる」を見てください。\
            どれも手元にない場合は、サインイン画面で「パスワードをお忘れですか?」を選んでください。\
            {reset}それでも解決しない場合は、{whom}にお問い合わせください。
            """
        case .answerNewPhone:
            """
            古いスマートフォンが手元にあるうちに: サインインして アバターメニュー > アカウント設定 > \
            多要素認証 を開き、古いスマートフォンのアプリを選んで「再登録」(r) を選び、\
            新しいスマートフォンで新しいコードを読み取ってください。新しい登録が使えるようになると、\
            古い登録は削除されます。バックアップでアカウントを移せるアプリ (Microsoft Authenticator、Twilio \
            Authy) は、そのまま使い続けることもできます。
            """
        case .answerLostPhone:
            """
            ほかの方法 (2つ目のアプリ、SMSのコード、リカバリーコード) でサインインし、\
            なくしたスマートフォンの認証方法を削除 (d) してから、新しいスマートフォンを設定 (s または p) \
            してください。ほかの方法がない場合は、\
            サインイン画面で「パスワードをお忘れですか?」を選んでください。{reset}
            """
        case .answerDeletedFromApp:
            """
            アプリにはもうコードがありませんが、こちらの登録は残っています。\
            ほかの方法またはリカバリーコードでサインインし、その認証方法を選んで「再登録」(r) を選び、\
            新しいコードを読み取ってください。ほかの方法がない場合は、\
            サインイン画面で「パスワードをお忘れですか?」を選んでください。{reset}
            """
        case .answerNumberChanged:
            """
            新しい番号を追加 (「電話番号を追加」、p) して届いたコードを入力し、古い番号を削除 (d) \
            してください。または古い番号を選んで「再登録」(r) を選んでください。\
            使わなくなった番号にコードが届く場合は、\
            先にほかの方法かリカバリーコードでサインインしてください。
            """
        case .answerTurnOff:
            """
            いいえ。一度有効にした多要素認証は、アカウントで有効のままです。\
            認証方法の追加・再登録・名前の変更・削除はいつでもできます (最後の1つは削除できません)。
            """
        case .answerRecoveryCodes:
            """
            どの認証方法も手元にないときのための10個のコードで、各コードは1回だけ使えます。\
            多要素認証を有効にした後、多要素認証 > リカバリーコード (c) で発行し、\
            紙やパスワードマネージャーに保管してください。\
            新しいコードを発行すると以前のコードは使えなくなります。コードを使うとメールでお知らせします。
            """
        case .answerWhichApps:
            """
            iOS・Android 用の Google Authenticator、Microsoft Authenticator、Twilio Authy が使えます。\
            時間ベースのコード (TOTP: 30秒ごとに6桁) に対応したアプリなら、どれでも使えます。\
            SMSでコードを受け取る電話番号も使えます。
            """
        case .answerCodeAlwaysWrong:
            """
            コードは時計に合わせて変わります。スマートフォンの日付と時刻を自動 (ネットワークの時刻) \
            に設定してから、次のコードを入力してください。このアカウント (発行者とメールアドレス) \
            の項目を使ってください。Android の Google Authenticator では 設定 > コードの時間補正 > \
            今すぐ同期 を実行してください。
            """

        // The demo: mailbox and authenticator
        case .mailboxTitle: "メールボックス (デモサーバーの送信済み)"
        case .mailboxEmpty:
            """
            まだメッセージはありません。デモサーバーが送る再設定コードやSMSのコードがここに表示されます。
            """
        case .mailboxRow: "{subject} — 宛先 {to}"
        case .textMessage: "ショートメッセージ"
        case .noSubject: "(件名なし)"
        case .demoAuthenticatorTitle: "デモ用の認証アプリ (実際のアプリではありません)"
        case .demoAuthenticatorIntro: "認証アプリに今表示されるコード:"
        case .demoAuthenticatorEmpty:
            """
            まだシークレットはありません。認証アプリを設定する (アカウント設定 > 多要素認証 > 設定) と、\
            そのコードがここに表示されます。
            """
        case .secondsLeft: "{seconds}秒"
        case .demoAccountLine: "デモアカウント: {email} / {password}"
        case .demoPasswordNotice: "デモアカウントのパスワード: {password}"
        case .demoBadge: "デモ"

        // The frame: header, status, avatar, overlays
        case .escCancels: "(Escで中止)"
        case .menuHelp: "ヘルプ"
        case .menuSignOut: "サインアウト"
        case .avatarMenuTitle: "アバターメニュー"
        case .failureTitle: "問題が発生しました"
        case .enlargeWindow:
            """
            ウィンドウを {minimumWidth} x {minimumHeight} 以上に広げてください (現在 {width} x {height})。
            """

        // While a request runs
        case .waitingChecking: "確認しています…"
        case .waitingSigningIn: "サインインしています…"
        case .waitingSendingCode: "コードを送信しています…"
        case .waitingResuming: "自動的にサインインしています…"
        case .waitingLoadingAccount: "アカウントを読み込んでいます…"
        case .waitingSigningOut: "サインアウトしています…"
        case .waitingSendingResetCode: "再設定コードを送信しています…"
        case .waitingSettingPassword: "新しいパスワードを設定しています…"
        case .waitingLoadingSessions: "セッションを読み込んでいます…"
        case .waitingEndingSessions: "ほかのセッションをサインアウトしています…"
        case .waitingChangingPassword: "パスワードを変更しています…"
        case .waitingSavingLanguage: "言語を保存しています…"
        case .waitingPreparingCode: "登録用のコードを準備しています…"
        case .waitingVerifying: "確認しています…"
        case .waitingEnablingMFA: "多要素認証を有効にしています…"
        case .waitingRenaming: "名前を変更しています…"
        case .waitingRemoving: "削除しています…"
        case .waitingGenerating: "リカバリーコードを発行しています…"

        // Messages
        case .passwordMissing: "パスワードを入力してください。"
        case .cancelled: "中止しました。"
        case .cancelledSignInInstead: "中止しました。サインインしてください。"
        case .signedOut: "サインアウトしました。"
        case .resetCodeSent: "そのアドレスが登録されていれば、コードを送信しました。"
        case .passwordResetDone: "パスワードを変更しました。{next}"
        case .afterResetClearMFA:
            """
            新しいパスワードでサインインしてください。多要素認証を使っていた場合は、\
            認証方法を設定し直します。
            """
        case .afterResetKeepMFA: "新しいパスワードでサインインしてください。多要素認証の認証方法はそのまま使えます。"
        case .afterResetUnknown: "新しいパスワードでサインインしてください。"
        case .answerDidNotFit: "サーバーの応答が要求と合いませんでした。もう一度お試しください。"
        case .signInAgain: "もう一度サインインしてください。"
        case .otherSessionsSignedOut: "ほかのセッションをサインアウトしました。"
        case .passwordChanged: "パスワードを変更しました。ほかのセッションはサインアウトされました。"
        case .renamedTo: "名前を「{label}」に変更しました。"
        case .mfaEnabledMessage: "多要素認証を有効にしました。今後はサインインのたびにコードの入力が必要です。"
        case .oldMethodRemoved: "「{name}」を削除しました。"
        case .methodRemoved: "認証方法を削除しました。"
        case .setupTookTooLong: "設定に時間がかかりすぎたため中止しました。最初からやり直してください。"
        case .oldMethodNotRemoved:
            """
            新しい認証方法は登録されましたが、古い方法は削除されませんでした: {reason} \
            多要素認証の画面で削除してください。
            """
        case .phoneNumberInvalid: "国際形式で番号を入力してください (例: +81312345678)。"
        case .forcedSetup:
            """
            このアカウントは多要素認証を使っていますが、認証方法が登録されていません \
            (パスワードを再設定すると削除されます)。続けるには、アプリまたは電話番号を設定してください。
            """
        case .copiedKey: "キーを端末のクリップボードにコピーしました (端末がコピーを許可している場合。OSC 52)。"
        case .copiedRecoveryCodes:
            """
            リカバリーコードを端末のクリップボードにコピーしました (端末がコピーを許可している場合。OSC \
            52)。
            """

        // Why a request failed
        case .errorInvalidServerURL:
            """
            「{url}」はサーバーのアドレスではありません。https://auth.example.com \
            のような形式で指定してください。
            """
        case .errorInsecureConnection:
            """
            暗号化されていない http で {host} にサインイン情報を送ることを拒否しました。https を使うか、\
            このネットワークを本当に信頼できる場合は --allow-insecure-http を指定してください。
            """
        case .errorOffline: "オフラインのようです。ネットワーク接続を確認して、もう一度お試しください。"
        case .errorHostNotFound: "サーバー {host} が見つかりません。アドレスとネットワーク接続を確認してください。"
        case .errorConnectionRefused:
            """
            サーバー {host} が接続を拒否しました。停止している可能性があります。\
            しばらくしてからお試しください。
            """
        case .errorConnectionFailed: "{host} に接続できませんでした: {reason}"
        case .errorConnectionLost: "サーバーとの接続が切れました。もう一度お試しください。"
        case .errorTimedOut: "サーバーの応答に時間がかかりすぎました。もう一度お試しください。"
        case .errorTLS:
            """
            安全な接続に失敗しました: {reason}。サーバーが独自の認証局を使っている場合は --ca-cert FILE \
            で指定してください。
            """
        case .errorMalformedResponse: "このバージョンの authterm では理解できない応答をサーバーが返しました。"
        case .errorResponseTooLarge: "サーバーの応答が {kibibytes} KiB を超えたため、読み込みませんでした。"
        case .errorUnexpectedStatus:
            """
            サーバーが想定外のステータス (HTTP {status}) を返しました。しばらくしてからお試しください。
            """
        case .errorWrongContentType: "サーバーが JSON ではなく {type} を返しました。サーバーのアドレスは正しいですか?"
        case .errorNoContentType: "Content-Type なし"
        case .errorTransport: "要求に失敗しました: {reason} (curl エラー {code})。"
        case .serverMalformedRequest: "サーバーが要求を読み取れませんでした。"
        case .serverValidationFailed: "入力内容に正しくないものがあります。"
        case .serverWeakPassword: "そのパスワードは弱すぎます。より長く、推測されにくいものにしてください。"
        case .serverPayloadTooLarge: "入力内容が長すぎます。"
        case .serverUnsupportedMediaType:
            """
            サーバーが要求の形式を読み取れませんでした。サーバーのアドレスは正しいですか?
            """
        case .serverOriginNotAllowed: "Web ページから送られたように見える要求をサーバーが拒否しました。"
        case .serverInvalidCredentials: "メールアドレスまたはパスワードが正しくありません。"
        case .serverInvalidCode: "コードが正しくありません。"
        case .serverCodeReused: "そのコードは使用済みです。次のコードをお待ちください。"
        case .serverCodeExpired: "コードの有効期限が切れています。新しいコードを要求してください。"
        case .serverFlowExpired: "サインインに時間がかかりすぎました。最初からやり直してください。"
        case .serverSessionExpired: "セッションの有効期限が切れました。もう一度サインインしてください。"
        case .serverUnauthenticated: "サインインしていません。もう一度サインインしてください。"
        case .serverReauthenticationRequired: "続けるにはパスワードを確認してください。"
        case .serverSetupRequired: "先に認証方法を設定してください。"
        case .serverLocked: "失敗が多すぎるため、アカウントは一時的にロックされています。"
        case .serverRateLimited: "要求が多すぎます。"
        case .serverNotFound: "その項目はもう存在しません。"
        case .serverSetupExpired: "設定に時間がかかりすぎました。最初からやり直してください。"
        case .serverLastMethod: "多要素認証が有効な間は、最後の認証方法を削除できません。"
        case .serverNoMethods: "多要素認証を有効にする前に、認証方法を登録してください。"
        case .serverMFANotEnabled: "多要素認証は有効になっていません。"
        case .serverMFAAlreadyEnabled: "多要素認証はすでに有効です。"
        case .serverSMSUnavailable: "このサービスはショートメッセージを送信しません。認証アプリかリカバリーコードを使ってください。"
        case .serverInternalError: "サーバーで問題が発生しました。しばらくしてからお試しください。"
        case .serverUnavailable: "サーバーは現在利用できません。しばらくしてからお試しください。"
        case .retryInOneSecond: "{count}秒後にもう一度お試しください。"
        case .retryInSeconds: "{count}秒後にもう一度お試しください。"
        case .retryInOneMinute: "{count}分後にもう一度お試しください。"
        case .retryInMinutes: "{count}分後にもう一度お試しください。"
        case .oneAttemptLeft: "あと{count}回試せます。"
        case .attemptsLeft: "あと{count}回試せます。"

        // Starting, and the remembered session
        case .themeProblem: "テーマ: {problem}"
        case .japaneseNeedsUTF8: "日本語の表示には UTF-8 のロケール (LANG=ja_JP.UTF-8) が必要です。英語で表示します。"
        case .terminalStandIn: "端末 {term} はこのホストにないため、{fallback} として表示します。"
        case .insecureWarning:
            """
            警告: {host} へは暗号化されていない http で接続しています。\
            パスワードやコードが暗号化されずにネットワークを流れます。
            """
        case .rememberedSessionIgnored: "保存されたセッションを無視しました: {reason}"
        case .rememberedSessionNotUpdated: "{path} の保存されたセッションを更新できませんでした: {reason}。"
        case .signOutNothingRemembered: "{server} の保存されたセッションはありません。"
        case .signOutEndedOnServer: "サーバー上のセッションも終了しました。"
        case .signOutServerNotTold: "サーバーには通知できませんでした ({reason})。セッションは期限が来ると終了します。"
        case .signOutDone: "{server} からサインアウトしました。{ended}"

        // The command line and the config file
        case .noServer:
            """
            サインインするサーバーが指定されていません。次のいずれかで指定してください:
              authterm --server https://auth.example.com
              AUTHTERM_SERVER=https://auth.example.com authterm
              $XDG_CONFIG_HOME/authterm/config.toml に server = "https://auth.example.com"
            すべてをローカルで試すには: authterm demo
            """
        case .configUnreadable: "UTF-8 のテキストとして読めません"
        case .configNotKeyValue: "key = \"value\" の形式で書いてください"
        case .configUnquoted: "{key} の値はダブルクォートで囲んでください"
        case .configMouseValue: "mouse は \"on\" か \"off\" です"
        case .configLangValue: "lang は \"en\" か \"ja\" です"
        case .configUnknownSetting: "不明な設定 {key} です (使える設定: {known})"
        case .commandAbstract: "サービスにサインインし、アカウントのセキュリティを端末から管理します。"
        case .commandDiscussion:
            """
            サーバーは --server、なければ AUTHTERM_SERVER、なければ $XDG_CONFIG_HOME/authterm/config.toml の \
            `server = "URL"` から決まります。言語は LC_ALL、LC_MESSAGES、LANG に従い (ja_JP.UTF-8 \
            なら日本語)、--lang または設定ファイルの `lang = "ja"` で変えられます。キー操作: Tab/Shift-Tab \
            で移動、Enter で決定、Esc で戻る・中止、F1 または ? でヘルプ、Ctrl-Z で一時停止、Ctrl-C で終了。\
            クリックやマウスホイールも使えます (--no-mouse でマウスを端末に任せます)。
            """
        case .optionServer: "サーバーのアドレス (例: https://auth.example.com)。"
        case .optionTheme: "テーマ: default、light、high-contrast、monochrome、またはファイル。"
        case .optionCACert: "サーバーの TLS にこの CA 証明書ファイル (PEM) を信頼します。"
        case .optionAllowInsecureHTTP: "ループバック以外のホストへの暗号化されていない http を許可します (非推奨)。"
        case .optionNoColor: "色を使わず文字属性だけで表示します (NO_COLOR と同じ)。"
        case .optionNoMouse: "マウスを端末に任せます (端末の文字選択)。設定ファイルの `mouse = \"off\"` でも同じです。"
        case .optionLang:
            """
            表示する言語: en (英語) または ja (日本語)。設定ファイルの `lang` でも指定できます。\
            既定はロケールの言語です。
            """
        case .optionVersion: "authterm と libcurl のバージョンを表示します。"
        case .signOutAbstract: "サーバーの保存されたセッションを削除し、サーバー上でも終了します。"
        case .demoAbstract: "デモアカウントのあるローカルのデモサーバーで authterm を試します。"
        case .demoDiscussion:
            """
            このプログラムと同じ場所にある authterm-server を、\
            一時データとともに空いているループバックのポートで起動し、終了時にすべて削除します。\
            端末が切れたとき (SIGHUP) や SIGTERM、SIGINT を受けたときも同じです。\
            強制終了されたデモが残したデータは、次のデモが削除します。
            """
        case .optionHelp: "このヘルプを表示します。"
        case .helpOverview: "概要:"
        case .helpUsage: "使い方:"
        case .helpOptions: "オプション:"
        case .helpSubcommands: "サブコマンド:"
        case .helpSubcommandHint: "各サブコマンドの説明は 'authterm help <subcommand>' で表示します。"
        case .usageUnknownOption: "不明なオプション {option} です"
        case .usageUnknownSubcommand: "不明なサブコマンド {name} です (使えるのは sign-out と demo)"
        case .usageUnexpectedArgument: "不要な引数 {argument} があります"
        case .usageMissingValue: "{option} の値がありません"
        case .usageFlagWithValue: "{option} は値をとりません"
        case .usageInvalidValue: "{value} は {option} の値として使えません (使える値: {choices})"
        case .usageSeeHelp: "詳しくは '{command} --help' を参照してください。"
        }
    }
}
