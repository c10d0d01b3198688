extension AccountMail {
    /// The mail in Japanese, to `name`.
    func japanese(name: String) -> MailText {
        /// A notice: what changed, and what to do if it was not the holder.
        func notice(_ subject: String, _ what: String) -> MailText {
            MailText(subject: subject, body: """
                \(name) 様

                \(what)

                お心当たりがない場合は、すぐにパスワードを再設定し、管理者にご連絡ください。
                """)
        }
        switch self {
        case .resetCode(let code, let minutes):
            return MailText(subject: "パスワード再設定コードのお知らせ", body: """
                \(name) 様

                パスワード再設定コードは \(code) です。有効期間は\(minutes)分で、1回だけ使えます。

                お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。
                """)
        case .passwordChanged:
            return notice("パスワードが変更されました", "アカウントのパスワードが変更されました。")
        case .passwordReset(let methodsCleared):
            return notice("パスワードが再設定されました", methodsCleared
                ? "パスワードが再設定され、登録されていた認証方法は削除されました。次のサインインで多要素認証を設定し直してください。"
                : "パスワードが再設定され、すべてのセッションからサインアウトしました。")
        case .methodAdded(let label):
            return notice("認証方法が追加されました", "認証方法「\(label)」がアカウントに追加されました。")
        case .methodRemoved(let label):
            return notice("認証方法が削除されました", "認証方法「\(label)」がアカウントから削除されました。")
        case .mfaEnabled:
            return notice("多要素認証が有効になりました", "今後のサインインでは確認コードが必要です。")
        case .recoveryCodesGenerated:
            return notice("リカバリーコードが再発行されました", "新しいリカバリーコードが発行され、以前のコードは使えなくなりました。")
        case .recoveryCodeUsed(let left):
            return notice("リカバリーコードが使用されました",
                "リカバリーコードでアカウントにサインインしました。未使用のコードは残り\(left)個です。")
        case .locked(let kind, let failures, let minutes):
            let noun = switch kind {
            case .password: "パスワード"
            case .secondFactor: "確認コード"
            case .resetCode: "パスワード再設定コード"
            }
            return notice("アカウントがロックされました",
                "\(noun)を\(failures)回続けて誤って入力したため、\(minutes)分間は\(noun)を受け付けません。"
                    + "自動的にサインインする端末からは引き続きサインインできます。")
        case .mfaReset:
            return notice("多要素認証がリセットされました",
                "管理者が認証方法を削除しました。サインイン後に多要素認証を設定し直してください。")
        }
    }
}
