@testable import AuthClient

/// The error `body` threw, or nil when it returned.
func caughtError<T>(_ body: () throws(ClientError) -> T) -> ClientError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

func caughtError<T>(_ body: () async throws(ClientError) -> T) async -> ClientError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}

extension Result {
    /// The error, when this is a failure.
    var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
