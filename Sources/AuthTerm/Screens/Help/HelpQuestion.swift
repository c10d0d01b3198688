/// What people ask about multifactor authentication, each with its answer. Answers that depend
/// on the service (its reset policy, whom to ask) are worded from what its server said.
public enum HelpQuestion: CaseIterable, Hashable, Sendable {
    case cannotSignIn, newPhone, lostPhone, deletedFromApp, numberChanged, turnOff, recoveryCodes, whichApps
    case codeAlwaysWrong

    var title: TextKey {
        switch self {
        case .cannotSignIn: .questionCannotSignIn
        case .newPhone: .questionNewPhone
        case .lostPhone: .questionLostPhone
        case .deletedFromApp: .questionDeletedFromApp
        case .numberChanged: .questionNumberChanged
        case .turnOff: .questionTurnOff
        case .recoveryCodes: .questionRecoveryCodes
        case .whichApps: .questionWhichApps
        case .codeAlwaysWrong: .questionCodeAlwaysWrong
        }
    }

    func answer(_ service: ServiceText) -> String {
        let text = service.text
        let reset = ["reset": service.resetConsequence]
        return switch self {
        case .cannotSignIn: text(.answerCannotSignIn, ["reset": service.resetConsequence, "whom": service.whomToAsk])
        case .newPhone: text(.answerNewPhone)
        case .lostPhone: text(.answerLostPhone, reset)
        case .deletedFromApp: text(.answerDeletedFromApp, reset)
        case .numberChanged: text(.answerNumberChanged)
        case .turnOff: text(.answerTurnOff)
        case .recoveryCodes: text(.answerRecoveryCodes)
        case .whichApps: text(.answerWhichApps)
        case .codeAlwaysWrong: text(.answerCodeAlwaysWrong)
        }
    }
}
